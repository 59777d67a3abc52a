// English "it" / "they" / "them" / "its" where an act of force is done to what they stand for:
// "Complicating the efforts against Islamic State is a second campaign being waged against it
// … by Turkey", "Daesh … is battling for survival on two fronts. One offensive against it is by
// Syrian regime forces", "Kurdish forces … as they were targeted by regime planes", "The Turkish
// military has said four of its soldiers have been killed … in an attack by the Daesh …". The
// pronoun stands for the nearest tracked actor before it, in its sentence or the one before,
// that the pronoun can name: "it" a state or body, "they"/"them" a plural name ("rebels",
// "Houthis"), never a person. As the object of an act ("strikes against it") the pronoun is not
// the act's own subject ("Turkey launched strikes against it": it is not Turkey). The added
// mention is an ordinary actor mention: the readers of acts of force (passives, strikes on,
// members killed by) then read it with their own guards.
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import { isClauseMark, type Sentence } from '../text/segment.js';
import { actorMention, withAddedMentions, type Mention } from './mentions.js';
import { EN_FORCE_ACT_ON_NOUNS, EN_KILLED_MEMBERS, EN_WAGING_PARTICIPLES } from './word-lists.js';

/** Nouns of an act of force whose object follows "against"/"on", a war included. */
const FORCE_ACT_NOUNS = new Set([...EN_FORCE_ACT_ON_NOUNS, 'war']);
/** Participles of a force act done to a passive subject: "they were targeted by …". */
const FORCE_PARTICIPLES = new Set([
  'attacked',
  'bombed',
  'shelled',
  'targeted',
  'struck',
  'pounded',
  'raided',
  'ambushed',
  'besieged',
  'hit',
  'stormed',
]);
/** Auxiliaries of a passive after its subject: "was", "has been", "are being". */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'being']);
/** Words after which a subject pronoun opens its clause. */
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'as',
  'when',
  'after',
  'while',
  'because',
  'since',
  'said',
  'says',
]);
/** Plural-looking names that "it" stands for ("the United States", "the Syrian Democratic Forces"). */
const SINGULAR_PLURALS = new Set(['states', 'nations', 'emirates', 'forces', 'units', 'brigades']);

const PLACE_PREPOSITIONS = new Set(['in', 'into', 'inside', 'across', 'near', 'from', 'to', 'throughout']);
const DIRECTION_WORDS = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northwest',
  'northeast',
  'southwest',
  'southeast',
  'northwestern',
  'northeastern',
  'southwestern',
  'southeastern',
]);

const OBJECT_PREPOSITIONS = new Set([
  ...PLACE_PREPOSITIONS,
  'against',
  'on',
  'of',
  'with',
  'for',
  'by',
  'at',
  'over',
  'toward',
  'towards',
  'about',
]);

type Reading = 'object' | 'subject' | 'owner';

/** How the pronoun at k is read, when it is one an act of force is done to; else undefined. */
function forcePronounAt(tokens: Tokens, k: number, s: number, e: number): Reading | undefined {
  const t = tokens.text;
  const w = t[k]!;
  if ((w === 'it' || w === 'them') && k - 2 >= s && (t[k - 1] === 'against' || t[k - 1] === 'on')) {
    // "strikes against it", "a campaign being waged against it".
    let j = k - 2;
    while (j > s && j >= k - 4 && EN_WAGING_PARTICIPLES.has(t[j]!)) j--;
    return FORCE_ACT_NOUNS.has(t[j]!) ? 'object' : undefined;
  }
  if (w === 'it' || w === 'they') {
    // "It was bombed by …", "as they were targeted by …".
    if (k > s && !CLAUSE_OPENERS.has(t[k - 1]!) && !isClauseMark(tokens, k - 1)) return undefined;
    let j = k + 1;
    if (!PASSIVE_AUXILIARIES.has(t[j] ?? '')) return undefined;
    while (j < e && j <= k + 3 && PASSIVE_AUXILIARIES.has(t[j]!)) j++;
    if (/ly$/.test(t[j] ?? '')) j++;
    return FORCE_PARTICIPLES.has(t[j] ?? '') && t[j + 1] === 'by' ? 'subject' : undefined;
  }
  if (w === 'its' && EN_KILLED_MEMBERS.has(t[k + 1] ?? '')) {
    // "four of its soldiers have been killed", "its troops were targeted".
    for (let j = k + 2; j < e && j <= k + 5; j++) {
      if (!PASSIVE_AUXILIARIES.has(t[j]!)) {
        return j > k + 2 && /^(killed|wounded|injured|targeted|hit)$/.test(t[j]!) ? 'owner' : undefined;
      }
    }
  }
  return undefined;
}

/** The last word of m names several: "rebels", "Houthis" (not "United States"). */
function pluralName(tokens: Tokens, m: Mention): boolean | undefined {
  const w = tokens.text[m.tokEnd - 1]!;
  if (SINGULAR_PLURALS.has(w)) return undefined;
  return /[a-z]{2}s$/.test(w) && !/(ss|us|is)$/.test(w);
}

/** The actor the pronoun at k stands for, or -1. */
function antecedent(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: readonly Mention[],
  k: number,
  from: number,
  sentenceStart: number,
  reading: Reading,
): number {
  const plural = tokens.text[k] !== 'it' && tokens.text[k] !== 'its';
  const skipped: number[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.tokEnd > k) continue;
    if (m.tokStart < from) break;
    if (m.kind === 'topic' || m.actor < 0 || m.modifier || m.anaphor) continue;
    if (m.kind === 'demonym' && !m.official && !m.people) continue;
    const actor = m.countryOf ?? m.actor;
    if (skipped.includes(actor)) continue;
    // "Turkey launched strikes against it": the act's own subject is not its object.
    if (
      reading === 'object' &&
      m.tokStart >= sentenceStart &&
      !afterPreposition(tokens, m) &&
      !clauseMarkBetween(tokens, m.tokEnd, k)
    ) {
      skipped.push(actor);
      continue;
    }
    // A subject pronoun ("they were targeted", "its soldiers") stands for a subject before it,
    // not for a name after a preposition ("protect Kurdish forces working with American
    // advisers as they were targeted"); the nearest such subject must fit it.
    const subjectOnly = reading !== 'object';
    if (subjectOnly && afterPreposition(tokens, m)) continue;
    const kind = compiled.codebook.actors[actor]?.kind;
    if (kind === 'person') {
      if (subjectOnly) return -1;
      continue;
    }
    // "bases in northern Iraq": a country named as a place.
    if (placeBefore(tokens, m.tokStart)) continue;
    const many = m.people ? true : pluralName(tokens, m);
    if (many !== undefined && many !== plural) {
      if (subjectOnly) return -1;
      continue;
    }
    return actor;
  }
  return -1;
}

/** A locative preposition (past a direction word) right before token j: "in (northern) Iraq". */
function placeBefore(tokens: Tokens, j: number): boolean {
  const t = tokens.text;
  const p = DIRECTION_WORDS.has(t[j - 1] ?? '') ? j - 2 : j - 1;
  return PLACE_PREPOSITIONS.has(t[p] ?? '');
}

/** A preposition (or "the" after one) before m: "the efforts against Islamic State". */
function afterPreposition(tokens: Tokens, m: Mention): boolean {
  const t = tokens.text;
  const p = t[m.tokStart - 1] === 'the' ? m.tokStart - 2 : m.tokStart - 1;
  return m.afterPreposition || OBJECT_PREPOSITIONS.has(t[p] ?? '');
}

function clauseMarkBetween(tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isClauseMark(tokens, j)) return true;
  return false;
}

/** English mentions with each pronoun an act of force is done to standing for its antecedent. */
export function withForcePronouns(
  compiled: CompiledCodebook,
  tokens: Tokens,
  sentences: readonly Sentence[],
  mentions: Mention[],
): Mention[] {
  const added: Mention[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const { start: s, end: e } = sentences[si]!;
    for (let k = s; k < e; k++) {
      const w = tokens.text[k]!;
      if (w !== 'it' && w !== 'them' && w !== 'they' && w !== 'its') continue;
      const reading = forcePronounAt(tokens, k, s, e);
      if (!reading) continue;
      const from = si > 0 ? sentences[si - 1]!.start : s;
      const actor = antecedent(compiled, tokens, mentions, k, from, s, reading);
      if (actor < 0) continue;
      added.push(actorMention(tokens, k, k + 1, actor, reading === 'object'));
    }
  }
  return withAddedMentions(mentions, added);
}
