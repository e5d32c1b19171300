import v8 from 'node:v8';

// How V8 compiles this program and reclaims its memory, set once for the whole process (worker threads included: V8's
// flags are per process) before any article is processed.
//
// A run over a few thousand articles is mostly start-up and warm-up: each worker thread
// compiles the extractors afresh, and TurboFan's inlining of our many small helpers into the
// per-sentence loops made that compilation the largest single cost of the warm-up (TurboFan
// reported seconds of compile time per worker over the first few hundred articles). Without
// inlining, `npm run bench`'s 1,000 distinct articles took 8-11% less CPU (medians of three
// runs, side by side, on a loaded 2-core machine), and 2,000 articles in one thread the same
// CPU as with it: the steady state does not need it.
//
// The garbage collector runs in the thread that allocates: with a worker per core, its
// parallel helper tasks only compete with the other worker for the same cores. Measured side by
// side on 1,000 bench articles with two workers (2 vCPUs, four alternating runs each, twice):
// 5% less wall time (6.30 s against 6.64 s; 6.93 against 7.24), about 16 MB more peak RSS; the
// same time on the mixed corpus, where one worker runs. Output is unaffected by either flag
// (only how the same code is compiled and its memory reclaimed changes).
const FLAGS = ['--no-turbo-inlining', '--single-threaded-gc'];

let tuned = false;

export function tuneCompiler(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of FLAGS) v8.setFlagsFromString(flag);
}
