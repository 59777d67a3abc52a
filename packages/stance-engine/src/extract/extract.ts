// Runs the pipeline over one article: normalise, tokenise, find mentions, then analyse only
// the sentences that hold a topic mention, carrying holders across sentences for elided subjects.
import { pushAll } from './arrays.js';
import type { CompiledCodebook } from '../compile.js';
import { normalizeText, type NormalizedText } from '../text/normalize.js';
import { datelineLength } from '../text/dateline.js';
import { collectLinkLists } from '../text/link-lists.js';
import { tokenize, type Tokens, withoutConjunction } from '../text/tokens.js';
import { resolveLanguage, type Language } from '../text/language.js';
import { splitSentences, type Sentence } from '../text/segment.js';
import { withoutOthersActs } from './act-agents.js';
import { withLeaderPairs } from './leader-pairs.js';
import { withLatterAnaphors } from './latter-anaphors.js';
import { withForcePronouns } from './force-pronouns.js';
import { withSourceAnaphors } from './source-anaphors.js';
import { opensImpersonally } from './impersonal-openers.js';
import {
  addBareTitles,
  addCountryPronouns,
  addOfficialPersons,
  findMentions,
  inCountryScope,
  isHostileCue,
  mentionWith,
  withinNamedCountries,
  type Mention,
} from './mentions.js';
import {
  arabicQuotedRuns,
  quotationSpans,
  quotationSpeakers,
  type QuotedSentence,
  type Span,
} from './quotes.js';
import { AR_DEFINITE, annotateCues, lookupArabicCue } from './cues.js';
import { makeCue, takesOnlyFrom, tokenCue } from '../lexicon/cue.js';
import { analyzeSentence, type RawStatement, type SentenceInput } from './analyze.js';
import { readByProximity } from './proximity.js';
import {
  addBareHeads,
  isInstitutionHead,
  withoutCountriesInNames,
  withoutOtherBodiesHeads,
  withoutOtherStatesForces,
} from './bare-heads.js';
import { addGovernmentWords } from './government-words.js';
import { addKingdomHeads } from './state-heads.js';
import { addTitledSurnames, introducedOffices, pastOfficeOf } from './titled-surnames.js';
import {
  AR_ALI_NAME,
  AR_ALI_NAME_LEADS,
  AR_GRIP_WORDS,
  AR_DEMONSTRATIVES,
  EN_PERSON_PRONOUNS,
  AR_PARTICLES,
  CONDITIONAL_IN,
  EACH_OF,
  LOCATIVE,
  RELATIONAL_AR,
  STATEMENT_NOUNS,
  TARGET_PREPS,
  TIME_WORDS,
} from './word-lists.js';
import { isArabicTitleWord, isOfficeWord } from '../lexicon/common-words.js';
import type { ArticleInput, Statement } from '../types.js';
import { lookupEnglishCue } from '../lexicon/english-cues.js';

// Kinds of body a person's office does not make him speak for (extract, introducedOffices).
const NO_OFFICE_BODIES = new Set(['person', 'country', 'government', 'party']);

export class ArticleInputError extends Error {
  readonly code = 'ARTICLE_INPUT';
  constructor(message: string) {
    super(message);
    this.name = 'ArticleInputError';
  }
}

function articleDate(published: string | null | undefined): string | undefined {
  if (!published) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m ? m[1] : undefined;
}

// "هذا القرار", "هذه الخطوة", "this decision", "the move": a decision or step named in the
// last two sentences.
const ANAPHOR_HEADS: Record<'ar' | 'en', Set<string>> = {
  ar: new Set(['القرار', 'الخطوه', 'الاجراء', 'التحرك', 'الخطوات', 'الاعلان', 'القرارات', 'خطوه', 'قرار']),
  en: new Set(['decision', 'step', 'move', 'announcement', 'plan']),
};
const ANAPHOR_DETERMINERS = new Set([
  'هذا',
  'هذه',
  'بهذه',
  'بهذا',
  'لهذا',
  'لهذه',
  'وهذا',
  'وهذه',
  'this',
  'the',
]);

// Adverbs and particles after a noun do not make a new phrase of it.
const NOT_GENITIVES = new Set(['ايضا', 'مرارا', 'كذلك', 'في', 'من', 'علي', 'الي', 'عن', 'مع', 'بعد', 'قبل']);

// A participle of signing after a bare head describes the agreement named before ("الاتفاق
// الموقع عام 2015", "الاتفاق المبرم"), and so does a relative clause after a demonstrative
// ("بهذا الاتفاق الذي …"); neither makes a new phrase of it. (A relative clause alone often
// brings its own agent: "العقوبات التي فرضتها الأمم المتحدة".)
const SIGNED_PARTICIPLES = new Set(['الموقع', 'الموقعه', 'المبرم', 'المبرمه']);
const RELATIVES = new Set(['الذي', 'التي']);

/** The word after a bare head at k leaves it the head of a phrase named before. */
function referringModifier(tokens: Tokens, k: number): boolean {
  const next = tokens.text[k + 1] ?? '';
  if (SIGNED_PARTICIPLES.has(next)) return true;
  return RELATIVES.has(next) && ANAPHOR_DETERMINERS.has(tokens.text[k - 1]!) && tokens.text[k - 1] !== 'the';
}

/** An English possessive name: "Russias", "Russia's" (folded "russia s"). */
function ownerPossessive(tokens: Tokens, m: Mention): boolean {
  return m.possessive === true || tokens.text[m.tokEnd] === 's';
}

/** Whether token k exists and is a word that could continue a noun phrase (a genitive). */
function isWordToken(tokens: Tokens, k: number): boolean {
  return k < tokens.count && tokens.isWord[k] === 1 && !NOT_GENITIVES.has(tokens.text[k]!);
}

const WAW = 0x0648;
const FAA = 0x0641;
const BAA = 0x0628;
const LAM = 0x0644;

/** "والانسحاب" → "الانسحاب": drops و ف ب ل attached before the article (runs per token: no regex). */
function withoutProcliticBeforeArticle(word: string): string {
  const c = word.charCodeAt(0);
  return (c === WAW || c === FAA || c === BAA || c === LAM) && word.startsWith('ال', 1)
    ? word.slice(1)
    : word;
}

/** A topic phrase's head word reading (CompiledCodebook.phraseHeads). */
interface PhraseHead {
  topic: number;
  polarity: 1 | -1;
}

/**
 * The one phrase head of the topic, if there is exactly one. Counted, not filtered: filter()'s
 * results come in two elements kinds (empty or not), and the optimised readers of one were
 * thrown away on meeting the other (wrong-map deopts of addAnaphora).
 */
function soleHeadOf(heads: readonly PhraseHead[], topic: number | undefined): PhraseHead | undefined {
  let found: PhraseHead | undefined;
  for (const h of heads) {
    if (h.topic !== topic) continue;
    if (found !== undefined) return undefined;
    found = h;
  }
  return found;
}

function addAnaphora(
  tokens: Tokens,
  sentence: Sentence,
  inSentence: Mention[],
  recent: Mention | undefined,
  lang: Language,
  phraseHeads: CompiledCodebook['phraseHeads'],
  namedHeads: ReadonlyMap<string, Mention | null>,
): void {
  // A definite head noun standing alone for a phrase of the topic named before: "الانسحاب من
  // الاتفاق النووي" … "حذرته من الانسحاب"; "الاتفاق النووي" … "انتقد ترامب الاتفاق".
  for (let k = sentence.start + 1; k < sentence.end; k++) {
    const demonstrative =
      recent !== undefined &&
      ANAPHOR_HEADS[lang].has(tokens.text[k]!) &&
      ANAPHOR_DETERMINERS.has(tokens.text[k - 1]!);
    const word = withoutProcliticBeforeArticle(tokens.text[k]!);
    const heads =
      lang === 'ar' && (!isWordToken(tokens, k + 1) || referringModifier(tokens, k))
        ? phraseHeads.get(word)
        : undefined;
    // The recent topic's head, else the one topic the story named in full with this head word
    // however far back ("الاتفاقية النووية" … "تعهدت بالالتزام بالاتفاقية").
    // (One soleHeadOf call for both referents: a call reached first in a rare case has no type
    // feedback and throws this loop's optimised code away.)
    const named =
      heads !== undefined && !demonstrative && soleHeadOf(heads, recent?.topic) === undefined
        ? namedHeads.get(word)
        : undefined;
    const referent = named ?? recent;
    const head = heads === undefined ? undefined : soleHeadOf(heads, referent?.topic);
    if ((!demonstrative && head === undefined) || referent === undefined) continue;
    const polarity = head !== undefined && !demonstrative ? head.polarity : referent.polarity;
    const from = demonstrative ? k - 1 : k;
    if (inSentence.some((m) => m.tokStart <= k && m.tokEnd > from)) continue;
    // "القرار" with a genitive after it ("قرار مجلس الأمن") names its own decision.
    if (lang === 'en' && tokens.text[k + 1] === 'to') continue;
    const mention = mentionWith(referent, {
      polarity,
      start: tokens.start[from]!,
      end: tokens.end[k]!,
      tokStart: from,
      tokEnd: k + 1,
      afterPreposition: false,
      anaphor: true,
    });
    const at = inSentence.findIndex((m) => m.tokStart > k);
    if (at < 0) inSentence.push(mention);
    else inSentence.splice(at, 0, mention);
  }
}

/** Records the head word of each Arabic topic phrase written in full ("الاتفاقية" of "الاتفاقية النووية"). */
function nameTopicHeads(
  tokens: Tokens,
  inSentence: readonly Mention[],
  named: Map<string, Mention | null>,
): void {
  for (const m of inSentence) {
    if (m.kind !== 'topic' || m.anaphor || m.verbal || m.tokEnd - m.tokStart < 2) continue;
    const head = withoutProcliticBeforeArticle(tokens.text[m.tokStart]!);
    if (!head.startsWith('ال')) continue;
    const prior = named.get(head);
    named.set(head, prior === undefined || (prior !== null && prior.topic === m.topic) ? m : null);
  }
}

const VERBAL_DEED = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.7, pos: 'verb', lemma: '(verbal phrase)' }),
);

const VIOLATION_NOUNS = new Set(['انتهاك', 'انتهاكات']);
const VIOLATION_ACT = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.7, pos: 'noun', lemma: 'انتهك' }),
);

function capitalizedTokens(tokens: Tokens, original: string, toOriginal: Int32Array): Uint8Array {
  const out = new Uint8Array(tokens.count);
  for (let k = 0; k < tokens.count; k++) {
    const c = original.charCodeAt(toOriginal[tokens.start[k]!]!);
    out[k] = c >= 0x41 && c <= 0x5a ? 1 : 0;
  }
  return out;
}

/** The mentions outside lists of links to other stories (text/link-lists.ts). */
function outsideLinkLists(
  mentions: Mention[],
  tokens: Tokens,
  sentences: readonly Sentence[],
  lang: Language,
  capitalized: Uint8Array | undefined,
): Mention[] {
  const lists: Sentence[] = [];
  for (const sentence of sentences) collectLinkLists(tokens, sentence, lang, capitalized, lists);
  if (lists.length === 0) return mentions;
  return mentions.filter((m) => !lists.some((l) => m.tokStart >= l.start && m.tokStart < l.end));
}

/** 1 where the token is the second half of a hyphenated compound ("Turkish-backed"). */
function hyphenatedTokens(tokens: Tokens, original: string, toOriginal: Int32Array): Uint8Array {
  const out = new Uint8Array(tokens.count);
  for (let k = 0; k < tokens.count; k++) {
    const o = toOriginal[tokens.start[k]!]!;
    out[k] = o > 0 && original.charCodeAt(o - 1) === 0x2d ? 1 : 0;
  }
  return out;
}

/**
 * 1 where the token is "إن" (or "فإن") spelled with hamza below in the original, which folding
 * loses; only those tokens are read: the distinction matters for no other word.
 */
function hamzaBelowTokens(tokens: Tokens, original: string, toOriginal: Int32Array): Uint8Array {
  const out = new Uint8Array(tokens.count);
  for (let k = 0; k < tokens.count; k++) {
    // Both words are short: the length test spares a set lookup (and a hash) for most tokens.
    if (tokens.end[k]! - tokens.start[k]! > 3 || !CONDITIONAL_IN.has(tokens.text[k]!)) continue;
    const to = toOriginal[tokens.end[k]!]!;
    for (let o = toOriginal[tokens.start[k]!]!; o < to && out[k] === 0; o++)
      if (original.charCodeAt(o) === 0x625) out[k] = 1;
  }
  return out;
}

/**
 * "محمد علي الحوثي": folding writes the preposition على as علي, the commonest given name. A علي
 * written with ي (على keeps its ى) right after a word a name goes on from is the name: its token
 * is respelled so that no rule takes it for the preposition.
 */
function markAliNames(tokens: Tokens, original: string, toOriginal: Int32Array): void {
  for (let k = 1; k < tokens.count; k++) {
    if (tokens.text[k] !== 'علي' || !AR_ALI_NAME_LEADS.has(tokens.text[k - 1]!)) continue;
    if (original.charCodeAt(toOriginal[tokens.end[k]! - 1]!) === 0x64a) tokens.text[k] = AR_ALI_NAME;
  }
}

/** A clause of the sentence opens with a word carrying a pronoun suffix (ووصفها، ورفضه). */
// An elided subject refers to the holder of the previous sentence ("وأضاف …" chains aside):
// after a sentence about something else, a narrative or a subheading, it no longer does.
const MAX_HOLDER_AGE = 0;

/**
 * The sentence goes on with the current speaker: it opens with a verb continuing him, or it is
 * his words quoted throughout ("قال العبادي … . "نحن ملتزمون بالإصلاح". وأضاف …").
 */
function keepsSpeaker(
  tokens: Tokens,
  sentence: Sentence,
  mentions: readonly Mention[],
  quotedRuns: Int32Array | undefined,
): boolean {
  return continuesSpeaker(tokens, sentence, mentions) || quotedThroughout(quotedRuns, sentence);
}

/** "وأضاف أن …", "وتابع …": the sentence opens with a verb that continues the current speaker. */
function continuesSpeaker(tokens: Tokens, sentence: Sentence, mentions: readonly Mention[]): boolean {
  const hit = lookupArabicCue(tokens.text[sentence.start] ?? '');
  return (
    hit !== undefined &&
    hit.cue.pos === 'verb' &&
    hit.cue.kind !== 'complementizer' &&
    !namesOwnSubject(tokens, sentence.start + 1, sentence.end, mentions)
  );
}

/** The tracked actor a name at token k speaks for: one ending within two tokens before it or covering it, or -1. */
function actorBeside(tokens: Tokens, mentions: readonly Mention[], k: number): number {
  // A nationality beside the name counts only as an official's ("الرئيس الأميركي دونالد
  // ترامب"): "الصحفي السعودي جمال خاشقجي" names a person of that people, who speaks for no one.
  // A name after the person is the object of a verb, not the person's ("وكرر الجبير اتهاماته لإيران"),
  // and one after a preposition is where the office is ("مندوب الكويت لدى الأمم المتحدة منصور العتيبي").
  const beside = mentions.find(
    (m) =>
      m.actor >= 0 &&
      (m.kind !== 'demonym' || m.official) &&
      !AR_PREPOSITIONS.has(tokens.text[m.tokStart - 1] ?? '') &&
      m.tokEnd >= k - 2 &&
      m.tokStart <= (m.kind === 'demonym' ? k + 2 : k),
  );
  if (beside) return beside.actor;
  // "الناطق الرسمي باسم تحالف دعم الشرعية، العقيد تركي المالكي": a name after a title, in an
  // office phrase naming the body a few words before, is that body's official.
  const titled = [k - 1, k - 2].some((j) => j >= 0 && isArabicTitleWord(tokens.text[j]!));
  const body = titled
    ? mentions.find((m) => m.actor >= 0 && m.kind !== 'demonym' && m.tokEnd <= k && m.tokEnd >= k - 8)
    : undefined;
  return body ? body.actor : -1;
}

// Tokens back (a few sentences) within which a name after the verb was named already.
const REPEATED_NAME_SPAN = 300;
// Prepositions and adverbs of time that carry no cue and name no subject.
const NON_SUBJECT_WORDS = new Set([
  'خلال',
  'امام',
  'عقب',
  'بعد',
  'قبل',
  'اثناء',
  'كذلك',
  'مساء',
  'صباح',
  'امس',
]);

/**
 * "قال أليستر بيرت، وزير …، إنه …", "وقالت الصحيفة إن …": in a sentence naming no actor, the
 * word after the opening verb is a subject of its own (a name or a plain definite noun), so the
 * sentence has a new speaker we do not track, not the current one; statement nouns (البيان),
 * offices and titles (المتحدث، الشيخ) may still be the current holder's voice.
 */
function namesOwnSubject(tokens: Tokens, j: number, end: number, mentions: readonly Mention[]): boolean {
  return subjectWordAt(tokens, j, end) && repeatedOfficial(tokens, j, mentions) < 0;
}

/**
 * "قال الرئيس الأميركي دونالد ترامب … وقال ترامب": the actor a name at j, repeated from a few
 * sentences before where it stood beside an actor we track (his office's nationality), speaks
 * for; -1 if none.
 */
function repeatedOfficial(tokens: Tokens, j: number, mentions: readonly Mention[]): number {
  const w = tokens.text[j]!;
  for (let k = Math.max(0, j - REPEATED_NAME_SPAN); k < j - 1; k++) {
    if (tokens.text[k] !== w) continue;
    const actor = actorBeside(tokens, mentions, k);
    if (actor >= 0) return actor;
  }
  return -1;
}

/** The word at j may be a subject: not a complement, an adverb, a particle, a statement noun or an office. */
function subjectWordAt(tokens: Tokens, j: number, end: number): boolean {
  if (j >= end || !tokens.isWord[j]) return false;
  const w = tokens.text[j]!;
  // "وقال لوكالة …", "وأضاف مجددا", "وقال خلال …": a complement or an adverb, no subject.
  if (w.length < 3 || /^(ل|ب)|ا$/.test(w) || lookupArabicCue(w) !== undefined) return false;
  return !(
    AR_PARTICLES.has(w) ||
    TIME_WORDS.has(w) ||
    STATEMENT_NOUNS.has(w) ||
    NON_SUBJECT_WORDS.has(w) ||
    isOfficeWord(w, 'ar') ||
    isArabicTitleWord(w) ||
    isInstitutionHead(w, 'ar')
  );
}

function opensWithPronounVerb(tokens: Tokens, sentence: Sentence): boolean {
  for (let k = sentence.start; k < sentence.end; k++) {
    const opens = k === sentence.start || tokens.isWord[k - 1] === 0;
    if (opens && tokens.isWord[k] === 1 && tokens.text[k]!.length >= 4 && /(ه|ها|هم)$/.test(tokens.text[k]!))
      return true;
  }
  return false;
}

function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

/** Folded offset of the story after its dateline ("دبي، الإمارات العربية المتحدة (CNN)--"). */
function bodyStart(original: string, norm: NormalizedText): number {
  const end = datelineLength(original);
  if (end === 0) return 0;
  let i = 0;
  while (i < norm.toOriginal.length && norm.toOriginal[i]! < end) i++;
  return i;
}

export function extractStatements(compiled: CompiledCodebook, article: ArticleInput): Statement[] {
  if (!article || typeof article.text !== 'string')
    throw new ArticleInputError('article.text must be a string');
  if (typeof article.id !== 'string') throw new ArticleInputError('article.id must be a string');
  const original = article.text;
  const lang = resolveLanguage(article.lang, original);
  const norm = normalizeText(original);
  const tokens = tokenize(norm.text);
  if (lang === 'ar') markAliNames(tokens, original, norm.toOriginal);
  const date = articleDate(article.published_at);
  const {
    mentions: found,
    countries,
    marks,
  } = findMentions(compiled, original, norm, tokens, lang, date, bodyStart(original, norm));
  if (found.length === 0) return [];
  const capitalized = lang === 'en' ? capitalizedTokens(tokens, original, norm.toOriginal) : undefined;
  const named = capitalized
    ? addTitledSurnames(
        tokens,
        withoutCountriesInNames(
          compiled,
          tokens,
          withoutOtherBodiesHeads(tokens, withoutOtherStatesForces(compiled, tokens, found), capitalized),
          capitalized,
        ),
        capitalized,
      )
    : found;
  const sentences = splitSentences(tokens);
  const storyMentions = withinNamedCountries(
    compiled,
    countries,
    addGovernmentWords(
      compiled,
      tokens,
      norm.text,
      sentences,
      addKingdomHeads(
        compiled,
        tokens,
        norm.text,
        addBareHeads(
          compiled,
          tokens,
          addOfficialPersons(
            compiled,
            tokens,
            addBareTitles(
              compiled,
              tokens,
              addCountryPronouns(compiled, tokens, named, lang),
              lang,
              date,
              capitalized,
            ),
          ),
          lang,
        ),
        marks,
        lang,
      ),
      marks,
      lang,
      capitalized,
    ),
  );

  // Tracked persons introduced as officials of a tracked body speak for it; not for a state, a
  // government or a party, whose heads and members speak for themselves ("Syrian regime leader
  // Bashar al-Assad", a list's leader in an election).
  const kindOf = (a: number): string | undefined => compiled.codebook.actors[a]?.kind;
  const officeBodies = introducedOffices(
    tokens,
    storyMentions,
    capitalized,
    (a) => kindOf(a) === 'person',
    (a) => !NO_OFFICE_BODIES.has(kindOf(a) ?? 'person'),
  );
  const hyphenated = lang === 'en' ? hyphenatedTokens(tokens, original, norm.toOriginal) : undefined;
  const hamzaBelow = lang === 'ar' ? hamzaBelowTokens(tokens, original, norm.toOriginal) : undefined;
  const listed = outsideLinkLists(storyMentions, tokens, sentences, lang, capitalized);
  const mentions =
    lang === 'en'
      ? withForcePronouns(
          compiled,
          tokens,
          sentences,
          withLeaderPairs(compiled, tokens, sentences, withoutOthersActs(compiled, tokens, listed)),
        )
      : withSourceAnaphors(
          compiled,
          tokens,
          sentences,
          withLatterAnaphors(
            compiled,
            tokens,
            sentences,
            withLeaderPairs(compiled, tokens, sentences, listed, 'ar'),
          ),
        );
  const spans = quotationSpans(original, lang);
  const quoted = quotationSpeakers(
    original,
    norm.toOriginal,
    tokens,
    sentences,
    mentions,
    lang,
    spans,
    (a) => kindOf(a) === 'person',
  );
  const quotedRuns = lang === 'ar' ? arabicQuotedRuns(spans, norm.toOriginal, tokens) : undefined;
  // English sentences wholly inside a quotation (attributed or not): their actors are named in
  // someone's words and are no subject a later sentence goes on with.
  const inQuotation =
    lang === 'en' && spans.length > 0
      ? sentencesInQuotations(spans, sentences, tokens, norm.toOriginal)
      : undefined;
  // The holders an elided subject takes in each sentence: the speaker of "وأضاف "…"".
  const elidedHolders: number[][] = [];
  const raw: RawStatement[] = [];
  let previousHolders: number[] = [];
  // The sentence from which the current previousHolders hold (for their age).
  let agedHolders = previousHolders;
  let holdersSince = 0;
  // The speaker who opened a sentence before: a tracked official's actor, or -1 for one we do not track.
  let speaker: number | undefined;
  // Arabic sentences since the holders were named (clauses continuing a speaker aside).
  let holderAge = 0;
  let recentTopic: { mention: Mention; sentence: number } | undefined;
  // Head word → the topic mention named in full with it so far (null once two topics were).
  const topicHeads = new Map<string, Mention | null>();
  // Mention index per token, filled sentence by sentence: one buffer per article, because a
  // typed array per sentence costs more to allocate than the sentence costs to fill.
  let mentionIndex: Int32Array | undefined;
  let mi = 0;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    const inSentence: Mention[] = [];
    while (mi < mentions.length && mentions[mi]!.tokStart < sentence.end) {
      if (mentions[mi]!.tokStart >= sentence.start) inSentence.push(mentions[mi]!);
      mi++;
    }
    // "وقال نعيم قاسم إن … . وأضاف …": the elided subject is the speaker who opened a sentence
    // before, an untracked one holding nothing.
    const continuing: boolean =
      speaker !== undefined && continuesOpeningSpeaker(tokens, sentence, mentions, lang);
    if (continuing) {
      previousHolders = speaker! >= 0 ? [speaker!] : [];
      holderAge = 0;
    } else speaker = openingSpeaker(tokens, sentence, inSentence, mentions, lang, capitalized);
    // (Every assignment makes a new array, so a new reference is a new set of holders.)
    if (previousHolders !== agedHolders) [agedHolders, holdersSince] = [previousHolders, si];
    elidedHolders.push(holderAge <= MAX_HOLDER_AGE ? previousHolders : []);
    const recent = recentTopic && si - recentTopic.sentence <= 2 ? recentTopic.mention : undefined;
    if (recent || topicHeads.size > 0)
      addAnaphora(tokens, sentence, inSentence, recent, lang, compiled.phraseHeads, topicHeads);
    if (lang === 'ar') nameTopicHeads(tokens, inSentence, topicHeads);
    if (inSentence.length === 0) {
      if (lang === 'ar' && !keepsSpeaker(tokens, sentence, mentions, quotedRuns)) holderAge++;
      else if (lang === 'en' && opensWithUntrackedSpeaker(tokens, sentence, capitalized))
        previousHolders = [];
      continue;
    }
    const previousTopic = recentTopic;
    const lastTopic = inSentence.findLast((m) => m.kind === 'topic' && !m.anaphor);
    if (lastTopic) recentTopic = { mention: lastTopic, sentence: si };
    // Sentences without anything to take a position on only pass their actors on (cheaply),
    // unless a pronoun may stand for the previous sentence's topic phrase (Arabic).
    const pronounCandidate =
      lang === 'ar' &&
      previousTopic?.sentence === si - 1 &&
      inSentence.some((m) => m.kind !== 'topic' && m.actor >= 0) &&
      opensWithPronounVerb(tokens, sentence);
    if (
      !pronounCandidate &&
      !inSentence.some(
        (m) =>
          m.kind === 'topic' ||
          (m.actor >= 0 && (compiled.topicsForActor[m.actor]?.length ?? 0) > 0) ||
          // "Russias intervention": a possessive owner may name its own act (possessedActTopics).
          (lang === 'en' && compiled.actingActors.has(m.actor) && ownerPossessive(tokens, m)),
      )
    ) {
      const firstActor =
        quotedThroughout(quotedRuns, sentence) || inQuotation?.[si] === 1
          ? undefined
          : carriedActor(inSentence, tokens, lang, capitalized);
      if (firstActor) {
        previousHolders = [firstActor.actor];
        holderAge = 0;
      } else if (lang === 'ar' && !keepsSpeaker(tokens, sentence, mentions, quotedRuns)) holderAge++;
      else if (lang === 'en' && opensWithUntrackedGroup(tokens, sentence.start, inSentence))
        previousHolders = [];
      continue;
    }
    mentionIndex ??= new Int32Array(tokens.count);
    const mentionAt = mentionIndex.subarray(sentence.start, sentence.end).fill(-1);
    // (A loop, not forEach: a closure over mentionAt would make V8 allocate a context for every
    // sentence of the story.)
    for (let idx = 0; idx < inSentence.length; idx++) {
      const m = inSentence[idx]!;
      for (let k = m.tokStart; k < m.tokEnd; k++)
        if (mentionAt[k - sentence.start] === -1) mentionAt[k - sentence.start] = idx;
    }
    openHostileWords(compiled, tokens, lang, inSentence, mentionAt, sentence.start);
    const { cues, wordClasses } = annotateCues(
      tokens,
      sentence.start,
      sentence.end,
      lang,
      mentionAt,
      original,
      norm.toOriginal,
    );
    // The finite verb opening a verbal topic phrase is the holder's deed in favour of it.
    // (Both stores run for every mention, most of them leaving the cue as it was: a store reached
    // only in a rare branch has no type feedback and would throw away this function's optimised code.)
    for (const m of inSentence) {
      const at = m.tokStart - sentence.start;
      cues[at] = m.verbal ? VERBAL_DEED : cues[at];
      // "انتهاك الهدنة", "رفض انتهاكات وقف إطلاق النار": a violation of a course of action is an
      // act against it (and composes with the verb governing it), not a judgement of it; before
      // an actor it stays the judgement of an agent ("انتهاكات إسرائيل").
      const k = at - 1;
      if (k >= 0)
        cues[k] =
          lang === 'ar' && m.kind === 'topic' && VIOLATION_NOUNS.has(cues[k]?.cue.lemma ?? '')
            ? VIOLATION_ACT
            : cues[k];
    }
    const input: SentenceInput = {
      compiled,
      tokens,
      lang,
      start: sentence.start,
      end: sentence.end,
      mentions: inSentence,
      mentionAt,
      cues,
      previousHolders:
        holderAge <= MAX_HOLDER_AGE && !(lang === 'ar' && opensImpersonally(tokens, sentence))
          ? previousHolders
          : [],
      previousHoldersAge: si - holdersSince,
      capitalized,
      officeBodies,
      hyphenated,
      hamzaBelow,
      previousTopic: previousTopic?.sentence === si - 1 ? previousTopic.mention : undefined,
      quoteSpeakers: speakersOf(quoted[si], elidedHolders),
      quoteEnd: quoted[si]?.end,
      wordClasses,
      quotedRuns,
    };
    const result = analyzeSentence(input);
    // (Pushed, not spread: see pushAll.)
    pushAll(raw, result.statements);
    if (result.statements.length > 0) {
      againstNamedTargets(compiled, inSentence, result.statements, raw);
      againstHoldersOfGround(compiled, tokens, inSentence, result.statements, raw);
    }
    if (result.statements.length === 0) {
      const subject = carriedActor(inSentence, tokens, lang, capitalized);
      if (subject && !(lang === 'en' && addressedInEnglish(tokens, subject))) {
        const near = readByProximity(input, subject, result.vetoed);
        pushAll(raw, near);
        if (near.length > 0) againstHoldersOfGround(compiled, tokens, inSentence, near, raw);
      }
    }
    holderAge = 0;
    if (result.holders.length > 0) previousHolders = result.holders;
    else if (!quotedThroughout(quotedRuns, sentence) && inQuotation?.[si] !== 1) {
      // Without a clear holder, the first subject-like actor mention carries over.
      const firstActor = carriedActor(inSentence, tokens, lang, capitalized);
      previousHolders = firstActor ? [firstActor.actor] : [];
    }
  }
  // Statements on acts named after their actor ("أطلقت تركيا عملية") reach topics by the act,
  // not by a phrase, so the country scope is checked once more here.
  const scoped = raw.filter((r) => inCountryScope(compiled.topicSettings[r.topic], countries));
  return toStatements(compiled, scoped, original, norm.toOriginal);
}

/**
 * "تنوي فرض عقوبات جديدة على إيران", "لإعادة فرض العقوبات على إيران": the word of a topic phrase
 * that takes a side against an actor named after it behind "على"/"ضد"/"on"/"against" — inside
 * the phrase or right after its end — still governs that actor and what follows it, as it does
 * where no phrase is matched (a longer phrase loses no reading). The mention index leaves that
 * word and the preposition open and points the actor's words to the actor.
 */
function openHostileWords(
  compiled: CompiledCodebook,
  tokens: Tokens,
  lang: Language,
  inSentence: readonly Mention[],
  mentionAt: Int32Array,
  start: number,
): void {
  for (let i = 0; i < inSentence.length; i++) {
    const phrase = inSentence[i]!;
    if (phrase.kind !== 'topic' || phrase.tokEnd - phrase.tokStart < 2) continue;
    let object = -1;
    for (let j = i + 1; j < inSentence.length && object < 0; j++) {
      const m = inSentence[j]!;
      if (m.tokStart > phrase.tokEnd + 1) break;
      if (
        m.kind !== 'topic' &&
        m.actor >= 0 &&
        m.tokStart > phrase.tokStart + 1 &&
        TARGET_PREPS.has(tokens.text[m.tokStart - 1]!) &&
        (compiled.topicsForActor[m.actor]?.length ?? 0) > 0
      )
        object = j;
    }
    if (object < 0) continue;
    const m = inSentence[object]!;
    let k = Math.min(m.tokStart - 2, phrase.tokEnd - 1);
    while (k >= phrase.tokStart && !(tokens.isWord[k] && isHostileCue(tokens, k, lang))) k--;
    // "العقوبات على إيران", "the sanctions on Iran": a phrase headed by the hostile noun names the
    // act, which the phrase's own statement carries to the actor (againstNamedTargets); an act
    // inside the phrase ("فرض عقوبات"), or an indefinite one ("ضربات جوية على سوريا"), is done.
    if (k < phrase.tokStart || (k === phrase.tokStart && definiteAt(tokens, k, lang))) continue;
    // "برفع العقوبات على إيران", "تخفيف العقوبات": an act lifted or eased is not done.
    if (k > start && liftingWord(tokens, k - 1, lang)) continue;
    for (let j = k; j < m.tokStart; j++) if (mentionAt[j - start] === i) mentionAt[j - start] = -1;
    for (let j = m.tokStart; j < m.tokEnd; j++) mentionAt[j - start] = object;
  }
}

// Verbal nouns that undo an act ("رفع العقوبات", "lifting sanctions").
const AR_LIFTING = /^[وف]?[بل]?(رفع|تخفيف|تعليق|تجميد|ازاله|الغاء|وقف|انهاء|تخفيض)$/;
const EN_LIFTING = new Set([
  'lifting',
  'lift',
  'easing',
  'ease',
  'suspending',
  'suspension',
  'ending',
  'end',
  'removing',
  'removal',
  'relief',
  'waiving',
  'waiver',
]);

/** The word at k undoes the act after it. */
function liftingWord(tokens: Tokens, k: number, lang: Language): boolean {
  const w = tokens.text[k]!;
  if (lang === 'en')
    return EN_LIFTING.has(w) || (w === 'the' && k > 0 && EN_LIFTING.has(tokens.text[k - 1]!));
  return AR_LIFTING.test(w);
}

/** "العقوبات", "والعقوبات", "للعقوبات", "the sanctions": the word at k is written with the article. */
function definiteAt(tokens: Tokens, k: number, lang: Language): boolean {
  return lang === 'ar' ? AR_DEFINITE.test(tokens.text[k]!) : k > 0 && tokens.text[k - 1] === 'the';
}

/**
 * The first subject-like actor of a sentence, which an elided subject in the next one refers
 * to: not an actor after a preposition ("غطاء لإسرائيل"), and none when an official or body we
 * do not track comes first ("قال وزير الخارجية الفلسطيني …").
 */
/**
 * "The group emerged from Al-Qaeda … It has been battling rival rebels": a sentence whose subject
 * is a group we do not track becomes what the next "It"/"They" means, not the holder before it.
 */
function opensWithUntrackedGroup(tokens: Tokens, start: number, inSentence: readonly Mention[]): boolean {
  if (tokens.text[start] !== 'the' || !UNTRACKED_GROUP_HEADS.has(tokens.text[start + 1] ?? '')) return false;
  return !inSentence.some((m) => m.tokStart <= start + 1 && m.tokEnd > start);
}

/**
 * "The DeirEzzor 24 monitoring group said …. Among those killed were …, it said, blaming X": a
 * sentence with no tracked actor whose subject is a named body we do not track (a capitalised
 * word after the first) and whose verb is "said/reported/told" introduces the speaker that the
 * next sentence's "it"/"they" refers to, not the holder named before.
 */
function opensWithUntrackedSpeaker(tokens: Tokens, sentence: Sentence, capitalized?: Uint8Array): boolean {
  return untrackedSpeakerVerb(tokens, sentence, capitalized) >= 0;
}

/** The "said/told" after a capitalised subject opening the sentence, or -1. */
function untrackedSpeakerVerb(tokens: Tokens, sentence: Sentence, capitalized?: Uint8Array): number {
  let named = false;
  for (let j = sentence.start; j < sentence.end && j <= sentence.start + 7; j++) {
    if (!tokens.isWord[j]) return -1;
    const w = tokens.text[j]!;
    if (UNTRACKED_SPEAKER_VERBS.has(w)) return named ? j : -1;
    if (j > sentence.start && capitalized?.[j] === 1) named = true;
  }
  return -1;
}

/**
 * "وأضاف أن …", "وقال: …", "He added …", "…, she said": the sentence goes on with the speaker of
 * the one before as its elided or pronoun subject.
 */
function continuesOpeningSpeaker(
  tokens: Tokens,
  sentence: Sentence,
  mentions: readonly Mention[],
  lang: Language,
): boolean {
  if (lang === 'ar') {
    const j = sentence.start + 1;
    return (
      opensWithVerb(tokens, sentence) &&
      !mentions.some((m) => m.tokStart === j) &&
      elidedSubjectAt(tokens, j, sentence.end)
    );
  }
  for (let j = sentence.start; j < sentence.end - 1; j++) {
    if (!EN_PERSON_PRONOUNS.has(tokens.text[j]!)) continue;
    const opens = j === sentence.start || !tokens.isWord[j - 1];
    if (opens || EN_PAST_SPEECH.has(tokens.text[j + 1]!) || tokens.text[j + 1] === 'added') return true;
  }
  return false;
}

/** The Arabic sentence opens with a verb of the cue lexicon (a reporting verb such as قال، أضاف، أكد), not a complementizer. */
function opensWithVerb(tokens: Tokens, sentence: Sentence): boolean {
  const hit = lookupArabicCue(tokens.text[sentence.start] ?? '');
  return hit !== undefined && hit.cue.pos === 'verb' && hit.cue.kind !== 'complementizer';
}

/**
 * "وأضاف: …", "وأضاف أن …", "وأشار إلى …", "وتابع قائلا …", "وصرحت للصحفيين …": what follows the
 * verb at j is punctuation, a complementizer, a preposition, an adverb or a complement, not a
 * subject of its own.
 */
function elidedSubjectAt(tokens: Tokens, j: number, end: number): boolean {
  if (j >= end || !tokens.isWord[j]) return true;
  const w = tokens.text[j]!;
  return (
    /^(ل|ب)|ا$/.test(w) ||
    lookupArabicCue(w)?.cue.kind === 'complementizer' ||
    AR_PREPOSITIONS.has(w) ||
    AR_PARTICLES.has(w) ||
    TIME_WORDS.has(w) ||
    NON_SUBJECT_WORDS.has(w)
  );
}

/**
 * "وقال نعيم قاسم، نائب الأمين العام لحزب الله، إن …", "Rebel commander Abu Ali said Russia …":
 * a sentence whose subject, opening it, is a person we do not track (-1) makes that person what
 * the next sentence's elided subject ("وأضاف …", "He added") means, not an actor named later in
 * it; "وكرر الجبير …" after "وزير الخارجية السعودي عادل الجبير" makes it the actor he speaks for.
 */
function openingSpeaker(
  tokens: Tokens,
  sentence: Sentence,
  inSentence: readonly Mention[],
  mentions: readonly Mention[],
  lang: Language,
  capitalized?: Uint8Array,
): number | undefined {
  if (lang === 'en') {
    // A capitalised name right before "said"/"told" ("Following Wednesdays reports" is no speaker).
    const verb = untrackedSpeakerVerb(tokens, sentence, capitalized);
    const untracked =
      verb > sentence.start &&
      EN_PAST_SPEECH.has(tokens.text[verb]!) &&
      capitalized?.[verb - 1] === 1 &&
      !inSentence.some((m) => m.tokStart < verb);
    return untracked ? -1 : undefined;
  }
  if (!opensWithVerb(tokens, sentence)) return undefined;
  const j = sentence.start + 1;
  // A tracked actor or a topic right after the verb is read by the rules; "ذلك" is no speaker.
  const named = inSentence.find((m) => m.tokStart <= j && m.tokEnd > j);
  if ((named && (named.actor >= 0 || named.kind === 'topic')) || AR_DEMONSTRATIVES.has(tokens.text[j] ?? ''))
    return undefined;
  if (!subjectWordAt(tokens, j, sentence.end)) return undefined;
  const official = repeatedOfficial(tokens, j, mentions);
  if (official >= 0) return official;
  return trackedInSubject(tokens, j, sentence.end, inSentence) ? undefined : -1;
}

// How many words a reporting verb's subject with its title and apposition may run to.
const SPEAKER_PHRASE_WORDS = 10;

/**
 * "وقال سيرجي لافروف، وزير خارجية روسيا، إن …", "وذكرت وكالة الأنباء السعودية أن …": a tracked
 * actor in the subject phrase (before its complementizer or colon) is the one the speaker speaks for.
 */
function trackedInSubject(tokens: Tokens, j: number, end: number, inSentence: readonly Mention[]): boolean {
  const last = Math.min(end, j + SPEAKER_PHRASE_WORDS);
  let k = j;
  while (
    k < last &&
    tokens.text[k] !== ':' &&
    lookupArabicCue(tokens.text[k]!)?.cue.kind !== 'complementizer'
  )
    k++;
  return inSentence.some((m) => m.actor >= 0 && m.tokStart < k && m.tokEnd > j);
}

const UNTRACKED_SPEAKER_VERBS = new Set(['said', 'says', 'reported', 'reports', 'told']);
const EN_PAST_SPEECH = new Set(['said', 'says', 'told']);

const UNTRACKED_GROUP_HEADS = new Set([
  'group',
  'organisation',
  'organization',
  'militia',
  'movement',
  'faction',
]);

// Verbs whose object is the audience: "told the Security Council", "urged Russia".
const EN_AUDIENCE_VERBS = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'urged',
  'urges',
  'urge',
  'urging',
  'briefed',
  'briefing',
  'addressed',
  'addressing',
]);
// Verbs and nouns whose audience follows "to" or "on": "appealed to the UN", "a letter to", "called on".
const EN_AUDIENCE_BEFORE_TO = new Set([
  'appealed',
  'appeal',
  'appeals',
  'appealing',
  'wrote',
  'writes',
  'letter',
  'letters',
  'called',
  'calls',
  'calling',
  'call',
  'spoke',
  'speaking',
]);

/**
 * "Ambassador Rycroft told the UN Security Council …", "Jundi appealed to the United Nations to
 * …": the first actor of a sentence is the audience of someone we do not track, not its
 * subject, so the fallback has no holder there.
 */
function addressedInEnglish(tokens: Tokens, m: Mention): boolean {
  let j = m.tokStart - 1;
  if (tokens.text[j] === 'the') j--;
  const w = tokens.text[j] ?? '';
  if (EN_AUDIENCE_VERBS.has(w)) return true;
  return (w === 'to' || w === 'on' || w === 'upon') && EN_AUDIENCE_BEFORE_TO.has(tokens.text[j - 1] ?? '');
}

/** The speakers of a quotation, those of an elided subject resolved. */
function speakersOf(
  quoted: QuotedSentence | undefined,
  elidedHolders: readonly number[][],
): number[] | undefined {
  if (quoted === undefined) return undefined;
  const { speakers } = quoted;
  return Array.isArray(speakers) ? speakers : elidedHolders[speakers.elidedIn];
}

/**
 * "ذكر غابرييل أن … . "وقد حال الاتفاق النووي دون تزود إيران بالسلاح النووي". دعا الولايات
 * المتحدة إلى …": a sentence quoted from start to end is someone's words, and the names inside
 * it are what he speaks of, not who speaks next: the holder before it goes on past it.
 */
/** 1 for each sentence that starts and ends inside one quotation span (original offsets). */
function sentencesInQuotations(
  spans: readonly Span[],
  sentences: readonly Sentence[],
  tokens: Tokens,
  toOriginal: Int32Array,
): Uint8Array {
  const inside = new Uint8Array(sentences.length);
  let i = 0;
  for (let si = 0; si < sentences.length; si++) {
    const { start, end } = sentences[si]!;
    if (end <= start) continue;
    const from = toOriginal[tokens.start[start]!]!;
    const to = toOriginal[tokens.end[end - 1]! - 1]!;
    while (i < spans.length && spans[i]!.close < from) i++;
    for (let j = i; j < spans.length && spans[j]!.open < from; j++) if (spans[j]!.close >= to) inside[si] = 1;
  }
  return inside;
}

function quotedThroughout(quotedRuns: Int32Array | undefined, sentence: Sentence): boolean {
  const last = quotedRuns?.[sentence.start] ?? -1;
  return last >= sentence.end - 2;
}

function carriedActor(
  inSentence: readonly Mention[],
  tokens: Tokens,
  lang: string,
  capitalized?: Uint8Array,
): Mention | undefined {
  for (const m of inSentence) {
    if (m.kind === 'topic' || m.modifier) continue;
    // "أكمل دراساته في باريس", "في البصرة جنوبي العراق": a place after a separate preposition
    // or a locative noun is no subject either.
    const before = m.tokStart > 0 ? tokens.text[m.tokStart - 1]! : '';
    // "ووجهت كل من الولايات المتحدة وبريطانيا …": "كل من" lists subjects; من is no preposition there.
    // ("في كل من العراق وسوريا" still names places.)
    const eachOf =
      before === 'من' &&
      EACH_OF.has(tokens.text[m.tokStart - 2] ?? '') &&
      !AR_PREPOSITIONS.has(tokens.text[m.tokStart - 3] ?? '');
    const place = lang === 'ar' && !eachOf && (AR_PREPOSITIONS.has(before) || LOCATIVE.has(before));
    // "بوتين، حليف بشار الأسد، …": the one a relation noun relates to is no subject.
    if (lang === 'ar' && RELATIONAL_AR.has(withoutConjunction(before))) continue;
    // "شركائنا في المجموعة المصغرة (الولايات المتحدة وبريطانيا …)": names in parentheses gloss
    // the noun before them and share its place; after a preposition they are no subject.
    // ("اللجنة الرباعية (السعودية والإمارات …)" still names the speakers.)
    if (lang === 'ar' && glossOfPrepositionalNoun(tokens, m.tokStart)) continue;
    if (m.actor < 0) {
      if ((m.kind === 'name' || m.official) && !place) return undefined;
      continue;
    }
    // "a former Hezbollah official": the body is no longer the speaker's, nor the subject.
    if (lang === 'en' && pastOfficeOf(tokens.text, m)) return undefined;
    if ((m.kind === 'name' || m.kind === 'role') && !m.afterPreposition && !place) return m;
    // "Turkish Foreign Minister Mevlut Cavusoglu met Kerry … . He condemned …": an official
    // who speaks for a state, as the subject, is what "he" then means; the object after him is not.
    // (Not in a run-on headline, "Turkish Army Seizes Armed Insurgent at …", whose capitalised
    // verb follows the office word.)
    if (lang === 'en' && m.kind === 'demonym' && m.official && !m.people && !m.afterPreposition)
      return capitalized?.[m.tokEnd] === 1 &&
        lookupEnglishCue(tokens.text[m.tokEnd]!, tokens.text[m.tokEnd + 1])
        ? undefined
        : m;
  }
  return undefined;
}

/**
 * Token k stands inside a parenthesis (no closing one between) opened right after a noun phrase
 * that follows a separate-word preposition ("في المجموعة المصغرة (…").
 */
function glossOfPrepositionalNoun(tokens: Tokens, k: number): boolean {
  let open = -1;
  for (let j = k - 1; j >= Math.max(0, k - PARENTHESIS_REACH) && open < 0; j--) {
    const w = tokens.text[j];
    if (w === '(') open = j;
    else if (w === ')' || (!tokens.isWord[j] && w !== ',')) return false;
  }
  for (let j = open - 1; j >= Math.max(0, open - GLOSSED_NOUN_WORDS); j--) {
    if (!tokens.isWord[j]) return false;
    const w = tokens.text[j]!;
    if (AR_PREPOSITIONS.has(w) || AR_PREPOSITIONS.has(withoutConjunction(w))) return true;
  }
  return false;
}

/** How far back a parenthesis may open before a name inside it. */
const PARENTHESIS_REACH = 12;
/** How many words a glossed noun phrase (after its preposition) may have. */
const GLOSSED_NOUN_WORDS = 4;

// Prepositions written as separate words (folded: على → علي, إلى → الي).
const AR_PREPOSITIONS = new Set([
  'في',
  'من',
  'الي',
  'علي',
  'عن',
  'مع',
  'حول',
  'بين',
  'لدي',
  'نحو',
  'عبر',
  'خلال',
  'منذ',
  'ضد',
  'بشان',
  'تجاه',
  'ازاء',
  'امام',
  'عند',
  'دون',
  'بدون',
]);

/**
 * "دعت فرنسا إلى فرض العقوبات على إيران", "backed military strikes against Syria": endorsing a
 * topic phrase's act against an actor named inside it (the mention `findMentions` keeps nested
 * in the phrase) also opposes that actor.
 */
function againstNamedTargets(
  compiled: CompiledCodebook,
  mentions: readonly Mention[],
  statements: readonly RawStatement[],
  out: RawStatement[],
): void {
  for (let i = 1; i < mentions.length; i++) {
    const target = mentions[i]!;
    if (target.start >= mentions[i - 1]!.end || target.actor < 0) continue;
    const topic = compiled.topicsForActor[target.actor]?.[0];
    if (topic === undefined) continue;
    for (let j = i - 1; j >= 0 && mentions[j]!.end >= target.end; j--) {
      const phrase = mentions[j]!;
      if (phrase.kind !== 'topic') continue;
      for (const st of statements) {
        const endorses = (st.stance === 'support') === (phrase.polarity === 1) && st.stance !== 'neutral';
        if (st.topic !== phrase.topic || !endorses || st.actor === target.actor) continue;
        if (st.start > phrase.start || st.end < phrase.end) continue;
        out.push({
          actor: st.actor,
          topic,
          stance: 'oppose',
          confidence: st.confidence,
          start: st.start,
          end: st.end,
        });
      }
    }
  }
}

/**
 * "الحسم العسكري لتحرير مدينة الحديدة من ميليشيات الحوثي": endorsing a topic phrase that names
 * the taking of ground ("تحرير الحديدة", "liberation of Mosul") also opposes the actor it is taken
 * from, named right after it with "من"/"from" (or "من قبضة/أيدي"). The phrase holds the taking
 * word, which so reads no target of its own.
 */
function againstHoldersOfGround(
  compiled: CompiledCodebook,
  tokens: Tokens,
  mentions: readonly Mention[],
  statements: readonly RawStatement[],
  out: RawStatement[],
): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const phrase = mentions[i]!;
    if (phrase.kind !== 'topic' || phrase.polarity !== 1) continue;
    let j = phrase.tokEnd;
    if (tokens.text[j] !== 'من' && tokens.text[j] !== 'from') continue;
    const first = tokens.text[phrase.tokStart]!;
    const cue = /^[a-z]/.test(first) ? undefined : lookupArabicCue(first)?.cue;
    if (!(cue ? takesOnlyFrom(cue) : LIBERATION_WORDS.has(first))) continue;
    j++;
    if (AR_GRIP_WORDS.has(tokens.text[j]!) || tokens.text[j] === 'the') j++;
    const held = mentions[i + 1]!;
    if (held.tokStart !== j || held.kind === 'topic' || held.actor < 0) continue;
    const topic = compiled.topicsForActor[held.actor]?.[0];
    if (topic === undefined) continue;
    for (const st of statements) {
      if (st.topic !== phrase.topic || st.stance !== 'support' || st.actor === held.actor) continue;
      if (st.start > phrase.start || st.end < phrase.end) continue;
      out.push({ ...st, topic, stance: 'oppose', end: Math.max(st.end, held.end) });
    }
  }
}

// English nouns of taking ground ("the liberation of Mosul from ISIS").
const LIBERATION_WORDS = new Set(['liberation', 'liberating', 'recapture', 'recapturing']);

function toStatements(
  compiled: CompiledCodebook,
  raw: RawStatement[],
  original: string,
  toOriginal: Int32Array,
): Statement[] {
  const best = new Map<string, RawStatement>();
  for (const r of raw) {
    const key = `${r.actor}\t${r.topic}\t${r.stance}`;
    const prev = best.get(key);
    if (!prev || r.confidence > prev.confidence || (r.confidence === prev.confidence && r.start < prev.start))
      best.set(key, r);
  }
  const sorted = [...best.values()].sort(
    (a, b) => a.start - b.start || a.actor - b.actor || a.topic - b.topic,
  );
  // Filled by push: map() gives an array of another elements kind once it runs optimised, and the
  // callers' optimised code (the CLI's formatPrediction) was thrown away on the change of map.
  const out: Statement[] = [];
  for (const r of sorted) {
    const start = toOriginal[r.start]!;
    let end = toOriginal[r.end - 1]! + 1;
    while (end < original.length && isMark(original.charCodeAt(end))) end++;
    out.push({
      actor: compiled.actorIds[r.actor]!,
      topic: compiled.topicIds[r.topic]!,
      stance: r.stance,
      confidence: Math.round(r.confidence * 100) / 100,
      evidence: original.slice(start, end),
      start,
      end,
    });
  }
  return out;
}
