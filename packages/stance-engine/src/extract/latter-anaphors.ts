// "الأخير" / "الأخيرة" (the latter) as a subject: "بين بغداد وأنقرة، بعد أن قالت الأخيرة إنها
// تسعى …", "فقد رفض الأخير دعمه". After a verb or a complementizer (إن، أن، لكن) the word is no
// adjective ("الأيام الأخيرة") but stands for the actor named last before it, in its sentence
// or the one before: the masculine for a person, the feminine for a country or a body (the
// feminine gender of Arabic country names and of most bodies). Only when that actor is tracked,
// and only when the nearest name before it is of the right class.
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import type { Sentence } from '../text/segment.js';
import { lookupArabicCue } from './cues.js';
import { actorMention, withAddedMentions, type Mention } from './mentions.js';

// Words after which الأخير(ة) is a subject (folded).
const SUBJECT_OPENERS = new Set(['ان', 'بان', 'فان', 'لان', 'وان', 'لكن', 'ولكن', 'الا']);

/** Token k is الأخير (masculine: true) or الأخيرة (false) opening a clause as its subject. */
function latterAt(tokens: Tokens, k: number, s: number): boolean | undefined {
  const w = tokens.text[k]!;
  if ((w !== 'الاخير' && w !== 'الاخيره') || k - 1 < s) return undefined;
  const prev = tokens.text[k - 1]!;
  const opener = SUBJECT_OPENERS.has(prev) || lookupArabicCue(prev)?.cue.pos === 'verb';
  return opener ? w === 'الاخير' : undefined;
}

/**
 * The first token from k on that is الأخير or الأخيرة, else tokens.count. (The scan is a function
 * of its own: V8 compiles a hot loop early, and the rare work after a hit, without type feedback
 * then, would throw the loop's optimised code away again and again.)
 */
function nextLatterWord(tokens: Tokens, k: number): number {
  for (; k < tokens.count; k++) {
    const w = tokens.text[k]!;
    if (w === 'الاخير' || w === 'الاخيره') return k;
  }
  return k;
}

/** Arabic mentions with each clear "الأخير" / "الأخيرة" standing for the actor it names. */
export function withLatterAnaphors(
  compiled: CompiledCodebook,
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: Mention[],
): Mention[] {
  const added: Mention[] = [];
  let si = 0;
  for (let k = nextLatterWord(tokens, 1); k < tokens.count; k = nextLatterWord(tokens, k + 1)) {
    while (si < sentences.length && sentences[si]!.end <= k) si++;
    if (si >= sentences.length) break;
    const masculine = latterAt(tokens, k, sentences[si]!.start);
    if (masculine === undefined) continue;
    if (mentions.some((m) => m.tokStart <= k && m.tokEnd > k)) continue;
    const from = sentences[si > 0 ? si - 1 : si]!.start;
    const before = mentions.findLast(
      (m) => m.tokEnd <= k && m.tokStart >= from && m.kind !== 'topic' && m.kind !== 'demonym' && !m.modifier,
    );
    if (!before || before.actor < 0) continue;
    const actor = before.countryOf ?? before.actor;
    if ((compiled.codebook.actors[actor]!.kind === 'person') !== masculine) continue;
    added.push(actorMention(tokens, k, k + 1, actor, false));
  }
  return withAddedMentions(mentions, added);
}
