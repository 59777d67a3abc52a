// "ويعتقد أن …", "ويرجح أن …", "ويتوقع أن …", "ويقال إن …": in news an Arabic sentence opened by a
// masculine verb of belief or expectation with no subject before its "أن" is the impersonal "it
// is believed (expected, said) that". Nobody holds what follows: not the previous sentence's
// holder, whom an elided subject would otherwise stand for. (Explicit subjects in the clause
// keep their statements; "وتعتقد أن …", feminine, is an active verb of a country or a woman.)
import type { Tokens } from '../text/tokens.js';
import type { Sentence } from '../text/segment.js';

// Verbs of belief and expectation (folded), bare or after و.
const IMPERSONAL_VERBS = /^و?(يعتقد|يرجح|يتوقع|يقال|يظن)$/;
// The complementizers after them (folded): أن، أنه، أنها، بأن، إن.
const COMPLEMENTIZERS = /^(ب?ان|انه|انها)$/;
// "ويعتقد على نطاق واسع أن": an adverbial of extent between the verb and its clause (folded).
const WIDELY = ['علي', 'نطاق', 'واسع'];

/** The Arabic sentence opens with an impersonal "it is believed/expected/said that". */
export function opensImpersonally(tokens: Tokens, sentence: Sentence): boolean {
  const k = sentence.start;
  if (k + 1 >= sentence.end || !IMPERSONAL_VERBS.test(tokens.text[k]!)) return false;
  let j = k + 1;
  if (WIDELY.every((w, i) => tokens.text[j + i] === w)) j += WIDELY.length;
  return COMPLEMENTIZERS.test(tokens.text[j] ?? '');
}
