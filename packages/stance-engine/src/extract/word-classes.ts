// Classes of Arabic word forms that the sentence analyser's token passes start from, one bit
// each. Such a pass tests every token of a sentence against its list or pattern, and nearly all
// sentences hold none of its words. The cue annotator reads each form's classes together with its
// cue (one memoised lookup per word, mentions included) and the analyser runs a pass only where
// its class occurs: the class test is the pass's own first test, so a skipped pass finds nothing.
import {
  ACT_HEAD_NOUNS,
  AR_ACTIVITY_NOUNS,
  AR_ATROCITY_VERB,
  AR_MISDEED_VERB,
  AR_ATTACK_HEADS,
  AR_CONDUCT_NOUNS,
  AR_DESIGNATING_VERBS,
  AR_HOLDING_WORDS,
  AR_HOSTILE_ACT_NOUNS,
  AR_INVESTIGATION_NOUNS,
  AR_LAUNCH_NOUNS,
  AR_MISDEED_NOUNS,
  AR_MISDEED_OBJECT_GENITIVE,
  AR_RESPONSIBLE,
  AR_INVOLVED,
  AR_STANDS_BEHIND,
} from './word-lists.js';

export const HOSTILE_ACT_WORD = 1;
export const MISDEED_WORD = 2;
export const ATROCITY_WORD = 4;
export const EXCHANGE_WORD = 8;
export const DIPLOMATIC_WORD = 16;
export const INVESTIGATION_WORD = 32;
export const DESIGNATING_WORD = 64;
export const DENIAL_WORD = 128;
export const ACTIVITY_WORD = 256;
export const OWN_ACT_WORD = 512;
export const HOLDING_WORD = 1024;
/** Every class: a sentence whose words were not classed (English) skips no pass. */
export const ANY_WORD = -1;

// "تبادل", "تبادلا", "يتبادلون": trading something with each other.
export const EXCHANGE_FORMS =
  /^(و|ف)?(تبادل|تبادلت|تبادلوا|تبادلا|يتبادل|تتبادل|يتبادلون|يتبادلان|تتبادلان)$/;
// Relations with a state (folded, with proclitics).
export const AR_RELATIONS = /^(و|ب|ل)?(ال)?علاقات(ها|ه|هم|هما)?$|^للعلاقات$/;
// Envoys (folded).
export const AR_ENVOYS = /^(ال)?(سفير|سفيرها|سفيره|سفيريها|سفراء|سفراءها|القايم|قايم|القنصل)$/;
// "نفى", "كذّب" (belied): denying what another said opposes him; no stance cue of their own.
export const AR_DENIAL_VERBS = /^(و|ف)?(نفي|نفت|نفوا|ينفي|تنفي|ينفون|كذب|كذبت|كذبوا|يكذب|تكذب)$/;

// و ف ب ل as character codes, for peeling proclitics without a regular expression.
const PROCLITIC_CODES = new Set([0x648, 0x641, 0x628, 0x644]);

/**
 * The forms of the act nouns agentsOfHostileActs reads, with up to two proclitics ("لاعتداء",
 * "وبإطلاق"; peeled only while the word is not known as is), each mapped to whether it is a
 * launch: every token of an Arabic sentence is looked up once instead of peeled and tried.
 */
export const AR_ACT_FORMS = actForms();

function actForms(): Map<string, boolean> {
  const known = (w: string): boolean =>
    AR_HOSTILE_ACT_NOUNS.has(w) || AR_ATTACK_HEADS.has(w) || AR_LAUNCH_NOUNS.has(w);
  const clitics = [...PROCLITIC_CODES].map((c) => String.fromCharCode(c));
  const prefixes = ['', ...clitics, ...clitics.flatMap((a) => clitics.map((b) => a + b))];
  const forms = new Map<string, boolean>();
  for (const noun of [...AR_HOSTILE_ACT_NOUNS, ...AR_ATTACK_HEADS, ...AR_LAUNCH_NOUNS]) {
    for (const prefix of prefixes) {
      let w = prefix + noun;
      for (let n = 0; n < 2 && !known(w) && PROCLITIC_CODES.has(w.charCodeAt(0)); n++) w = w.slice(1);
      forms.set(prefix + noun, AR_LAUNCH_NOUNS.has(w));
    }
  }
  return forms;
}

/** An Arabic misdeed noun as written: definite or not, and what its genitive and adjectives may do. */
export interface MisdeedForm {
  definite: boolean;
  objectGenitive: boolean;
  conduct: boolean;
}

/**
 * Every form of the misdeed and conduct nouns with their proclitics ("والتدخلات", "لتهديدات",
 * "بالاعتداءات"): one Map lookup per token instead of peeling each word.
 */
export const AR_MISDEED_FORMS = misdeedForms();

function misdeedForms(): Map<string, MisdeedForm> {
  const forms = new Map<string, MisdeedForm>();
  const clitics = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];
  for (const noun of [...AR_MISDEED_NOUNS, ...AR_CONDUCT_NOUNS]) {
    const objectGenitive = AR_MISDEED_OBJECT_GENITIVE.has(noun);
    const conduct = AR_CONDUCT_NOUNS.has(noun);
    for (const c of clitics) {
      forms.set(c + noun, { definite: false, objectGenitive, conduct });
      forms.set((c.endsWith('ل') ? c + 'ل' : c + 'ال') + noun, { definite: true, objectGenitive, conduct });
    }
  }
  return forms;
}

const ACTIVITY_PREFIX = /^(و?)(لل|بال|ال|ل|ب)?(.+)$/;

/** An Arabic activity noun (folded) with its prefix: "تدخلات", "للتدخلات", "والنفوذ". */
export function arabicActivityNoun(w: string): { prefix: string; definite: boolean } | undefined {
  // The word as it stands first, then without its prefix (no arrays built: this runs on every
  // new word form, for its classes).
  if (AR_ACTIVITY_NOUNS.has(w)) return { prefix: '', definite: false };
  const m = ACTIVITY_PREFIX.exec(w);
  if (!m || !AR_ACTIVITY_NOUNS.has(m[3]!)) return undefined;
  const prefix = m[1]! + (m[2] ?? '');
  return { prefix, definite: /(ال|لل)$/.test(prefix) };
}

/** "ضرباتها" → "الضربات": an Arabic act noun owned by a pronoun, as its definite head. */
export function arabicOwnActHead(w: string): string | undefined {
  // Every such word ends in ه, ا (ها، هما) or م (هم): most words are set aside without the pattern.
  const last = w.charCodeAt(w.length - 1);
  if (last !== 0x647 && last !== 0x627 && last !== 0x645) return undefined;
  const m = /^(?:و|ف)?(.{3,}?)(?:ها|هم|هما|ه)$/.exec(w);
  if (!m) return undefined;
  // Construct state: "عمليه" + ها is written "عمليتها" (ة → ت before a suffix).
  const stem = m[1]!.replace(/ت$/, 'ه');
  for (const form of ['ال' + m[1]!, 'ال' + stem]) if (ACT_HEAD_NOUNS.has(form)) return form;
  return undefined;
}

/** "وضربات" → "الضربات", "الهجوم": an Arabic act noun as its definite head (و/ف peeled). */
export function arabicBareActHead(word: string): string | undefined {
  const c = word.charCodeAt(0);
  const w =
    (c === 0x648 || c === 0x641) && word.length > 1 && word.charCodeAt(1) !== 0x627 ? word.slice(1) : word;
  if (w.startsWith('ال')) return ACT_HEAD_NOUNS.has(w) ? w : undefined;
  return ACT_HEAD_NOUNS.has('ال' + w) ? 'ال' + w : undefined;
}

/**
 * One pattern that a word matches where it matches any of these (patterns without flags or
 * backreferences): most new word forms match none, and one test then stands in for all of them.
 */
export function unionOf(patterns: readonly RegExp[]): RegExp {
  for (const p of patterns)
    if (p.flags !== '' || /\\[1-9k]/.test(p.source))
      throw new Error(`unionOf: ${p.source} has flags or a backreference`);
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}

const CLASS_PATTERNS = unionOf([
  AR_ATROCITY_VERB,
  AR_MISDEED_VERB,
  AR_RESPONSIBLE,
  AR_STANDS_BEHIND,
  AR_INVOLVED,
  EXCHANGE_FORMS,
  AR_RELATIONS,
  AR_ENVOYS,
  AR_DESIGNATING_VERBS,
  AR_DENIAL_VERBS,
  AR_HOLDING_WORDS,
]);

/**
 * The classes of a folded Arabic word (0 for most words, and for every punctuation mark). Each
 * test is the first test of the pass that the class gates, on the word alone (a pass that also
 * looks at the next word tests this word first).
 */
export function arabicWordClasses(w: string): number {
  let classes = 0;
  if (AR_ACT_FORMS.has(w)) classes |= HOSTILE_ACT_WORD; // agentsOfHostileActs
  if (AR_MISDEED_FORMS.has(w)) classes |= MISDEED_WORD; // misdeedOwners
  if (AR_INVESTIGATION_NOUNS.has(w)) classes |= INVESTIGATION_WORD; // investigationCalls
  if (CLASS_PATTERNS.test(w)) {
    if (
      AR_ATROCITY_VERB.test(w) ||
      AR_MISDEED_VERB.test(w) ||
      AR_RESPONSIBLE.test(w) ||
      AR_STANDS_BEHIND.test(w) ||
      AR_INVOLVED.test(w)
    )
      classes |= ATROCITY_WORD; // atrocityAgents
    if (EXCHANGE_FORMS.test(w)) classes |= EXCHANGE_WORD; // relationsAmongParties
    if (AR_RELATIONS.test(w) || AR_ENVOYS.test(w)) classes |= DIPLOMATIC_WORD; // diplomaticDeeds
    if (AR_DESIGNATING_VERBS.test(w)) classes |= DESIGNATING_WORD; // designatedAntecedents
    if (AR_DENIAL_VERBS.test(w)) classes |= DENIAL_WORD; // arabicProductReactions
    if (AR_HOLDING_WORDS.test(w)) classes |= HOLDING_WORD; // linkWords (attacksOnHeldGround)
  }
  if (arabicActivityNoun(w)) classes |= ACTIVITY_WORD; // curbedActivities
  if (arabicOwnActHead(w) !== undefined || arabicBareActHead(w) !== undefined) classes |= OWN_ACT_WORD; // ownActs
  return classes;
}
