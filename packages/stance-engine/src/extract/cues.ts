// Annotates the tokens of one sentence with cues from the language's lexicon, skipping
// tokens that are part of a codebook mention.
import { makeCue, PRESSED_LEMMA, takesOnlyFrom, tokenCue, type Cue, type TokenCue } from '../lexicon/cue.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import { analyzeArabicToken } from '../lexicon/arabic-cues.js';
import { lookupEnglishCue } from '../lexicon/english-cues.js';
import type { Tokens } from '../text/tokens.js';
import {
  ACT_HEAD_NOUNS,
  EN_DEICTIC_PERIODS,
  EN_MONTHS,
  EN_DENIAL_FORMS,
  EN_DENIED_NOUNS,
  EN_FIRED_AT,
  EN_FIRED_WEAPONS,
  EN_PERIOD_WORDS,
  EN_POSSESSIVE_PRONOUNS,
  EN_POSSESSED_POSITIONS,
  EN_LIGHT_WORDS,
  MANNER_PHRASES,
  RELATIONAL_NOUNS,
  TIME_WORDS,
  AR_COALITION_OWNED,
  AR_MONTHS,
  AR_TRUCE_QUALIFIERS,
} from './word-lists.js';
import type { Language } from '../text/language.js';
import { memoByForm } from '../text/memo.js';
import { ANY_WORD, arabicWordClasses, unionOf } from './word-classes.js';

// After لا: forms of زال ("لا يزال" = still) and سيما ("لا سيما" = especially), folded.
const NOT_NEGATED = /^((ي|ت|ن|ا)?زال(ت|وا|ون|ان|تا)?|سيما)$/;
const NAMELY_PRONOUN = /^وه(و|ي|م|ما)$/;
// Destabilising (folded, with clitics): "السلوك المزعزع للاستقرار", "لزعزعة استقرار المنطقة".
const DESTABILISING = /^(و|ل|ب)?(ال)?(زعزعه|مزعزع|مزعزعه|يزعزع|تزعزع|زعزع|زعزعت)$/;
const STABILITY = /^(و|ل|لل|ال)?استقرار(ها|ه|هم)?$/;

// "يذكر أن …" (folded): "it is mentioned that", the outlet's own background.
const IMPERSONAL_MENTION = new Set(['يذكر', 'ويذكر']);

/**
 * "يذكر أن المغرب قطع علاقاته …، متهما طهران …": a sentence opened by the impersonal "it is
 * mentioned that" gives the outlet's background; the reporting word has no speaker, so the
 * previous holder does not speak there (an active "ويذكر التقرير أن" has its subject between).
 */
function narrationFormula(tokens: Tokens, i: number, start: number): boolean {
  return (
    i === start && IMPERSONAL_MENTION.has(tokens.text[i]!) && /^ان(ه|ها)?$/.test(tokens.text[i + 1] ?? '')
  );
}

export interface AnnotatedSentence {
  /** The cue of each token of the sentence (offset `start`), undefined where none. */
  cues: (TokenCue | undefined)[];
  /** Arabic: the classes of the sentence's words, mentions included (word-classes.ts); English: ANY_WORD. */
  wordClasses: number;
}

export function annotateCues(
  tokens: Tokens,
  start: number,
  end: number,
  lang: Language,
  /** Mention index per token of the sentence (offset `start`), -1 where none. */
  inMention: Int32Array,
  original: string,
  toOriginal: Int32Array,
): AnnotatedSentence {
  const out: (TokenCue | undefined)[] = new Array(end - start);
  let wordClasses = lang === 'ar' ? 0 : ANY_WORD;
  // The last token of the English multiword cue read last ("spoke out against"): the words it
  // takes in carry no position of their own ("against", "praise").
  let phraseEnd = -1;
  for (let i = start; i < end; i++) {
    if (!tokens.isWord[i]) continue;
    if (inMention[i - start]! >= 0) {
      // A mention's words take no cue, but their classes count (a topic phrase may hold an act noun).
      if (lang === 'ar') wordClasses |= readArabicForm(tokens.text[i]!).classes;
      continue;
    }
    const word = tokens.text[i]!;
    if (lang === 'ar') {
      const { hit: lexical, forms, classes } = readArabicForm(word);
      wordClasses |= classes;
      if (
        (forms & BELONGING && belongingAdjective(tokens, i, end)) ||
        (forms & DEFENCE && defenceInstitution(tokens, i, start, end, inMention)) ||
        (forms & COOPERATION && cooperationInstitution(tokens, i, start))
      )
        continue;
      const hit =
        victoryCue(tokens, i, end) ??
        greenLightCue(tokens, i, start, end) ??
        allianceWithCue(tokens, i, start, end) ??
        blameCue(tokens, i, end, forms) ??
        eliminateCue(tokens, i, end) ??
        aggressionCue(tokens, i, end, forms) ??
        campaignOnCue(tokens, i, end, forms) ??
        opposedToCue(tokens, i, start, end, inMention, forms) ??
        sloganCue(tokens, i, start, end, inMention) ??
        warOnCue(tokens, i, start, end, forms) ??
        battleWithCue(tokens, i, start, end, forms) ??
        standWithCue(tokens, i, start, end, inMention, forms) ??
        orderCue(tokens, i, start, end, inMention, forms) ??
        approvalCue(tokens, i, start, end, inMention, forms) ??
        signingCue(tokens, i, start, end, inMention, forms) ??
        reachedPactCue(tokens, i, start, end, inMention, forms) ??
        liftCue(tokens, i, start, end, out, forms) ??
        concernCue(tokens, i, start, end, inMention, lexical, forms) ??
        goodRelationsCue(tokens, i, start, end, inMention, forms) ??
        legitimacyCue(tokens, i, start, end, forms) ??
        pressedToActCue(tokens, i, start, end, inMention, lexical) ??
        lexical ??
        fireCue(tokens, i, start, out) ??
        projectileCue(tokens, i, start, out, forms);
      // (The tests that set a cue aside run in a function of their own: the calls only a rare
      // word reaches would otherwise throw this function's optimised code away on their first use.)
      if (
        hit &&
        arabicCueSetAside(tokens, i, start, end, hit, lexical, forms, out, inMention, original, toOriginal)
      )
        continue;
      if (hit) out[i - start] = hit;
      continue;
    }
    // "Iran-backed", "Saudi-led": a hyphenated modifier is a label, not a position.
    const o = toOriginal[tokens.start[i]!]!;
    if (o > 0 && original.charCodeAt(o - 1) === 0x2d) continue;
    if (modifiesCompound(original, o + word.length)) continue;
    if (bracketedGloss(original, o)) continue;
    if (word === 't' && i > start && tokens.text[i - 1]!.endsWith('n')) {
      out[i - start] = NOT_CUE;
      continue;
    }
    let next: string | undefined;
    for (let j = i + 1; j < end; j++) {
      if (tokens.isWord[j]) {
        next = tokens.text[j];
        break;
      }
    }
    // "warned against", "fought against": the particle belongs to the verb before it.
    const prevCue = i > start ? out[i - 1 - start]?.cue : undefined;
    if (word === 'against' && prevCue && prevCue.kind === 'stance' && prevCue.pos === 'verb') continue;
    // "an ISIS fighting position", "reconnaissance position for al-Nusra": ground held in war.
    if (word === 'position' && i > start && MILITARY_POSITION_WORDS.has(tokens.text[i - 1]!)) continue;
    if (MILITARY_POSITION_WORDS.has(word) && (next === 'position' || next === 'positions')) continue;
    // "crimes against humanity": the name of a crime, no side taken against what follows.
    if (word === 'against' && next === 'humanity') continue;
    // "launched strikes in support of X": the purpose phrase is a noun sharing the verb's holder.
    // Only after an act or a verb: "a rally in support of X" is the rally's cause, not the agent's.
    if (
      IN_FAVOUR_NOUNS.has(word) &&
      i - 1 > start &&
      tokens.text[i - 1] === 'in' &&
      next === 'of' &&
      supportedAct(tokens, i - 2, start)
    ) {
      out[i - start] = tokenCue(makeCue({ ...IN_SUPPORT_CUE, lemma: word }));
      continue;
    }
    // "announced a ceasefire", "declared the end of the truce": announcing an act with a noun
    // object (not a that-clause) is the announcer's deed.
    if (ANNOUNCE_FORMS.has(word) && next !== undefined && EN_ARTICLES.has(next)) {
      out[i - start] = tokenCue(declaredOver(tokens, i, end) ? ENDED_ACT_CUE : ANNOUNCED_ACT_CUE);
      continue;
    }
    // "the regime and its (Russian) allies": a relation noun joined by "and" to the one it
    // relates to names a member of the list, not a side taken toward what follows it.
    if (RELATIONAL_NOUNS.has(word) && joinedByAndIts(tokens, i, start)) continue;
    // "blamed the attack on X": the act blamed on someone is named, not done, by the blamer,
    // and "on X" names whom the blame is put on.
    if (blamedActOn(tokens, i, start, end)) continue;
    if (unblamedParticiple(tokens, i, start, end, inMention)) continue;
    // "at the end of last year": the end of a period dates something, it ends nothing.
    if (word === 'end' && next === 'of' && endsPeriod(tokens, i + 2, end, original, toOriginal)) continue;
    // "in May", "on May 12", "12 May 2016": the month, not the modal of a hedge.
    if (word === 'may' && monthMay(tokens, i, start, next)) continue;
    if (PRESSURE_FORMS.has(word)) {
      if (pressedToAct(tokens, i, start, end)) out[i - start] = PRESSURE_CUE;
      continue;
    }
    // "losses in battles with opposition forces": a battle is a clash, whose "with" names the
    // other side.
    if (next === 'with' && BATTLE_NOUNS.has(word)) {
      out[i - start] = tokenCue(CLASH_CUE);
      continue;
    }
    // "Brennan's criticism of Trump": a position owned by a name is that name's alone; the
    // possessed-acts pass reads it when the name is tracked, and no other holder may take it.
    if (EN_POSSESSED_POSITIONS.has(word) && ownedByName(tokens, i, start, original, toOriginal)) continue;
    const cue =
      pactMadeCue(tokens, i, start, end) ??
      lookupEnglishCue(word, next, tokens.text, i) ??
      holdResponsibleCue(tokens, i, start, end, inMention) ??
      deniedClaimCue(tokens, i, end) ??
      firedWeaponCue(tokens, i, start, end, inMention) ??
      drivenOutCue(tokens, i, start, end, inMention) ??
      takenFromCue(tokens, i, start, end, inMention, original, toOriginal) ??
      sideOfCue(tokens, i, start) ??
      bareBackCue(tokens, i, start);
    // "combat planes", "combat troops": before a unit of a force the word is a modifier, not a deed
    // (unlike "attack", "strike", whose present tense heads headlines: "rebels attack troops").
    if (word === 'combat' && next !== undefined && isOfficeWord(next, 'en')) continue;
    // "capture opposing groups members", "the opposing sides": an adjective naming rivals, no
    // one's position against what follows.
    if (word === 'opposing' && next !== undefined && RIVAL_HEADS.has(next)) continue;
    if (!cue) continue;
    // (A speech word stays one: "the US State Department released a report stating …".)
    if (cue.kind !== 'speech' && wordOfInstitutionName(original, o, word.length)) continue;
    // "condemned the escalating war crimes", "the continued shelling": an aspect verb's
    // participle between a determiner and its noun qualifies the noun; it governs nothing.
    if (attributiveAspect(tokens, i, start, cue)) continue;
    // "amid international outrage at", "sparked outrage over": a reaction of no one named.
    if (UNOWNED_REACTION_NOUNS.has(word) && i > start && UNOWNED_REACTION_LEADS.has(tokens.text[i - 1]!))
      continue;
    if (i <= phraseEnd && (cue.kind === 'stance' || cue.kind === 'evaluative')) continue;
    if (cue.kind === 'stance' && insideProperName(tokens, i, start, end, original, toOriginal)) continue;
    // "the signing off on the agreement": a phrase made a noun by "the" names no one's act.
    if (cue.span! > 1 && i > start && tokens.text[i - 1] === 'the' && word.endsWith('ing')) continue;
    if (cue.span! > 1) phraseEnd = i + cue.span!;
    out[i - start] = tokenCue(cue);
  }
  return { cues: out, wordClasses };
}

// An agreement made binds its parties as agreeing does ("agree" is a mutual lemma).
const PACT_MADE_CUE = makeCue({ kind: 'stance', polarity: 1, strength: 0.7, pos: 'verb', lemma: 'agree' });
// Past forms of making a pact: the base forms are mostly "failed to reach", "hope to sign".
const EN_PACT_MAKING = new Set(['reached', 'struck', 'signed', 'sealed', 'clinched', 'inked', 'concluded']);
const EN_PACTS = new Set([
  'agreement',
  'deal',
  'accord',
  'pact',
  'truce',
  'ceasefire',
  'cease-fire',
  'understanding',
  'memorandum',
  'treaty',
]);
const PACT_SIGNED_CUE = makeCue({ kind: 'stance', polarity: 1, strength: 0.7, pos: 'verb', lemma: 'sign' });
const EN_TRUCE_WORDS = new Set([
  'truce',
  'ceasefire',
  'cease-fire',
  'armistice',
  'evacuation',
  'surrender',
  'swap',
  'prisoner',
  'reconciliation',
]);
const EN_PACT_DETERMINERS = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her']);
const EN_NEGATORS = new Set(['not', 'never', "n't", 'no', 'yet']);

/**
 * "Turkey reached an agreement with Russia on …", "struck a deal with X", "signed a truce":
 * making a pact is agreeing on it, for its parties ("with X") and for what it settles (and
 * "struck" is then no blow). Past forms with a determiner and the pact noun within three words
 * after it; none after a negation ("have not reached a deal").
 */
function pactMadeCue(tokens: Tokens, i: number, start: number, end: number): Cue | undefined {
  if (!EN_PACT_MAKING.has(tokens.text[i]!) || !EN_PACT_DETERMINERS.has(tokens.text[i + 1] ?? ''))
    return undefined;
  let noun = -1;
  for (let j = i + 2; j < end && j <= i + 4; j++)
    if (EN_PACTS.has(tokens.text[j]!)) {
      noun = j;
      break;
    }
  if (noun < 0) return undefined;
  for (let j = i - 1; j >= start && j >= i - 3; j--) if (EN_NEGATORS.has(tokens.text[j]!)) return undefined;
  // "reached a truce", "struck an evacuation deal": a truce settles a fight between enemies, for
  // the truce but no alliance of its parties (as for such deals "between" them).
  // ("an agreement with X on a prisoner swap": the terms may follow the partner.)
  for (let j = i + 2; j < end && j <= noun + 6; j++)
    if (EN_TRUCE_WORDS.has(tokens.text[j]!)) return PACT_SIGNED_CUE;
  return PACT_MADE_CUE;
}

const CLASH_CUE = lookupEnglishCue('clashes', 'with')!;
// Plural heads of sides that "opposing" qualifies as rivals.
const RIVAL_HEADS = new Set([
  'groups',
  'sides',
  'factions',
  'camps',
  'parties',
  'forces',
  'fighters',
  'militias',
  'armies',
  'teams',
  'blocs',
]);
// "battles with X" names the other side whether a noun or a verb. ("fighting with" is left: "is
// fighting with US support" names a means, and its noun readings changed no corpus statement.)
const BATTLE_NOUNS = new Set(['battle', 'battles']);

// Forms of دفع "to pay" (folded, with و/ف/س and the persons news uses).
const PAYING = /^(و|ف)?(س)?(دفع|دفعت|دفعوا|دفعنا|يدفع|تدفع|ندفع|ادفع|يدفعون|تدفعون|يدفعوا|تدفعوا)$/;

/** The Arabic token i (ثمن) stands within three words after a verb of paying: "the price". */
function pricePaid(tokens: Tokens, i: number, start: number): boolean {
  for (let j = i - 1; j >= start && j >= i - 3; j--) if (PAYING.test(tokens.text[j]!)) return true;
  return false;
}

/**
 * The Arabic token i is written with a damma on its first stem letter (after و or ف): a past
 * passive (قُتل، حُرر، أُطلق). Present forms are left alone: يُطلق is also the active of form IV.
 */
function pastPassive(tokens: Tokens, i: number, original: string, toOriginal: Int32Array): boolean {
  let o = toOriginal[tokens.start[i]!]!;
  const to = toOriginal[tokens.end[i]! - 1]!;
  const first = original.charCodeAt(o);
  if ((first === 0x648 || first === 0x641) && original.charCodeAt(o + 1) !== 0x64f) o++;
  const stem = original.charCodeAt(o);
  return (
    o + 1 <= to && stem !== 0x64a && stem !== 0x62a && stem !== 0x646 && original.charCodeAt(o + 1) === 0x64f
  );
}

const DENY_CUE = makeCue({ kind: 'stance', polarity: -1, strength: 0.7, pos: 'verb', lemma: 'deny' });

/**
 * "denied remarks by Iranian officials", "denies the Turkish claims": a denial of what someone
 * said reacts to it (only then: "denied involvement", "denied that …" are the subject's own).
 */
function deniedClaimCue(tokens: Tokens, i: number, end: number): Cue | undefined {
  if (!EN_DENIAL_FORMS.has(tokens.text[i]!)) return undefined;
  for (let j = i + 1; j < end && j <= i + 5; j++) {
    const w = tokens.text[j]!;
    if (EN_DENIED_NOUNS.has(w)) return DENY_CUE;
    if (!tokens.isWord[j] || w === 'that' || w === 'any') return undefined;
  }
  return undefined;
}

const BLAME_FORMS = new Set(['blame', 'blames', 'blamed', 'blaming']);

/**
 * "A car bombing blamed on Daesh killed 26, the Observatory said": "blamed on" right after an
 * untracked noun is a participle naming no blamer, so the blame is nobody's in the sentence (the
 * one who reports the bombing does not blame). After an auxiliary, a relative pronoun or a name
 * ("that Washington blamed on", "was blamed on … by") it is a verb with its subject.
 */
function unblamedParticiple(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
): boolean {
  if (tokens.text[i] !== 'blamed' || i + 1 >= end || tokens.text[i + 1] !== 'on') return false;
  const prev = i - 1;
  if (prev < start || !tokens.isWord[prev] || inMention[prev - start]! >= 0) return false;
  if (!/^[a-z]+$/.test(tokens.text[prev]!) || BLAMER_WORDS.has(tokens.text[prev]!)) return false;
  // "blamed on Daesh by the US": an agent after it names the blamer.
  for (let j = i + 2; j < end && j <= i + 8; j++) if (tokens.text[j] === 'by') return false;
  return true;
}

// Words before "blamed" that make it a finite verb or leave its subject in the clause.
const BLAMER_WORDS = new Set(
  'was were is are been be being has have had also that which who it they he she we i and'.split(' '),
);

/** Token i heads the short object of a blame verb before "on": "blamed (Saturdays) attack on". */
function blamedActOn(tokens: Tokens, i: number, start: number, end: number): boolean {
  if (i + 1 >= end || tokens.text[i + 1] !== 'on') return false;
  for (let j = i - 1; j >= start && j >= i - 3; j--) {
    if (!tokens.isWord[j]) return false;
    if (BLAME_FORMS.has(tokens.text[j]!)) return true;
  }
  return false;
}

/** "and its allies", "and their powerful Russian backers": "and" + a possessive up to two words before i. */
function joinedByAndIts(tokens: Tokens, i: number, start: number): boolean {
  for (let j = i - 1; j > start && j >= i - 3; j--) {
    if (!tokens.isWord[j]) return false;
    if (EN_POSSESSIVE_PRONOUNS.has(tokens.text[j]!)) return tokens.text[j - 1] === 'and';
  }
  return false;
}

/** A period word ("year", "March") within three words from i: "the end of [the] [last] year". */
function endsPeriod(
  tokens: Tokens,
  i: number,
  end: number,
  original: string,
  toOriginal: Int32Array,
): boolean {
  for (let j = i; j < end && j < i + 3; j++)
    if (EN_PERIOD_WORDS.has(tokens.text[j]!) && !hyphenJoined(tokens, j, original, toOriginal)) return true;
  return false;
}

/**
 * "the end of the week-long truce", "of the seven-day truce": a word hyphenated to another is
 * part of a compound modifier, not the head it qualifies.
 */
function hyphenJoined(tokens: Tokens, j: number, original: string, toOriginal: Int32Array): boolean {
  const from = toOriginal[tokens.start[j]!]!;
  const to = toOriginal[tokens.end[j]! - 1]! + 1;
  return (from > 0 && original.charCodeAt(from - 1) === 0x2d) || original.charCodeAt(to) === 0x2d;
}

const MONTH_PRECEDERS = new Set([
  'in',
  'on',
  'since',
  'until',
  'of',
  'early',
  'late',
  'mid',
  'from',
  'through',
]);

/** "may" at i names the month: after a date preposition, before a number, or after a day. */
export function monthMay(tokens: Tokens, i: number, start: number, next: string | undefined): boolean {
  const prev = i > start ? tokens.text[i - 1]! : '';
  return MONTH_PRECEDERS.has(prev) || /^[0-9]+(st|nd|rd|th)?$/.test(next ?? '') || /^[0-9]{1,2}$/.test(prev);
}

/** An Arabic word written with the article: ال after و/ف and ب/ك, or لل ("والعقوبات", "للعقوبات"). */
export const AR_DEFINITE = /^[وف]?([بك]?ال|لل)/;

// "مقرات تابعة لميليشيا بدر": تابع before an ل-complement is "belonging to", not the reporting
// verb "وتابع قائلا".
const BELONGING_FORMS = /^(ال)?(تابعه|تابعين|تابعون|تابعا)$/;

function belongingAdjective(tokens: Tokens, i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const next = tokens.text[i + 1]!;
  return next === 'ل' || (next.startsWith('ل') && next.length > 2);
}

// "وزارة الدفاع", "وزير الدفاع", "الدفاع الجوي", "الدفاع المدني": defence naming an
// institution or a weapon system defends nobody.
const DEFENCE_FORMS = /^(و|ف|ب|ل)?(ال|لل)?(دفاع|اعتراض)$/;
const DEFINITE_DEFENCE = /^(و|ف|ب|ل)?(ال|لل)دفاع$/;
// "منظومات دفاع جوي", "أنظمة اعتراض جوي": air defence or interception is a weapon system.
const AIR_ADJECTIVE = /^(ال)?جوي(ه)?$/;
const DEFENCE_HEADS =
  /^(و|ف|ب|ل)?(وزاره|وزارتي|وزارات|وزير|وزيره|وزيري|وزيرا|وزراء|قوات|منظومه|منظومات|انظمه|سلاح|هييه|مجلس)$/;
const DEFENCE_ADJECTIVES = /^(الجوي|الجويه|المدني|المدنيه|الصاروخي|الصاروخيه|الوطني)$/;

/** "وزيرا الدفاع", "الدفاع الجوي", "الدفاع الروسي", "دفاع جوي": the institution or weapon, not defending someone. */
function defenceInstitution(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
): boolean {
  if (i + 1 < end && AIR_ADJECTIVE.test(tokens.text[i + 1]!)) return true;
  if (!DEFINITE_DEFENCE.test(tokens.text[i]!)) return false;
  return (
    (i > start && DEFENCE_HEADS.test(tokens.text[i - 1]!)) ||
    (i + 1 < end && (DEFENCE_ADJECTIVES.test(tokens.text[i + 1]!) || inMention[i + 1 - start]! >= 0))
  );
}

// "مجلس التعاون الخليجي", "منظمة التعاون الإسلامي", "وزير الخارجية والتعاون الدولي": cooperation
// naming a body or an office is no pact made.
const COOPERATION_FORMS = /^(و|ل)?(ال|لل)تعاون$/;
const COOPERATION_HEADS = /^(و|ف|ب|ل)?(مجلس|منظمه|منظمات|منتدي|هييه|وزاره|وزارات|وزير|وزيره|وزراء|شوون|دول)$/;

/** "مجلس التعاون", "لشؤون التعاون الدولي", "وزارة التخطيط والتعاون الدولي": a name. */
function cooperationInstitution(tokens: Tokens, i: number, start: number): boolean {
  if (i > start && COOPERATION_HEADS.test(tokens.text[i - 1]!)) return true;
  // "وزير الخارجية والتعاون": the second of two nouns joined under one head.
  return (
    i - 1 > start &&
    tokens.text[i]!.startsWith('و') &&
    tokens.text[i - 1]!.startsWith('ال') &&
    COOPERATION_HEADS.test(tokens.text[i - 2]!)
  );
}

// "don't", "can't": folding splits the apostrophe off, leaving "t" after a word in "n".
const NOT_CUE = tokenCue(makeCue({ kind: 'negation', polarity: 0, strength: 1, pos: 'other', lemma: "n't" }));

const IN_FAVOUR_NOUNS = new Set(['support', 'defence', 'defense', 'solidarity', 'favour', 'favor']);
const ANNOUNCE_FORMS = new Set([
  'announce',
  'announces',
  'announced',
  'announcing',
  'declare',
  'declares',
  'declared',
  'declaring',
]);
export const EN_ARTICLES = new Set(['a', 'an', 'the']);
const ANNOUNCED_ACT_CUE = makeCue({
  kind: 'stance',
  polarity: 1,
  strength: 0.6,
  pos: 'verb',
  lemma: 'announce',
});

// "pressure X to halt Y", "put pressure on X in order to stop Y": pressing someone to act is a
// directive (as "urged X to …"), which composes with the act; "pressure" alone (military
// pressure, under pressure, pressure on the militants) takes no side.
const PRESSURE_FORMS = new Set(['pressure', 'pressured', 'pressures', 'pressuring']);
const PRESSURE_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.8, pos: 'verb', lemma: 'pressure' }),
);
// Pressure not exerted: "failed to pressure", "instead of exerting pressure", "did not pressure".
const UNEXERTED = new Set([
  'failed',
  'fail',
  'fails',
  'failing',
  'unable',
  'instead',
  'refused',
  'refuses',
  'not',
  'never',
]);
// Words after "pressure" that name where it comes from or why, not whom it is put on.
const NOT_ADDRESSEE = new Set([
  'to',
  'due',
  'from',
  'for',
  'of',
  'in',
  'is',
  'was',
  'has',
  'mounts',
  'mounted',
  'and',
]);
// Tokens from the pressed party to the purpose clause ("Assad and his chief backer Russia to").
const PURPOSE_REACH = 12;

/** "pressure" at i is put on someone for a purpose clause, and not denied or failed. */
function pressedToAct(tokens: Tokens, i: number, start: number, end: number): boolean {
  const t = tokens.text;
  if (NOT_ADDRESSEE.has(t[i + 1] ?? '')) return false;
  for (let j = i - 1; j >= start && j >= i - 4; j--) if (UNEXERTED.has(t[j]!)) return false;
  for (let j = i + 2; j < end && j <= i + PURPOSE_REACH; j++) {
    if (!tokens.isWord[j]) return false;
    if (t[j] === 'to') return j + 1 < end && tokens.isWord[j + 1] === 1 && !EN_ARTICLES.has(t[j + 1]!);
  }
  return false;
}

const ENDED_ACT_CUE = makeCue({ kind: 'stance', polarity: -1, strength: 0.6, pos: 'verb', lemma: 'halt' });

/** "declared the ceasefire over": a short object followed by "over" (not "over the …") ends it. */
function declaredOver(tokens: Tokens, i: number, end: number): boolean {
  for (let j = i + 2; j < end && j <= i + 6; j++) {
    if (tokens.text[j] !== 'over') continue;
    const after = j + 1 < end ? tokens.text[j + 1]! : '';
    return !EN_ARTICLES.has(after) && !/^(his|her|its|their)$/.test(after);
  }
  return false;
}

// Heads that act in someone's support besides act nouns and participles: "an air war in support
// of X", "planes which operate in support of X".
const IN_SUPPORT_HEADS = new Set([
  'war',
  'operate',
  'operates',
  'intervene',
  'intervenes',
  'fight',
  'fights',
]);

/**
 * The word before "in support of" at h (past a time adverbial: "began air strikes last September
 * in support of X") is an act, a deed's participle or a verb of operating.
 */
function supportedAct(tokens: Tokens, h: number, start: number): boolean {
  if (h > start && (EN_MONTHS.has(tokens.text[h]!) || EN_DEICTIC_PERIODS.has(tokens.text[h]!))) {
    const before = tokens.text[h - 1]!;
    if (before === 'last' || before === 'this' || before === 'in') h -= 2;
    else if (EN_MONTHS.has(tokens.text[h]!)) h -= 1;
  }
  if (h < start) return false;
  const w = tokens.text[h]!;
  return ACT_HEAD_NOUNS.has(w) || IN_SUPPORT_HEADS.has(w) || /(ed|ing)$/.test(w);
}

/**
 * A name's possessive ("X's", "X’s") stands right before token i, or before one or two plain
 * modifiers of it ("Brennan's partisan criticism").
 */
function ownedByName(
  tokens: Tokens,
  i: number,
  start: number,
  original: string,
  toOriginal: Int32Array,
): boolean {
  for (let j = i - 1; j > start && j >= i - 3; j--) {
    if (!tokens.isWord[j] || EN_LIGHT_WORDS.has(tokens.text[j]!)) return false;
    if (tokens.text[j] === 's') {
      const o = toOriginal[tokens.start[j]!]!;
      const mark = o > 0 ? original.charCodeAt(o - 1) : 0;
      return mark === 0x27 || mark === 0x2019;
    }
  }
  return false;
}

const IN_SUPPORT_CUE = makeCue({ kind: 'stance', polarity: 1, strength: 0.8, pos: 'noun', lemma: 'support' });

const HOLD_FORMS = new Set(['hold', 'holds', 'held', 'holding']);
const HOLD_RESPONSIBLE_CUE = makeCue({
  kind: 'stance',
  polarity: -1,
  strength: 0.8,
  pos: 'verb',
  lemma: 'hold',
});

/**
 * "We hold the Russian government responsible", "to hold the regime accountable": hold with
 * responsible/accountable a few words on blames its object; without them it is no cue. A name
 * counts as one word, so that a list of names ("the Assad regime and its Russian ally") fits.
 */
function holdResponsibleCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
): Cue | undefined {
  const holds =
    HOLD_FORMS.has(tokens.text[i]!) &&
    complementWithin(tokens, i, end, 7, ['responsible', 'accountable'], inMention, start);
  return holds ? HOLD_RESPONSIBLE_CUE : undefined;
}

/**
 * One of `words` within `reach` tokens after the verb at i, in the sentence; with `inMention`
 * (per token from `start`), the tokens of one mention count once.
 */
function complementWithin(
  tokens: Tokens,
  i: number,
  end: number,
  reach: number,
  words: readonly string[],
  inMention?: Int32Array,
  start = 0,
): boolean {
  let n = 0;
  for (let j = i + 1; j < end && n < reach; j++) {
    if (words.includes(tokens.text[j]!)) return true;
    const m = inMention ? inMention[j - start]! : -1;
    if (m < 0 || inMention![j + 1 - start] !== m) n++;
  }
  return false;
}

const FIRE_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.7, pos: 'noun', lemma: 'النار' }),
);
const FIRE_VERB_LEMMAS = new Set(['أطلق', 'أضرم', 'أشعل']);

/**
 * "أطلقوا النار على المتظاهرين", "أضرموا النار في مقر الحزب", "فتحت القوات النار على …": fire
 * after a finite verb of shooting or burning is an act against what it is aimed at. The verbal
 * noun of "وقف إطلاق النار" (ceasefire) is not a finite verb, so it stays out.
 */
function fireCue(
  tokens: Tokens,
  i: number,
  start: number,
  out: (TokenCue | undefined)[],
): TokenCue | undefined {
  const word = tokens.text[i]!;
  return word === 'النار' || word === 'النيران' ? firedBefore(tokens, i, start, out) : undefined;
}

// The readings after a cheap test of the word are functions of their own: the test is inlined
// into annotateCues, the rare reading is not, so its first use deoptimises only itself.

function firedBefore(
  tokens: Tokens,
  i: number,
  start: number,
  out: (TokenCue | undefined)[],
): TokenCue | undefined {
  for (let j = i - 1; j >= start && j >= i - 3; j--) {
    if (!tokens.isWord[j]) continue;
    const prev = out[j - start]?.cue;
    if (prev && prev.pos === 'verb' && FIRE_VERB_LEMMAS.has(prev.lemma)) return FIRE_CUE;
    // فتح is no cue of its own: "فتحت قوات الأمن النار".
    if (/^(و|ف)?(فتح|فتحت|فتحوا|يفتح|تفتح|يفتحون)$/.test(tokens.text[j]!)) return FIRE_CUE;
  }
  return undefined;
}

const PROJECTILE_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.65, pos: 'noun', lemma: 'صواريخ' }),
);
const PROJECTILES = /^(ال)?(صواريخ|صاروخ|صاروخا|صاروخين|قذايف|قذيفه|رصاص)$/;

/**
 * "أطلق الحوثيون صاروخا على …", "إطلاق الصواريخ على مقر …": projectiles launched by someone are
 * an act against their target (but "وقف إطلاق الصواريخ" is a call to stop).
 */
function projectileCue(
  tokens: Tokens,
  i: number,
  start: number,
  out: (TokenCue | undefined)[],
  forms: number,
): TokenCue | undefined {
  return forms & PROJECTILE ? launchedBefore(tokens, i, start, out) : undefined;
}

function launchedBefore(
  tokens: Tokens,
  i: number,
  start: number,
  out: (TokenCue | undefined)[],
): TokenCue | undefined {
  for (let j = i - 1; j >= start && j >= i - 3; j--) {
    if (!tokens.isWord[j]) continue;
    if (out[j - start]?.cue.lemma !== 'أطلق') continue;
    return j > start && /^(و|ف|ب)?وقف$/.test(tokens.text[j - 1]!) ? undefined : PROJECTILE_CUE;
  }
  return undefined;
}

const VICTORY_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.7, pos: 'noun', lemma: 'انتصار' }),
);
const VICTORY_NOUNS = new Set(['انتصار', 'الانتصار', 'النصر', 'نصر', 'انتصارا', 'نصرا']);

/**
 * "إن التحالف مع عون مستمر", "نيته التحالف مع جهات", "للتحالف مع الأحزاب": before "with" the
 * definite "التحالف" (the coalition, elsewhere) is the act of allying; not after a noun that the
 * coalition owns ("قوات التحالف مع", "المتحدث باسم التحالف").
 */
const ALLIANCE_FORMS = new Set(['التحالف', 'والتحالف', 'للتحالف', 'فالتحالف']);
let allianceReading: TokenCue | undefined;
function allianceWithCue(tokens: Tokens, i: number, start: number, end: number): TokenCue | undefined {
  if (i + 1 >= end || tokens.text[i + 1] !== 'مع' || !ALLIANCE_FORMS.has(tokens.text[i]!)) return undefined;
  if (i > start && AR_COALITION_OWNED.test(tokens.text[i - 1]!)) return undefined;
  return (allianceReading ??= analyzeArabicToken('تحالف'));
}

/** "أعلنت الانتصار الكامل على داعش": a victory over someone is a deed against them. */
function victoryCue(tokens: Tokens, i: number, end: number): TokenCue | undefined {
  if (!VICTORY_NOUNS.has(tokens.text[i]!)) return undefined;
  for (let j = i + 1; j < end && j <= i + 3; j++) {
    if (tokens.text[j] === 'علي') return VICTORY_CUE; // على, folded
    if (!tokens.isWord[j]) return undefined;
  }
  return undefined;
}

/** ضد right after the word at i or after one word more ("انحيازا كبيرا ضد"). */
function biasAgainst(tokens: Tokens, i: number, end: number): boolean {
  return (i + 1 < end && tokens.text[i + 1] === 'ضد') || (i + 2 < end && tokens.text[i + 2] === 'ضد');
}

const GREEN_LIGHT_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.75, pos: 'noun', lemma: 'الضوء الأخضر' }),
);
const HELPING_HAND_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.75, pos: 'noun', lemma: 'يد العون' }),
);
// Giving (folded, with clitics and an object pronoun): أعطى، منح and their verbal nouns.
const GIVING =
  /^(و|ف|ب|ل)?(اعطي|اعطت|اعطوا|يعطي|تعطي|اعطاء|اعطاي|منح|منحت|منحوا|يمنح|تمنح|يمنحون)(ه|ها|هم)?$/;

/**
 * "منحت أنقرة الضوء الأخضر لبناء قاعدة", "الأسد أعطى الضوء الأخضر لضرب إدلب": giving the green
 * light to a course of action or to someone approves of it; "قدم يد العون لمصر" (lent a helping
 * hand) backs the one helped. The cue sits on the phrase's noun, whose holder is the giver;
 * waiting for or receiving the green light (من X) is not giving it.
 */
function greenLightCue(tokens: Tokens, i: number, start: number, end: number): TokenCue | undefined {
  const w = tokens.text[i];
  if ((w !== 'الضوء' && w !== 'يد') || i + 2 >= end || !tokens.text[i + 2]!.startsWith('ل')) return undefined;
  if (w === 'يد') return tokens.text[i + 1] === 'العون' ? HELPING_HAND_CUE : undefined;
  if (tokens.text[i + 1] !== 'الاخضر') return undefined;
  for (let j = i - 1; j >= start && j >= i - 3; j--) if (GIVING.test(tokens.text[j]!)) return GREEN_LIGHT_CUE;
  return undefined;
}

// Hamza letters: بدأ keeps one in writing, بدا (seemed) has none; folding makes them alike.
const BEGAN_WHEN = new Set(['عندما', 'حين', 'حينما', 'منذ', 'لما']);
const HAMZA_LETTERS = /[\u0621\u0623\u0624\u0626]/;

/**
 * "بدأت القوات التركية هجومها", "وبدأ عملية لنقل السفارة": beginning an act does it. Not بدا
 * "seemed" (spelled without hamza, the same once folded), not the auxiliary "began to …" (a
 * present verb or a ب-phrase after it and its subject: "بدأوا يتدخلون", "بدأت واشنطن بفرض
 * عقوبات", "بدأ نتنياهو خطابه بشكر …"), whose own verb or noun takes the side, and not an
 * intransitive "began when …".
 */
function beginsAct(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  original: string,
  toOriginal: Int32Array,
): boolean {
  const from = toOriginal[tokens.start[i]!]!;
  const to = toOriginal[tokens.end[i]! - 1]!;
  if (!HAMZA_LETTERS.test(original.slice(from, to + 1))) return false;
  // Past the subject, if one is named right after the verb.
  let j = i + 1;
  const subject = j < end ? inMention[j - start]! : -1;
  while (subject >= 0 && j < end && inMention[j - start] === subject) j++;
  if (j >= end || inMention[j - start]! >= 0) return true;
  const next = tokens.text[j]!;
  if (BEGAN_WHEN.has(next) || auxiliaryComplement(next)) return false;
  // "بدأ نتنياهو خطابه بشكر …" (past a name we do not track): what is begun is opened by the
  // act after it.
  for (let k = j + 1; k < end && k <= j + 2; k++) {
    const w = tokens.text[k]!;
    if (w.startsWith('ب') && readArabicForm(w).hit !== undefined) return false;
  }
  return true;
}

/** A present verb or a ب-phrase: the complement of an auxiliary "began to …". */
function auxiliaryComplement(word: string): boolean {
  return word.startsWith('ب') || (word.length >= 4 && /^[يت]/.test(word));
}

const LIFT_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.5, pos: 'noun', lemma: 'رفع' }),
);
// Lifting, easing or suspending (folded, with clitics): the verbal nouns.
const LIFT_FORMS = /^(و|ف)?(ب|ل|ال|بال|لل)?(رفع|تخفيف|تعليق)$/;
// Restrictions that can be lifted, and the words that may stand between (a degree, a part,
// a demonstrative): "تخفيف حدة العقوبات", "تعليق بعض العقوبات", "رفع تلك العقوبات".
const RESTRICTIONS = /^(ال)?(عقوبات|حظر|حصار)$/;
const LIFTED_PART = new Set(['حده', 'بعض', 'تلك', 'هذه']);

// Words that govern a lifting noun as the course someone takes or trades for (folded).
const LIFT_GOVERNORS = new Set(['الي', 'علي', 'مقابل']);

/**
 * "طالبت روسيا برفع العقوبات على إيران", "مدد ترامب قرار تخفيف العقوبات على إيران", "مقابل رفع
 * العقوبات": lifting a sanction, ban or siege reverses it like وقف does, when a stance, a
 * preposition or "in exchange for" governs it; without a restriction the words mean "raise"
 * (رفع العلم), "relieve" or "comment". An ungoverned one ("موعد تجديد تعليق العقوبات", "تم
 * بموجبه رفع العقوبات") names an event, nobody's course.
 */
function liftCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  out: (TokenCue | undefined)[],
  forms: number,
): TokenCue | undefined {
  if (!(forms & LIFT)) return undefined;
  let j = i + 1;
  if (j < end && LIFTED_PART.has(tokens.text[j]!)) j++;
  if (j >= end || !RESTRICTIONS.test(tokens.text[j]!)) return undefined;
  return liftGoverned(tokens, i, start, out) ? LIFT_CUE : undefined;
}

function liftGoverned(tokens: Tokens, i: number, start: number, out: (TokenCue | undefined)[]): boolean {
  if (/^(و|ف)?[بل]/.test(tokens.text[i]!)) return true;
  if (i <= start) return false;
  return out[i - 1 - start]?.cue.kind === 'stance' || LIFT_GOVERNORS.has(tokens.text[i - 1]!);
}

/**
 * "أدان العدوان على سوريا", "نرفض أي اعتداء على تركيا", "الاعتداء الإسرائيلي على سوريا" (and a
 * transgression, "نرفض أي تجاوز على تركيا"): with
 * على/ضد (after at most a nationality adjective) an aggression word is an attack on what follows,
 * as هجوم is, not an evaluation of it: the one who condemns it does not oppose its victim.
 */
const AGGRESSION_FORMS = /^(و|ف)?(لل|بال|ال|ل|ب)?(اعتداء|اعتداءات|عدوان|تعدي|تجاوز|تجاوزات)$/;
let aggressionReading: TokenCue | undefined;
function aggressionCue(tokens: Tokens, i: number, end: number, forms: number): TokenCue | undefined {
  if (!(forms & AGGRESSION)) return undefined;
  let j = i + 1;
  if (j < end && /(ي|يه)$/.test(tokens.text[j]!) && tokens.text[j] !== 'علي') j++;
  if (j >= end || (tokens.text[j] !== 'علي' && tokens.text[j] !== 'ضد')) return undefined;
  return (aggressionReading ??= analyzeArabicToken('هجوم'));
}

/**
 * "وشنت تركيا حملة عسكرية على وحدات حماية الشعب", "في حملتها على تنظيم الدولة", "الحملة الأمنية
 * على المتشددين": a campaign on someone (after at most two qualifying adjectives) is an attack on
 * them, as "حملة … ضد" is. A bare indefinite "حمله" needs an adjective: "حمله على" is also "he
 * carried it", "it led him to".
 */
const CAMPAIGN_FORMS = /^(و|ف)?((بال|ال|لل)(حمله|حملات)|(ب|ل)?(حملت|حملات)(ها|ه|هم|هما)|ب?(حمله|حملات))$/;
const CAMPAIGN_KINDS = /^(ال)?(عسكريه|جويه|امنيه|اعلاميه|واسعه|جديده|شرسه|ممنهجه|مستمره)$/;
let campaignReading: TokenCue | undefined;
let ownCampaignReading: TokenCue | undefined;
function campaignOnCue(tokens: Tokens, i: number, end: number, forms: number): TokenCue | undefined {
  if (!(forms & CAMPAIGN)) return undefined;
  let j = i + 1;
  let qualified = false;
  for (; j < end && j <= i + 2 && tokens.text[j] !== 'علي'; j++) {
    const w = tokens.text[j]!;
    if (!CAMPAIGN_KINDS.test(w) && !/..(ي|يه)$/.test(w)) return undefined;
    qualified = true;
  }
  if (j >= end || tokens.text[j] !== 'علي') return undefined;
  if (!qualified && /^(و|ف)?ب?حمله$/.test(tokens.text[i]!)) return undefined;
  // "حملتها", "حملاتهم": the campaign's owner is a pronoun, as on "هجومه".
  if (/(حملت|حملات)(ها|ه|هم|هما)$/.test(tokens.text[i]!))
    return (ownCampaignReading ??= analyzeArabicToken('هجومه'));
  return (campaignReading ??= analyzeArabicToken('هجوم'));
}

/**
 * "لا للفساد ونعم للتغيير", "قالوا لا لإسرائيل، لا للولايات المتحدة": a slogan of "no"/"yes" with
 * a tracked name or topic phrase after ل rejects or backs it. (Elsewhere لا before ل negates or
 * idioms it: "لا لزوم له", "لا لشيء سوى".)
 */
const SLOGAN_NO = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.7, pos: 'noun', lemma: 'لا لـ' }),
);
const SLOGAN_YES = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.7, pos: 'noun', lemma: 'نعم لـ' }),
);
function sloganCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
): TokenCue | undefined {
  const w = tokens.text[i]!;
  if (w !== 'لا' && w !== 'نعم' && w !== 'ونعم') return undefined;
  const j = i + 1;
  if (j >= end || !tokens.text[j]!.startsWith('ل') || inMention[j - start]! < 0) return undefined;
  return w === 'لا' ? SLOGAN_NO : SLOGAN_YES;
}

/**
 * "يعد بومبيو معارضا شرسا للاتفاق النووي", "من أشد المعارضين للعقوبات", "الدول المعارضة للقرار":
 * the participle of عارض with a tracked name or topic phrase as its ل-complement is a position,
 * as رافض ل is. Alone it is the opposition, a group ("المعارضة السورية", "قوى معارضة"), which the
 * lexicon leaves out, as it does before a purpose ("تسليح المعارضة لمواجهة النظام").
 */
const OPPOSING_FORMS = /^(و|ف)?(ال)?(معارض|معارضا|معارضه|معارضين|معارضون|معارضان|معارضتان)$/;
// An adjective of degree or a nisba between the participle and its complement.
const OPPOSING_QUALIFIERS =
  /^(ال)?(شرس|شرسا|شديد|شديدا|شديده|قوي|قويا|قويه|بارز|بارزا|بارزه|رييسي|رييسيا|رييسيه|اول|ابرز|اشد)$/;
let opposedReading: TokenCue | undefined;
function opposedToCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  forms: number,
): TokenCue | undefined {
  if (!(forms & OPPOSING)) return undefined;
  // The complement is a name or topic phrase with ل, after at most one qualifying adjective
  // ("معارضا شرسا ل"): "المعارض التاريخي للنظام السابق في الانتخابات" opposes no election.
  let j = i + 1;
  if (j < end && tokens.isWord[j] && OPPOSING_QUALIFIERS.test(tokens.text[j]!)) j++;
  if (j >= end || inMention[j - start]! < 0 || !tokens.text[j]!.startsWith('ل')) return undefined;
  return (opposedReading ??= tokenCue(
    makeCue({ ...analyzeArabicToken('رافض')!.cue, strength: 0.8, lemma: 'عارض' }),
  ));
}

/**
 * "شكلت واشنطن تحالفا دوليا للحرب على داعش": a war on someone as an alliance's purpose is fighting
 * them (as لمحاربة is), so the alliance noun before it makes no ally of them. Elsewhere "الحرب
 * على" is often no act of its holder ("لا تعلن الحرب على", "اقتصرت الحرب على الضربات").
 */
const PURPOSE_WAR_FORMS = /^(لل|ل)(حرب)$/;
const ALLIANCE_NOUN_FORMS = /^(و|ف)?(ال)?(تحالف|تحالفا|ايتلاف|ايتلافا)$/;
const WAR_ON_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.7, pos: 'noun', lemma: 'حرب' }),
);
function warOnCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  forms: number,
): TokenCue | undefined {
  if (!(forms & PURPOSE_WAR)) return undefined;
  if (i + 1 >= end || (tokens.text[i + 1] !== 'علي' && tokens.text[i + 1] !== 'ضد')) return undefined;
  // The alliance noun right before, or before one adjective ("تحالفا دوليا").
  for (let j = i - 1; j >= start && j >= i - 2; j--)
    if (ALLIANCE_NOUN_FORMS.test(tokens.text[j]!)) return WAR_ON_CUE;
  return undefined;
}

/**
 * "سيطرت القوات على المنطقة بعد معارك عنيفة مع ميليشيات الحوثي", "خاضت حماس ثلاث معارك مع
 * إسرائيل", "يخوض الجيش الحر معركة مع وحدات حماية الشعب": a battle or confrontation with someone
 * (after at most one qualifying word) is a clash, whose مع names the other side, as after
 * اشتباكات. After في/خلال/جراء ("قتل 17 في مواجهات مع …",
 * "الأطفال الذين فقدوا حياتهم خلال المعارك مع …") the battle only sets a casualty report.
 */
const BATTLE_FORMS = /^(و|ف)?(ال)?(معارك|معركه|مواجهات)(ها|هم)?$/;
const BATTLE_NEGATORS = /^(و|ف)?(لا|لم|لن|ليس|ليست)$/;
const BATTLE_SETTINGS = /^(و|ف)?(في|خلال|اثناء|جراء|نتيجه|اثر|بسبب|وقف)$/;
let battleReading: TokenCue | undefined;
function battleWithCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  forms: number,
): TokenCue | undefined {
  if (!(forms & BATTLE)) return undefined;
  const withAt = tokens.text[i + 1] === 'مع' ? i + 1 : i + 2;
  if (withAt >= end || tokens.text[withAt] !== 'مع' || !tokens.isWord[withAt - 1]) return undefined;
  if (i > start && BATTLE_SETTINGS.test(tokens.text[i - 1]!)) return undefined;
  // "لا تسعى إلى معركة مع الروس": a battle not sought is none.
  for (let j = i - 1; j >= start && j >= i - 3; j--)
    if (BATTLE_NEGATORS.test(tokens.text[j]!)) return undefined;
  return (battleReading ??= analyzeArabicToken('اشتباكات'));
}

const ELIMINATE_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.8, pos: 'noun', lemma: 'قضى' }),
);
const ELIMINATE_FORMS = /^(و|ف)?(لل|بال|ال|ل)?(قضاء|قضي|قضت|قضوا|يقضي|تقضي|نقضي|يقضون)$/;

/**
 * "للقضاء على داعش", "قضت القوات على …": قضى with على is eliminating someone; without it the
 * word is the judiciary (القضاء) or a ruling.
 */
function eliminateCue(tokens: Tokens, i: number, end: number): TokenCue | undefined {
  if (i + 1 >= end || tokens.text[i + 1] !== 'علي' || !ELIMINATE_FORMS.test(tokens.text[i]!))
    return undefined;
  // "قضوا على أيدي …": died at someone's hands.
  return /^(ايدي|يد)$/.test(tokens.text[i + 2] ?? '') ? undefined : ELIMINATE_CUE;
}

// Words that may stand between pressure and على: its kind or degree ("ضغوطا كبيرة على", "الضغط
// العسكري على", "أقصى الضغوط").
const PRESSURE_KINDS =
  /^(ال)?(كبيره|شديده|متزايده|مكثفه|قويه|هايله|اقصي|قصوي|مستمره|جديده|اضافيه)$|..(ي|يه)$/;

/**
 * Where على follows the pressure word at i, after at most two qualifying words or a verb's
 * subject ("ضغطت روسيا على دمشق"), else -1.
 */
function putOnAt(tokens: Tokens, i: number, start: number, end: number, inMention: Int32Array): number {
  for (let j = i + 1; j < end && j <= i + 5; j++) {
    const w = tokens.text[j]!;
    if (w === 'علي') return j;
    if (!tokens.isWord[j] || !(inMention[j - start]! >= 0 || (j <= i + 2 && PRESSURE_KINDS.test(w))))
      return -1;
  }
  return -1;
}

function putOn(tokens: Tokens, i: number, start: number, end: number, inMention: Int32Array): boolean {
  return putOnAt(tokens, i, start, end, inMention) >= 0;
}

// Pressure failed, lacking or weakened: "فشل مجلس الأمن في الضغط على", "عدم الضغط", "إضعاف الضغط".
const UNEXERTING = /^(و|ف)?(فشل|فشلت|فشلوا|يفشل|تفشل|عجز|عجزت|يعجز|تعجز|عدم|اضعاف|تخفيف|تراجع)$/;

/** The pressure word at i comes after a failure, a lack or a weakening of it (two words back). */
function unexerted(tokens: Tokens, i: number, start: number): boolean {
  for (let j = i - 1; j >= start && j >= i - 3; j--) if (UNEXERTING.test(tokens.text[j]!)) return true;
  return false;
}

// A purpose after the one pressed: "لوقف …", "للقبول بـ…", "لتسهيل …", "من أجل …", "كي لا ينسحب".
const PURPOSE_OPENERS = /^(كي|لكي|حتي|اجل)$/;
const PURPOSE_ACT = /^ل.{3,}$/;
// Words with ل that are no purpose: pronoun objects, "لدى", "لكن", "لأن", "ليس", "لقد".
const NOT_PURPOSE = /^(لهما|لدي|لكن|لكنه|لكنها|لذلك|لان|لانه|لانها|لانهم|ليس|ليست|لقد)$/;
// Words from على to the purpose: the one pressed, a name of up to six words.
const PRESSED_REACH = 7;

/**
 * "ضغطت ميركل على ترامب كي لا ينسحب من الاتفاق", "للضغط على الميليشيات من أجل القبول بالحل
 * السياسي": pressure on someone for a purpose is a directive, as حث على is: the one pressed is its
 * addressee, and the purpose is backed (as English "pressure X to …"). Without a purpose, the
 * lexicon's reading stands: pressure is against the one it is put on.
 */
function pressedToActCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  lexical: TokenCue | undefined,
): TokenCue | undefined {
  if (lexical?.cue.lemma !== 'ضغط') return undefined;
  const on = putOnAt(tokens, i, start, end, inMention);
  if (on < 0) return undefined;
  for (let j = on + 2; j < end && j <= on + PRESSED_REACH; j++) {
    if (!tokens.isWord[j]) return undefined;
    const w = tokens.text[j]!;
    if (PURPOSE_OPENERS.test(w) || (PURPOSE_ACT.test(w) && !NOT_PURPOSE.test(w) && inMention[j - start]! < 0))
      return tokenCue(makeCue({ ...lexical.cue, polarity: 1, strength: 0.8, lemma: PRESSED_LEMMA }));
  }
  return undefined;
}

const RESTRICTING_NEGATORS = /^[وف]?(ما|لا|لم|لن|ليس|ليست|ليسوا|ليستا)$/;
const EXCEPTIVES = /^(الا|سوي)$/;
// After إلا, a time or condition keeps the negation: "لن تنسحب إلا بعد …" is a refusal with a term.
const EXCEPTED_TERMS = /^(بعد|اذا|عندما|حين|حينما|بشرط|في|ب|عبر|من)$/;
const RESTRICTION_REACH = 3;

/** The negation at i is half of a restriction "ما/لا/ليس … إلا/سوى" (either half). */
function restriction(tokens: Tokens, i: number, start: number, end: number): boolean {
  const t = tokens.text;
  if (EXCEPTIVES.test(t[i]!)) {
    if (EXCEPTED_TERMS.test(t[i + 1] ?? '')) return false;
    for (let j = i - 1; j >= start && j >= i - RESTRICTION_REACH; j--)
      if (RESTRICTING_NEGATORS.test(t[j]!)) return true;
    return false;
  }
  if (!RESTRICTING_NEGATORS.test(t[i]!)) return false;
  for (let j = i + 1; j < end && j <= i + RESTRICTION_REACH; j++)
    if (EXCEPTIVES.test(t[j]!)) return !EXCEPTED_TERMS.test(t[j + 1] ?? '');
  return false;
}

// The negations that refuse a future or present act: لن، لا، لم (with و or ف).
const AR_REFUSING_NEGATORS = /^[وف]?(لن|لا|لم)$/;

/** The Arabic cue read at token i is no cue in its context (each test says why). */
function arabicCueSetAside(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  hit: TokenCue,
  lexical: TokenCue | undefined,
  forms: number,
  out: readonly (TokenCue | undefined)[],
  inMention: Int32Array,
  original: string,
  toOriginal: Int32Array,
): boolean {
  const word = tokens.text[i]!;
  // Allowing takes a side only when refused ("لن نسمح لإيران بـ…", "العراق لن يسمح بتواجد القوات
  // التركية"): granted, it mostly tells what a deed made possible ("التدخل … سمح للجيش الحكومي
  // باستعادة …", "التقاعس الدولي سمح لإيران …"), which is nobody's position.
  if (hit.cue.lemma === 'سمح' && !(i > start && AR_REFUSING_NEGATORS.test(tokens.text[i - 1]!))) return true;
  // Pressure takes a side only against the one it is put on ("الضغط على إيران"); "تحت ضغط …",
  // "بضغط من …" name where it comes from.
  if (hit.cue.lemma === 'ضغط' && (!putOn(tokens, i, start, end, inMention) || unexerted(tokens, i, start)))
    return true;
  // "أمريكا تريد لإيران أن تعود إلى طهران": wanting X to do something names X as the subject of
  // the wished act, not as the one the wanting favours; the wished act tells the side.
  if (hit.cue.lemma === 'أراد' && wantedOfSubject(tokens, i, end)) return true;
  // "منظمة التحرير", "ميدان التحرير", "عيد التحرير": liberation named as such takes no ground.
  if (lexical && takesOnlyFrom(lexical.cue) && AR_DEFINITE.test(word)) return true;
  // "ستعيد النظر في الاتفاق": to look again at something (reconsider) is not to redo it.
  if (hit.cue.lemma === 'أعاد' && i + 1 < end && tokens.text[i + 1] === 'النظر') return true;
  // "تتهم الأمم المتحدة بالانحياز ضد إسرائيل", "تمثل انحيازا كبيرا ضد حقوق الشعب": bias against
  // someone sides with nobody.
  if (hit.cue.lemma === 'انحاز' && biasAgainst(tokens, i, end)) return true;
  // "أن تدفع قطر ثمن وجود …", "سيدفعون ثمنا باهظا": after paying, ثمن is the price, not the
  // verb of appreciation.
  if (hit.cue.lemma === 'ثمن' && pricePaid(tokens, i, start)) return true;
  // "لا تزال ترفض", "ولا سيما": "still" and "especially" negate nothing.
  if (hit.cue.kind === 'negation' && i + 1 < end && NOT_NEGATED.test(tokens.text[i + 1]!)) return true;
  // "ما هو إلا كارثة", "ليس سوى ذريعة", "لا تريد إلا الحرب": a negation closed by إلا/سوى restricts,
  // asserting what follows (إلا folds with ألا, "that not").
  if (hit.cue.kind === 'negation' && restriction(tokens, i, start, end)) return true;
  // "للهدف الأسمى ألا وهو وقف إطلاق النار": ألا before وهو/وهي means "namely", not "that not".
  if (word === 'الا' && i + 1 < end && NAMELY_PRONOUN.test(tokens.text[i + 1]!)) return true;
  // "المزعزع للاستقرار": stability is what is shaken, no praise; the destabilising word judges.
  if (forms & STABLE && i > start && DESTABILISING.test(tokens.text[i - 1]!)) return true;
  // "حُررن من قبضة داعش", "وأُطلقت": a past passive (damma on the stem's first letter, as
  // written) has no agent in the sentence; its subject is what the act was done to.
  if (hit.cue.pos === 'verb' && pastPassive(tokens, i, original, toOriginal)) return true;
  if (heldThreat(tokens, hit, i, start, out, inMention)) return true;
  if (hit.cue.lemma === 'بدأ' && !beginsAct(tokens, i, start, end, inMention, original, toOriginal))
    return true;
  return hit.cue.kind === 'speech' && narrationFormula(tokens, i, start);
}

/** "تريد لإيران أن …": a ل-object right after the wanting verb, then أن within two words. */
function wantedOfSubject(tokens: Tokens, i: number, end: number): boolean {
  const next = tokens.text[i + 1] ?? '';
  if (i + 1 >= end || next.length < 3 || !next.startsWith('ل')) return false;
  for (let j = i + 2; j < end && j <= i + 3; j++) if (tokens.text[j] === 'ان') return true;
  return false;
}

/**
 * "مواجهة تهديد القاعدة", "ستتصدى بحزم لتهديدات الولايات المتحدة", "رفض اتهامات المغرب": a threat
 * noun, or a plural of accusation, criticism or warning, that another stance cue governs is the author's
 * act, which that cue reacts to (a transfer head), not a cue of its own to compose with.
 */
// Accusations, criticism and warnings (اتهامات، انتقادات، تحذيرات: "أدانت إيران واستنكرت تحذيرات
// الولايات المتحدة" opposes the warner).
const CHARGE_LEMMAS = new Set(['اتهم', 'انتقد', 'حذر']);

function heldThreat(
  tokens: Tokens,
  hit: TokenCue,
  i: number,
  start: number,
  out: readonly (TokenCue | undefined)[],
  inMention: Int32Array,
): boolean {
  if (hit.cue.pos !== 'noun') return false;
  const charges = CHARGE_LEMMAS.has(hit.cue.lemma) && tokens.text[i]!.endsWith('ات');
  if (hit.cue.lemma !== 'هدد' && !charges) return false;
  // Back over two words, past a VSO subject ("رفض حزب الله اتهامات المغرب").
  for (let j = i - 1, words = 0; j >= start && words < 2; j--) {
    if (out[j - start]?.cue.kind === 'stance') return true;
    if (inMention[j - start]! < 0) words++;
  }
  return false;
}

// Nouns of concern without a possessive (folded, with clitics): "بالقلق", "عن القلق", "قلقا",
// "مخاوف"; and the plural adjective of a speaker's own concern: "نحن قلقون من …".
const CONCERN_ADJECTIVES = /^(و|ف)?قلق(ون|ين)$/;
const CONCERN_FORMS = new RegExp(`^(و|ف)?(ب|بال|ال)?(قلق|قلقا|مخاوف)$|${CONCERN_ADJECTIVES.source}`);

/** A form of concern that carries no pronoun of its own (its owner is read by concernCue). */
export function isConcernForm(word: string): boolean {
  return CONCERN_FORMS.test(word);
}
// Verbs of feeling or voicing a concern (folded): شعر، استشعر، أعرب، عبر، أبدى.
const VOICING_VERBS =
  /^(و|ف)?(شعر|شعرت|شعروا|س?(يشعر|تشعر|نشعر|اشعر|يشعرون)|استشعر|استشعرت|تستشعر|يستشعر|اعرب|اعربت|اعربوا|يعرب|تعرب|نعرب|يعربون|عبر|عبرت|عبروا|يعبر|تعبر|نعبر|يعبرون|ابدي|ابدت|ابدوا|يبدي|تبدي|نبدي|يبدون)$/;
// What the concern's object follows: a preposition or a word of degree ("قلق بالغ إزاء").
const CONCERN_NEXT =
  /^(من|مما|ازاء|حيال|بشان|تجاه|علي|حول|بالغ|البالغ|عميق|العميق|شديد|الشديد|كبير|الكبير|متزايد|المتزايد|جدا|ايضا)$/;
const NOT_FELT = new Set(['لا', 'لم', 'لن', 'ولا', 'ولم', 'ليس', 'ليست']);
let ownedConcern: TokenCue | undefined;

/**
 * "وتشعر إسرائيل بالقلق من X", "أعربت المنظمة عن قلق بالغ إزاء X", "نحن قلقون من X": a concern
 * felt or voiced by a verb's subject, or an adjective of concern, is that subject's, as if the noun
 * carried its pronoun ("أعربت عن قلقها"); alone ("هناك قلق من", "أثار القلق") it belongs to no one.
 */
function concernCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  lexical: TokenCue | undefined,
  forms: number,
): TokenCue | undefined {
  if (!(forms & CONCERN)) return undefined;
  ownedConcern ??= tokenCue(analyzeArabicToken('قلق')!.cue, false, true);
  const word = tokens.text[i]!;
  if (CONCERN_ADJECTIVES.test(word)) return ownedConcern;
  if (i + 1 >= end || inMention[i + 1 - start]! >= 0) return undefined;
  if (!CONCERN_NEXT.test(tokens.text[i + 1]!)) return undefined;
  // Back over "عن", the verb's subject and one adverb to the verb of feeling or voicing.
  for (let j = i - 1, words = 0; j >= start && j >= i - 8; j--) {
    if (!tokens.isWord[j]) return undefined;
    const w = tokens.text[j]!;
    if (VOICING_VERBS.test(w)) {
      // "لا تشعر بالقلق من هذه الخطوة": a concern not felt takes no side either way.
      if (j > start && NOT_FELT.has(tokens.text[j - 1]!)) return undefined;
      return lexical ? tokenCue(lexical.cue, false, true) : ownedConcern;
    }
    if (inMention[j - start]! >= 0 || (w === 'عن' && j === i - 1)) continue;
    if (++words > 1) return undefined;
  }
  return undefined;
}

// Relations (folded, with clitics): "علاقات", "بعلاقة", "علاقاتنا".
const RELATIONS_FORMS = /^(و|ف)?(ب|ل|بال|ال)?(علاقه|علاقات)(نا|ها|ه|هم)?$/;
// Words of good relations (folded, with و): "علاقات طويلة وجيدة", "علاقات قوية ومتينة".
const GOOD_RELATIONS =
  /^(و)?(ال)?(جيده|طيبه|متينه|وثيقه|قويه|استراتيجيه|ممتازه|متميزه|مميزه|وطيده|اخويه|وديه|حميمه)$/;
// Words that may stand between them: how long or how old the relations are.
const DESCRIBING_RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
const RELATIONS_AGE = /^(و)?(ال)?(طويله|تاريخيه|قديمه|عريقه)$/;
const GOOD_RELATIONS_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.6, pos: 'noun', lemma: 'علاقه' }),
  false,
  true,
);

/**
 * "تجمعنا علاقات جيدة مع حكومة العراق", "لدينا علاقة جيدة مع X", "تربطها علاقات وثيقة بـ X":
 * good, close or strategic relations with someone, held by the clause's subject or speaker,
 * side with that one. Relations alone ("قطع العلاقات", "إعادة العلاقات مع", "توتر العلاقات")
 * take no side here.
 */
function goodRelationsCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  forms: number,
): TokenCue | undefined {
  if (!(forms & RELATIONS)) return undefined;
  // "ترامب، الذي يتمتع بعلاقات وثيقة مع السعودية": a relative clause describes whom it is about.
  for (let b = i - 1; b >= start && b >= i - 3; b--)
    if (DESCRIBING_RELATIVES.has(tokens.text[b]!)) return undefined;
  let good = false;
  let j = i + 1;
  for (; j < end && j <= i + 3; j++) {
    const w = tokens.text[j]!;
    if (GOOD_RELATIONS.test(w)) good = true;
    else if (!RELATIONS_AGE.test(w)) break;
  }
  if (!good || j >= end) return undefined;
  const w = tokens.text[j]!;
  // "مع X" or "بـ X" (a name with the clitic ب is its own token's start).
  return w === 'مع' || (w.startsWith('ب') && inMention[j - start]! >= 0) ? GOOD_RELATIONS_CUE : undefined;
}

// "مشروع" as an adjective (folded): legitimate; "دستوري" (constitutional) judges as it does, and is
// otherwise a classifier ("تعديلات دستورية", "المحكمة الدستورية").
const LEGITIMATE_FORMS = /^(مشروع|مشروعه|دستوري|دستوريه)$/;
// A reason after the predicate ("مشروع لأن إيران تنتمي …") still leaves it the clause's end.
const REASON_OPENERS = new Set(['لان', 'لانه', 'لانها', 'لانهم', 'كونه', 'كونها', 'بسبب']);
const LEGITIMATE_CUE = tokenCue(
  makeCue({ kind: 'evaluative', polarity: 1, strength: 0.6, pos: 'other', lemma: 'مشروع' }),
);
const CONSTITUTIONAL_CUE = tokenCue(makeCue({ ...LEGITIMATE_CUE.cue, lemma: 'دستوري' }));

/**
 * "إن التواجد الإيراني في المنطقة مشروع", "المستوطنات … غير مشروعة": legitimate, as the predicate
 * ending a clause after a definite noun phrase or after "غير". Elsewhere مشروع is a project or a
 * draft ("مشروع قرار", "إلى مشروعه") and judges nothing.
 */
function legitimacyCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  forms: number,
): TokenCue | undefined {
  if (!(forms & LEGITIMATE) || i <= start) return undefined;
  if (
    i + 1 < end &&
    tokens.isWord[i + 1] &&
    !/^و/.test(tokens.text[i + 1]!) &&
    !REASON_OPENERS.has(tokens.text[i + 1]!)
  )
    return undefined;
  const before = tokens.text[i - 1]!;
  if (before !== 'غير' && !(tokens.isWord[i - 1] && /^ال/.test(before))) return undefined;
  return tokens.text[i]!.startsWith('د') ? CONSTITUTIONAL_CUE : LEGITIMATE_CUE;
}

const STAND_WITH_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.8, pos: 'verb', lemma: 'وقف' }),
);
const STAND_AGAINST_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.75, pos: 'verb', lemma: 'وقف' }),
);
/**
 * The first token after the cue at i and the actor mentions right after it (a VSO subject:
 * "ووقفت الفصائل إلى جانب …"); a mention token for which `complement` holds ends the subject.
 */
function pastSubject(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  complement: (word: string) => boolean,
): number {
  let j = i + 1;
  while (j < end && inMention[j - start]! >= 0 && !complement(tokens.text[j]!)) j++;
  return j;
}

// Lining up with someone ("اصطفت إلى جانب X", "اصطفاف نظام الحمدين مع إيران") is taking their side;
// without the complement اصطف is a queue or a row of vehicles.
const STAND_FORMS =
  /^(و|ف)?(وقف|وقفت|وقفوا|س?(يقف|تقف|نقف|اقف|يقفون|يقفان|تقفان)|(ال|بال|لل)?وقوف|وقوفه|وقوفها|وقوفهم|وقوفنا|اصطف|اصطفت|اصطفوا|يصطف|تصطف|يصطفون|اصطفاف|اصطفافه|اصطفافها|اصطفافهم)$/;
// Fighting alongside someone ("تقاتل إلى جانب قوات النظام") is standing by them too.
const FIGHT_FORMS =
  /^(و|ف)?(قاتل|قاتلت|قاتلوا|يقاتل|تقاتل|يقاتلون|قتال|قتالهم|قتالهما|حارب|حاربت|يحارب|تحارب|يحاربون)$/;

// "وقوف بلاده "دوما" مع السعودية", "وقوفها التام إلى جانب X": how firmly or how often one stands.
const STAND_ADVERBS = new Set([
  'دوما',
  'دايما',
  'ابدا',
  'وابدا',
  'كذلك',
  'ايضا',
  'بقوه',
  'بحزم',
  'تماما',
  'التام',
  'الكامل',
  'الثابت',
]);

/** The first token from j on that is neither one of STAND_ADVERBS nor a quote around it (at most three). */
function skipStandAdverbs(tokens: Tokens, j: number, end: number): number {
  let k = j;
  while (k < end && k < j + 3 && (STAND_ADVERBS.has(tokens.text[k]!) || tokens.text[k] === '"')) k++;
  return k;
}

/**
 * "وقفت إلى جانب X", "أعرب عن وقوفه مع X", "قاتلت إلى جانب X": standing or fighting alongside
 * someone supports them; وقف alone is "stop" (وقف إطلاق النار), so the cue needs مع / إلى جانب /
 * بجانب right after it (and fighting "مع" someone may be fighting them). "وقفوا في وجه X",
 * "الوقوف بوجه السلطات" (stand in the face of): standing up to someone opposes them.
 */
function standWithCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  forms: number,
): TokenCue | undefined {
  const fight = (forms & FIGHT) !== 0;
  return fight || forms & STAND ? standsAlongside(tokens, i, start, end, inMention, fight) : undefined;
}

function standsAlongside(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  fight: boolean,
): TokenCue | undefined {
  // The VSO subject may stand in between: "ووقفت الفصائل إلى جانب …".
  const j = skipStandAdverbs(
    tokens,
    pastSubject(tokens, i, start, end, inMention, () => false),
    end,
  );
  const next = tokens.text[j];
  const alongside =
    (next === 'مع' && !fight) || next === 'بجانب' || (next === 'الي' && tokens.text[j + 1] === 'جانب');
  if (alongside) return STAND_WITH_CUE;
  const against = next === 'بوجه' || (next === 'في' && tokens.text[j + 1] === 'وجه');
  return against ? STAND_AGAINST_CUE : undefined;
}

const ORDER_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.7, pos: 'verb', lemma: 'أمر' }),
);
// أمر, and وجّه / أوعز ("directed that"); not توجه (went), whose ب names a place or manner.
const ORDER_FORMS = /^(و|ف)?(امر|امرت|امروا|يامر|تامر|يامرون|وجه|وجهت|وجهوا|يوجه|اوعز|اوعزت|يوعز)$/;

/**
 * "أمر البرلمان بإعادة الفرز", "وجه العبادي بإطلاق تخصيصات": ordering something supports it.
 * The same letters are the noun "matter" (أمر مهم) or "face" (وجه), and وجّه also directs
 * charges and invitations (وجهت تهما بـ…), so the verb needs its ب-complement right after the
 * VSO subject and a day or time word ("أمر الخميس بالتنفيذ …"); a ب of manner is none.
 */
function orderCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  forms: number,
): TokenCue | undefined {
  return forms & ORDER ? orderedWith(tokens, i, start, end, inMention) : undefined;
}

function orderedWith(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
): TokenCue | undefined {
  let j = pastSubject(tokens, i, start, end, inMention, (w) => w.startsWith('ب'));
  while (j < end && j <= i + 4 && TIME_WORDS.has(tokens.text[j]!)) j++;
  const next = tokens.text[j] ?? '';
  return next.startsWith('ب') && next.length > 3 && !MANNER_PHRASES.has(next) ? ORDER_CUE : undefined;
}

const APPROVE_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.7, pos: 'verb', lemma: 'أقر' }),
);
// أقرّ (passed, approved) in its finite forms; the same verb with ب or بأن is "admitted".
const APPROVE_FORMS = /^(و|ف)?(اقر|اقرت|اقروا|يقر|تقر|يقرون)$/;
// What a body passes or adopts (folded, without the article): أقر is "approved" only before one
// of these; before anything else it is mostly "admitted" or "acknowledged" (أقر بمقتل، أقر أهمية).
const APPROVED_THINGS =
  /^(ال)?(قانون|قانونا|قوانين|مشروع|مشاريع|خطه|خطط|موازنه|ميزانيه|قرار|قرارا|قرارات|تعديل|تعديلا|تعديلات|اتفاق|اتفاقا|اتفاقيه|هدنه|اجراءات|حزمه|عقوبات|دستور|نظام)$/;

/**
 * "أقر الكنيست قانون الدولة القومية", "أقرت الحكومة خطة": passing a law or adopting a plan
 * supports it. The verb needs a law, plan, budget or agreement as its direct object, right after
 * the VSO subject and any day or time word; with ب or بأن it is "admitted" (أقر بالهزيمة), and
 * before other nouns mostly "acknowledged" (أقرت الوثيقة أهمية …), no position on what follows.
 */
function approvalCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  forms: number,
): TokenCue | undefined {
  if (!(forms & APPROVE)) return undefined;
  const j = objectAfterSubject(tokens, i, start, end, inMention);
  return j < end && APPROVED_THINGS.test(tokens.text[j]!) ? APPROVE_CUE : undefined;
}

/**
 * The first word after a verb's VSO subject and any day or time word: where its object starts.
 * The VSO subject is one name; a phrase after it is the object ("أقر الكنيست قانون القومية",
 * "أقر الكنيست، الخميس، قانونا").
 */
function objectAfterSubject(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
): number {
  let j = pastMention(i + 1, end, start, inMention);
  // "وقعت تركيا وروسيا اتفاقا": names joined by و to the subject are more of it.
  while (j > i + 1 && j < end && inMention[j - start]! >= 0 && tokens.text[j]!.startsWith('و'))
    j = pastMention(j, end, start, inMention);
  for (; j < end && j <= i + 6; j++) {
    const w = tokens.text[j]!;
    // "وتوصلت إسرائيل والفصائل في يوليو، إلى اتفاق": a month after في dates the verb.
    if (w === 'في' && AR_MONTHS.has(tokens.text[j + 1] ?? '')) j++;
    else if (!TIME_WORDS.has(w) && w !== ',') break;
  }
  return j;
}

/** The token after the mention that starts at j (j itself when no mention starts there). */
function pastMention(j: number, end: number, start: number, inMention: Int32Array): number {
  const m = j < end ? inMention[j - start]! : -1;
  while (m >= 0 && j < end && inMention[j - start] === m) j++;
  return j;
}

// Signing binds its parties as agreeing does ("اتفق" is a mutual lemma): "وقعت الكويت والفلبين اتفاقية".
const SIGN_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.7, pos: 'verb', lemma: 'اتفق' }),
);
// وقّع (signed) and أبرم (concluded) in their finite forms. Not توقع, which is mostly "expected";
// وقع alone is also "happened, fell" (وقعت اشتباكات) and يوقع "inflicts" (يوقع خسائر).
const SIGN_FORMS =
  /^(و|ف)?(وقع|وقعت|وقعوا|وقعا|وقعتا|يوقع|يوقعون|يوقعان|توقعان|سيوقع|ستوقع|ابرم|ابرمت|ابرموا|ابرما|يبرم|تبرم)$/;
// What one signs or reaches (folded): an agreement, treaty, truce, memorandum, understanding or deal.
const SIGNED_THINGS = /^(ال)?(اتفاق|اتفاقا|اتفاقات|اتفاقيه|اتفاقيات|معاهده|هدنه|مذكره|تفاهم|تفاهمات|صفقه)$/;

/**
 * "وقعت طهران على الاتفاق النووي", "وقعوا اتفاقا لوقف إطلاق النار": signing or concluding an
 * agreement is a deed for it (the guideline's "an agreement between A and B"). The verb needs the
 * agreement as its object, after the VSO subject and an optional على; with anything else وقع is
 * "happened" or "fell" and takes no side.
 */
function signingCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  forms: number,
): TokenCue | undefined {
  if (!(forms & SIGN)) return undefined;
  let j = objectAfterSubject(tokens, i, start, end, inMention);
  if (tokens.text[j] === 'علي') j++;
  if (j >= end || !SIGNED_THINGS.test(tokens.text[j]!)) return undefined;
  return lateSubjectAfter(tokens, j, start, end, inMention) ? undefined : SIGN_CUE;
}

// An agreement reached binds its parties as one agreed on ("اتفق"): a mutual relation.
const REACH_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: 1, strength: 0.65, pos: 'verb', lemma: 'اتفق' }),
);
// توصّل (reached) in its past forms (folded). Not the present, mostly "لم يتوصل" or "أن يتوصلوا"
// (no agreement yet), nor the verbal noun التوصل, mostly an aim ("للتوصل", "سعيا إلى التوصل").
const REACH_FORMS = /^(و|ف)?(توصل|توصلت|توصلوا|توصلا|توصلتا|توصلنا)$/;

/**
 * "توصلت تركيا إلى اتفاق مع روسيا لوقف إطلاق النار", "توصلوا لاتفاق": reaching an agreement is
 * agreeing, a deed for what it settles and, with "مع Y", for the other party. The verb needs
 * إلى (or ل) and an agreement right after its VSO subject; "توصل إلى أن" (concluded that) is
 * no pact.
 */
function reachedPactCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  forms: number,
): TokenCue | undefined {
  if (!(forms & REACH)) return undefined;
  let j = objectAfterSubject(tokens, i, start, end, inMention);
  const to = tokens.text[j] ?? '';
  let thing = to;
  if (to === 'الي' || to === 'الى') thing = tokens.text[++j] ?? '';
  else if (to.startsWith('لل')) thing = 'ال' + to.slice(2);
  else if (to.startsWith('ل')) thing = to.slice(1);
  if (j >= end || !SIGNED_THINGS.test(thing)) return undefined;
  return lateSubjectAfter(tokens, j, start, end, inMention) ? undefined : REACH_CUE;
}

/**
 * The signatories are named after the agreement: "وقعت على الاتفاق إيران والولايات المتحدة
 * والصين" (a name right after the object, not behind ل or ب as in "اتفاقا لوقف إطلاق النار", is
 * the late subject), "وُقّعت الاتفاقية بين الشركة … وشركة بوينغ" (a passive). Those who sign
 * together take no side on each other, and a passive has no signer before it.
 */
function lateSubjectAfter(
  tokens: Tokens,
  j: number,
  start: number,
  end: number,
  inMention: Int32Array,
): boolean {
  if (j + 1 >= end) return false;
  if (tokens.text[j + 1] === 'بين') return true;
  // "اتفاق وقف إطلاق النار": a phrase of the pact's terms in construct is no signatory.
  if (AR_TRUCE_QUALIFIERS.test(tokens.text[j + 1]!)) return false;
  const next = inMention[j + 1 - start]!;
  return next >= 0 && next !== inMention[j - start] && !/^(ل|ب)/.test(tokens.text[j + 1]!);
}

const BLAME_CUE = tokenCue(
  makeCue({ kind: 'stance', polarity: -1, strength: 0.8, pos: 'verb', lemma: 'حمل' }),
);
const CARRY_FORMS = /^(و|ف)?(حمل|حملت|حملوا|حملا|يحمل|تحمل|نحمل|يحملون|يحملان)$/;

/**
 * "حمّلت بغداد أنقرة المسؤولية": حمّل with المسؤولية after it holds someone responsible; without
 * it the verb is "carry" (يحمل السلاح) and no cue.
 */
function blameCue(tokens: Tokens, i: number, end: number, forms: number): TokenCue | undefined {
  const blames = (forms & CARRY) !== 0 && complementWithin(tokens, i, end, 6, ['المسووليه', 'مسووليه']);
  return blames ? BLAME_CUE : undefined;
}

// Forms whose cue depends on the words around them, one bit each. The form tests run once per
// token form (memoised with its lexicon reading) instead of eight regular expressions per word.
const BELONGING = 1;
const PROJECTILE = 2;
const STAND = 4;
const FIGHT = 8;
const ORDER = 16;
const CARRY = 32;
const DEFENCE = 64;
const STABLE = 128;
const COOPERATION = 256;
const LIFT = 512;
// The forms above make a word a cue form (opensWithAnd); these three only gate a reading's own
// test (aggression, war on, battles with), which would otherwise run a regex on every word.
const CUE_FORMS = 1023;
const AGGRESSION = 1024;
const PURPOSE_WAR = 2048;
const BATTLE = 4096;
const CONCERN = 8192;
const RELATIONS = 16384;
const LEGITIMATE = 32768;
const APPROVE = 65536;
const SIGN = 131072;
const CAMPAIGN = 262144;
const REACH = 524288;
const OPPOSING = 1048576;
const FORM_TESTS: readonly (readonly [number, RegExp])[] = [
  [BELONGING, BELONGING_FORMS],
  [PROJECTILE, PROJECTILES],
  [STAND, STAND_FORMS],
  [FIGHT, FIGHT_FORMS],
  [ORDER, ORDER_FORMS],
  [CARRY, CARRY_FORMS],
  [DEFENCE, DEFENCE_FORMS],
  [STABLE, STABILITY],
  [COOPERATION, COOPERATION_FORMS],
  [LIFT, LIFT_FORMS],
  [AGGRESSION, AGGRESSION_FORMS],
  [PURPOSE_WAR, PURPOSE_WAR_FORMS],
  [BATTLE, BATTLE_FORMS],
  [CONCERN, CONCERN_FORMS],
  [RELATIONS, RELATIONS_FORMS],
  [LEGITIMATE, LEGITIMATE_FORMS],
  [APPROVE, APPROVE_FORMS],
  [SIGN, SIGN_FORMS],
  [CAMPAIGN, CAMPAIGN_FORMS],
  [REACH, REACH_FORMS],
  [OPPOSING, OPPOSING_FORMS],
];

interface ArabicForm {
  hit: TokenCue | undefined;
  forms: number;
  /** The form's classes for the analyser's passes (word-classes.ts). */
  classes: number;
}

// Most forms are none of these: they share one reading, which stays in the CPU cache.
const PLAIN_WORD: ArabicForm = { hit: undefined, forms: 0, classes: 0 };

// Most forms match none of the form tests: one test of their union sets them aside.
const ANY_FORM_TEST = unionOf(FORM_TESTS.map(([, test]) => test));

const readArabicForm = memoByForm((word): ArabicForm => {
  let forms = 0;
  if (ANY_FORM_TEST.test(word)) for (const [bit, test] of FORM_TESTS) if (test.test(word)) forms |= bit;
  const hit = analyzeArabicToken(word);
  const classes = arabicWordClasses(word);
  return hit || forms || classes ? { hit, forms, classes } : PLAIN_WORD;
});

/**
 * Looks a folded Arabic token up, peeling clitics and attached pronouns: the cue of the form's
 * one memoised reading (news vocabulary repeats, and peeling clitics costs substrings).
 */
export function lookupArabicCue(token: string): TokenCue | undefined {
  return readArabicForm(token).hit;
}

/**
 * The Arabic word opens with the conjunction و, not with a root و: "ووقفت", "وأكد" are joined
 * by و, "وقوفها", "وافق" are not (the word read without its و is no cue form).
 */
export function opensWithAnd(word: string): boolean {
  if (!word.startsWith('و')) return false;
  return !isCueForm(readArabicForm(word)) || isCueForm(readArabicForm(word.slice(1)));
}

/** A form with a cue or a context-dependent cue reading (its word classes aside). */
function isCueForm(form: ArabicForm): boolean {
  return form.hit !== undefined || (form.forms & CUE_FORMS) !== 0;
}

/**
 * "opposition-backer Turkey", "opposition-held Idlib": a word joined by a hyphen to the word
 * after it modifies that word's head; the compound names, it takes no side.
 */
/** The token at k is written with a capital letter. */
function capitalAt(tokens: Tokens, k: number, original: string, toOriginal: Int32Array): boolean {
  const c = original.charCodeAt(toOriginal[tokens.start[k]!]!);
  return c >= 0x41 && c <= 0x5a;
}

/**
 * "Operation Decisive Storm", "the Syria Support Group", "Outrage Over Aleppo": a capitalised
 * cue word, not opening its sentence, right beside another capitalised word is part of a name
 * (of an operation, a body, a campaign), which takes no side itself. Not in a headline run
 * ("Syrian Jets Pounds ISIS Offensive in Hama": the words on either side capitalised too),
 * and not "Armed" of "Armed Forces", through which the coordination "X Armed Forces and Y" is read.
 */
function insideProperName(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  original: string,
  toOriginal: Int32Array,
): boolean {
  if (tokens.text[i] === 'armed' || !capitalAt(tokens, i, original, toOriginal)) return false;
  let first = start;
  while (first < i && !tokens.isWord[first]) first++;
  if (first === i) return false;
  const capitalWord = (k: number): boolean =>
    k >= start && k < end && tokens.isWord[k] === 1 && capitalAt(tokens, k, original, toOriginal);
  if (!capitalWord(i - 1) && !capitalWord(i + 1)) return false;
  // A headline run: no running word (lower-case, not a function word that headlines write
  // small) among the three on either side.
  for (let k = Math.max(start, i - 3); k < end && k <= i + 3; k++) {
    if (k === i || !tokens.isWord[k] || HEADLINE_SMALL_WORDS.has(tokens.text[k]!)) continue;
    const c = original.charCodeAt(toOriginal[tokens.start[k]!]!);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

// Nouns of dismay, and the words before them that make the reaction nobody's in particular.
const UNOWNED_REACTION_NOUNS = new Set(['outrage', 'dismay']);
const UNOWNED_REACTION_LEADS = new Set([
  'international',
  'global',
  'public',
  'widespread',
  'popular',
  'amid',
  'sparked',
  'caused',
  'provoked',
  'triggered',
  'drew',
  'prompted',
]);

// Words that headlines in title case leave in lower case.
const HEADLINE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'as',
  'over',
  'from',
  'with',
  'into',
  'against',
  'after',
  'before',
  'near',
  'amid',
  'via',
  'up',
]);

function modifiesCompound(original: string, end: number): boolean {
  return original.charCodeAt(end) === 0x2d && /[A-Za-z]/.test(original.charAt(end + 1));
}

/**
 * "Daesh (banned in Russia) militants": a gloss in brackets right after a name labels it (the
 * outlet's boilerplate); the bracket takes no side, nor does its verb reach past it.
 */
function bracketedGloss(original: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && original.charCodeAt(i) === 0x20) i--;
  if (original.charCodeAt(i) !== 0x28) return false;
  i--;
  while (i >= 0 && original.charCodeAt(i) === 0x20) i--;
  if (!/[A-Za-z]/.test(original.charAt(i))) return false;
  const close = original.indexOf(')', at);
  return close > at && close - at <= 40 && !original.slice(at, close).includes('(');
}

// Capitalised heads that close the proper name of a court or an office: "International Criminal
// Court", "Counter Terrorism Unit".
const EN_INSTITUTION_NAME_HEADS = new Set(
  'Court Courts Tribunal Council Commission Committee Department Directorate Unit Division Agency Bureau Office Police Service'.split(
    ' ',
  ),
);

/**
 * "calls for an International Criminal Court investigation": a capitalised word right before the
 * capitalised head of a court's or an office's name is part of that name, not a cue of its own.
 */
function wordOfInstitutionName(original: string, at: number, length: number): boolean {
  const first = original.charCodeAt(at);
  if (first < 0x41 || first > 0x5a) return false;
  let i = at + length;
  while (i < original.length && original.charCodeAt(i) === 0x20) i++;
  let j = i;
  while (j < original.length && /[A-Za-z]/.test(original.charAt(j))) j++;
  return j > i && EN_INSTITUTION_NAME_HEADS.has(original.slice(i, j));
}

// Words before "position" that make it ground held in war, not a stance.
const MILITARY_POSITION_WORDS = new Set(
  'fighting military army reconnaissance monitoring observation defensive defence defense forward firing artillery frontline militant terrorist'.split(
    ' ',
  ),
);

const FIRE_FORMS = new Set(['fire', 'fires', 'fired', 'firing']);

// Verbs that put someone out of a place with the object before "out of": "drove IS out of Manbij".
const DRIVE_OUT_FORMS = new Set(
  'drive drives drove driven driving push pushes pushed pushing force forces forced forcing chase chases chased chasing kick kicks kicked kicking flush flushes flushed flushing'.split(
    ' ',
  ),
);
const DRIVEN_OUT_CUE = makeCue({
  kind: 'stance',
  polarity: -1,
  strength: 0.6,
  pos: 'verb',
  lemma: 'drive out',
});

const SIDE_OF_CUE = makeCue({
  kind: 'stance',
  polarity: 1,
  strength: 0.7,
  pos: 'other',
  lemma: 'side of',
  particle: true,
  span: 1,
});

/**
 * "its intervention in Syrias civil war on the side of Bashar al-Assad": being "on the side of" X
 * takes X's side, whatever act it follows; "the side of the road" or "the eastern side of
 * Damascus" is a place.
 */
function sideOfCue(tokens: Tokens, i: number, start: number): Cue | undefined {
  const t = tokens.text;
  if (t[i] !== 'side' || t[i + 1] !== 'of' || i - 2 < start) return undefined;
  return t[i - 1] === 'the' && t[i - 2] === 'on' ? SIDE_OF_CUE : undefined;
}

/** Words after which a bare "back" is a verb: "ready to back Assad", "would not back the plan". */
const BACK_VERB_MARKERS = new Set(
  'to will would shall should can could may might must do does did'.split(' '),
);
/** Words after "back" that make it an adverb: "to back to their houses", "could back into". */
const BACK_ADVERB_NEXT = new Set(
  'to from into in inside on onto up at toward towards under home then again across'.split(' '),
);

/**
 * The bare form "back" is mostly an adverb ("came back", "pushed back"), so the lexicon leaves it
 * out; after "to" or a modal ("to back President Assad", "will not back"), with no particle
 * after it, it is the verb (its particle phrases — "back down", "back away from" — as inflected).
 */
function bareBackCue(tokens: Tokens, i: number, start: number): Cue | undefined {
  // "managed to foil an attack": so is the bare form of "foil", mostly a noun elsewhere.
  if (tokens.text[i] === 'foil') {
    const b = i - 1;
    return b >= start && BACK_VERB_MARKERS.has(tokens.text[b]!)
      ? lookupEnglishCue('foils', undefined)
      : undefined;
  }
  if (tokens.text[i] !== 'back') return undefined;
  let b = i - 1;
  if (b > start && (tokens.text[b] === 'not' || tokens.text[b] === 'also')) b--;
  if (b < start || !BACK_VERB_MARKERS.has(tokens.text[b]!)) return undefined;
  const next = tokens.text[i + 1];
  if (next !== undefined && BACK_ADVERB_NEXT.has(next)) return undefined;
  return lookupEnglishCue('backs', next, tokens.text, i);
}

// Prepositions that end the object of a driving verb before any "from" ("pushed with Russia from").
const DRIVE_OBJECT_ENDS = new Set('with to for on in at into by against over under'.split(' '));

/**
 * "the SDF drove Islamic State fighters out of Manbij", "rebels pushed the YPG out of Tal Rifaat",
 * "drove Islamic State from Kobane", "drive the terrorist groups back from the town": a named
 * object between the verb and "out of" / "(back) from" is expelled, as by "expel"; with nothing
 * named between ("were forced out of their homes", "driven more than half of Syrians from their
 * homes" names no actor) the verb has no such object.
 */
function drivenOutCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
): Cue | undefined {
  if (!DRIVE_OUT_FORMS.has(tokens.text[i]!)) return undefined;
  let named = false;
  for (let j = i + 1; j + 1 < end && j <= i + 6; j++) {
    if (!tokens.isWord[j]) return undefined;
    if (tokens.text[j] === 'out') return named && tokens.text[j + 1] === 'of' ? DRIVEN_OUT_CUE : undefined;
    if (tokens.text[j] === 'from') return named ? DRIVEN_OUT_CUE : undefined;
    if (inMention[j - start]! >= 0) named = true;
    else if (DRIVE_OBJECT_ENDS.has(tokens.text[j]!)) return undefined;
  }
  return undefined;
}

// Verbs of more or longer whose participles qualify a noun ("the escalating violence"), and the
// words before such an attributive participle.
const ASPECT_LEMMAS = new Set([
  'escalate',
  'continue',
  'intensify',
  'increase',
  'expand',
  'extend',
  'resume',
]);
const ATTRIBUTIVE_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
]);
const ATTRIBUTIVE_NOT_NOUNS = new Set([
  'by',
  'of',
  'to',
  'in',
  'on',
  'at',
  'with',
  'from',
  'for',
  'against',
  'and',
  'or',
]);

/** The English participle at i of an aspect verb stands between a determiner and the noun it qualifies. */
function attributiveAspect(tokens: Tokens, i: number, start: number, cue: Cue): boolean {
  if (cue.pos !== 'verb' || !ASPECT_LEMMAS.has(cue.lemma) || i <= start) return false;
  const word = tokens.text[i]!;
  if (!word.endsWith('ing') && !word.endsWith('ed')) return false;
  const next = tokens.text[i + 1];
  return (
    ATTRIBUTIVE_DETERMINERS.has(tokens.text[i - 1]!) &&
    next !== undefined &&
    tokens.isWord[i + 1] === 1 &&
    !ATTRIBUTIVE_NOT_NOUNS.has(next)
  );
}

// "take" as capture: its forms, and the ground taken that must stand between it and "from".
const TAKE_FORMS = new Set(['take', 'takes', 'took', 'taken', 'taking']);
const TAKEN_GROUND = new Set(
  'town towns city cities village villages area areas territory territories control district districts neighbourhood neighbourhoods neighborhood neighborhoods region province base bases airport airbase hill hills positions ground parts part percent swathes swathe strip stronghold strongholds'.split(
    ' ',
  ),
);

/**
 * "IS took large areas from government forces", "after taking Buyir from the SDF": "take" with
 * ground (a ground noun or a capitalised place) before "from" and a name after it captures that
 * ground from the one named, as "capture" does; "took orders from X", "took off from" take
 * nothing from anyone.
 */
function takenFromCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
  original: string,
  toOriginal: Int32Array,
): Cue | undefined {
  if (!TAKE_FORMS.has(tokens.text[i]!)) return undefined;
  let ground = false;
  for (let j = i + 1; j + 1 < end && j <= i + 8; j++) {
    const w = tokens.text[j]!;
    if (!tokens.isWord[j] || inMention[j - start]! >= 0) return undefined;
    if (w === 'from') {
      const named = tokens.text[j + 1] === 'the' ? j + 2 : j + 1;
      return ground && named < end && inMention[named - start]! >= 0
        ? lookupEnglishCue('captured', undefined)
        : undefined;
    }
    if (TAKEN_GROUND.has(w) || (j === i + 1 && capitalAt(tokens, j, original, toOriginal))) ground = true;
    else if (w !== 'of' && w !== 'in' && DRIVE_OBJECT_ENDS.has(w)) return undefined;
  }
  return undefined;
}

/**
 * "fired a ballistic missile at Saudi Arabia": a weapon named between "fire" and the preposition
 * that names what it is aimed at is the verb's object; the cue is the one "fire at" has.
 */
function firedWeaponCue(
  tokens: Tokens,
  i: number,
  start: number,
  end: number,
  inMention: Int32Array,
): Cue | undefined {
  if (!FIRE_FORMS.has(tokens.text[i]!)) return undefined;
  let weapon = false;
  for (let j = i + 1; j < end && j <= i + 5; j++) {
    if (!tokens.isWord[j] || inMention[j - start]! >= 0) return undefined;
    const w = tokens.text[j]!;
    if (EN_FIRED_WEAPONS.has(w)) weapon = true;
    else if (weapon && EN_FIRED_AT.has(w)) return lookupEnglishCue(tokens.text[i]!, 'at');
    else if (weapon) return undefined;
  }
  return undefined;
}
