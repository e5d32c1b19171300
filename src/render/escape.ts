// Text from the corpus (article sentences, names, file names) reaches the terminal in tables,
// `check` output and error messages. Control characters in it would be obeyed by the terminal:
// ESC starts colour and cursor sequences, OSC 0 sets the window title, BEL rings, C1 codes act
// like ESC on some terminals, and bidirectional overrides reorder what is shown. Each is printed
// as a visible escape (\x1b) instead. JSON output needs none of this: JSON.stringify escapes
// C0 controls, and JSON is read by programs.

/** C0 controls except tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same and tab and newline: for one-line output (a file name, a message). */
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text safe to print in a table cell (tabs and line breaks kept). */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Text safe to print on one line (every control character escaped, line breaks too). */
export function escapeLine(text: string): string {
  return text.replace(CONTROL_IN_LINE, visible);
}
