// "the two leaders", "both leaders": a phrase that stands for the pair of persons just named
// ("Turkish President Tayyip Erdogan and Russian President Vladimir Putin discussed … the two
// leaders had also emphasised …"). Resolved only where the pair is clear: one pair of tracked
// persons joined by "and" in the same sentence before the phrase, or else in the previous one.
// Each person gets a mention over the phrase, so the phrase holds (or is targeted) as a
// coordination of both does. The Arabic duals (الزعيمان، الطرفان، البلدان …) work the same way, and
// "both sides agreed" stands for the two parties named in the previous sentence.
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import type { Sentence } from '../text/segment.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import { actorMention, withAddedMentions, type Mention } from './mentions.js';

// Words that may stand between "and" and the second name: "and the", "and Russian President".
const NAME_FILLERS = new Set(['the', 'his', 'her', 'its', 'their']);

/** What a pair phrase may stand for: two persons, two countries, or any two actors. */
type PairKind = 'person' | 'country' | 'any';

// Arabic duals that stand for the pair just named, folded, without و/ف: "الزعيمان" and
// "الرئيسين" (two persons, any case), and as subjects only (nominative) "الطرفان"، "الجانبان"
// (any two actors) and "البلدان" (two countries); "بين البلدين" is a phrase of its own.
const AR_PAIR_WORDS = new Map<string, PairKind>([
  ['الزعيمان', 'person'],
  ['الزعيمين', 'person'],
  ['الرئيسان', 'person'],
  ['الرئيسين', 'person'],
  ['الطرفان', 'any'],
  ['الجانبان', 'any'],
  ['البلدان', 'country'],
]);

/** The kind of pair the phrase ending at token k stands for: "both leaders", "the two leaders", "الزعيمان". */
function pairPhraseAt(tokens: Tokens, k: number, lang: 'ar' | 'en'): PairKind | undefined {
  const w = tokens.text[k]!;
  if (lang === 'ar') {
    // Every pair word is 7 or 8 letters (one more with و/ف): most tokens end here, unread.
    if (w.length < 7 || w.length > 9) return undefined;
    return AR_PAIR_WORDS.get(w) ?? (w[0] === 'و' || w[0] === 'ف' ? AR_PAIR_WORDS.get(w.slice(1)) : undefined);
  }
  if (w !== 'leaders') return undefined;
  const before = tokens.text[k - 1];
  return before === 'both' || (before === 'two' && tokens.text[k - 2] === 'the') ? 'person' : undefined;
}

/** A tracked actor of the kind named, not as a modifier. */
function pairMember(compiled: CompiledCodebook, m: Mention, kind: PairKind): boolean {
  if (m.actor < 0 || m.modifier || m.kind === 'topic' || m.kind === 'demonym') return false;
  if (kind === 'any') return true;
  return compiled.codebook.actors[m.countryOf ?? m.actor]!.kind === kind;
}

// Words between the two names of an Arabic pair: "ونظيره الفرنسي".
const AR_COUNTERPARTS = new Set(['نظيره', 'ونظيره', 'نظيرته', 'ونظيرته', 'و', ',']);

/**
 * Tokens from..to join two Arabic names with و: on the second name ("بين ترامب وماكرون") or
 * on the office words and nationality adjectives before it ("ونظيره الفرنسي إيمانويل ماكرون").
 */
function joinedByWa(tokens: Tokens, mentions: readonly Mention[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  let wa = tokens.text[to]!.startsWith('و');
  for (let k = from; k < to; k++) {
    const w = tokens.text[k]!;
    const bare = w.startsWith('و') && w.length > 2 ? w.slice(1) : w;
    if (!AR_COUNTERPARTS.has(w) && !isOfficeWord(bare, 'ar') && !demonymAt(mentions, k)) return false;
    if (w.startsWith('و')) wa = true;
  }
  return wa;
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
  kind: PairKind,
  lang: 'ar' | 'en',
): Pair[] {
  const persons = mentions.filter(
    (m) => m.tokStart >= from && m.tokEnd <= to && pairMember(compiled, m, kind),
  );
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < persons.length; i++) {
    const first = persons[i]!;
    // The second is the next person named after this one (a second mention over the same
    // words is the same name).
    const second = persons.find((m) => m.tokStart >= first.tokEnd);
    const joined =
      lang === 'ar'
        ? joinedByWa(tokens, mentions, first.tokEnd, second?.tokStart ?? 0)
        : joinedByAnd(tokens, mentions, first.tokEnd, second?.tokStart ?? 0);
    if (!second || !joined) continue;
    const a = first.countryOf ?? first.actor;
    const b = second.countryOf ?? second.actor;
    if (a === b || compiled.memberChain[a]!.has(b) || compiled.memberChain[b]!.has(a)) continue;
    if (!pairs.some((p) => p.a === a && p.b === b)) pairs.push({ a, b });
  }
  return pairs;
}

/**
 * The one pair the phrase ending at k stands for: in its sentence before it, else (for two
 * persons) the previous one.
 */
function pairFor(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  si: number,
  from: number,
  kind: PairKind,
  lang: 'ar' | 'en',
): Pair | undefined {
  const here = pairsIn(compiled, tokens, mentions, sentences[si]!.start, from, kind, lang);
  if (here.length > 0) return here.length === 1 ? here[0] : undefined;
  // ("الطرفان" a sentence on is often the two warring sides, not the last pair named.)
  if (si === 0 || kind !== 'person') return undefined;
  const prev = sentences[si - 1]!;
  const before = pairsIn(compiled, tokens, mentions, prev.start, prev.end, kind, lang);
  return before.length === 1 ? before[0] : undefined;
}

/**
 * "الرئيسان الأميركي دونالد ترامب، والفرنسي …", "the two leaders, X and Y": the names follow
 * the phrase ending at k in apposition.
 */
function namesFollow(mentions: readonly Mention[], tokens: Tokens, k: number): boolean {
  const next = tokens.text[k + 1] === ',' ? k + 2 : k + 1;
  return mentions.some((m) => m.tokStart === next && (m.kind === 'demonym' || m.actor >= 0));
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

/**
 * The first token from k on where "both sides agreed" or a pair phrase ends, else tokens.count.
 * (A scan of its own, as nextLatterWord in latter-anaphors.ts, for the same reason.)
 */
function nextPairPhrase(tokens: Tokens, k: number, lang: 'ar' | 'en'): number {
  for (; k < tokens.count; k++)
    if ((lang === 'en' && agreeingSidesAt(tokens, k)) || pairPhraseAt(tokens, k, lang)) return k;
  return k;
}

/**
 * Mentions with each clear "the two leaders", "الزعيمان" standing for its two actors, and "both
 * sides agreed" for the two parties of the previous sentence.
 */
export function withLeaderPairs(
  compiled: CompiledCodebook,
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: Mention[],
  lang: 'ar' | 'en' = 'en',
): Mention[] {
  const added: Mention[] = [];
  let si = 0;
  for (
    let k = nextPairPhrase(tokens, lang === 'ar' ? 0 : 2, lang);
    k < tokens.count;
    k = nextPairPhrase(tokens, k + 1, lang)
  ) {
    const sides = lang === 'en' && agreeingSidesAt(tokens, k);
    const kind = sides ? undefined : pairPhraseAt(tokens, k, lang);
    while (si < sentences.length && sentences[si]!.end <= k) si++;
    if (si >= sentences.length) break;
    const from = lang === 'ar' ? k : tokens.text[k - 1] === 'both' ? k - 1 : k - 2;
    if (from < sentences[si]!.start || mentions.some((m) => m.tokStart <= k && m.tokEnd > from)) continue;
    if (lang === 'ar' && namesFollow(mentions, tokens, k)) continue;
    const pair = kind
      ? pairFor(compiled, tokens, mentions, sentences, si, lang === 'ar' ? from : k - 2, kind, lang)
      : sidesFor(compiled, mentions, sentences, si);
    if (pair)
      added.push(
        actorMention(tokens, from, k + 1, pair.a, false),
        actorMention(tokens, from, k + 1, pair.b, false),
      );
  }
  return withAddedMentions(mentions, added);
}
