import v8 from 'node:v8';

// How V8 compiles this program, set once for the whole process (worker threads included: V8's
// flags are per process) before any article is processed.
//
// A run over a few thousand articles is mostly start-up and warm-up: each worker thread
// compiles the extractors afresh, and TurboFan's inlining of our many small helpers into the
// per-sentence loops made that compilation the largest single cost of the warm-up (TurboFan
// reported seconds of compile time per worker over the first few hundred articles). Without
// inlining, `npm run bench`'s 1,000 distinct articles took 8-11% less CPU (medians of three
// runs, side by side, on a loaded 2-core machine), and 2,000 articles in one thread the same
// CPU as with it: the steady state does not need it. Output is unaffected (only how the same
// code is compiled changes).
const FLAGS = ['--no-turbo-inlining'];

let tuned = false;

export function tuneCompiler(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of FLAGS) v8.setFlagsFromString(flag);
}
