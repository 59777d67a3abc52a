// Turns a codebook into matching tables: one automaton over every actor name, role title,
// demonym and topic phrase (all languages), built once per codebook.
import type { Codebook, Actor } from '@stance/codebook';
import { buildAutomaton, type Automaton } from './match/aho-corasick.js';
import { foldString } from './text/normalize.js';
import { listCountries } from './lexicon/countries.js';
import { listPlaces } from './lexicon/places.js';
import { countriesNamedIn, settingCountriesIn } from './lexicon/country-forms.js';
import { isAmbiguousArabicName } from './lexicon/common-words.js';
import { listNonStateNames, listNonStateAliasGroups } from './lexicon/non-state-names.js';
import { finiteFormsOfVerbalNoun } from './lexicon/arabic-cues.js';
import { AR_PREPOSITIONS } from './extract/bare-heads.js';
import {
  ACT_HEAD_NOUNS,
  CONTEMPT_WORDS,
  LOCATIVE,
  ORG_CLASS_NOUNS,
  PEOPLE_ADJECTIVES,
  ARMED_BODY_WORDS,
} from './extract/word-lists.js';

/** `place`: a city or region that only tells which country a story is set in. */
export type PatternKind = 'name' | 'role' | 'demonym' | 'topic' | 'place';

export interface PatternEntry {
  kind: PatternKind;
  /** Actor index for name/role/demonym; -1 for a country outside the codebook. */
  actor: number;
  /** Topic index for topic phrases. */
  topic: number;
  /** +1 pro phrase, -1 anti phrase, 0 otherwise. */
  polarity: 1 | -1 | 0;
  /** Inclusive ISO dates bounding a role title. */
  from?: string;
  to?: string;
  /** The phrase as written in the codebook, when its letter case must be checked in text. */
  caseForm?: string;
  /** A name that is also a common word: needs context. */
  ambiguous: boolean;
  /** The singular of a plural English name, valid only as the first half of a compound ("rebel-held"). */
  compoundOnly?: boolean;
  /** Came from the gazetteer, not from the codebook. */
  gazetteer: boolean;
  /** A demonym naming people ("the Syrians"), not the state, unless an office word makes it official. */
  people?: boolean;
  /** The gazetteer country of a demonym (ISO code). */
  country?: string;
  /** A topic phrase whose verbal noun was replaced by a finite verb ("انسحبت من الاتفاق"). */
  verbal?: boolean;
  /**
   * A pro phrase naming the act of one tracked actor ("الضربات التركية", "Turkish strikes"): a
   * position on the act is also one on that actor.
   */
  agent?: number;
}

export interface CompiledCodebook {
  readonly codebook: Codebook;
  readonly actorIds: readonly string[];
  /** Topic ids, in codebook order. */
  readonly topicIds: readonly string[];
  /** For each actor, the indices of topics that are stances toward that actor. */
  readonly topicsForActor: readonly (readonly number[])[];
  /** For each actor, itself and every actor reachable through memberOf. */
  readonly memberChain: readonly ReadonlySet<number>[];
  readonly automaton: Automaton;
  /** Entries per automaton pattern. */
  readonly entries: readonly (readonly PatternEntry[])[];
  /** Patterns that are only valid after a "ل" (the "لل" spelling of ل + ال). */
  readonly lamVariant: Uint8Array;
  /** Some person actor is a member of a country or government (so "بلاده" can be resolved). */
  readonly hasPersonCountries: boolean;
  /**
   * Definite Arabic head nouns of multi-word topic phrases ("الاتفاق" of "الاتفاق النووي") with
   * the phrase's topic and polarity, for a head that later stands alone for the phrase.
   */
  readonly phraseHeads: ReadonlyMap<string, readonly { topic: number; polarity: 1 | -1 }[]>;
  /**
   * English topic phrases of one closed word ("ceasefire"), to their pattern: text that writes
   * the word as a hyphenated compound ("cease-fire") names them too (mentions.ts).
   */
  readonly closedTopicWords: ReadonlyMap<string, number>;
  /**
   * Acts named after their actor, by "actor head-noun" ("3 الضربات" for "الضربات التركية"):
   * the topics of an act whose agent is named elsewhere ("الضربات التي شنتها المقاتلات التركية").
   */
  readonly actTopics: ReadonlyMap<string, readonly number[]>;
  /** Topics with a phrase that names an agent of its act ("Turkish strikes"): every topic in actTopics. */
  readonly agentActTopics: ReadonlySet<number>;
  /** Actors some topic's phrase names as an act's agent: the actors of actTopics. */
  readonly actingActors: ReadonlySet<number>;
  /**
   * For each actor, the body it speaks for as a minister, spokesman or envoy (by its role
   * titles: heads of state and government speak for themselves), or -1.
   */
  readonly speaksFor: readonly number[];
  /**
   * Organisations without forces (monitors, UN bodies, courts, rights groups): whatever act of
   * force they report is someone else's. A coalition, alliance or other body whose names name
   * an armed force is not one of them.
   */
  readonly unarmed: readonly boolean[];
  /**
   * For each topic, the countries (gazetteer codes) its label or phrases name: a phrase qualified
   * by another country's adjective ("المقاومة اليمنية" for Hezbollah's "المقاومة") is another thing.
   */
  readonly topicCountries: readonly ReadonlySet<string>[];
  /**
   * For each topic, the countries it is set in ("… in northern Iraq"): a story that names other
   * countries but none of these is about something else.
   */
  readonly topicSettings: readonly ReadonlySet<string>[];
  /**
   * For each institution, the countries its names name ("مجلس النواب العراقي" → IQ): an article
   * must name them for a bare alias ("مجلس النواب") to be this institution.
   */
  readonly actorCountries: readonly ReadonlySet<string>[];
  /** For each actor that stands for a country (named after it in the gazetteer), its code. */
  readonly countryOfActor: readonly (string | undefined)[];
  /**
   * For each actor, each role's titles folded and joined by " | ", with the role's dates (for
   * titles standing alone, read by the article's date).
   */
  readonly roleTitles: readonly (readonly RoleTitles[])[];
}

export class CodebookCompileError extends Error {
  readonly code = 'CODEBOOK_COMPILE';
  constructor(message: string) {
    super(message);
    this.name = 'CodebookCompileError';
  }
}

// An all-capitals acronym before a generic noun for an armed group or its members.
const ACRONYM_OF_GROUP =
  /^([A-Z]{2,6}) (?:group|organization|organisation|fighters|militants|jihadists|members)$/;

function needsCaseCheck(name: string): string | undefined {
  // Acronyms and capitalised names must keep their capitals in text ("US" is not "us").
  return /[A-Z]/.test(name) ? name : undefined;
}

// Titles of people who speak for a body (ministers, spokesmen, envoys, secretaries-general),
// unlike heads of state and government, who speak for themselves.
const SPOKESPERSON_TITLE =
  /(^|\s)(وزير|وزيره|المتحدث|متحدث|الناطق|ناطق|مبعوث|المبعوث|سفير|السفير|مندوب|المندوب|minister|spokesman|spokeswoman|spokesperson|envoy|ambassador)(\s|$)/;
const LEADER_TITLE = /(^|\s)(رييس|الرييس|president|prime|king|الملك|ملك|emir|امير|الامير)(\s|$)/;

export interface RoleTitles {
  titles: string;
  from?: string;
  to?: string;
}

/** A role's titles in every language, folded. */
function foldedTitles(role: Actor['roles'][number]): string[] {
  return Object.values(role.title ?? {})
    .flat()
    .map((t) => foldString(t));
}

function bodySpokenFor(actor: Actor, actors: readonly Actor[], index: Map<string, number>): number {
  if (actor.kind !== 'person') return -1;
  const titles = (actor.roles ?? []).flatMap(foldedTitles);
  if (!titles.some((t) => SPOKESPERSON_TITLE.test(t) && !LEADER_TITLE.test(t))) return -1;
  for (const id of actor.memberOf ?? []) {
    const body = index.get(id);
    if (body !== undefined && actors[body]!.kind !== 'person') return body;
  }
  return -1;
}

function memberChains(actors: readonly Actor[], index: Map<string, number>): Set<number>[] {
  return actors.map((_, start) => {
    const seen = new Set<number>([start]);
    const stack = [start];
    while (stack.length > 0) {
      const a = stack.pop()!;
      for (const parentId of actors[a]!.memberOf ?? []) {
        const p = index.get(parentId);
        if (p !== undefined && !seen.has(p)) {
          seen.add(p);
          stack.push(p);
        }
      }
    }
    return seen;
  });
}

function pickCountryActor(candidates: number[], actors: readonly Actor[]): number | undefined {
  const rank = (kind: string): number => (kind === 'country' ? 0 : kind === 'government' ? 1 : 2);
  return [...candidates].sort((a, b) => rank(actors[a]!.kind) - rank(actors[b]!.kind) || a - b)[0];
}

const ARABIC_WORD = /^[\u0621-\u064a]+$/;

/** Toggles an English word between singular and plural ("election" ↔ "elections"). */
function toggleNumber(word: string): string | undefined {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return undefined;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('ss')) return word + 'es';
  if (word.endsWith('s')) return word.slice(0, -1);
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return word + 's';
}

/**
 * Spelling variants of a folded codebook phrase: أميركي/أمريكي, سوريا/سورية; for topic
 * phrases also an Arabic head in taa marbuta in the plural (ضربة عسكرية → ضربات عسكرية),
 * definite ↔ indefinite Arabic noun phrases (انسحاب فوري ↔ الانسحاب الفوري) and English
 * singular ↔ plural of the first or last word.
 */
/**
 * The one codebook actor a built-in name restates: the name is a codebook name plus organisation
 * class nouns ("تنظيم داعش") or, around a name of two words or more, a people's adjective
 * ("وحدات حماية الشعب الكردية"). A single common word ("rebels") is not narrowed by an adjective.
 */
function restatedActor(folded: string, owners: ReadonlyMap<string, number[]>): number | undefined {
  const words = folded.toLowerCase().split(' ');
  for (let start = 0; start < words.length; start++) {
    for (let end = words.length; end > start; end--) {
      if (end - start === words.length) continue;
      const actorsNamed = owners.get(words.slice(start, end).join(' '));
      if (actorsNamed === undefined || new Set(actorsNamed).size !== 1) continue;
      const rest = [...words.slice(0, start), ...words.slice(end)];
      const restates = (w: string): boolean =>
        ORG_CLASS_NOUNS.has(w) || (end - start > 1 && PEOPLE_ADJECTIVES.has(w));
      if (rest.every(restates)) return actorsNamed[0];
    }
  }
  return undefined;
}

/**
 * The one codebook actor that another name of the built-in name's alias group names ("تنظيم
 * الدولة" → the actor named "داعش"), or undefined.
 */
function aliasActor(name: string, owners: ReadonlyMap<string, number[]>): number | undefined {
  const group = listNonStateAliasGroups().find((g) => g.includes(name));
  if (!group) return undefined;
  const named = new Set(group.flatMap((n) => owners.get(foldString(n).toLowerCase()) ?? []));
  return named.size === 1 ? [...named][0] : undefined;
}

export function spellingVariants(folded: string, isTopic: boolean): string[] {
  const out = new Set<string>([folded]);
  for (const v of [...out]) {
    if (v.includes('اميرك')) out.add(v.replaceAll('اميرك', 'امريك'));
    if (v.includes('امريك')) out.add(v.replaceAll('امريك', 'اميرك'));
  }
  for (const v of [...out]) {
    const words = v.split(' ');
    const last = words[words.length - 1]!;
    if (ARABIC_WORD.test(last) && last.length >= 5 && !last.startsWith('ال')) {
      if (last.endsWith('يا')) out.add([...words.slice(0, -1), last.slice(0, -1) + 'ه'].join(' '));
      else if (last.endsWith('يه')) out.add([...words.slice(0, -1), last.slice(0, -1) + 'ا'].join(' '));
    }
  }
  if (!isTopic) return [...out];
  for (const v of [...out]) {
    const plural = pluralOfHead(v.split(' '));
    if (plural) out.add(plural.join(' '));
  }
  for (const v of [...out]) {
    const words = v.split(' ');
    if (words.length >= 2 && words.length <= 3 && words.every((w) => ARABIC_WORD.test(w))) {
      if (words.every((w) => !w.startsWith('ال') && w.length >= 3))
        out.add(words.map((w) => 'ال' + w).join(' '));
      else if (words.every((w) => w.startsWith('ال') && w.length >= 5))
        out.add(words.map((w) => w.slice(2)).join(' '));
    }
    // Places: "شمالي العراق" and "شمال العراق" are one place.
    if (/(^| )(شمال|جنوب|شرق|غرب)ي? /.test(v))
      out.add(
        v.replace(
          /(^| )(شمال|جنوب|شرق|غرب)(ي?) /g,
          (_m, b: string, d: string, y: string) => `${b}${d}${y ? '' : 'ي'} `,
        ),
      );
    const plural = pluralOfMasdarHead(words);
    if (plural) out.add(plural.join(' '));
    const head = headBeforePreposition(words);
    if (head) out.add([...head, ...words.slice(head.length)].join(' '));
    if (/^[a-z ]+$/.test(v)) {
      const first = toggleNumber(words[0]!);
      const last = toggleNumber(words[words.length - 1]!);
      if (last) out.add([...words.slice(0, -1), last].join(' '));
      if (first && words.length > 1) out.add([first, ...words.slice(1)].join(' '));
    }
  }
  return [...out];
}

/**
 * An Arabic topic phrase whose head noun is a singular in taa marbuta, with the head in the sound
 * feminine plural: "ضربة عسكرية" → "ضربات عسكرية", "العملية العسكرية التركية" → "العمليات
 * العسكرية التركية" (a plural of things takes the feminine singular adjective, so the rest stays
 * as written). The phrase names a kind of act, and news reports them in series. (Not the other way:
 * a codebook's "ضربات جوية" in the singular found single strikes of other wars in the corpus.)
 */
function pluralOfHead(words: readonly string[]): string[] | undefined {
  const head = words[0]!;
  if (!ARABIC_WORD.test(head)) return undefined;
  const article = head.startsWith('ال') ? 'ال' : '';
  const stem = head.slice(article.length);
  if (!stem.endsWith('ه') || stem.length < 4) return undefined;
  return [article + stem.slice(0, -1) + 'ات', ...words.slice(1)];
}

/**
 * A verbal noun of a derived form in ت ("التدخل", "التصعيد", "تهديد") with nationality or other
 * nisba adjectives, in the sound feminine plural, the adjectives in the feminine singular that a
 * plural of things takes: "التدخل الإيراني" → "التدخلات الإيرانية".
 */
function pluralOfMasdarHead(words: readonly string[]): string[] | undefined {
  if (words.length < 2 || words.length > 3 || !words.every((w) => ARABIC_WORD.test(w))) return undefined;
  const [head, ...adjectives] = words;
  const article = head!.startsWith('ال') ? 'ال' : '';
  const stem = head!.slice(article.length);
  if (!stem.startsWith('ت') || stem.length < 4 || /(ه|ات|ي)$/.test(stem)) return undefined;
  if (!adjectives.every((w) => w.startsWith(article) && w.endsWith('ي') && w.length - article.length >= 4))
    return undefined;
  return [head + 'ات', ...adjectives.map((w) => w + 'ه')];
}

/**
 * "الحملة العسكرية على" ↔ "حملة عسكرية على": a noun phrase of one or two words before a
 * preposition, in the other definiteness (the rest of the phrase stays as written).
 */
function headBeforePreposition(words: readonly string[]): string[] | undefined {
  const p = words.findIndex((w) => AR_PREPOSITIONS.has(w));
  if (p < 1 || p > 2 || p === words.length - 1) return undefined;
  const head = words.slice(0, p);
  if (!head.every((w) => ARABIC_WORD.test(w))) return undefined;
  if (head.every((w) => !w.startsWith('ال') && w.length >= 3)) return head.map((w) => 'ال' + w);
  if (head.every((w) => w.startsWith('ال') && w.length >= 5)) return head.map((w) => w.slice(2));
  return undefined;
}

// Nouns of a country's standing or reach, whose genitive is always their holder ("نفوذ إيران",
// "وجود واشنطن"): unlike an act ("انسحاب أمريكا" may be from a deal, "قصف تركيا" may be its target).
const STANDING_NOUNS = new Set(
  'نفوذ وجود تواجد تدخل تدخلات هيمنه دور تمدد سياسه سياسات برنامج مشروع اطماع'.split(' '),
);

/** The genitive of a construct turned into "ل" + noun ("إطلاق النار" → "لإطلاق النار", "السفارة" → "للسفارة"). */
function lamGenitive(word: string): string {
  return word.startsWith('ال') ? 'لل' + word.slice(2) : 'ل' + word;
}

/**
 * Rewordings of a folded Arabic topic phrase that keep its meaning:
 * - a construct with an indefinite head ("وقف إطلاق النار", "انسحاب القوات") whose genitive is
 *   taken by "ل" ("وقف لإطلاق النار"). Modifiers inserted into a phrase ("عقوبات جديدة على
 *   إيران", "وقف فوري لإطلاق النار") are not generated: as variants they doubled the automaton
 *   and the codebook's compile time (docs/extraction.md, rules-1.18.0).
 * - a nationality adjective after a noun of standing ("النفوذ الإيراني") as the country's name in
 *   the genitive ("نفوذ إيران", "نفوذ طهران").
 */
export function rewordings(folded: string, countryNames: ReadonlyMap<string, readonly string[]>): string[] {
  const words = folded.split(' ');
  if (words.length < 2 || words.length > 5 || !ARABIC_WORD.test(words[0]!) || AR_PREPOSITIONS.has(words[0]!))
    return [];
  const out = new Set<string>();
  const p = words.findIndex((w) => AR_PREPOSITIONS.has(w));
  const [head, second] = words as [string, string];
  const construct =
    p !== 1 &&
    !head.startsWith('ال') &&
    head.length >= 3 &&
    ARABIC_WORD.test(second) &&
    !/(ي|يه)$/.test(second) &&
    (second.startsWith('ال') || (words[2] ?? '').startsWith('ال'));
  if (construct) {
    const genitive = [lamGenitive(second), ...words.slice(2)];
    out.add([head, ...genitive].join(' '));
  }
  if (words.length === 2 && STANDING_NOUNS.has(head.replace(/^ال/, ''))) {
    const names = countryNames.get(second);
    if (names) for (const name of names) out.add([head.replace(/^ال/, ''), name].join(' '));
  }
  out.delete(folded);
  return [...out];
}

/** A role's inclusive ISO dates (YAML may give them as dates, not strings). */
function roleSpan(role: Pick<Actor['roles'][number], 'from' | 'to'>): { from?: string; to?: string } {
  return {
    ...(role.from ? { from: String(role.from).slice(0, 10) } : {}),
    ...(role.to ? { to: String(role.to).slice(0, 10) } : {}),
  };
}

// One definite word in the sound masculine plural (folded): المحتجون، المتظاهرين، الحوثيون.
const COLLECTIVE_PLURAL = /^ال[^\s]{3,}(ون|ين)$/;

// A definite sound masculine plural of a nisba (folded): الحوثيون، الصدريين. (Participles such as
// المتظاهرون are left alone: they name whoever protests in the story, not one group.)
const CASE_PLURAL = /^ال\S{2,}ي(ون|ين)$/;

/**
 * The other case of an Arabic name in the sound masculine plural: a codebook that lists
 * "الحوثيون" (nominative) names the group also as object or genitive, "مواقع الحوثيين", and
 * the reverse. Adjectives agree, so every plural word of the name changes together.
 */
function otherCase(folded: string): string | undefined {
  const words = folded.split(' ');
  let changed = false;
  const out = words.map((w) => {
    const m = CASE_PLURAL.exec(w);
    if (!m) return w;
    changed = true;
    return w.slice(0, -2) + (m[1] === 'ون' ? 'ين' : 'ون');
  });
  return changed ? out.join(' ') : undefined;
}

/** Multi-word Arabic topic phrases headed by a known verbal noun, with finite verbs instead. */
function verbalVariants(folded: string): string[] {
  const words = folded.split(' ');
  if (words.length < 2 || !ARABIC_WORD.test(words[0]!)) return [];
  const head = words[0]!.replace(/^ال/, '');
  // Forms spelled like the noun itself (دعم، رفض) would turn every noun use into a deed.
  return finiteFormsOfVerbalNoun(head)
    .filter((verb) => verb !== head)
    .map((verb) => [verb, ...words.slice(1)].join(' '));
}

export function compileCodebook(codebook: Codebook): CompiledCodebook {
  if (!codebook || !Array.isArray(codebook.actors) || !Array.isArray(codebook.topics)) {
    throw new CodebookCompileError('codebook must have "actors" and "topics" arrays');
  }
  const actors = codebook.actors;
  const actorIndex = new Map<string, number>();
  actors.forEach((a, i) => actorIndex.set(a.id, i));

  const patternIds = new Map<string, number>();
  const patterns: string[] = [];
  const entries: PatternEntry[][] = [];
  const lamFlags: number[] = [];
  // Every entry with every field, in one order: the entries are built from spreads of many
  // shapes, and the scan reads them at every match (a megamorphic read is a slow one). One copy
  // per entry, so that an entry added under several spellings stays one object. (Typed with
  // every field required, so that a field added to PatternEntry must be copied here too.)
  const shaped = new Map<PatternEntry, PatternEntry>();
  const oneShape = (e: PatternEntry): PatternEntry => {
    let out = shaped.get(e);
    if (out === undefined) {
      const copy: { [K in keyof Required<PatternEntry>]: PatternEntry[K] } = {
        kind: e.kind,
        actor: e.actor,
        topic: e.topic,
        polarity: e.polarity,
        from: e.from,
        to: e.to,
        caseForm: e.caseForm,
        ambiguous: e.ambiguous,
        compoundOnly: e.compoundOnly,
        gazetteer: e.gazetteer,
        people: e.people,
        country: e.country,
        verbal: e.verbal,
        agent: e.agent,
      };
      out = copy;
      shaped.set(e, out);
    }
    return out;
  };
  const addPattern = (raw: string, entry: PatternEntry, lam = false, prefolded = false): void => {
    const folded = lam || prefolded ? raw : foldString(raw);
    if (folded.length < 2) return;
    const key = (lam ? '\u0001' : '') + folded;
    let id = patternIds.get(key);
    if (id === undefined) {
      id = patterns.length;
      patternIds.set(key, id);
      patterns.push(folded);
      entries.push([]);
      lamFlags.push(lam ? 1 : 0);
    }
    entries[id]!.push(oneShape(entry));
  };
  // Every spelling variant, plus the "لل…" spelling of ل + ال….
  const addWithVariants = (raw: string, entry: PatternEntry): void => {
    for (const folded of spellingVariants(foldString(raw), entry.kind === 'topic')) {
      addPattern(folded, entry, false, true);
      if (folded.startsWith('ال') && folded.length > 3) addPattern('لل' + folded.slice(2), entry, true);
    }
  };
  const base = { actor: -1, topic: -1, polarity: 0 as const, ambiguous: false, gazetteer: false };

  actors.forEach((actor, a) => {
    for (const [lang, names] of Object.entries(actor.names ?? {})) {
      for (const name of names) {
        const folded = foldString(name);
        const caseForm = lang === 'ar' ? undefined : needsCaseCheck(name);
        addWithVariants(name, {
          ...base,
          kind: 'name',
          actor: a,
          ambiguous: lang === 'ar' && isAmbiguousArabicName(folded),
          ...(caseForm ? { caseForm } : {}),
        });
        const other = lang === 'ar' ? otherCase(folded) : undefined;
        if (other) addWithVariants(other, { ...base, kind: 'name', actor: a });
        // A group named by a plural noun is also named without the article: "أضرم محتجون
        // النار" is some of "المحتجون".
        for (const form of other ? [folded, other] : [folded])
          if (lang === 'ar' && COLLECTIVE_PLURAL.test(form))
            addWithVariants(form.slice(2), { ...base, kind: 'name', actor: a });
        // "IS fighters", "IS group": the acronym before a group noun is the group's name on its
        // own too ("IS captured eight villages"); its capitals are checked in text.
        const acronym = lang === 'en' ? ACRONYM_OF_GROUP.exec(name)?.[1] : undefined;
        if (acronym) addWithVariants(acronym, { ...base, kind: 'name', actor: a, caseForm: acronym });
        // A compound modifier takes the singular: "rebels" → "rebel-held areas".
        if (lang === 'en' && /^[A-Za-z]{3,}[^s]s$/.test(name))
          addWithVariants(name.slice(0, -1), { ...base, kind: 'name', actor: a, compoundOnly: true });
      }
    }
    for (const role of actor.roles ?? []) {
      for (const titles of Object.values(role.title ?? {})) {
        for (const title of titles) {
          addWithVariants(title, { ...base, kind: 'role', actor: a, ...roleSpan(role) });
        }
      }
    }
  });

  // Countries: codebook actors named after a country also answer to its demonyms and
  // to the gazetteer's other names for it.
  const countryOfActor: (string | undefined)[] = actors.map(() => undefined);
  const foldedNameOwners = new Map<string, number[]>();
  actors.forEach((actor, a) => {
    for (const names of Object.values(actor.names ?? {})) {
      for (const name of names) {
        const f = foldString(name);
        foldedNameOwners.set(f, [...(foldedNameOwners.get(f) ?? []), a]);
      }
    }
  });
  for (const country of listCountries()) {
    const owners = new Set<number>();
    for (const name of [...country.names.en, ...country.names.ar]) {
      for (const a of foldedNameOwners.get(foldString(name)) ?? []) {
        if (['country', 'government'].includes(actors[a]!.kind)) owners.add(a);
      }
    }
    // Countries outside the codebook are still recognised (actor -1): "Canadian criticism" has
    // a holder, just not one we track, and must not be given to someone else.
    for (const a of owners) countryOfActor[a] = country.code;
    const owner = pickCountryActor([...owners], actors) ?? -1;
    for (const name of [...country.names.en, ...country.names.ar]) {
      if (!foldedNameOwners.has(foldString(name))) {
        const caseForm = needsCaseCheck(name);
        addWithVariants(name, {
          ...base,
          kind: 'name',
          actor: owner,
          gazetteer: true,
          country: country.code,
          ...(caseForm ? { caseForm } : {}),
        });
      }
    }
    const people = new Set([...country.people.ar, ...country.people.en]);
    for (const demonym of country.demonyms.ar) {
      addPattern(demonym, {
        ...base,
        kind: 'demonym',
        actor: owner,
        gazetteer: true,
        people: people.has(demonym),
        country: country.code,
      });
    }
    for (const demonym of country.demonyms.en) {
      const caseForm = needsCaseCheck(demonym);
      addPattern(demonym, {
        ...base,
        kind: 'demonym',
        actor: owner,
        gazetteer: true,
        people: people.has(demonym),
        country: country.code,
        ...(caseForm ? { caseForm } : {}),
      });
    }
  }

  // A country's singular adjectives (folded) to its Arabic names: "الايراني" → إيران, طهران.
  const countryNamesByAdjective = new Map<string, string[]>();
  for (const country of listCountries()) {
    const names = country.names.ar.map((n) => foldString(n)).filter((n) => !n.includes(' '));
    for (const demonym of country.demonyms.ar) {
      const d = foldString(demonym);
      if (/(ي|يه)$/.test(d) && names.length > 0) countryNamesByAdjective.set(d, names);
    }
  }

  const phraseHeads = new Map<string, { topic: number; polarity: 1 | -1 }[]>();
  const topicsForActor: number[][] = actors.map(() => []);
  codebook.topics.forEach((topic, t) => {
    if (topic.actor !== undefined) {
      const a = actorIndex.get(topic.actor);
      if (a === undefined)
        throw new CodebookCompileError(`topic "${topic.id}" names unknown actor "${topic.actor}"`);
      topicsForActor[a]!.push(t);
    }
    for (const [polarity, phrases] of [
      [1, topic.pro],
      [-1, topic.anti],
    ] as const) {
      for (const list of Object.values(phrases ?? {})) {
        for (const phrase of list) {
          // An anti phrase that names the topic's own act with contempt ("العدوان التركي",
          // "Turkish aggression") is the act itself: condemning it opposes the topic.
          const effective = polarity === -1 && namesActWithContempt(phrase) ? 1 : polarity;
          addWithVariants(phrase, { ...base, kind: 'topic', topic: t, polarity: effective });
          // "cease-fire" is also written "ceasefire".
          const closed = phrase.replace(/([A-Za-z])-(?=[A-Za-z])/g, '$1');
          if (closed !== phrase)
            addWithVariants(closed, { ...base, kind: 'topic', topic: t, polarity: effective });
          const words = foldString(phrase).split(' ');
          if (words.length > 1 && words[0]!.startsWith('ال') && words[0]!.length >= 5) {
            const list = phraseHeads.get(words[0]!) ?? [];
            if (!list.some((h) => h.topic === t && h.polarity === polarity))
              list.push({ topic: t, polarity });
            phraseHeads.set(words[0]!, list);
          }
          // Reworded as news writes it: inserted modifiers, "ل" genitives, a country's name for its adjective.
          for (const variant of spellingVariants(foldString(phrase), true))
            for (const reworded of rewordings(variant, countryNamesByAdjective)) {
              const entry = { ...base, kind: 'topic' as const, topic: t, polarity: effective };
              addPattern(reworded, entry, false, true);
              if (reworded.startsWith('ال') && reworded.length > 3)
                addPattern('لل' + reworded.slice(2), entry, true);
            }
          // "الانسحاب من الاتفاق" is also written "انسحبت من الاتفاق": the finite verb carries the deed.
          for (const verbal of verbalVariants(foldString(phrase))) {
            addPattern(verbal, { ...base, kind: 'topic', topic: t, polarity, verbal: true }, false, true);
          }
        }
      }
    }
  });

  for (const place of listPlaces())
    for (const name of [...place.names.en, ...place.names.ar]) {
      const caseForm = needsCaseCheck(name);
      addWithVariants(name, {
        ...base,
        kind: 'place',
        gazetteer: true,
        country: place.code,
        ...(caseForm ? { caseForm } : {}),
      });
    }

  // Organisations named after a country ("قوات سوريا الديمقراطية") are nobody we track, unless
  // the codebook lists them itself.
  // A built-in name that only extends a codebook name with words restating who it is
  // ("وحدات حماية الشعب الكردية" for "وحدات حماية الشعب") is that actor: as the longer match it
  // must not hide the operator's name.
  for (const name of listNonStateNames()) {
    if (!patternIds.has(foldString(name))) {
      const caseForm = needsCaseCheck(name);
      addPattern(name, {
        ...base,
        kind: 'name',
        actor: restatedActor(foldString(name), foldedNameOwners) ?? aliasActor(name, foldedNameOwners) ?? -1,
        gazetteer: true,
        ...(caseForm ? { caseForm } : {}),
      });
    }
  }

  const automaton = buildAutomaton(patterns);
  const actTopics = markPhraseAgents(automaton, patterns, entries, topicsForActor);

  return {
    codebook,
    actorIds: actors.map((a) => a.id),
    topicIds: codebook.topics.map((t) => t.id),
    topicsForActor,
    memberChain: memberChains(actors, actorIndex),
    speaksFor: actors.map((a) => bodySpokenFor(a, actors, actorIndex)),
    unarmed: actors.map(isUnarmedOrganization),
    topicCountries: codebook.topics.map((t) => countriesNamedIn(fieldTexts([t.label, t.pro, t.anti]))),
    topicSettings: codebook.topics.map((t) =>
      t.actor === undefined ? settingCountriesIn(fieldTexts([t.label, t.pro, t.anti])) : new Set<string>(),
    ),
    actorCountries: actors.map((a, i) => institutionCountries(a, countryOfActor[i] !== undefined)),
    countryOfActor,
    roleTitles: actors.map((a) =>
      (a.roles ?? []).map((r): RoleTitles => {
        // Every field, in one order (a spread of the span makes up to four object shapes,
        // which deoptimised the readers in mentions.ts).
        const span = roleSpan(r);
        return { titles: foldedTitles(r).join(' | '), from: span.from, to: span.to };
      }),
    ),
    automaton,
    entries,
    lamVariant: Uint8Array.from(lamFlags),
    phraseHeads,
    closedTopicWords: closedTopicWords(patterns, entries),
    actTopics,
    agentActTopics: new Set([...actTopics.values()].flat()),
    actingActors: new Set([...actTopics.keys()].map((k) => Number(k.split(' ')[0]))),
    hasPersonCountries: actors.some(
      (a) =>
        a.kind === 'person' &&
        (a.memberOf ?? []).some((id) =>
          ['country', 'government'].includes(actors[actorIndex.get(id) ?? -1]?.kind ?? ''),
        ),
    ),
  };
}

/** English topic patterns of one word long enough to be a closed compound ("ceasefire", "airstrikes"). */
function closedTopicWords(
  patterns: readonly string[],
  entries: readonly PatternEntry[][],
): Map<string, number> {
  const out = new Map<string, number>();
  patterns.forEach((p, id) => {
    if (/^[a-z]{6,}$/.test(p) && entries[id]!.some((e) => e.kind === 'topic')) out.set(p, id);
  });
  return out;
}

function isUnarmedOrganization(actor: Actor): boolean {
  if (actor.kind !== 'organization') return false;
  return fieldTexts([actor.names]).every((name) =>
    foldString(name)
      .toLowerCase()
      .split(/[\s-]+/)
      .every((w) => !ARMED_BODY_WORDS.has(w.replace(/^(وال|بال|لل|ال)/, ''))),
  );
}

function namesActWithContempt(phrase: string): boolean {
  return foldString(phrase)
    .split(' ')
    .some((w) => CONTEMPT_WORDS.has(w));
}

/** The strings of codebook fields (labels, phrase lists, names per language). */
function fieldTexts(fields: readonly (Record<string, string | string[]> | undefined)[]): string[] {
  return fields.flatMap((field) => Object.values(field ?? {}).flat());
}

/**
 * The countries an institution's names tie it to by a nationality adjective ("البرلمان العراقي",
 * "Iraqi government"). People, parties and armed groups range wider than their names say
 * ("الدولة الإسلامية في العراق والشام"), and so do bodies led by a country ("US-led coalition").
 */
function institutionCountries(actor: Actor, isCountry: boolean): Set<string> {
  if (isCountry || (actor.kind !== 'government' && actor.kind !== 'organization')) return new Set();
  return countriesNamedIn(fieldTexts([actor.names]), true);
}

/**
 * Marks pro topic phrases that name exactly one tracked actor (by name or nationality
 * adjective) as that actor's act, scanning each phrase with the codebook's own automaton.
 */
const ACT_TARGET_PREPOSITIONS = new Set(['against', 'on', 'ضد', 'على']);

const ACT_MODIFIERS = new Set(['العسكريه', 'العسكري', 'الجويه', 'الجوي', 'military', 'air', 'the']);

function markPhraseAgents(
  automaton: Automaton,
  patterns: readonly string[],
  entries: readonly (readonly PatternEntry[])[],
  topicsForActor: readonly (readonly number[])[],
): Map<string, number[]> {
  const actTopics = new Map<string, number[]>();
  patterns.forEach((phrase, p) => {
    const topicEntries = entries[p]!.filter((e) => e.kind === 'topic' && e.polarity === 1 && !e.verbal);
    if (topicEntries.length === 0 || !phrase.includes(' ')) return;
    // The head: first word of an Arabic phrase, an English act noun anywhere ("Turkish strikes in Iraq").
    const words = phrase.split(' ');
    if (!ACT_HEAD_NOUNS.has(words[0]!) && !words.some((w) => /^[a-z]/.test(w) && ACT_HEAD_NOUNS.has(w)))
      return;
    const named = new Set<number>();
    let rest = ` ${phrase} `;
    automaton.scan(phrase, (inner, start, end) => {
      if (inner === p) return;
      // Whole words only: the scan may match inside a longer word.
      if (start > 0 && phrase[start - 1] !== ' ') return;
      if (end < phrase.length && phrase[end] !== ' ') return;
      // "عمليات عسكرية في شمالي العراق", "strikes in Iraq": a place, not the act's agent;
      // "strikes against Syria", "الضربات على سوريا": the act's target, not its agent.
      const before = phrase.slice(0, start).trimEnd().split(' ').pop() ?? '';
      if (LOCATIVE.has(before) || ACT_TARGET_PREPOSITIONS.has(before)) return;
      for (const e of entries[inner]!) {
        if ((e.kind === 'name' || e.kind === 'demonym') && e.actor >= 0 && !e.ambiguous && !e.people)
          if ((topicsForActor[e.actor]?.length ?? 0) > 0) {
            named.add(e.actor);
            rest = rest.replace(` ${phrase.slice(start, end)} `, ' ');
          }
      }
    });
    if (named.size !== 1) return;
    const [agent] = named;
    for (const e of topicEntries) e.agent = agent!;
    const head = ACT_HEAD_NOUNS.has(words[0]!) ? words[0]! : words.find((w) => ACT_HEAD_NOUNS.has(w))!;
    // Only "actor + act" phrases ("الضربات التركية", "Turkish strikes") name the act wherever it
    // happens; "Turkish strikes in Iraq" needs its place, which a bare act does not give.
    const qualifiers = rest.split(' ').filter((w) => w && w !== head && !ACT_MODIFIERS.has(w));
    if (qualifiers.length > 0) return;
    const key = `${agent} ${head}`;
    const list = actTopics.get(key) ?? [];
    for (const e of topicEntries) if (!list.includes(e.topic)) list.push(e.topic);
    actTopics.set(key, list);
  });
  return actTopics;
}
