// Arabic news calls a kingdom named before "المملكة" alone: "أعربت وزارة الخارجية السعودية …
// عن رفض المملكة …", "أكد وزير الخارجية المغربي أن المملكة ستقطع علاقاتها …". The bare word
// stands for the one kingdom the story has named (by its name, capital or nationality adjective),
// so that it holds and is targeted as that state instead of blocking as an unknown subject.
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import type { Language } from '../text/language.js';
import { actorMention, withAddedMentions, type CountryMark, type Mention } from './mentions.js';
import { AR_PREPOSITIONS, bareHead } from './bare-heads.js';
import { stateActorOf } from './government-words.js';

// The Arab kingdoms, which Arabic stories call "المملكة"; the United Kingdom is always
// "المملكة المتحدة", which the rule leaves alone.
const KINGDOMS = new Set(['SA', 'JO', 'MA', 'BH']);
const KINGDOM_HEAD = 'المملكه';

export function addKingdomHeads(
  compiled: CompiledCodebook,
  tokens: Tokens,
  folded: string,
  mentions: Mention[],
  countryMarks: () => readonly CountryMark[],
  lang: Language,
): Mention[] {
  if (lang !== 'ar' || !folded.includes(KINGDOM_HEAD.slice(2))) return mentions;
  const marks = countryMarks();
  const covered = new Uint8Array(tokens.count);
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered[k] = 1;
  const added: Mention[] = [];
  /** The one kingdom named so far; null once two were. */
  let kingdom: string | null | undefined;
  let mi = 0;
  for (let k = 0; k < tokens.count; k++) {
    for (; mi < marks.length && marks[mi]!.tok < k; mi++) {
      const mark = marks[mi]!;
      // A city tells where events happen, not which state speaks.
      if (mark.kind === 'place' || !KINGDOMS.has(mark.code)) continue;
      // With two kingdoms named, which one "المملكة" means is not clear ("وقوف المملكة إلى
      // جانب المملكة المغربية" is Saudi Arabia's).
      kingdom = kingdom === undefined || kingdom === mark.code ? mark.code : null;
    }
    if (!kingdom || covered[k] || !tokens.text[k]!.endsWith(KINGDOM_HEAD)) continue;
    const { head, preposition } = bareHead(tokens.text[k]!, 'ar');
    // A definite word after it names a kingdom in full ("المملكة الأردنية", "المملكة المتحدة").
    if (head !== KINGDOM_HEAD || (k + 1 < tokens.count && tokens.text[k + 1]!.startsWith('ال'))) continue;
    const actor = stateActorOf(compiled, kingdom);
    if (actor < 0) continue;
    added.push(
      actorMention(tokens, k, k + 1, actor, preposition || AR_PREPOSITIONS.has(tokens.text[k - 1] ?? '')),
    );
  }
  return withAddedMentions(mentions, added);
}
