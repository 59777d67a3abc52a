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
