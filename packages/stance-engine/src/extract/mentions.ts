// Finds actor, role, demonym and topic mentions in folded text: automaton matches filtered by
// token boundaries (Arabic proclitics allowed), role dates, letter case and name ambiguity,
// then longest match wins among overlaps.
import type { CompiledCodebook, PatternEntry } from '../compile.js';
import type { NormalizedText } from '../text/normalize.js';
import { isWordChar } from '../text/normalize.js';
import { tokenAt, type Tokens } from '../text/tokens.js';
import {
  isAdjacentOfficeWord,
  isArabicTitleWord,
  officePhraseSeconds,
  isOfficeWord,
} from '../lexicon/common-words.js';
import type { Language } from '../text/language.js';
import {
  AR_COUNTERPARTS,
  AR_MANAGING_PREPS,
  EN_ALLY_NOUNS,
  EN_COUNTRY_PART_GROUPS,
  EN_GROUP_QUALIFIERS,
  EN_NAME_ADJECTIVES,
  EN_GROUND_NOUNS,
  EN_POSSESSIVE_PRONOUNS,
  EN_STRIKE_MODIFIERS,
  EN_STRIKE_NOUNS,
  LOCATIVE,
  TARGET_PREPS,
} from './word-lists.js';
import { isInlineDateline } from '../text/dateline.js';
import { lookupArabicCue } from './cues.js';
import { lookupEnglishCue } from '../lexicon/english-cues.js';

export type MentionKind = 'name' | 'role' | 'demonym' | 'topic';

export interface FoundMentions {
  mentions: Mention[];
  /** Gazetteer codes of the countries the story names. */
  countries: Set<string>;
  /**
   * Where the story names a country, in text order (`government-words.ts`), computed on the
   * first call: most stories have no government word that needs them.
   */
  marks: () => readonly CountryMark[];
}

/**
 * A country named at a token: by a city or region of it (`place`), by its name or capital, or by
 * a codebook name of a state (`name`), or by its nationality adjective (`demonym`).
 */
export interface CountryMark {
  tok: number;
  code: string;
  kind: 'place' | 'name' | 'demonym';
}

export interface Mention {
  kind: MentionKind;
  /** Folded-text span. */
  start: number;
  end: number;
  /** Token span [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** Actor index (name/role/demonym) or -1. */
  actor: number;
  /** Topic index (topic phrases) or -1. */
  topic: number;
  polarity: 1 | -1 | 0;
  /** A demonym next to an office word ("the German foreign minister"): speaks for the country. */
  official: boolean;
  /** The token before the mention (or its attached proclitic) is a preposition. */
  afterPreposition: boolean;
  /** Part of a hyphenated modifier ("Russia-brokered", "anti-Syria"): neither holder nor target. */
  modifier: boolean;
  /** Stands for a topic named earlier ("هذا القرار", "this decision"). */
  anaphor?: boolean;
  /** An English possessive without apostrophe ("Syrias weapons"): a modifier of the next noun. */
  possessive?: boolean;
  /** A demonym naming people ("السوريون"), not the state. */
  people?: boolean;
  /** A pro topic phrase naming one tracked actor's act ("الضربات التركية"): that actor. */
  agent?: number;
  /** A topic phrase written with a finite verb ("انسحبت من الاتفاق"): the verb is the deed. */
  verbal?: boolean;
  /**
   * "بلاده", "his country": the country of this person actor; the person holds, the country is
   * targeted. On a second mention over an official's nationality adjective ("المسؤول الإيراني",
   * `addOfficialPersons`): the person he is, or the state itself when he was named by office.
   */
  countryOf?: number;
}

type MentionDetails = 'anaphor' | 'possessive' | 'people' | 'agent' | 'verbal' | 'countryOf';
const NO_DETAILS: Partial<Pick<Mention, MentionDetails>> = {};

/**
 * Every mention carries every field, in one order: the analysis reads mentions at hundreds of
 * places, and V8 keeps those reads fast only while they see few object shapes. Copies go through
 * `mentionWith`: an object spread ({ ...m, actor }) makes an object of another shape.
 */
export function newMention(
  core: Omit<Mention, MentionDetails>,
  details: Partial<Pick<Mention, MentionDetails>> = NO_DETAILS,
): Mention {
  return {
    kind: core.kind,
    start: core.start,
    end: core.end,
    tokStart: core.tokStart,
    tokEnd: core.tokEnd,
    actor: core.actor,
    topic: core.topic,
    polarity: core.polarity,
    official: core.official,
    afterPreposition: core.afterPreposition,
    modifier: core.modifier,
    anaphor: details.anaphor,
    possessive: details.possessive ?? false,
    people: details.people ?? false,
    agent: details.agent,
    verbal: details.verbal ?? false,
    countryOf: details.countryOf,
  };
}

/** A copy of mention `m` with `changes`, in the one mention shape. */
export function mentionWith(m: Mention, changes: Partial<Mention>): Mention {
  const fields = { ...m, ...changes };
  return newMention(fields, fields);
}

const PREFIXES = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']);
const LAM_VARIANT_PREFIXES = new Set(['', 'و', 'ف']);
const PREPOSITION_PROCLITICS = new Set(['ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']);

/** A pattern entry that makes a mention (not a place, which only sets the scene). */
type MentionEntry = PatternEntry & { kind: MentionKind };

/**
 * "cease-fire" for a codebook's "ceasefire": two words joined by a hyphen in the original that
 * together spell a one-word English topic phrase are a candidate for it.
 */
function hyphenatedTopicWords(
  compiled: CompiledCodebook,
  original: string,
  norm: NormalizedText,
  tokens: Tokens,
  raw: Candidate[],
): void {
  for (let k = 1; k < tokens.count; k++) {
    const o = norm.toOriginal[tokens.start[k]!]!;
    if (o === 0 || original.charCodeAt(o - 1) !== 0x2d || !tokens.isWord[k] || !tokens.isWord[k - 1])
      continue;
    if (norm.toOriginal[tokens.end[k - 1]! - 1]! + 2 !== o) continue;
    const id = compiled.closedTopicWords.get(tokens.text[k - 1]! + tokens.text[k]!);
    if (id === undefined) continue;
    for (const entry of compiled.entries[id]!)
      if (entry.kind === 'topic' && isMentionEntry(entry))
        raw.push({ start: tokens.start[k - 1]!, end: tokens.end[k]!, entry, prefix: '', possessive: false });
  }
}

function isMentionEntry(entry: PatternEntry): entry is MentionEntry {
  return entry.kind !== 'place';
}

interface Candidate {
  start: number;
  end: number;
  entry: MentionEntry;
  prefix: string;
  possessive: boolean;
}

// Not a bare "ه": it is also the folded taa marbuta (المطالب + ة is another word).
const PRONOUN_SUFFIXES = ['ها', 'هم', 'هما'];

function hasPronounSuffix(text: string, end: number): boolean {
  for (const suf of PRONOUN_SUFFIXES) {
    if (
      text.startsWith(suf, end) &&
      (end + suf.length >= text.length || !isWordChar(text.charCodeAt(end + suf.length)))
    )
      return true;
  }
  return false;
}

function inDateRange(entry: Pick<PatternEntry, 'from' | 'to'>, date: string | undefined): boolean {
  if (!date) return true;
  if (entry.from && date < entry.from) return false;
  if (entry.to && date > entry.to) return false;
  return true;
}

/** The character at offset i is an upper-case Latin letter. */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x41 && c <= 0x5a;
}

function caseMatches(
  entry: PatternEntry,
  original: string,
  norm: NormalizedText,
  start: number,
  end: number,
): boolean {
  const form = entry.caseForm;
  if (!form || form.length !== end - start) return true;
  for (let k = 0; k < form.length; k++) {
    if (isUpperAt(form, k) && !isUpperAt(original, norm.toOriginal[start + k]!) && !arabicArticleAt(form, k))
      return false;
  }
  if (!WORD_ACRONYMS.has(form)) return true;
  const from = norm.toOriginal[start]!;
  const to = norm.toOriginal[end - 1]! + 1;
  return proseWordNear(original, from, -1) || proseWordNear(original, to, 1);
}

// Acronyms that spell a small English word ("IS", "US", "WHO"): in an all-capitals headline
// ("SYRIA IS BURNING") they are that word, so they name someone only next to a word of prose.
const WORD_ACRONYMS = new Set(
  'IS US IT AS AT ON NO AN OR IN AM WE HE SO TO DO GO UP ME BY OF IF BE MY ALL CAN WHO MAY NOT NOW OUR OUT ONE'.split(
    ' ',
  ),
);

/** The word next to offset at (step -1: the one before, +1: the one after) has a lower-case letter. */
function proseWordNear(original: string, at: number, step: -1 | 1): boolean {
  let i = step < 0 ? at - 1 : at;
  // Past spaces and punctuation, but not into another line.
  for (let n = 0; n < 4 && i >= 0 && i < original.length && !/[A-Za-z\n]/.test(original[i]!); n++) i += step;
  let lower = false;
  while (i >= 0 && i < original.length && /[A-Za-z'-]/.test(original[i]!)) {
    if (/[a-z]/.test(original[i]!)) lower = true;
    i += step;
  }
  return lower;
}

/** An Arabic article opens a word of the name at k ("Al-Nusra"): news writes it in either case ("al-Nusra"). */
function arabicArticleAt(form: string, k: number): boolean {
  return (k === 0 || form[k - 1] === ' ') && /^[AE]l-/.test(form.slice(k, k + 3));
}

// How far back (in tokens) "the militants" may refer to a named armed group.
const GROUP_REFERENCE_REACH = 150;

// Generic nouns for fighters that a codebook may use as an armed group's name ("militants").
const EN_FIGHTERS_NOUNS = new Set([
  'militants',
  'fighters',
  'gunmen',
  'jihadists',
  'extremists',
  'terrorists',
  'insurgents',
  'militiamen',
]);

// Creeds and labels that qualify fighters without naming a group of their own.
const EN_CREED_ADJECTIVES = new Set(
  'takfiri wahhabi salafi salafist islamist jihadist sunni shiite shia muslim arab foreign'.split(' '),
);

/**
 * The one-word name at token k is a fighters' noun right after a capitalised word that does
 * not open the sentence ("ISIS militants", "Al-Qaeda militants", "Kurdish militants").
 */
function qualifiedFightersNoun(original: string, norm: NormalizedText, tokens: Tokens, k: number): boolean {
  if (k === 0 || !EN_FIGHTERS_NOUNS.has(tokens.text[k]!)) return false;
  // Headline case: every word capitalised.
  if (isUpperAt(original, norm.toOriginal[tokens.start[k]!]!)) return false;
  const at = norm.toOriginal[tokens.start[k - 1]!]!;
  if (!isUpperAt(original, at)) return false;
  // "anti-Syria militants": the name is inside a compound ("Al-Qaeda" is a name of two capitals);
  // "Takfiri militants": a creed, no group.
  if (lowerCompound(original, at) || EN_CREED_ADJECTIVES.has(tokens.text[k - 1]!)) return false;
  // Not the sentence's first word: the token before it is a word of the same sentence.
  return k - 1 > 0 && tokens.isWord[k - 2] === 1 && !/[.!?]/.test(tokens.text[k - 2]!);
}

/** The word at offset at is the second half of a compound whose first half is lower-case ("anti-Syria"). */
function lowerCompound(original: string, at: number): boolean {
  if (original.charCodeAt(at - 1) !== 0x2d) return false;
  let j = at - 1;
  while (j > 0 && /[A-Za-z]/.test(original[j - 1]!)) j--;
  return !isUpperAt(original, j);
}

/**
 * "Islamic State … Washington extended its airstrikes against the militants": "the" and a
 * generic fighters' noun the codebook uses as one group's name refer back to the armed group
 * the story named last, when that is another one.
 */
function fightersOfNamedGroup(
  tokens: Tokens,
  k: number,
  lastGroup: number,
  candidates: Candidate[],
): boolean {
  if (lastGroup < 0 || k === 0 || tokens.text[k - 1] !== 'the' || !EN_FIGHTERS_NOUNS.has(tokens.text[k]!))
    return false;
  return !candidates.some((c) => c.entry.actor === lastGroup);
}

// Nouns a nationality adjective qualifies as a people, not a state: "الشعب السوري", "the Syrian people",
// and the groups of a people's members: "حقوق المرأة السعودية", "اللاجئين السوريين", "Syrian refugees".
const AR_PEOPLE_HEADS =
  /^(و|ف|ب|ل|وب|ول)?(ال|لل)?(شعب|شعوب|ابناء|مواطني|المواطنين|مواطنين|مراه|نساء|اطفال|لاجيين|لاجيون|نازحين|مدنيين|اسري|معتقلين|سجناء|رعايا|سكان|مهاجرين)$/;
const EN_PEOPLE_WORDS = new Set([
  'people',
  'peoples',
  'citizens',
  'nationals',
  'civilians',
  'women',
  'children',
  'refugees',
  'prisoners',
  'detainees',
  'residents',
  'migrants',
]);
// "قوات سورية معارضة", "شخصيات عراقية معارضة": a nationality adjective followed by "opposing" names
// the country's opposition, not its state.
const AR_OPPOSING_AFTER = /^(وال|ال)?معارض(ه|ين|ون)?$/;

// Nouns of a community in construct with the place it lives in (folded): أكراد، عشائر، قبائل،
// مسيحيي، علويي، دروز، تركمان، إيزيديي، شيعة، أقليات، طوائف (not قوات or فصائل: "قوات العراق"
// are the state's, "فصائل الحشد" the body's own).
const AR_COMMUNITY_HEADS =
  /^(و|ف|ب|ل|وب|ول)?(اكراد|كرد|عشاير|قبايل|مسيحيي|مسيحيو|علويي|علويو|دروز|تركمان|ايزيديي|ايزيديو|شيعه|اقليات|طوايف)$/;

function namesPeople(tokens: Tokens, tokStart: number, tokEnd: number): boolean {
  return (
    // ("مجلس الشعب السوري" is the Syrian parliament.)
    (tokStart > 0 &&
      AR_PEOPLE_HEADS.test(tokens.text[tokStart - 1]!) &&
      !/مجلس$/.test(tokens.text[tokStart - 2] ?? '')) ||
    (tokEnd < tokens.count && EN_PEOPLE_WORDS.has(tokens.text[tokEnd]!)) ||
    (tokEnd < tokens.count && AR_OPPOSING_AFTER.test(tokens.text[tokEnd]!))
  );
}

/** Resolves role titles without a date to the holder whose period started last. */
function pickRoleHolders(cands: Candidate[]): Candidate[] {
  const roles = cands.filter((c) => c.entry.kind === 'role');
  if (roles.length <= 1) return cands;
  const latest = roles.reduce((best, c) => ((c.entry.from ?? '') > (best.entry.from ?? '') ? c : best));
  return cands.filter((c) => c.entry.kind !== 'role' || c.entry.actor === latest.entry.actor);
}

export function findMentions(
  compiled: CompiledCodebook,
  original: string,
  norm: NormalizedText,
  tokens: Tokens,
  lang: Language,
  date: string | undefined,
  /** Folded offset where the story starts, after its dateline: the place filed from is no mention. */
  bodyStart = 0,
): FoundMentions {
  const text = norm.text;
  const raw: Candidate[] = [];
  // Countries named by a city or region of theirs.
  const places = new Set<string>();
  const placeMarks: { start: number; code: string }[] = [];
  compiled.automaton.scan(text, (pattern, start, end) => {
    if (start < bodyStart) return;
    let suffixed = false;
    let possessive = false;
    if (end < text.length && isWordChar(text.charCodeAt(end))) {
      // Arabic phrases may carry an attached pronoun on their last word (عمليات تطهيرها);
      // English names may carry a possessive whose apostrophe was lost ("Assads backer").
      if (lang === 'ar' && hasPronounSuffix(text, end)) suffixed = true;
      else if (
        lang === 'en' &&
        text.charCodeAt(end) === 0x73 &&
        (end + 1 >= text.length || !isWordChar(text.charCodeAt(end + 1))) &&
        end - start >= 4
      )
        possessive = true;
      else return;
    }
    let tokenStart = start;
    while (tokenStart > 0 && isWordChar(text.charCodeAt(tokenStart - 1))) tokenStart--;
    const prefix = text.slice(tokenStart, start);
    const lam = compiled.lamVariant[pattern] === 1;
    if (lam ? !LAM_VARIANT_PREFIXES.has(prefix) : prefix !== '' && !PREFIXES.has(prefix)) return;
    for (const entry of compiled.entries[pattern]!) {
      if (!isMentionEntry(entry)) {
        if (!suffixed && !possessive && caseMatches(entry, original, norm, start, end)) {
          places.add(entry.country!);
          placeMarks.push({ start, code: entry.country! });
        }
        continue;
      }
      if (suffixed && entry.kind !== 'topic') continue;
      if (possessive && (entry.kind !== 'name' || !entry.caseForm)) continue;
      if (entry.kind === 'role' && !inDateRange(entry, date)) continue;
      if (!caseMatches(entry, original, norm, start, end)) continue;
      if (lang === 'en' && isInlineDateline(original, norm.toOriginal[start]!, norm.toOriginal[end - 1]! + 1))
        continue;
      if (
        entry.compoundOnly &&
        original.charCodeAt(norm.toOriginal[end - 1]! + 1) !== 0x2d &&
        (possessive || !EN_GROUND_NOUNS.has(wordAfter(text, end)))
      )
        continue;
      raw.push({ start, end, entry, prefix: lam ? prefix + 'ل' : prefix, possessive });
    }
  });
  if (lang === 'en' && compiled.closedTopicWords.size > 0)
    hyphenatedTopicWords(compiled, original, norm, tokens, raw);
  // (No early return for a story without candidates: the steps below do nothing then, and one
  // literal for the mentions keeps one elements kind, which the callers' optimised code expects.)
  const countries = addCountriesNamed(compiled, raw, places);
  // A topic phrase tied to a country the story is not set in stands for nothing here, so it hides
  // no name inside it ("التدخلات الإيرانية" in a story on Bahrain for a codebook on Iraq still
  // names Iran).
  const inScope = raw.filter(
    (c) => c.entry.kind !== 'topic' || inCountryScope(compiled.topicSettings[c.entry.topic], countries),
  );
  // Longest match wins; equal spans keep every entry.
  inScope.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Candidate[][] = [];
  let coveredUntil = -1;
  let cover: Candidate[] | undefined;
  for (const c of inScope) {
    const last = kept[kept.length - 1];
    if (last && last[0]!.start === c.start && last[0]!.end === c.end) {
      last.push(c);
      continue;
    }
    if (c.start < coveredUntil) {
      if (c.end <= coveredUntil && targetInTopic(compiled, tokens, lang, cover!, c)) kept.push([c]);
      continue;
    }
    // A later, longer match that overlaps this one is handled by preferring the earlier start.
    cover = [c];
    kept.push(cover);
    coveredUntil = c.end;
  }

  const mentions: Mention[] = [];
  const actorsWithClearName = new Set<number>();
  // The armed group last named with a capital, and where (for "the militants" after it).
  let lastGroup = { actor: -1, at: 0 };
  for (const group of kept)
    for (const c of group)
      if (c.entry.kind === 'name' && !c.entry.ambiguous) actorsWithClearName.add(c.entry.actor);

  // "العقيد تركي المالكي … وحمّل المالكي": a person's one-word name after another person's full
  // name ending in that word is that person, unless its own full name came first.
  const fullNameEnding = new Map<string, number>();
  const namedInFull = new Set<number>();

  for (let gi = 0; gi < kept.length; gi++) {
    let group = kept[gi]!;
    const first = group[0]!;
    const tokStart = tokenAt(tokens, first.start);
    let tokEnd = tokenAt(tokens, first.end - 1) + 1;
    // "شركة روسية", "قوات تركية": a country's name spelt like its feminine nisba (روسية, سورية)
    // after an indefinite noun agreeing with it is the adjective, not the country.
    // "حقوق المرأة السعودية": so is a country's name spelt like its nisba after a people's noun.
    if (
      lang === 'ar' &&
      (nisbaAfterNoun(group, tokens, tokStart) ||
        (group.some((c) => c.entry.kind === 'demonym') && namesPeople(tokens, tokStart, tokEnd)))
    ) {
      group = group.filter((c) => c.entry.kind !== 'name');
    }
    // "أكراد سوريا", "عشائر العراق": a name in the genitive of a community noun names where
    // the community lives, not the state or body of that name.
    if (lang === 'ar' && tokStart > 0 && AR_COMMUNITY_HEADS.test(tokens.text[tokStart - 1]!)) {
      group = group.filter((c) => c.entry.kind !== 'name' || c.prefix !== '');
      if (group.length === 0) continue;
    }
    if (lang === 'ar' && group.some((c) => c.entry.kind === 'topic')) {
      const foreign = foreignAdjectiveAfter(compiled, tokens, kept[gi + 1], tokEnd);
      if (foreign) group = group.filter((c) => c.entry.kind !== 'topic' || foreign.has(c.entry.topic));
      if (group.length === 0) continue;
    }
    // "its Russian ally": the ally a possessive and a nationality name is that country, which
    // acts and is acted on as its officials are; the ally noun belongs to the mention.
    const ally =
      lang === 'en' &&
      group.some((c) => c.entry.kind === 'demonym') &&
      unnamedAlly(tokens, tokStart, tokEnd, kept[gi + 1]);
    if (ally) tokEnd++;
    // Read only for a nationality adjective (below), so only worked out for a group that has one.
    const official =
      group.some((c) => c.entry.kind === 'demonym') &&
      (ally ||
        isOfficialContext(tokens, tokStart, tokEnd, lang) ||
        (lang === 'ar' && unnamedCounterpart(compiled, tokens, tokStart, tokEnd, kept[gi + 1])));
    // "the Russian government", "Iranian foreign minister": the office words belong to the
    // official's mention, so that "the Russian government and the Syrian regime" coordinate.
    if (lang === 'en' && group.some((c) => c.entry.kind === 'demonym')) {
      const nextStart = kept[gi + 1]?.[0]!.start ?? Number.MAX_SAFE_INTEGER;
      while (
        tokEnd < tokens.count &&
        tokEnd - tokStart < 4 &&
        tokens.start[tokEnd]! < nextStart &&
        isOfficeWord(tokens.text[tokEnd]!, 'en')
      )
        tokEnd++;
    }
    const prevWord = tokStart > 0 ? tokens.text[tokStart - 1] : undefined;
    // "ISIS militants", "Kurdish militants": a generic fighters' noun after a name is that
    // name's fighters, not the group the codebook calls by the bare noun.
    if (
      lang === 'en' &&
      tokEnd === tokStart + 1 &&
      (qualifiedFightersNoun(original, norm, tokens, tokStart) ||
        (tokStart - lastGroup.at <= GROUP_REFERENCE_REACH &&
          fightersOfNamedGroup(tokens, tokStart, lastGroup.actor, group)))
    ) {
      group = group.filter((c) => c.entry.kind !== 'name');
      if (group.length === 0) continue;
    }
    if (lang === 'en') {
      const named = group.find(
        (c) =>
          c.entry.kind === 'name' &&
          compiled.codebook.actors[c.entry.actor]?.kind === 'armed-group' &&
          isUpperAt(original, norm.toOriginal[c.start]!),
      );
      if (named) lastGroup = { actor: named.entry.actor, at: tokStart };
    }
    const holders = pickRoleHolders(group);
    // (Entries of one span repeat only in a group of several: no set for a single one.)
    const seen = holders.length > 1 ? new Set<string>() : undefined;
    // "رئيس الوزراء اللبناني الراحل", "الرئيس الأميركي السابق": a late or former holder of the
    // title, not the one whose dates match the article.
    const former = lang === 'ar' && FORMER_HOLDER.has(tokens.text[tokEnd] ?? '');
    // "نائب وزير الخارجية الإيراني", "مساعد وزير الخارجية الأمريكي": a deputy or an assistant
    // of the title's holder, not the holder.
    const deputy = lang === 'ar' && prevWord !== undefined && AR_DEPUTY_WORDS.has(prevWord);
    for (const c of holders) {
      const e = c.entry;
      if (former && e.kind === 'role') continue;
      // The deputy speaks for the body the title's holder serves, if the codebook names it.
      const deputyOf = deputy && e.kind === 'role' ? bodyServed(compiled, e.actor) : undefined;
      if (deputyOf === -1) continue;
      if (e.kind === 'name' && e.ambiguous) {
        const titled = prevWord !== undefined && isArabicTitleWord(prevWord);
        if (!titled && !actorsWithClearName.has(e.actor)) continue;
      }
      // "الشعب السوري": a people, whatever office word is near.
      const peopleHead = e.kind === 'demonym' && namesPeople(tokens, tokStart, tokEnd);
      const people = e.people === true || peopleHead;
      if (seen) {
        const key = `${e.kind}:${e.actor}:${e.topic}:${e.polarity}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      // "Assad's regime", "Assads forces": a leader's possessive before the forces or government
      // he heads names that body.
      let body = lang === 'en' && e.kind === 'name' ? ledBody(compiled, tokens, e.actor, tokEnd) : undefined;
      // "US-led air strikes", "Saudi-led raids": the coalition a state leads, named by its
      // leader and "-led" before its act of force.
      const led =
        lang === 'en' && e.kind === 'name'
          ? ledCoalition(compiled, original, norm, tokens, c, tokEnd)
          : undefined;
      if (led) body = led;
      if (body) {
        mentions.push(
          newMention({
            kind: 'name',
            start: c.start,
            end: tokens.end[body.tokEnd - 1]!,
            tokStart,
            tokEnd: body.tokEnd,
            actor: body.actor,
            topic: -1,
            polarity: 0,
            official: false,
            afterPreposition: PREPOSITION_PROCLITICS.has(c.prefix),
            modifier: !led && isHyphenated(original, norm, c.start, c.end),
          }),
        );
        continue;
      }
      const actor =
        deputyOf ??
        (e.kind === 'name' && compiled.codebook.actors[e.actor]?.kind === 'person'
          ? actorOfName(text, c, fullNameEnding, namedInFull)
          : e.actor);
      mentions.push(
        newMention(
          {
            kind: e.kind,
            start: c.start,
            end: c.end,
            tokStart,
            tokEnd,
            actor,
            topic: e.topic,
            polarity: e.polarity,
            official: e.kind === 'demonym' && official && !peopleHead,
            afterPreposition: PREPOSITION_PROCLITICS.has(c.prefix),
            modifier:
              lang === 'en' &&
              (isHyphenated(original, norm, c.start, c.end) ||
                (e.kind === 'name' && countryPartGroup(compiled, original, norm, tokens, actor, tokEnd)) ||
                (e.kind === 'name' &&
                  inOrganisationName(compiled, original, norm, tokens, actor, tokStart, tokEnd)) ||
                (e.kind === 'name' && resolutionForum(tokens, tokStart, tokEnd))),
          },
          {
            possessive: c.possessive || (lang === 'en' && norm.text.startsWith("'s", c.end)),
            people,
            verbal: e.verbal === true,
            agent: e.agent,
          },
        ),
      );
    }
  }
  return {
    mentions: lang === 'en' ? withBracketedAliases(mentions, tokens) : mentions,
    countries,
    marks: once(() => countryMarks(compiled, tokens, kept, placeMarks)),
  };
}

/**
 * "فرض عقوبات على إيران", "sanctions on Iran": an actor named after a target preposition inside
 * a topic phrase is the target of the phrase's act; when the codebook tracks stances toward that
 * actor, its mention stands beside the topic's. (An agent inside a phrase — "الانسحاب الأميركي",
 * "US strikes" — is not after such a preposition.)
 */
function targetInTopic(
  compiled: CompiledCodebook,
  tokens: Tokens,
  lang: Language,
  cover: Candidate[],
  c: Candidate,
): boolean {
  if (c.entry.kind !== 'name' || c.prefix !== '') return false;
  if ((compiled.topicsForActor[c.entry.actor]?.length ?? 0) === 0) return false;
  if (!cover.every((t) => t.entry.kind === 'topic')) return false;
  const k = tokenAt(tokens, c.start);
  const from = tokenAt(tokens, cover[0]!.start);
  return k > from && TARGET_PREPS.has(tokens.text[k - 1]!) && hostileWords(tokens, from, k, lang);
}

/**
 * An act against its object among tokens [from, to): "ضد", "against", or a word that takes a
 * side against ("عقوبات", "strikes"); "a resolution on Syria" is about it, not against it.
 */
function hostileWords(tokens: Tokens, from: number, to: number, lang: Language): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens.text[k]!;
    if (w === 'ضد' || w === 'against' || isHostileCue(tokens, k, lang)) return true;
  }
  return false;
}

/** Token k is a word that takes a side against its object ("عقوبات", "strikes"). */
export function isHostileCue(tokens: Tokens, k: number, lang: Language): boolean {
  const w = tokens.text[k]!;
  const cue =
    lang === 'ar' ? lookupArabicCue(w)?.cue : lookupEnglishCue(w, tokens.text[k + 1], tokens.text, k);
  return cue !== undefined && cue.polarity === -1 && (cue.kind === 'stance' || cue.kind === 'evaluative');
}

function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/** The countries named at each kept match and place, in text order. */
function countryMarks(
  compiled: CompiledCodebook,
  tokens: Tokens,
  kept: readonly Candidate[][],
  places: readonly { start: number; code: string }[],
): CountryMark[] {
  // Filled by push: map() gives an array of another elements kind once it runs optimised, and
  // this function's and addKingdomHeads' optimised code was thrown away on the change of map.
  const marks: CountryMark[] = [];
  for (const p of places) marks.push({ tok: tokenAt(tokens, p.start), code: p.code, kind: 'place' });
  for (const group of kept) {
    for (const c of group) {
      const e = c.entry;
      if (e.kind !== 'name' && e.kind !== 'demonym') continue;
      let code = e.country;
      if (code === undefined && e.kind === 'name' && e.actor >= 0) {
        code = compiled.countryOfActor[e.actor];
        const own = compiled.actorCountries[e.actor];
        if (code === undefined && own?.size === 1) code = [...own][0];
      }
      if (code === undefined) continue;
      marks.push({ tok: tokenAt(tokens, c.start), code, kind: e.kind === 'demonym' ? 'demonym' : 'name' });
      break;
    }
  }
  return marks.sort((a, b) => a.tok - b.tok);
}

/**
 * "ISIS (Daesh) militants", "the Syrian Democratic Forces (SDF) captured": a name with another
 * name of the same actor in brackets right after it is one mention, so that what follows the
 * bracket (a unit word, a verb) reads as following the name.
 */
function withBracketedAliases(mentions: Mention[], tokens: Tokens): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    if (
      next &&
      m.kind === 'name' &&
      next.kind === 'name' &&
      next.actor === m.actor &&
      tokens.text[m.tokEnd] === '(' &&
      next.tokStart === m.tokEnd + 1 &&
      tokens.text[next.tokEnd] === ')' &&
      // (Only when the span is the bracket's only mention.)
      mentions[i + 2]?.tokStart !== next.tokStart
    ) {
      out.push(mentionWith(m, { end: tokens.end[next.tokEnd]!, tokEnd: next.tokEnd + 1 }));
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * The person a person's name mention stands for, recording full names as they come: a one-word
 * name is the person whose full name ended with it earlier in the story, when its own person
 * was not named in full before.
 */
function actorOfName(
  text: string,
  c: Candidate,
  fullNameEnding: Map<string, number>,
  namedInFull: Set<number>,
): number {
  const own = c.entry.actor;
  const space = text.lastIndexOf(' ', c.end - 1);
  if (space >= c.start) {
    fullNameEnding.set(text.slice(space + 1, c.end), own);
    namedInFull.add(own);
    return own;
  }
  // (Every test runs each time: a test reached only when the rare other name is found would have
  // no type feedback and throw away findMentions' optimised code, into which this is inlined.)
  const other = fullNameEnding.get(text.slice(c.start, c.end)) ?? own;
  return !namedInFull.has(own) && other !== own ? other : own;
}

/** Adds to `named` the countries a story names by name, capital or nationality adjective. */
function addCountriesNamed(
  compiled: CompiledCodebook,
  raw: readonly Candidate[],
  named: Set<string>,
): Set<string> {
  for (const c of raw) {
    const code = c.entry.country ?? (c.entry.actor >= 0 ? compiled.countryOfActor[c.entry.actor] : undefined);
    if (code !== undefined) named.add(code);
  }
  return named;
}

/**
 * Drops the mentions of topics and institutions tied to a country in stories set elsewhere: a
 * codebook about Iraq calls its elections "الانتخابات" and its parliament "مجلس النواب", which in
 * a story about Turkey's elections or Jordan's parliament are those countries' own.
 */
export function withinNamedCountries(
  compiled: CompiledCodebook,
  named: ReadonlySet<string>,
  mentions: Mention[],
): Mention[] {
  return mentions.filter((m) =>
    m.kind === 'topic'
      ? inCountryScope(compiled.topicSettings[m.topic], named)
      : m.actor < 0 || inCountryScope(compiled.actorCountries[m.actor], named),
  );
}

/**
 * Out of scope: a country the phrase is tied to goes unnamed while another is named (a story
 * naming no country at all gives no reason to doubt the phrase).
 */
export function inCountryScope(
  countries: ReadonlySet<string> | undefined,
  named: ReadonlySet<string>,
): boolean {
  if (!countries) return true;
  let missing = false;
  for (const code of countries) if (!named.has(code)) missing = true;
  if (!missing) return true;
  for (const other of named) if (!countries.has(other)) return false;
  return true;
}

// Folded adjectives that classify a thing before its nationality adjective.
const CLASSIFYING_ADJECTIVES = new Set([
  'الرياسيه',
  'التشريعيه',
  'البرلمانيه',
  'النيابيه',
  'المحليه',
  'البلديه',
  'العامه',
  'المبكره',
  'العسكريه',
  'الجويه',
]);

/**
 * "قوات المقاومة اليمنية", "الانتخابات العراقية": a nationality adjective right after a topic
 * phrase says whose thing it is. Returns the topics that phrase may still stand for — those whose
 * label or phrases name that country — or undefined when no country adjective follows.
 */
function foreignAdjectiveAfter(
  compiled: CompiledCodebook,
  tokens: Tokens,
  next: readonly Candidate[] | undefined,
  tokEnd: number,
): { has(topic: number): boolean } | undefined {
  const adjective = next?.[0];
  if (!adjective || adjective.prefix !== '') return undefined;
  // A classifying adjective may come first: "الانتخابات الرئاسية الأمريكية".
  const at = tokenAt(tokens, adjective.start);
  if (at !== tokEnd && !(at === tokEnd + 1 && CLASSIFYING_ADJECTIVES.has(tokens.text[tokEnd]!)))
    return undefined;
  const country = next.find((c) => c.entry.kind === 'demonym' && c.entry.country)?.entry.country;
  if (!country) return undefined;
  return { has: (topic) => compiled.topicCountries[topic]?.has(country) ?? true };
}

/**
 * An indefinite name that is also a demonym of the same actor (the ية spelling of a country's
 * name, روسية) standing unprefixed after an indefinite feminine or plural noun (ending in ة or ات), or
 * joined by و to such a nisba.
 */
function nisbaAfterNoun(group: readonly Candidate[], tokens: Tokens, tokStart: number): boolean {
  const name = group.find((c) => c.entry.kind === 'name' && (c.prefix === '' || c.prefix === 'و'));
  if (!name || !group.some((c) => c.entry.kind === 'demonym' && c.entry.actor === name.entry.actor))
    return false;
  // Not the definite السعودية, whose ال makes it the name after any noun ("بقيادة السعودية").
  const word = tokens.text[tokStart]!.slice(name.prefix.length);
  if (word.startsWith('ال') || !word.endsWith('يه')) return false;
  const prev = tokStart > 0 ? tokens.text[tokStart - 1]! : '';
  // "غارات سورية وروسية": a second nisba joined by و after the first.
  if (name.prefix === 'و') return prev.endsWith('يه') && !/^[وفبلك]?(ال|لل)/.test(prev);
  return prev.length >= 3 && /(ه|ات)$/.test(prev) && !/^[وفبلك]?(ال|لل)/.test(prev);
}

/** The first body (not a person) a person actor belongs to through memberOf, or -1. */
function bodyServed(compiled: CompiledCodebook, person: number): number {
  const actors = compiled.codebook.actors;
  for (const b of compiled.memberChain[person] ?? [])
    if (b !== person && actors[b]?.kind !== 'person') return b;
  return -1;
}

const FORMER_HOLDER = new Set(['الراحل', 'السابق', 'الاسبق', 'الراحله', 'السابقه']);
// Words before a title that name someone under its holder (folded): نائب (deputy), مساعد (assistant).
const AR_DEPUTY_WORDS = new Set(['نايب', 'ونايب', 'مساعد', 'ومساعد']);

const LED_BODY_WORDS = new Set([
  'regime',
  'government',
  'forces',
  'army',
  'troops',
  'military',
  'administration',
  // A leader's arms of war: "Assads warplanes", "Assads air force".
  'warplanes',
  'jets',
  'aircraft',
  'helicopters',
  'militias',
]);

const GOVERNMENT_BODY_WORDS = new Set(['regime', 'government', 'administration']);

/** The body a person actor heads, when his possessive stands before one of its words. */
function ledBody(
  compiled: CompiledCodebook,
  tokens: Tokens,
  actor: number,
  tokEnd: number,
): { actor: number; tokEnd: number } | undefined {
  let j = tokEnd;
  // "the Bashar Assad regime", "the Obama administration": a leader's name before the word of
  // the government he heads names it without a possessive too.
  const bare = GOVERNMENT_BODY_WORDS.has(tokens.text[j] ?? '');
  if (tokens.text[j] === 's') j++;
  else if (!bare && !/s$/.test(tokens.text[tokEnd - 1] ?? '')) return undefined;
  // "Assads Moscow-backed government": a backer's label between the leader and his government.
  if (tokens.text[j + 1] === 'backed' && GOVERNMENT_BODY_WORDS.has(tokens.text[j + 2] ?? '')) j += 2;
  const airForce = tokens.text[j] === 'air' && tokens.text[j + 1] === 'force';
  if (airForce) j++;
  else if (!LED_BODY_WORDS.has(tokens.text[j] ?? '')) return undefined;
  const person = compiled.codebook.actors[actor];
  if (!person || person.kind !== 'person') return undefined;
  for (const id of person.memberOf ?? []) {
    const body = compiled.actorIds.indexOf(id);
    const kind = compiled.codebook.actors[body]?.kind;
    if (body >= 0 && (kind === 'government' || kind === 'country')) return { actor: body, tokEnd: j + 1 };
  }
  return undefined;
}

/**
 * "US-led strikes", "U.S.-led air raids": a name written with "-led" before an act of force (past
 * "air" and the like) is the codebook actor named "<that name>-led coalition", if there is one.
 */
function ledCoalition(
  compiled: CompiledCodebook,
  original: string,
  norm: NormalizedText,
  tokens: Tokens,
  c: Candidate,
  tokEnd: number,
): { actor: number; tokEnd: number } | undefined {
  let j = tokEnd;
  if (tokens.text[j] === '.') j++;
  if (tokens.text[j] !== 'led' || !isHyphenated(original, norm, c.start, c.end)) return undefined;
  let act = j + 1;
  while (EN_STRIKE_MODIFIERS.has(tokens.text[act] ?? '') && act < j + 3) act++;
  if (!EN_STRIKE_NOUNS.has(tokens.text[act] ?? '') || tokens.text[act] === 'offensive') return undefined;
  const from = norm.toOriginal[c.start]!;
  const to = norm.toOriginal[tokens.end[j]! - 1]! + 1;
  const name = `${original.slice(from, to)} coalition`.toLowerCase();
  const actors = compiled.codebook.actors;
  for (let a = 0; a < actors.length; a++)
    if ((actors[a]!.names.en ?? []).some((n) => n.toLowerCase() === name)) return { actor: a, tokEnd: j + 1 };
  return undefined;
}

/**
 * "Syrias opposition", "Syria Kurds": a state's proper name before a group of its people only
 * places the group ("the Assad regime opposition said" on a page without commas is two subjects).
 */
function countryPartGroup(
  compiled: CompiledCodebook,
  original: string,
  norm: NormalizedText,
  tokens: Tokens,
  actor: number,
  tokEnd: number,
): boolean {
  // Past a possessive's "s" ("Syria's opposition") and a qualifier or two ("Syria's main opposition").
  let j = tokEnd;
  if (tokens.text[j] === 's' && norm.text.startsWith("'s", tokens.start[j]! - 1)) j++;
  for (let q = 0; q < 2 && EN_GROUP_QUALIFIERS.has(tokens.text[j] ?? ''); q++) j++;
  if (j >= tokens.count || !EN_COUNTRY_PART_GROUPS.has(tokens.text[j]!)) return false;
  const kind = compiled.codebook.actors[actor]?.kind;
  if (kind !== 'country' && kind !== 'government') return false;
  return isUpperAt(original, norm.toOriginal[tokens.start[tokEnd - 1]!]!);
}

/**
 * "the so-called Democratic Syria Troops", "the Free Syria Army": a country's name between a
 * capitalised name-building adjective and a capitalised word is inside another group's proper
 * name (often a variant spelling the codebook does not list), which the country only places.
 */
function inOrganisationName(
  compiled: CompiledCodebook,
  original: string,
  norm: NormalizedText,
  tokens: Tokens,
  actor: number,
  tokStart: number,
  tokEnd: number,
): boolean {
  if (tokStart === 0 || tokEnd >= tokens.count) return false;
  if (!EN_NAME_ADJECTIVES.has(tokens.text[tokStart - 1]!)) return false;
  const kind = compiled.codebook.actors[actor]?.kind;
  if (kind !== 'country' && kind !== 'government') return false;
  const capital = (k: number): boolean => {
    const c = original.charCodeAt(norm.toOriginal[tokens.start[k]!]!);
    return c >= 0x41 && c <= 0x5a;
  };
  return capital(tokStart - 1) && capital(tokEnd);
}

/**
 * "vetoed a draft UN Security Council resolution calling for …": a body named between an article
 * (or "draft") and "resolution" is the forum the text is put to, a modifier of the noun, not
 * the object of what is done to the resolution.
 */
function resolutionForum(tokens: Tokens, tokStart: number, tokEnd: number): boolean {
  const next = tokens.text[tokEnd];
  if (next !== 'resolution' && next !== 'resolutions') return false;
  const prev = tokStart > 0 ? tokens.text[tokStart - 1] : undefined;
  return prev !== undefined && RESOLUTION_DETERMINERS.has(prev);
}

const RESOLUTION_DETERMINERS = new Set(['a', 'an', 'the', 'any', 'draft', 'another']);

function isHyphenated(original: string, norm: NormalizedText, start: number, end: number): boolean {
  const before = norm.toOriginal[start]! - 1;
  const after = norm.toOriginal[end - 1]! + 1;
  return (
    (before >= 0 && original.charCodeAt(before) === 0x2d) ||
    (after < original.length && original.charCodeAt(after) === 0x2d)
  );
}

/** The Arabic conjunctions and prepositions officeForms peels: و ف ب ل. */
function isOfficeProclitic(c: number): boolean {
  return c === 0x648 || c === 0x641 || c === 0x628 || c === 0x644;
}

/**
 * An Arabic word as written and without one proclitic ("للقوات": ل before the article drops its
 * alif, so "لل" also reads as "ال"). (Character tests, not regexes: this runs for the words
 * before every Arabic nationality adjective.)
 */
function officeForms(w: string): string[] {
  const forms = [w, isOfficeProclitic(w.charCodeAt(0)) ? w.slice(1) : w];
  // (و|ف)?لل at the start: the optional و or ف is taken when it is there.
  const c = w.charCodeAt(0);
  const at = c === 0x648 || c === 0x641 ? 1 : 0;
  if (w.startsWith('لل', at)) forms.push('ال' + w.slice(at + 2));
  return forms;
}

/** Some form of the word before (officeForms) and some form of the word opens an office phrase. */
function officePhraseAt(firstForms: readonly string[], forms: readonly string[]): boolean {
  for (const p of firstForms) {
    const seconds = officePhraseSeconds(p);
    if (seconds && forms.some((f) => seconds.has(f))) return true;
  }
  return false;
}

/**
 * Arabic: an office word within three words before the adjective (some only right before it, some
 * of two words); English: within three after.
 */
function isOfficialContext(tokens: Tokens, tokStart: number, tokEnd: number, lang: Language): boolean {
  if (lang === 'ar') {
    for (let k = tokStart - 1; k >= Math.max(0, tokStart - 3); k--) {
      if (!tokens.isWord[k]) return false;
      const forms = officeForms(tokens.text[k]!);
      if (forms.some((f) => (k === tokStart - 1 ? isAdjacentOfficeWord(f) : isOfficeWord(f, 'ar'))))
        return true;
      // "مجلس النواب الأمريكي", "سلاح الجو الإسرائيلي".
      if (k > 0 && tokens.isWord[k - 1] && officePhraseAt(officeForms(tokens.text[k - 1]!), forms))
        return true;
    }
    return false;
  }
  for (let k = tokEnd; k < Math.min(tokens.count, tokEnd + 3); k++) {
    if (!tokens.isWord[k]) return false;
    if (isOfficeWord(tokens.text[k]!, 'en')) return true;
  }
  for (let k = tokStart - 1; k >= Math.max(0, tokStart - 2); k--) {
    if (isOfficeWord(tokens.text[k]!, 'en')) return true;
  }
  return false;
}

// The counterpart nouns as written, with or without one proclitic (ونظيره، لنظيره): a lookup
// before every Arabic mention, where stripping the proclitic first would cost a regex.
const COUNTERPART_FORMS = new Set(
  [...AR_COUNTERPARTS]
    .flatMap((w) => ['', 'و', 'ف', 'ب', 'ل'].map((p) => p + w))
    .filter((f) => AR_COUNTERPARTS.has(f.replace(/^(و|ف|ب|ل)/, ''))),
);

/**
 * "and its Russian ally", "raids carried out by its Russian allies": a nationality between a
 * possessive and an ally noun names the ally, unless a name follows ("its Lebanese ally Hezbollah").
 */
function unnamedAlly(
  tokens: Tokens,
  tokStart: number,
  tokEnd: number,
  next: readonly Candidate[] | undefined,
): boolean {
  if (tokStart === 0 || !EN_POSSESSIVE_PRONOUNS.has(tokens.text[tokStart - 1]!)) return false;
  if (tokEnd >= tokens.count || !EN_ALLY_NOUNS.has(tokens.text[tokEnd]!)) return false;
  return !next || tokenAt(tokens, next[0]!.start) !== tokEnd + 1;
}

/**
 * "انتقد بومبيو نظيره الروسي": a counterpart's nationality names the official of that country,
 * unless the official's own name follows ("نظيره الروسي سيرغي لافروف"), who is then the one meant.
 */
function unnamedCounterpart(
  compiled: CompiledCodebook,
  tokens: Tokens,
  tokStart: number,
  tokEnd: number,
  next: readonly Candidate[] | undefined,
): boolean {
  if (tokStart === 0 || !COUNTERPART_FORMS.has(tokens.text[tokStart - 1]!)) return false;
  if (!next) return true;
  const after = tokens.text[tokEnd] === ',' ? tokEnd + 1 : tokEnd;
  if (tokenAt(tokens, next[0]!.start) !== after) return true;
  return !next.some(
    (c) =>
      (c.entry.kind === 'name' || c.entry.kind === 'role') &&
      compiled.codebook.actors[c.entry.actor]?.kind === 'person',
  );
}

// "بلاده", "دولته", "حكومتها", "his country": the country of the person named just before.
const COUNTRY_PRONOUNS: Record<Language, Set<string>> = {
  ar: new Set([
    'بلاده',
    'بلادها',
    'دولته',
    'دولتها',
    'حكومته',
    'حكومتها',
    'لبلاده',
    'لبلادها',
    'ببلاده',
    'وبلاده',
    'لدولته',
    'لحكومته',
    'لحكومتها',
  ]),
  en: new Set([]),
};
const EN_COUNTRY_NOUNS = new Set(['country', 'government', 'administration']);

/** Adds mentions for possessive references to a person's country ("أثنى على جهود بلاده"). */
export function addCountryPronouns(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: Mention[],
  lang: Language,
): Mention[] {
  const actors = compiled.codebook.actors;
  // Nothing to resolve when no person in the codebook belongs to a country.
  if (!compiled.hasPersonCountries) return mentions;
  const memberState = memberStates(compiled);
  const added: Mention[] = [];
  let mi = 0;
  let lastPerson = -1;
  let lastPersonToken = -1;
  // The state of an official named by a nationality adjective after the last person, or -1.
  let lastOfficialState = -1;
  for (let k = 0; k < tokens.count; k++) {
    while (mi < mentions.length && mentions[mi]!.tokStart <= k) {
      const m = mentions[mi]!;
      if ((m.kind === 'name' || m.kind === 'role') && m.actor >= 0 && actors[m.actor]?.kind === 'person') {
        lastPerson = m.actor;
        lastPersonToken = m.tokEnd;
        lastOfficialState = -1;
      } else if (m.kind === 'demonym' && m.official) {
        // "وزير الخارجية المغربي … قطع بلاده", "وقال الرئيس الفرنسي إن بلاده …": an official
        // named by a nationality speaks of his own country, not of the person named before him
        // (a state we do not track gives no mention).
        lastPerson = -1;
        lastOfficialState = m.actor;
        lastPersonToken = m.tokEnd;
      } else if (lastOfficialState >= 0 && m.kind === 'name' && !m.afterPreposition) {
        // "قال الشيخ تميم، أمير قطر، إن بلاده …": a state named since (tracked or not), not as
        // a place, may be the new speaker's; which country is meant is then unclear.
        const before = tokens.text[m.tokStart - 1] ?? '';
        const state = m.actor < 0 || ['country', 'government'].includes(actors[m.actor]!.kind);
        if (state && !AR_MANAGING_PREPS.has(before) && !LOCATIVE.has(before)) lastOfficialState = -1;
      }
      mi++;
    }
    const official =
      lastOfficialState >= 0 && k - lastPersonToken <= 80 && COUNTRY_PRONOUNS[lang].has(tokens.text[k]!);
    if (!official) {
      // The person must be recent: within about two sentences' worth of tokens (tested before
      // the word, which spares a set lookup for most tokens of the article).
      if (lastPerson < 0 || k - lastPersonToken > 80) continue;
      const w = tokens.text[k]!;
      const isPronoun =
        lang === 'ar'
          ? COUNTRY_PRONOUNS.ar.has(w)
          : (w === 'his' || w === 'her') && EN_COUNTRY_NOUNS.has(tokens.text[k + 1] ?? '');
      if (!isPronoun || memberState[lastPerson]! < 0) continue;
    }
    // (One push for both readings: each push reached first in a rare case threw this loop's
    // optimised code away, once on its missing type feedback and once on the array's new map.)
    const country = official ? lastOfficialState : memberState[lastPerson]!;
    const end = !official && lang === 'en' ? k + 2 : k + 1;
    added.push(countryPronounMention(tokens, k, end, country, official ? undefined : lastPerson));
  }
  return withAddedMentions(mentions, added);
}

/** The mention of `country` for the pronoun at k ("بلاده", "his country"), of the person `owner` if one. */
function countryPronounMention(
  tokens: Tokens,
  k: number,
  end: number,
  country: number,
  owner: number | undefined,
): Mention {
  const w = tokens.text[k]!;
  // (An English pronoun never starts with these letters.)
  const prepositional = /^(ل|ب)/.test(w) && !/^(بلاد)/.test(w);
  const mention = actorMention(tokens, k, end, country, prepositional);
  return owner === undefined ? mention : mentionWith(mention, { countryOf: owner });
}

// Generic office nouns that, definite and with a nationality adjective ("المسؤول الإيراني",
// "المتحدثة الأمريكية"), refer back to an official named before rather than name a new one.
const GENERIC_OFFICIALS = new Set([
  'المسوول',
  'المسيول',
  'المسووله',
  'المتحدث',
  'المتحدثه',
  'الدبلوماسي',
  'المبعوث',
  'الوزير',
  'الوزيره',
]);

// An official introduced without name or office ("مسؤول إيراني", "مصادر دبلوماسية إيرانية").
const ANONYMOUS_OFFICIAL = /^(و|ف)?(مسوول|مسوولون|مسوولين|مسيول|دبلوماسي|دبلوماسيون|مصدر|مصادر)$/;
// What a state's last official was, besides a person actor's index.
const NAMED_BY_OFFICE = -2;
const UNNAMED = -1;

/**
 * "قال ولايتي … فرأى المسؤول الإيراني أن …", "قال وزير الخارجية الإيراني … وأضاف المسؤول
 * الإيراني": a definite generic office noun with a nationality adjective is the official of that
 * state introduced last, no anonymous source. It is marked by a second mention over the
 * adjective's span whose `countryOf` is that person, or the state itself when he was named by
 * his office. Not when the official was introduced without name or office ("مسؤول إيراني").
 */
export function addOfficialPersons(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: Mention[],
): Mention[] {
  const actors = compiled.codebook.actors;
  const memberState = memberStates(compiled);
  // State → the person of that state named last, NAMED_BY_OFFICE or UNNAMED.
  const lastOf = new Map<number, number>();
  const added: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if ((m.kind === 'name' || m.kind === 'role') && m.actor >= 0 && actors[m.actor]?.kind === 'person') {
      if (memberState[m.actor]! >= 0) lastOf.set(memberState[m.actor]!, m.actor);
      continue;
    }
    if (m.kind !== 'demonym' || !m.official || m.actor < 0) continue;
    const office = (tokens.text[m.tokStart - 1] ?? '').replace(/^(و|ف)(?=ال)/, '');
    const next = mentions[i + 1];
    const after = m.tokEnd < tokens.count && tokens.text[m.tokEnd] === ',' ? m.tokEnd + 1 : m.tokEnd;
    // "المسؤول الإيراني علي أكبر ولايتي": the name that follows is the one meant.
    if (next && next.tokStart === after && next.actor >= 0 && actors[next.actor]?.kind === 'person') continue;
    if (!GENERIC_OFFICIALS.has(office)) {
      let anonymous = false;
      for (let k = Math.max(0, m.tokStart - 3); k < m.tokStart; k++)
        anonymous ||= ANONYMOUS_OFFICIAL.test(tokens.text[k]!);
      lastOf.set(m.actor, anonymous ? UNNAMED : NAMED_BY_OFFICE);
      continue;
    }
    const official = lastOf.get(m.actor) ?? UNNAMED;
    if (official >= 0) added.push(mentionWith(m, { countryOf: official }));
    else if (official === NAMED_BY_OFFICE) added.push(mentionWith(m, { countryOf: m.actor }));
  }
  return withAddedMentions(mentions, added);
}

// Titles that, standing alone, mean the holder of the title named earlier ("وقال الرئيس …").
const BARE_TITLES: Record<Language, string[][]> = {
  ar: [
    ['رييس', 'الوزراء'],
    ['رييس', 'الحكومه'],
    ['الرييس'],
    ['الوزير'],
    ['المستشاره'],
    ['الامير'],
    ['الملك'],
    ['ولي', 'العهد'],
  ],
  en: [
    ['prime', 'minister'],
    ['president'],
    ['minister'],
    ['chancellor'],
    ['emir'],
    ['king'],
    ['crown', 'prince'],
    ['senator'],
    ['congressman'],
    ['congresswoman'],
    ['governor'],
    ['mayor'],
  ],
};

// English titles written before a name ("Sen. Marco Rubio", "Gov. Chris Christie") and the bare
// titles that then mean that person ("the senator said"). (Heads of state and ministers are
// resolved by the codebook's dated roles above, near the title only.)
const EN_INTRODUCING_TITLES = new Map<string, readonly string[]>([
  ['sen', ['senator']],
  ['senator', ['senator']],
  ['rep', ['congressman', 'congresswoman']],
  ['representative', ['congressman', 'congresswoman']],
  ['congressman', ['congressman']],
  ['congresswoman', ['congresswoman']],
  ['gov', ['governor']],
  ['governor', ['governor']],
  ['mayor', ['mayor']],
]);
// Words before a title that make it another one ("Vice President", "Prime Minister").
const EN_OTHER_TITLE_HEADS = new Set(['vice', 'deputy', 'prime', 'former', 'crown', 'lieutenant']);
// How far back (in tokens) a title written before a name is still what its bare form means.
const INTRODUCED_TITLE_REACH = 400;

/**
 * The person a bare English title at k means by the article's own words: the one the last
 * "<Title> Name" with that title before k introduced (a name, tracked or not, in capitals), if we
 * track him; none when that name is one we do not track or when no name came with the title.
 */
function introducedTitleHolder(
  tokens: Tokens,
  mentions: readonly Mention[],
  capitalized: Uint8Array,
  k: number,
  phrase: string,
): number | undefined {
  for (let i = k - 1; i >= 0 && i >= k - INTRODUCED_TITLE_REACH; i--) {
    if (!EN_INTRODUCING_TITLES.get(tokens.text[i]!)?.includes(phrase) || !capitalized[i]) continue;
    // "Vice President Mike Pence", "Prime Minister …" introduce another title.
    if (EN_OTHER_TITLE_HEADS.has(tokens.text[i - 1] ?? '')) continue;
    const j = tokens.text[i + 1] === '.' ? i + 2 : i + 1;
    if (!capitalized[j] || !tokens.isWord[j]) continue;
    const named = mentions.find(
      (m) => m.tokStart === j && m.actor >= 0 && (m.kind === 'name' || m.kind === 'role'),
    );
    return named !== undefined && !named.modifier ? named.actor : undefined;
  }
  return undefined;
}

// First words of the bare titles, also with a conjunction (والرئيس), for a cheap pre-check.
const TITLE_STARTS = new Set(
  [...BARE_TITLES.ar, ...BARE_TITLES.en].flatMap((t) => [t[0]!, 'و' + t[0]!, 'ف' + t[0]!]),
);

/**
 * A title without a name ("the president", "وقال الرئيس") resolves to the last person named in
 * the article whose codebook role titles contain it (roles by date are matched earlier): among
 * the recent mentions, or — further back — the one holder of the title the article has named,
 * when no other holder's full title ("رئيس الوزراء البريطاني …") was written since.
 */
export function addBareTitles(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: Mention[],
  lang: Language,
  date: string | undefined,
  capitalized?: Uint8Array,
): Mention[] {
  const actors = compiled.codebook.actors;
  const titlesOf = new Map<number, string>();
  // The titles a person holds on the article's date: a former prime minister is not "رئيس الوزراء".
  const roleText = (a: number): string => {
    let t = titlesOf.get(a);
    if (t === undefined) {
      // An indexed loop, not filter/map/join or for-of: arrays change elements kind between
      // empty and filled, which deoptimised this function (three times on news-ar).
      t = '';
      let first = true;
      const roles = compiled.roleTitles[a] ?? [];
      for (let i = 0; i < roles.length; i++) {
        const r = roles[i]!;
        if (!inDateRange(r, date)) continue;
        t += first ? r.titles : ` | ${r.titles}`;
        first = false;
      }
      titlesOf.set(a, t);
    }
    return t;
  };
  const covered = new Uint8Array(tokens.count);
  for (const m of mentions) for (let k = m.tokStart; k < m.tokEnd; k++) covered[k] = 1;
  const added: Mention[] = [];
  const persons: { actor: number; end: number }[] = [];
  /** Title → where it was last written in full for someone not resolved here. */
  const otherHolderAt = new Map<string, number>();
  let mi = 0;
  for (let k = 0; k < tokens.count; k++) {
    while (mi < mentions.length && mentions[mi]!.tokStart <= k) {
      const m = mentions[mi]!;
      if ((m.kind === 'name' || m.kind === 'role') && m.actor >= 0 && actors[m.actor]?.kind === 'person')
        persons.push({ actor: m.actor, end: m.tokEnd });
      mi++;
    }
    if (covered[k] || persons.length === 0 || !TITLE_STARTS.has(tokens.text[k]!)) continue;
    const first = tokens.text[k]!.replace(/^(و|ف)(?=ال)/, '');
    for (const title of BARE_TITLES[lang]) {
      if (first !== title[0]) continue;
      if (!titleAt(tokens, k, title)) continue;
      const end = k + title.length;
      const phrase = title.join(' ');
      // A name or a nationality right after the title makes it a full title, matched elsewhere;
      // so does a name in apposition ("رئيس الوزراء، حيدر العبادي").
      const named = covered[end] || (tokens.text[end] === ',' && covered[end + 1]);
      if (end < tokens.count && (named || (lang === 'en' && tokens.text[end] === 'of'))) {
        otherHolderAt.set(phrase, k);
        break;
      }
      if (lang === 'en' && tokens.text[k - 1] !== 'the') break;
      // Far back, only a title of two words: "الرئيس" or "the minister" may be anyone's.
      const chosen =
        recentTitleHolder(persons, k, phrase, roleText) ??
        (title.length > 1
          ? soleTitleHolder(persons, phrase, roleText, otherHolderAt.get(phrase) ?? -1)
          : undefined) ??
        // ("the senator Marco Rubio": an untracked name after the title makes it a full title.)
        (capitalized !== undefined && !capitalized[end]
          ? introducedTitleHolder(tokens, mentions, capitalized, k, phrase)
          : undefined);
      if (chosen !== undefined) {
        added.push(actorMention(tokens, k, end, chosen, false));
      }
      break;
    }
  }
  return withAddedMentions(mentions, added);
}

/**
 * The title's words after its first stand from token k + 1 on. (A function of its own: a closure
 * over k in addBareTitles' loop would make V8 allocate a context for every token.)
 */
function titleAt(tokens: Tokens, k: number, title: readonly string[]): boolean {
  for (let i = 1; i < title.length; i++) if (tokens.text[k + i] !== title[i]) return false;
  return true;
}

/** The subject of the recent sentences is named first: the earliest holder of the title among them. */
function recentTitleHolder(
  persons: readonly { actor: number; end: number }[],
  k: number,
  phrase: string,
  roleText: (a: number) => string,
): number | undefined {
  let chosen: number | undefined;
  for (let p = persons.length - 1; p >= 0; p--) {
    const candidate = persons[p]!;
    if (k - candidate.end > 60) break;
    if (roleText(candidate.actor).includes(phrase)) chosen = candidate.actor;
  }
  return chosen;
}

/**
 * Further back ("… رئيس الوزراء العراقي حيدر العبادي" in the lead, "وتعهد رئيس الوزراء" paragraphs
 * later): the only person named so far who holds the title, named after any other holder's full
 * title was last written.
 */
function soleTitleHolder(
  persons: readonly { actor: number; end: number }[],
  phrase: string,
  roleText: (a: number) => string,
  otherHolderAt: number,
): number | undefined {
  let sole: number | undefined;
  let lastEnd = -1;
  for (const { actor, end } of persons) {
    if (!roleText(actor).includes(phrase)) continue;
    if (sole !== undefined && sole !== actor) return undefined;
    sole = actor;
    lastEnd = end;
  }
  return lastEnd > otherHolderAt ? sole : undefined;
}

// Heads of institutional names that English refers back to with "the": "the US-led coalition"
// … "the coalition", "the Syrian government" … "the government".

/** A one-actor name mention over tokens [from, to), added by resolution rather than matching. */
export function actorMention(
  tokens: Tokens,
  from: number,
  to: number,
  actor: number,
  afterPreposition: boolean,
): Mention {
  return newMention({
    kind: 'name',
    start: tokens.start[from]!,
    end: tokens.end[to - 1]!,
    tokStart: from,
    tokEnd: to,
    actor,
    topic: -1,
    polarity: 0,
    official: false,
    afterPreposition,
    modifier: false,
  });
}

/** A topic mention over tokens [from, to), for a topic named by what resolution found there. */
export function topicMention(tokens: Tokens, from: number, to: number, topic: number): Mention {
  return newMention({
    kind: 'topic',
    start: tokens.start[from]!,
    end: tokens.end[to - 1]!,
    tokStart: from,
    tokEnd: to,
    actor: -1,
    topic,
    polarity: 1,
    official: false,
    afterPreposition: false,
    modifier: false,
  });
}

/** The mentions with resolved ones added, in text order. */
export function withAddedMentions(mentions: Mention[], added: readonly Mention[]): Mention[] {
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.tokStart - b.tokStart || a.start - b.start);
}

/** The word after a space at `end` of the folded text, or "". */
function wordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 0x20) return '';
  let e = end + 1;
  while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
  return text.slice(end + 1, e);
}

// Each actor's first member-of that is a country or government (-1 if none), per codebook:
// computed once instead of per pronoun from the parsed codebook's actors, objects of many
// shapes whose reads deoptimised addCountryPronouns.
const MEMBER_STATES = new WeakMap<CompiledCodebook, Int32Array>();

export function memberStates(compiled: CompiledCodebook): Int32Array {
  let states = MEMBER_STATES.get(compiled);
  if (states) return states;
  const actors = compiled.codebook.actors;
  states = new Int32Array(actors.length).fill(-1);
  for (let p = 0; p < actors.length; p++) {
    for (const id of actors[p]!.memberOf ?? []) {
      const a = compiled.actorIds.indexOf(id);
      if (a >= 0 && ['country', 'government'].includes(actors[a]!.kind)) {
        states[p] = a;
        break;
      }
    }
  }
  MEMBER_STATES.set(compiled, states);
  return states;
}
