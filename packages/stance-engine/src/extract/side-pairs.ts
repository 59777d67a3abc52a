// "both sides", "the two sides", "both parties", "the two leaders": a phrase that stands for the
// pair of actors just named, as one side against the other ("a ceasefire between government
// forces and rebels … has been repeatedly violated by both sides") or as partners ("Erdogan and
// Putin discussed … the two leaders had also emphasised …"). Resolved only where the pair is
// clear: one pair of tracked actors joined by "and" — after "between" for sides — in the same
// sentence before the phrase or else in the previous one. Each actor gets a mention over the
// phrase, so the phrase holds (or is targeted) as a coordination of both does.
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import type { Sentence } from '../text/segment.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import { newMention, type Mention } from './mentions.js';

type PairWord = 'sides' | 'leaders';
const PAIR_NOUNS: ReadonlyMap<string, PairWord> = new Map([
  ['sides', 'sides'],
  ['parties', 'sides'],
  ['leaders', 'leaders'],
]);
// Words that may stand between "and" and the second name: "and the", "and Russian President".
const NAME_FILLERS = new Set(['the', 'his', 'her', 'its', 'their']);

/** The kind of pair phrase ending at token k ("both sides", "the two leaders"), if any. */
function pairPhraseAt(tokens: Tokens, k: number): PairWord | undefined {
  const kind = PAIR_NOUNS.get(tokens.text[k]!);
  if (!kind) return undefined;
  const before = tokens.text[k - 1];
  if (before === 'both') return kind;
  return before === 'two' && tokens.text[k - 2] === 'the' ? kind : undefined;
}

/** A tracked actor mention that can stand in a pair (a name, a title, an official's nationality). */
function pairable(m: Mention): boolean {
  return m.actor >= 0 && !m.modifier && m.kind !== 'topic' && (m.kind !== 'demonym' || m.official);
}

/**
 * Tokens from..to hold one "and" and otherwise only articles, possessives, office words and
 * nationality adjectives ("and Russian President").
 */
function joinedByAnd(tokens: Tokens, mentions: readonly Mention[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  let ands = 0;
  for (let k = from; k < to; k++) {
    const w = tokens.text[k]!;
    if (w === 'and') ands++;
    else if (!NAME_FILLERS.has(w) && !isOfficeWord(w, 'en') && !demonymAt(mentions, k)) return false;
  }
  return ands === 1;
}

function demonymAt(mentions: readonly Mention[], k: number): boolean {
  return mentions.some((m) => m.kind === 'demonym' && m.tokStart <= k && m.tokEnd > k);
}

interface Pair {
  a: number;
  b: number;
}

/**
 * The distinct pairs of actors joined by "and" among the mentions (in order) from token `from`
 * to `to`: for sides, only pairs after "between" ("between government forces and rebels"); for
 * leaders, only persons.
 */
function pairsIn(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: readonly Mention[],
  from: number,
  to: number,
  kind: PairWord,
): Pair[] {
  const persons = kind === 'leaders';
  const inRange = mentions.filter(
    (m) =>
      m.tokStart >= from &&
      m.tokEnd <= to &&
      pairable(m) &&
      (!persons || compiled.codebook.actors[m.countryOf ?? m.actor]!.kind === 'person'),
  );
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < inRange.length; i++) {
    const first = inRange[i]!;
    // The second name is the next mention that starts after this one (an official's second
    // mention over the same words is the same name).
    const second = inRange.find((m) => m.tokStart >= first.tokEnd);
    if (!second || !joinedByAnd(tokens, mentions, first.tokEnd, second.tokStart)) continue;
    const a = first.countryOf ?? first.actor;
    const b = second.countryOf ?? second.actor;
    if (a === b || compiled.memberChain[a]!.has(b) || compiled.memberChain[b]!.has(a)) continue;
    const at = tokens.text[first.tokStart - 1] === 'the' ? first.tokStart - 2 : first.tokStart - 1;
    if (!persons && tokens.text[at] !== 'between') continue;
    if (!pairs.some((p) => p.a === a && p.b === b)) pairs.push({ a, b });
  }
  return pairs;
}

/** The one pair the phrase ending at k stands for: in its sentence before it, else the previous one. */
function pairFor(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  si: number,
  k: number,
  kind: PairWord,
): Pair | undefined {
  const here = pairsIn(compiled, tokens, mentions, sentences[si]!.start, k - 2, kind);
  if (here.length > 0) return here.length === 1 ? here[0] : undefined;
  if (si === 0) return undefined;
  const prev = sentences[si - 1]!;
  const before = pairsIn(compiled, tokens, mentions, prev.start, prev.end, kind);
  return before.length === 1 ? before[0] : undefined;
}

/** English mentions with each clear pair phrase ("both sides") standing for its two actors. */
export function withSidePairs(
  compiled: CompiledCodebook,
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: Mention[],
): Mention[] {
  let added: Mention[] | undefined;
  let si = 0;
  for (let k = 2; k < tokens.count; k++) {
    // Cheap test first: most tokens are none of the three nouns.
    const kind = pairPhraseAt(tokens, k);
    if (!kind) continue;
    while (si < sentences.length && sentences[si]!.end <= k) si++;
    if (si >= sentences.length) break;
    const from = tokens.text[k - 1] === 'both' ? k - 1 : k - 2;
    if (from < sentences[si]!.start || mentions.some((m) => m.tokStart <= k && m.tokEnd > from)) continue;
    const pair = pairFor(compiled, tokens, mentions, sentences, si, k, kind);
    if (!pair) continue;
    for (const actor of [pair.a, pair.b])
      (added ??= []).push(
        newMention({
          kind: 'name',
          actor,
          topic: -1,
          polarity: 0,
          official: false,
          modifier: false,
          afterPreposition: false,
          start: tokens.start[from]!,
          end: tokens.end[k]!,
          tokStart: from,
          tokEnd: k + 1,
        }),
      );
  }
  if (!added) return mentions;
  // (A stable sort: mentions sharing a start keep their order.)
  return [...mentions, ...added].sort((x, y) => x.tokStart - y.tokStart);
}
