// CSV (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled) and TSV
// (the IANA text/tab-separated-values type: no quoting, so tabs and line breaks inside a field
// become spaces). Both with a header row, for spreadsheets, pandas, R and `cut`.

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export function tsvLine(fields: string[]): string {
  return fields.map((f) => f.replace(/[\t\r\n]+/g, ' ')).join('\t') + '\n';
}
