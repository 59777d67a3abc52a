// "the two leaders", "both leaders": a phrase that stands for the pair of persons just named
// ("Turkish President Tayyip Erdogan and Russian President Vladimir Putin discussed … the two
// leaders had also emphasised …"). Resolved only where the pair is clear: one pair of tracked
// persons joined by "and" in the same sentence before the phrase, or else in the previous one.
// Each person gets a mention over the phrase, so the phrase holds (or is targeted) as a
// coordination of both does.
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import type { Sentence } from '../text/segment.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import { actorMention, withAddedMentions, type Mention } from './mentions.js';

// Words that may stand between "and" and the second name: "and the", "and Russian President".
const NAME_FILLERS = new Set(['the', 'his', 'her', 'its', 'their']);

/** Token k is the noun of "both leaders" or "the two leaders". */
function pairPhraseAt(tokens: Tokens, k: number): boolean {
  if (tokens.text[k] !== 'leaders') return false;
  const before = tokens.text[k - 1];
  return before === 'both' || (before === 'two' && tokens.text[k - 2] === 'the');
}

/** A tracked person named, not as a modifier. */
function personMention(compiled: CompiledCodebook, m: Mention): boolean {
  if (m.actor < 0 || m.modifier || m.kind === 'topic' || m.kind === 'demonym') return false;
  return compiled.codebook.actors[m.countryOf ?? m.actor]!.kind === 'person';
}

function demonymAt(mentions: readonly Mention[], k: number): boolean {
  return mentions.some((m) => m.kind === 'demonym' && m.tokStart <= k && m.tokEnd > k);
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

interface Pair {
  a: number;
  b: number;
}

/** The distinct pairs of persons joined by "and" among the mentions from token `from` to `to`. */
function pairsIn(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: readonly Mention[],
  from: number,
  to: number,
): Pair[] {
  const persons = mentions.filter((m) => m.tokStart >= from && m.tokEnd <= to && personMention(compiled, m));
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < persons.length; i++) {
    const first = persons[i]!;
    // The second is the next person named after this one (a second mention over the same
    // words is the same name).
    const second = persons.find((m) => m.tokStart >= first.tokEnd);
    if (!second || !joinedByAnd(tokens, mentions, first.tokEnd, second.tokStart)) continue;
    const a = first.countryOf ?? first.actor;
    const b = second.countryOf ?? second.actor;
    if (a === b || compiled.memberChain[a]!.has(b) || compiled.memberChain[b]!.has(a)) continue;
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
): Pair | undefined {
  const here = pairsIn(compiled, tokens, mentions, sentences[si]!.start, k - 2);
  if (here.length > 0) return here.length === 1 ? here[0] : undefined;
  if (si === 0) return undefined;
  const prev = sentences[si - 1]!;
  const before = pairsIn(compiled, tokens, mentions, prev.start, prev.end);
  return before.length === 1 ? before[0] : undefined;
}

// Verbs of agreeing after "both sides" / "the two sides": the sides are the parties of a meeting
// or pact just named, not the warring sides "both sides" mostly means in war reports.
const AGREEING = new Set(['agreed', 'agree', 'agrees', 'signed', 'pledged']);

/** Token k is the noun of "both sides agreed" or "the two sides agreed". */
function agreeingSidesAt(tokens: Tokens, k: number): boolean {
  if (tokens.text[k] !== 'sides' || !AGREEING.has(tokens.text[k + 1] ?? '')) return false;
  const before = tokens.text[k - 1];
  return before === 'both' || (before === 'two' && tokens.text[k - 2] === 'the');
}

/**
 * The two sides of "both sides agreed": exactly two distinct actors we track named in the
 * previous sentence ("the Syrians met with … Egypts intelligence agency"), none of them a person
 * (a person stands for a side as its envoy, not as a side).
 */
function sidesFor(
  compiled: CompiledCodebook,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  si: number,
): Pair | undefined {
  if (si === 0) return undefined;
  const prev = sentences[si - 1]!;
  const actors: number[] = [];
  for (const m of mentions) {
    if (m.tokStart < prev.start || m.tokEnd > prev.end || m.actor < 0 || m.kind === 'topic') continue;
    const a = m.countryOf ?? m.actor;
    if (compiled.codebook.actors[a]!.kind === 'person') continue;
    if (!actors.includes(a)) actors.push(a);
  }
  if (actors.length !== 2) return undefined;
  const [a, b] = actors as [number, number];
  return compiled.memberChain[a]!.has(b) || compiled.memberChain[b]!.has(a) ? undefined : { a, b };
}

/** English mentions with each clear "the two leaders" standing for its two persons. */
export function withLeaderPairs(
  compiled: CompiledCodebook,
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: Mention[],
): Mention[] {
  const added: Mention[] = [];
  let si = 0;
  for (let k = 2; k < tokens.count; k++) {
    const sides = agreeingSidesAt(tokens, k);
    if (!sides && !pairPhraseAt(tokens, k)) continue;
    while (si < sentences.length && sentences[si]!.end <= k) si++;
    if (si >= sentences.length) break;
    const from = tokens.text[k - 1] === 'both' ? k - 1 : k - 2;
    if (from < sentences[si]!.start || mentions.some((m) => m.tokStart <= k && m.tokEnd > from)) continue;
    const pair = sides
      ? sidesFor(compiled, mentions, sentences, si)
      : pairFor(compiled, tokens, mentions, sentences, si, k);
    if (pair)
      added.push(
        actorMention(tokens, from, k + 1, pair.a, false),
        actorMention(tokens, from, k + 1, pair.b, false),
      );
  }
  return withAddedMentions(mentions, added);
}
