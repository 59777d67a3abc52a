// A story names a government in full once ("الحكومة اليمنية", "النظام السوري", "the Syrian
// government") and then calls it and its forces by government words alone: "القوات الحكومية",
// "قوات النظام", "القوات الموالية للحكومة", "government forces", "regime troops", "pro-government
// forces", "the regime". Such words stand for the government of the one country the story places
// them in:
//  1. the country whose cities, provinces, or name after a locative the sentence itself names
//     ("اشتباكات بين القوات الحكومية والحوثيين في الحديدة"): the only one, or one right by the
//     words when the others are far; with two near, the one of them whose government was named;
//  2. else the one country whose government the story has named before with a government word
//     ("الحكومة اليمنية", "the Syrian regime", "نظام الأسد"); none when two were (a foreign
//     backer named beside the forces makes the sentence's own countries no guide);
//  3. else, when the story has named no government that way, the one country it has named at all.
// The codebook actor of kind government or country for that country gets the mention. Forces
// left unresolved, or of a country the codebook does not track, are someone untracked: they
// still hold the sentence, so that a previous sentence's subject is not carried into it. Bare
// "the government" and "the regime" go only by step 2, and not in a sentence that names another
// country (Arabic bare "الحكومة"/"النظام" are left to bare-heads.ts: "النظام" is also "the
// system", and read more widely they gave more wrong statements than right ones). A nationality
// adjective after the words ("القوات الحكومية العراقية") names the country itself; words that
// make another body ("قوات الحكومة الانتقالية", "the interim government", "anti-government
// forces", "government-held") are left alone.
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import type { Language } from '../text/language.js';
import { foldString } from '../text/normalize.js';
import type { Sentence } from '../text/segment.js';
import { listCountries } from '../lexicon/countries.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import {
  actorMention,
  memberStates,
  mentionWith,
  withAddedMentions,
  type CountryMark,
  type Mention,
} from './mentions.js';
import { bareHead } from './bare-heads.js';
import { ACT_HEAD_NOUNS, EN_HOLDING_PARTICIPLES, EN_PREPOSITIONS, LOCATIVE } from './word-lists.js';

const fold = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(foldString));

// Words that name a state's government ("الحكومة اليمنية", "نظام الأسد", "the Syrian regime").
const AR_GOVERNMENT_WORDS = fold('الحكومة حكومة النظام نظام السلطات سلطات الحكومية الحكومي');
const EN_GOVERNMENT_STEMS = ['government', 'regime', 'authorities', 'administration'];
const EN_GOVERNMENT_WORDS = new Set(EN_GOVERNMENT_STEMS);
// Every Arabic government word holds one of these.
const AR_GOVERNMENT_STEMS = ['حكوم', 'نظام', 'سلطات'].map(foldString);
const EN_GOVERNMENT_TEXT = /\b(government|regime)\b/;

// Armed bodies and arms: a definite one takes the adjective (القوات الحكومية), a construct one the
// genitive (قوات النظام).
const AR_FORCES_DEFINITE = fold(
  'القوات الجيش الطائرات المقاتلات الميليشيات المليشيات المدفعية الطيران الجنود',
);
const AR_FORCES_CONSTRUCT = fold('قوات جيش طائرات مقاتلات ميليشيات مليشيات مدفعية طيران جنود عناصر');
const AR_GOVERNMENT_ADJECTIVES = fold('الحكومية الحكومي الحكوميين النظامية النظامي النظاميين');
const AR_GOVERNMENT_ADJECTIVES_INDEFINITE = fold('حكومية حكومي حكوميين');
const AR_GOVERNMENT_GENITIVES = fold('الحكومة النظام');
const AR_LEGITIMATE = fold('الشرعية المعترف');
const AR_LOYAL = fold('الموالية الموالي الموالين التابعة التابع موالية موالي موالين تابعة');
const AR_TO_GOVERNMENT = fold('للحكومة للنظام');
const AR_SECOND_WORDS = new Set([
  ...AR_GOVERNMENT_ADJECTIVES,
  ...AR_GOVERNMENT_ADJECTIVES_INDEFINITE,
  ...AR_GOVERNMENT_GENITIVES,
  ...AR_LOYAL,
]);
// Adjectives that make another government of it: a transitional, interim, local or parallel one.
const AR_OTHER_GOVERNMENT = fold(
  'الانتقالية المؤقتة المحلية الموازية الإقليم الإقليمية السابقة السابق البديلة المنافسة',
);

const EN_FORCES = new Set(
  'forces troops soldiers army militia militias fighters warplanes jets aircraft planes helicopters artillery tanks gunships units loyalists'.split(
    ' ',
  ),
);
// Posts that a government's forces hold.
const EN_POSTS = new Set(
  'positions position checkpoints checkpoint outposts outpost bases base barracks convoy convoys lines'.split(
    ' ',
  ),
);
// Words right before such posts (past "the") that make them the object of an attack.
const EN_ATTACKED_AT = new Set(
  'on at against upon attacked attacking attack attacks stormed storming overran overrun shelled shelling struck hit targeted targeting bombed pounded seized captured raided ambushed'.split(
    ' ',
  ),
);

/** The words before the government word at k (past "the") attack what it names. */
function attackedAt(text: (i: number) => string, k: number): boolean {
  return EN_ATTACKED_AT.has(text(k - 1) === 'the' ? text(k - 2) : text(k - 1));
}

// Modifiers that make another government or its opponents of it.
const EN_OTHER_GOVERNMENT = new Set(
  'anti interim transitional unity regional local provincial rebel opposition former parallel puppet separatist breakaway autonomous tribal caretaker exiled new previous central federal'.split(
    ' ',
  ),
);
// "government-held", "regime-controlled": a label of territory, not the government.
const EN_PARTICIPLES = new Set(
  'held controlled backed run led allied linked sponsored affiliated aligned owned funded appointed supported friendly'.split(
    ' ',
  ),
);

// Nouns the government modifies ("the government siege", "the regime stronghold").
const EN_MODIFIED_NOUNS = new Set(
  'stronghold strongholds siege sieges advance advances air airstrikes strikes bombardment bombing bombings assault attack attacks offensive offensives operation operations campaign crackdown side camp areas area territory territories zone zones positions lines checkpoint checkpoints media television delegation negotiators loyalists supporters barrel'.split(
    ' ',
  ),
);

interface StateTables {
  /** Country code → the codebook actor that is its government (-1: none or two). */
  stateOf: Map<string, number>;
  /** Actor → country code of a state actor (for its mentions as a naming of its government). */
  countryOf: (string | undefined)[];
  /** Folded Arabic or English nationality adjective → country code. */
  demonyms: Map<string, string>;
}

const TABLES = new WeakMap<CompiledCodebook, StateTables>();

let demonymCodes: Map<string, string> | undefined;

function demonymMap(): Map<string, string> {
  if (demonymCodes) return demonymCodes;
  demonymCodes = new Map();
  for (const c of listCountries())
    for (const d of [...c.demonyms.ar, ...c.demonyms.en]) demonymCodes.set(foldString(d), c.code);
  return demonymCodes;
}

/** A folded word that is some country's nationality adjective ("syrian", "سوري"). */
export function isDemonymWord(folded: string): boolean {
  return demonymMap().has(folded);
}

/** The country a name calls a government of ("الحكومة اليمنية", "Yemeni government"), if any. */
function governmentNameCountry(name: string, demonyms: Map<string, string>): string | undefined {
  const words = foldString(name).split(' ');
  if (AR_GOVERNMENT_WORDS.has(words[0]!) && words.length >= 2) return demonyms.get(words[1]!);
  const last = words.length - 1;
  if (last >= 1 && EN_GOVERNMENT_WORDS.has(words[last]!)) return demonyms.get(words[last - 1]!);
  return undefined;
}

function stateTables(compiled: CompiledCodebook): StateTables {
  let tables = TABLES.get(compiled);
  if (tables) return tables;
  const demonyms = demonymMap();
  const members = memberStates(compiled);
  const actors = compiled.codebook.actors;
  const countryOf: (string | undefined)[] = actors.map(() => undefined);
  // Per country: the candidates, and those named with a government word.
  const candidates = new Map<string, { all: number[]; governments: number[] }>();
  actors.forEach((actor, a) => {
    if (actor.kind !== 'country' && actor.kind !== 'government') return;
    let governmentCode: string | undefined;
    for (const names of Object.values(actor.names ?? {}))
      for (const name of names) governmentCode ??= governmentNameCountry(name, demonyms);
    const code = compiled.countryOfActor[a] ?? governmentCode;
    if (code === undefined) return;
    countryOf[a] = code;
    // An army or a ministry of a state tracked on its own is not the state.
    if (members[a]! >= 0) return;
    const entry = candidates.get(code) ?? { all: [], governments: [] };
    entry.all.push(a);
    if (governmentCode === code) entry.governments.push(a);
    candidates.set(code, entry);
  });
  const stateOf = new Map<string, number>();
  for (const [code, { all, governments }] of candidates) {
    const pick = governments.length > 0 ? governments : all;
    stateOf.set(code, pick.length === 1 ? pick[0]! : -1);
  }
  // A member of a state (its army, its foreign ministry) named with a government word names
  // that state's government too.
  actors.forEach((_, a) => {
    if (countryOf[a] === undefined && members[a]! >= 0) countryOf[a] = countryOf[members[a]!];
  });
  tables = { stateOf, countryOf, demonyms };
  TABLES.set(compiled, tables);
  return tables;
}

/** The codebook actor that stands for the state with this country code, or -1 (none or two). */
export function stateActorOf(compiled: CompiledCodebook, code: string): number {
  return stateTables(compiled).stateOf.get(code) ?? -1;
}

// Acts of force a government word before them names the agent of: "government air strikes".
// (Not "siege": "break a government siege" reads the siege as the course of action broken.)
const EN_GOVERNMENT_ACTS = new Set(
  'airstrikes airstrike strikes raids bombardment bombing bombings shelling assault offensive offensives advance advances crackdown'.split(
    ' ',
  ),
);
// "government air strikes", "government barrel bombs": a modifier between the word and the act.
const EN_GOVERNMENT_ACT_MODIFIERS = new Set(['air', 'aerial', 'artillery', 'barrel']);

/** An act of force at k, past one modifier ("air strikes", "barrel bombs"). */
function governmentActAt(tokens: Tokens, k: number): boolean {
  const w = k < tokens.count ? tokens.text[k]! : '';
  if (EN_GOVERNMENT_ACTS.has(w)) return true;
  const next = k + 1 < tokens.count ? tokens.text[k + 1]! : '';
  return (
    EN_GOVERNMENT_ACT_MODIFIERS.has(w) &&
    (EN_GOVERNMENT_ACTS.has(next) || next === 'bombs' || next === 'raid')
  );
}

interface Phrase {
  start: number;
  end: number;
  /** A bare government noun ("الحكومة", "the regime"), not forces. */
  bare: boolean;
  preposition: boolean;
  /** "government-held": the holder of ground, as a modifier (neither a holder nor a target). */
  held?: boolean;
  /** "government air strikes": the agent of an act, read as a nationality adjective is ("Russian strikes"). */
  actAgent?: boolean;
}

/** The word at i when it is no mention's, else ''. */
function uncoveredWord(tokens: Tokens, covered: Uint8Array, i: number): string {
  return i < tokens.count && tokens.isWord[i] && !covered[i] ? tokens.text[i]! : '';
}

function arabicPhrase(
  tokens: Tokens,
  k: number,
  covered: Uint8Array,
  marked: Uint8Array,
): Phrase | undefined {
  // Every phrase has one of these words second; testing it first spares the clitic split of
  // every word of the story.
  if (!AR_SECOND_WORDS.has(tokens.text[k + 1] ?? '')) return undefined;
  // (A function of its own, not a closure: a closure's context would be allocated on every call.)
  const w1 = uncoveredWord(tokens, covered, k + 1);
  if (w1 === '') return undefined;
  const { head, preposition } = bareHead(tokens.text[k]!, 'ar');
  let end = -1;
  if (AR_FORCES_DEFINITE.has(head) && AR_GOVERNMENT_ADJECTIVES.has(w1)) end = k + 2;
  else if (AR_FORCES_CONSTRUCT.has(head) && AR_GOVERNMENT_ADJECTIVES_INDEFINITE.has(w1)) end = k + 2;
  else if (
    AR_FORCES_CONSTRUCT.has(head) &&
    AR_GOVERNMENT_GENITIVES.has(w1) &&
    // "عناصر النظام القضائي": a definite adjective makes the genitive another system.
    (!uncoveredWord(tokens, covered, k + 2).startsWith('ال') ||
      AR_LEGITIMATE.has(uncoveredWord(tokens, covered, k + 2)) ||
      marked[k + 2])
  )
    end = k + 2;
  else if (
    (AR_FORCES_DEFINITE.has(head) || AR_FORCES_CONSTRUCT.has(head)) &&
    AR_LOYAL.has(w1) &&
    AR_TO_GOVERNMENT.has(uncoveredWord(tokens, covered, k + 2))
  )
    end = k + 3;
  if (end < 0) return undefined;
  const next = end < tokens.count && tokens.isWord[end] ? tokens.text[end]! : '';
  // "القوات الحكومية العراقية": the country is named; "قوات الحكومة الانتقالية": another one.
  if (marked[end] || AR_OTHER_GOVERNMENT.has(next)) return undefined;
  return { start: k, end, bare: false, preposition };
}

function englishPhrase(
  tokens: Tokens,
  k: number,
  covered: Uint8Array,
  capitalized: Uint8Array | undefined,
  sentenceStart: number,
): Phrase | undefined {
  const text = (i: number): string => (i >= 0 && i < tokens.count && tokens.isWord[i] ? tokens.text[i]! : '');
  const t0 = tokens.text[k]!;
  let start = k;
  let end = -1;
  let bare = false;
  let held = false;
  let actAgent = false;
  if ((t0 === 'government' || t0 === 'regime') && EN_HOLDING_PARTICIPLES.has(text(k + 1))) {
    // "shelled government-held districts": whose ground is struck (read by the held-ground rules).
    end = k + 1;
    held = true;
  } else if ((t0 === 'government' || t0 === 'regime') && governmentActAt(tokens, k + 1)) {
    // "government air strikes", "government shelling": the government's own act of force.
    end = k + 1;
    actAgent = true;
  } else if (EN_FORCES.has(t0) && text(k + 1) === 'loyal' && text(k + 2) === 'to' && text(k + 3) === 'the') {
    // "forces loyal to the government"; not "… to the government of X".
    if (EN_GOVERNMENT_WORDS.has(text(k + 4)) && !covered[k + 4] && text(k + 5) !== 'of') end = k + 5;
  } else if ((t0 === 'government' || t0 === 'regime') && EN_FORCES.has(text(k + 1))) {
    end = k + 2;
    if (text(k - 1) === 'pro') start = k - 1;
  } else if ((t0 === 'government' || t0 === 'regime') && EN_POSTS.has(text(k + 1)) && attackedAt(text, k)) {
    // "attacks on government positions", "overran regime checkpoints": the government's men hold
    // them, so the attack is on the government ("government positions" alone may be jobs).
    end = k + 2;
  } else if ((t0 === 'government' || t0 === 'regime') && text(k - 1) === 'the') {
    const next = text(k + 1);
    // "the government siege", "the regime stronghold", "the government spokesman": a modifier.
    if (
      next === 'of' ||
      EN_PARTICIPLES.has(next) ||
      ACT_HEAD_NOUNS.has(next) ||
      EN_FORCES.has(next) ||
      EN_MODIFIED_NOUNS.has(next) ||
      isOfficeWord(next, 'en')
    )
      return undefined;
    // "head of the government", "the government's spokesman" are not the government speaking as a
    // body… the first is a person.
    if (isOfficeWord(text(k - 3), 'en') && text(k - 2) === 'of') return undefined;
    bare = true;
    end = k + 1;
  }
  if (end < 0) return undefined;
  if (EN_PARTICIPLES.has(text(end)) && !held) return undefined;
  if (!bare && start === k) {
    // "Syrian government forces", "Hadi government forces": a name or a capitalised word before
    // it says whose; "anti-government forces", "interim government forces": another side.
    const before = k - 1;
    if (before >= 0 && covered[before]) return undefined;
    if (EN_OTHER_GOVERNMENT.has(text(before))) return undefined;
    if (before > sentenceStart && capitalized?.[before] && text(before) !== 'the') return undefined;
  }
  let b = start - 1;
  if (text(b) === 'the') b--;
  return { start, end, bare, preposition: EN_PREPOSITIONS.has(text(b)), held, actAgent };
}

// Occupied land where two states' forces stand: it sets no one country's scene.
const DISPUTED_PLACES = fold('الجولان golan');
const BASED = fold('مقره ومقره مقرها ومقرها based headquartered');

/** A mark that sets the sentence's events in its country: a place, or a name after a locative. */
function setsScene(tokens: Tokens, mark: CountryMark): boolean {
  const at = (i: number): string => (i >= 0 && i < tokens.count ? tokens.text[i]! : '');
  if (DISPUTED_PLACES.has(at(mark.tok)) || DISPUTED_PLACES.has(at(mark.tok + 1))) return false;
  // "the Britain-based monitor", "based in Britain", "ومقره لندن": where a source sits.
  if (BASED.has(at(mark.tok + 1)) || BASED.has(at(mark.tok - 1)) || BASED.has(at(mark.tok - 2))) return false;
  return mark.kind === 'place' || (mark.kind === 'name' && LOCATIVE.has(at(mark.tok - 1)));
}

/**
 * The country of the scene: the only one, or the one named right by the words (within six
 * tokens) when every other is at least twice as far.
 */
function nearestScene(local: ReadonlyMap<string, number>): string | undefined {
  if (local.size === 1) return [...local.keys()][0];
  const sorted = [...local].sort((a, b) => a[1] - b[1]);
  const [first, second] = sorted;
  if (first && second && first[1] <= 6 && second[1] >= 2 * first[1] + 2) return first[0];
  return undefined;
}

/** The tokens, in text order, whose folded text holds one of the strings (found by searching the text, not each token). */
function tokensHolding(tokens: Tokens, folded: string, strings: readonly string[]): number[] {
  const out: number[] = [];
  for (const s of strings)
    for (let at = folded.indexOf(s); at >= 0; at = folded.indexOf(s, at + s.length)) {
      const k = tokenAt(tokens, at);
      if (k >= 0) out.push(k);
    }
  out.sort((a, b) => a - b);
  return out.filter((k, i) => i === 0 || out[i - 1] !== k);
}

/** The token covering folded offset `at`, or -1 (binary search over the sorted starts). */
function tokenAt(tokens: Tokens, at: number): number {
  let lo = 0;
  let hi = tokens.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid]! > at) hi = mid - 1;
    else if (tokens.end[mid]! <= at) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** One look at the whole folded text (cheaper than at each token): no government word, no work. */
function mayHoldGovernmentWords(folded: string, lang: Language): boolean {
  return lang === 'ar' ? folded.includes('حكوم') || folded.includes('نظام') : EN_GOVERNMENT_TEXT.test(folded);
}

export function addGovernmentWords(
  compiled: CompiledCodebook,
  tokens: Tokens,
  folded: string,
  sentences: readonly Sentence[],
  mentions: Mention[],
  countryMarks: () => readonly CountryMark[],
  lang: Language,
  capitalized?: Uint8Array,
): Mention[] {
  if (!mayHoldGovernmentWords(folded, lang)) return mentions;
  // Most Arabic stories name the government but not its forces: look for a phrase before
  // building the story's tables (ignoring mentions and country names, so a superset).
  if (lang === 'ar' && !holdsArabicPhrase(tokens)) return mentions;
  const story = readStory(compiled, tokens, folded, mentions, countryMarks(), lang);
  const { covered, marked } = story;
  const added: Mention[] = [];
  let si = 0;
  for (let k = 0; k < tokens.count; k++) {
    if (covered[k] || !tokens.isWord[k]) continue;
    while (si < sentences.length - 1 && sentences[si]!.end <= k) si++;
    const sentence = sentences[si]!;
    const phrase =
      lang === 'ar'
        ? arabicPhrase(tokens, k, covered, marked)
        : englishPhrase(tokens, k, covered, capitalized, sentence.start);
    if (!phrase) continue;
    const actor = phraseActor(tokens, story, phrase, sentence);
    if (actor === undefined) continue;
    const mention = actorMention(tokens, phrase.start, phrase.end, actor, phrase.preposition);
    added.push(
      phrase.held
        ? mentionWith(mention, { modifier: true })
        : phrase.actAgent
          ? mentionWith(mention, { kind: 'demonym' })
          : mention,
    );
    for (let j = phrase.start; j < phrase.end; j++) covered[j] = 1;
    k = phrase.end - 1;
  }
  return withAddedMentions(mentions, added);
}

// (The steps below are functions of their own so that V8 re-optimises only the step a rare
// branch deoptimises, not the whole pass.)

/** Whether any Arabic phrase of government forces may be in the text (a superset: see arabicPhrase). */
function holdsArabicPhrase(tokens: Tokens): boolean {
  const none = new Uint8Array(tokens.count);
  for (let k = 0; k < tokens.count; k++) if (arabicPhrase(tokens, k, none, none) !== undefined) return true;
  return false;
}

interface Story {
  marks: readonly CountryMark[];
  stateOf: Map<string, number>;
  /** Tokens inside a mention, then inside an added phrase. */
  covered: Uint8Array;
  /** Tokens that name a country. */
  marked: Uint8Array;
  /** Namings of a government with a government word, in text order: (token, country). */
  namings: { tok: number; code: string }[];
}

function readStory(
  compiled: CompiledCodebook,
  tokens: Tokens,
  folded: string,
  mentions: readonly Mention[],
  marks: readonly CountryMark[],
  lang: Language,
): Story {
  const { stateOf, countryOf, demonyms } = stateTables(compiled);
  const covered = new Uint8Array(tokens.count);
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered[k] = 1;
  const marked = new Uint8Array(tokens.count);
  for (const mark of marks) marked[mark.tok] = 1;
  const markAt = new Map<number, string>();
  for (const mark of marks) if (!markAt.has(mark.tok)) markAt.set(mark.tok, mark.code);

  const namings: { tok: number; code: string }[] = [];
  const governmentWord = (k: number): boolean => {
    const t = tokens.text[k]!;
    if (lang === 'en') return EN_GOVERNMENT_WORDS.has(t);
    return (
      AR_GOVERNMENT_STEMS.some((stem) => t.includes(stem)) && AR_GOVERNMENT_WORDS.has(bareHead(t, 'ar').head)
    );
  };
  const states = memberStates(compiled);
  for (const m of mentions) {
    if (m.actor < 0 || m.kind === 'topic') continue;
    const code = countryOf[m.actor];
    if (code === undefined) continue;
    for (let k = m.tokStart; k < m.tokEnd; k++)
      if (governmentWord(k)) {
        namings.push({ tok: m.tokStart, code });
        break;
      }
  }
  const personAt = new Map<number, number>();
  for (const m of mentions)
    if (m.kind === 'name' && m.actor >= 0 && compiled.codebook.actors[m.actor]?.kind === 'person')
      personAt.set(m.tokStart, m.actor);
  const stems = lang === 'ar' ? AR_GOVERNMENT_STEMS : EN_GOVERNMENT_STEMS;
  for (const k of tokensHolding(tokens, folded, stems)) {
    if (!tokens.isWord[k] || !governmentWord(k)) continue;
    let code: string | undefined;
    if (lang === 'ar') {
      // "الحكومة اليمنية", "حكومة بغداد", "نظام الأسد".
      code = markAt.get(k + 1) ?? demonyms.get(tokens.text[k + 1] ?? '');
      const person = personAt.get(k + 1);
      if (code === undefined && person !== undefined && states[person]! >= 0)
        code = countryOf[states[person]!];
    } else {
      // "the Syrian government", "Syria's government", "the government of Iraq".
      code =
        markAt.get(k - 1) ??
        markAt.get(k - 2) ??
        (tokens.text[k + 1] === 'of' ? markAt.get(k + 2) : undefined);
    }
    if (code !== undefined) namings.push({ tok: k, code });
  }
  namings.sort((a, b) => a.tok - b.tok);
  return { marks, stateOf, covered, marked, namings };
}

/**
 * The codebook actor a phrase stands for (-1: forces of a government left unresolved or not
 * tracked, still a holder), or undefined when a bare government word is left alone.
 */
function phraseActor(tokens: Tokens, story: Story, phrase: Phrase, sentence: Sentence): number | undefined {
  const { marks, namings } = story;
  // The countries the sentence names, and those it sets its events in, with their distance.
  const inSentence = new Set<string>();
  const local = new Map<string, number>();
  for (const mark of marks) {
    if (mark.tok < sentence.start || mark.tok >= sentence.end) continue;
    inSentence.add(mark.code);
    if (!setsScene(tokens, mark)) continue;
    const distance = mark.tok < phrase.start ? phrase.start - mark.tok : mark.tok - phrase.end;
    local.set(mark.code, Math.min(distance, local.get(mark.code) ?? Infinity));
  }
  // The governments named before with a government word.
  const named = new Set<string>();
  for (const n of namings) if (n.tok < phrase.start) named.add(n.code);
  let code: string | undefined;
  if (!phrase.bare) code = nearestScene(local);
  if (code === undefined && local.size > 1 && !phrase.bare) {
    // Events set in two countries: the one of them whose government the story has named.
    code = onlyOne([...named].filter((c) => local.has(c)));
  } else if (code === undefined) {
    // (Two governments named: none; a foreign backer is often named beside the forces.)
    code = onlyOne(named);
    // Else the one country the story has named at all, when it named no government.
    if (code === undefined && named.size === 0 && !phrase.bare) {
      const all: string[] = [];
      for (const mark of marks) if (mark.tok < phrase.end) all.push(mark.code);
      code = onlyOne(all);
    }
  }
  // Bare "the government" in a sentence naming another country may be that one's.
  if (phrase.bare && [...inSentence].some((c) => c !== code)) return undefined;
  if (phrase.bare && code === undefined) return undefined;
  const actor = code === undefined ? -1 : (story.stateOf.get(code) ?? -1);
  if (phrase.bare && actor < 0) return undefined;
  return actor;
}

/** The one distinct code of a list, if it holds only one. */
function onlyOne(codes: Iterable<string>): string | undefined {
  const list = [...new Set(codes)];
  return list.length === 1 ? list[0] : undefined;
}
