// V8 settings for the `extract` command, applied when it starts.
import { setFlagsFromString } from 'node:v8';

/**
 * Turns off TurboFan's inlining. A CLI run is mostly the engine's first pass over the input,
 * and there V8's optimising compiler costs about as much as the extraction itself: it compiles
 * the analyser's large methods (readTarget, objectOfCue, findMentions …) with every helper
 * they call inlined, and again after each deoptimisation. Without inlining those compiles are
 * a fraction of the size, but the optimised code is slower (a warm pass about 15 %), so only
 * runs over a bounded input gain (the caller decides). Output is unaffected: compiler settings
 * change speed only. V8's flags are per process, so worker threads started afterwards compile
 * the same way.
 */
export function preferCheapCompiles(): void {
  setFlagsFromString('--no-turbo-inlining');
}

/**
 * Optimises functions later (V8's interrupt budget at about 4× Node 20's default of 67,584, 2×
 * Node 22's). The engine has many functions that TurboFan re-optimises as rare branches first
 * run; in a CLI run over news-ar its background compiles took a quarter to a third of the CPU,
 * and optimising later compiles less: about 8 % less CPU over news-ar, 15 % over the smaller
 * news-en, the same output. Must run before the engine's functions first run (they compile
 * lazily); worker threads share the flag.
 */
export function optimiseLater(): void {
  setFlagsFromString('--interrupt-budget=264000');
}
