// The view of one sentence that the analysis works on: tokens with their cues and mentions,
// and the syntactic tests shared by holder and target resolution (prepositional objects,
// genitives, coordination, negation).
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import { withoutConjunction } from '../text/tokens.js';
import type { Language } from '../text/language.js';
import { mentionWith, type Mention } from './mentions.js';
import type { TokenCue } from '../lexicon/cue.js';
import { isClauseMark } from '../text/segment.js';
import { arabicAuxiliaryStart } from './ar-auxiliaries.js';
import { EN_ARTICLES, monthMay } from './cues.js';
import { isArabicTitleWord, isOfficeWord } from '../lexicon/common-words.js';
import { isActionOnly, isAttack, isForce, takesFromTarget, takesHolderGenitive } from '../lexicon/cue.js';
import { MAX_CUE_SPAN } from '../lexicon/english-cues.js';
import {
  AR_GRIP_WORDS,
  LOCATIVE,
  EN_GEO_NOUNS,
  PLACE_NOUNS,
  AR_PLACE_NOUNS,
  EN_SUBJECT_GAP,
  EN_PREDICTIVE_MODALS,
  STATE_ACTION_NOUNS,
  EN_STATE_HOSTILITY_NOUNS,
  ADJECTIVE_NEGATORS,
  AR_PARTICLES,
  EN_SPOKESPEOPLE,
  EN_DETERMINERS,
  AR_CAUSE_PREPS,
  EN_CAUSE_HEADS,
  AR_TEMPORAL_PREPS,
  EN_TEMPORAL_PREPS,
  AR_RECEIVING_VERBS,
  EN_RECEIVING_VERBS,
  EN_PEOPLE_NOUNS,
  RELATIONAL_NOUNS,
  RELATIONAL_AR,
  AR_STATE_TITLES,
  EACH_OF,
  AR_ALLY_AFTER_AND,
  EN_POSSESSIVE_PRONOUNS,
  EN_ALLY_NOUNS,
  EN_ASSET_NOUNS,
  AR_ASSET_NOUNS,
  AR_ASSET_QUALIFIERS,
} from './word-lists.js';

// "تابعة", "الموالية" (folded): forces affiliated or loyal to the actor after them.
const AR_AFFILIATED = /^(ال)?(تابع|موال)(يه|ه|ين|ون)$/;
const AR_FORCE_WORDS = /^(و)?(ال)?(قوات|وحدات)$/;

const FAA = 0x0641;
// "دون", "without": a negation of the phrase after it; "بلا" only before a bare noun.
const WITHOUT_WORDS = new Set(['دون', 'بدون', 'without']);
// Words of possibility a negation before them makes impossibility.
const POSSIBLE_WORDS = new Set(['يمكن', 'ممكن', 'ممكنا', 'بالامكان', 'possible']);
const EN_CAN = new Set(['can', 'could']);
// How far before the cue the impossibility may stand (words of the cue's clause).
const IMPOSSIBLE_REACH = 12;
const EN_TITLE_ASSETS = new Set(['general', 'commander', 'officer', 'adviser', 'advisor', 'diplomat']);
const EN_ASSET_MODIFIERS = new Set([
  'military',
  'army',
  'air',
  'naval',
  'navy',
  'oil',
  'senior',
  'top',
  'elite',
]);

/** An Arabic asset noun, with or without proclitic, article or accusative alif ("أهدافا", "للقوات"). */
// Members' nouns in the construct state (folded): "مسلحي داعش", "عناصر التنظيم".
const AR_MEMBER_CONSTRUCTS = new Set(['مسلحي', 'مقاتلي', 'عناصر', 'اعضاء', 'متمردي', 'انصار']);

export function arabicAssetHead(word: string): boolean {
  return arabicBareForms(word).some(
    (b) => AR_ASSET_NOUNS.has(b) || (b.endsWith('ا') && AR_ASSET_NOUNS.has(b.slice(0, -1))),
  );
}

/** A word and its forms without one proclitic and the article ("وبالقوات" → "قوات", "للقوات" → "قوات"). */
export function arabicBareForms(word: string): string[] {
  const forms = [word];
  const m = /^(و|ف)?(ب|ل|ك)?(ال)?/.exec(word)![0];
  if (m) forms.push(word.slice(m.length));
  if (/^(و|ف)?لل/.test(word)) forms.push(word.replace(/^(و|ف)?لل/, ''));
  return forms;
}
const EN_RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

// A people's adjective by its ending: Kurdish, Iranian, Iraqi, Lebanese, Turkmen aside.
const PEOPLE_ADJECTIVE = /^[a-z]+(ish|ian|ean|an|i|ese)$/;

export type Stance = 'support' | 'oppose' | 'neutral';

export interface RawStatement {
  actor: number;
  topic: number;
  stance: Stance;
  confidence: number;
  /** Folded-text span of the evidence. */
  start: number;
  end: number;
}

export interface SentenceInput {
  compiled: CompiledCodebook;
  tokens: Tokens;
  lang: Language;
  start: number;
  end: number;
  /** Mentions inside this sentence, in text order. */
  mentions: Mention[];
  /** Mention index (into `mentions`) per token of the sentence, -1 where none. */
  mentionAt: Int32Array;
  cues: (TokenCue | undefined)[];
  /** English: 1 where the token starts with a capital letter in the original text. */
  capitalized?: Uint8Array;
  /** Tracked persons introduced as officials of a tracked body, and that body (-1: several). */
  officeBodies?: ReadonlyMap<number, number> | undefined;
  /** English: 1 where the token is the second half of a hyphenated compound ("Iran-backed"). */
  hyphenated?: Uint8Array;
  /** Arabic: 1 where the token is written with إ, which folding turns into ا (إنْ "if" vs أنْ). */
  hamzaBelow?: Uint8Array;
  /** Holders of the previous sentence (for elided subjects and pronouns). */
  previousHolders: number[];
  /**
   * English: how many sentences lie between this one and the sentence that last set
   * `previousHolders` (0: the sentence right before). Absent, taken as 0.
   */
  previousHoldersAge?: number;
  /** The last topic phrase of the previous sentence, for a pronoun object (وصفها، رفضه). */
  previousTopic?: Mention | undefined;
  /**
   * The speakers of the quotation that holds this whole sentence, when it is attributed in
   * another sentence ("“X is a disgrace. He must go,” Trump said.", "قالت نويرت: "… . ويشكل
   * هذا الأمر مصدر قلق لنا""); empty for a speaker we do not track.
   */
  quoteSpeakers?: number[] | undefined;
  /** The token after the quotation's last word in this sentence ("…"، وفقا لما نقلته وكالة …"). */
  quoteEnd?: number | undefined;
  /**
   * Arabic: the classes of the sentence's words (word-classes.ts); the passes of a class that
   * does not occur are skipped. Absent, every pass runs.
   */
  wordClasses?: number;
  /**
   * Arabic: for the first and last token of each quotation of three words or more, the other
   * end of its run; -1 elsewhere (quotes.ts, arabicQuotedRuns). Absent without quotations.
   */
  quotedRuns?: Int32Array | undefined;
}

export interface SentenceResult {
  statements: RawStatement[];
  /** Actors that held a position or spoke in this sentence. */
  holders: number[];
  /** Targets (by first token) whose governing cue the rules examined and rejected. */
  vetoed: number[];
}

export class SentenceView {
  protected readonly s: number;
  protected readonly e: number;
  constructor(protected readonly input: SentenceInput) {
    this.s = input.start;
    this.e = input.end;
  }

  protected cueAt(k: number): TokenCue | undefined {
    return this.input.cues[k - this.s];
  }

  protected mentionAtToken(k: number): Mention | undefined {
    // (Bounds tested, not read past: an out-of-bounds read throws optimised code away.)
    if (k < this.s || k >= this.e) return undefined;
    const m = this.input.mentionAt[k - this.s]!;
    return m >= 0 ? this.input.mentions[m] : undefined;
  }

  /** Where the Arabic verb group of the verb at k begins, its auxiliaries included ("كانت قد"). */
  protected auxiliaryStart(k: number): number {
    return arabicAuxiliaryStart(this.input.tokens.text, k, this.s);
  }

  protected isKind(k: number, kind: string): boolean {
    return this.cueAt(k)?.cue.kind === kind;
  }

  /** The sentence asks ("هل …؟", "… ?"): its terminator is the token right after its end. */
  protected asksQuestion(): boolean {
    const text = this.input.tokens.text;
    for (let j = this.s; j <= this.e && j < this.input.tokens.count; j++) if (text[j] === '?') return true;
    return false;
  }

  protected canHold(m: Mention): boolean {
    if (m.modifier || m.actor < 0) return false;
    // "Syria's main opposition group" is not Syria; "Iran's foreign minister" speaks for Iran.
    if (m.possessive && this.input.lang === 'en' && !this.officeAfter(m)) return false;
    if (this.englishPlaceName(m)) return false;
    if (this.persuadedAddressee(m)) return false;
    return m.kind === 'name' || m.kind === 'role' || (m.kind === 'demonym' && m.official);
  }

  /**
   * "في محاولة فرنسية لإقناع واشنطن بالبقاء ضمن الاتفاق": the name after a verbal noun of
   * persuading is the one persuaded, whose act is asked of it, not its position.
   */
  private persuadedAddressee(m: Mention): boolean {
    return (
      this.input.lang === 'ar' &&
      m.tokStart - 1 >= this.s &&
      AR_PERSUADING.test(this.input.tokens.text[m.tokStart - 1]!)
    );
  }

  /**
   * "their offensive in northern Syria against X": an English name after a locative word is a
   * place and does not act, unless it stands for a body named before it ("the regime in Damascus").
   */
  private englishPlaceName(m: Mention): boolean {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'en' || m.tokStart - 1 < this.s || !LOCATIVE.has(text[m.tokStart - 1]!))
      return false;
    let j = m.tokStart - 2;
    while (j >= this.s && LOCATIVE.has(text[j]!)) j--;
    return j < this.s || !isOfficeWord(text[j]!, 'en') || this.foreignBody(j, m.actor);
  }

  /**
   * "Kurdish forces in Syria", "Turkish troops in Syria": a body word after another people's
   * adjective or another actor's name is theirs, and the name after "in" only places it.
   */
  private foreignBody(office: number, actor: number): boolean {
    const before = office - 1;
    if (before < this.s) return false;
    const m = this.mentionAtToken(before);
    if (m) return m.tokEnd === office && m.actor !== actor && (m.countryOf ?? m.actor) !== actor;
    return this.input.capitalized?.[before] === 1 && PEOPLE_ADJECTIVE.test(this.input.tokens.text[before]!);
  }

  /** "Iran's foreign minister", "Russia's Aerospace Forces": an office word within three words. */
  private officeAfter(m: Mention): boolean {
    const { tokens } = this.input;
    let j = m.tokEnd;
    if (tokens.text[j] === 's') j++;
    for (const end = Math.min(this.e, j + 3); j < end && tokens.isWord[j] && !this.mentionAtToken(j); j++)
      if (isOfficeWord(tokens.text[j]!, 'en')) return true;
    return false;
  }

  /** An English modal that only predicts ("would", "may"), not the month ("in May condemned"). */
  protected predictiveModalAt(b: number): boolean {
    const { tokens } = this.input;
    const w = tokens.text[b]!;
    if (!EN_PREDICTIVE_MODALS.has(w)) return false;
    return w !== 'may' || !monthMay(tokens, b, this.s, b + 1 < this.e ? tokens.text[b + 1] : undefined);
  }

  /**
   * The cue at k is read as a noun: a verbal noun or particle, or an English plural that is no
   * verb after a non-subject ("imposed new sanctions", "their demands").
   */
  protected nounReading(k: number): boolean {
    const cue = this.cueAt(k)?.cue;
    if (!cue || cue.pos !== 'verb') return true;
    if (this.input.lang !== 'en' || !/s$/.test(this.input.tokens.text[k]!) || k === this.s) return false;
    const prev = k - 1;
    // "fighters who raid X": after a relative pronoun the form is a verb.
    if (EN_RELATIVE_PRONOUNS.has(this.input.tokens.text[prev]!)) return false;
    // "reduced its attacks on ISIS": after a possessive determiner the form is a noun.
    if (EN_POSSESSIVE_PRONOUNS.has(this.input.tokens.text[prev]!)) return true;
    // "Turkey backs the rebels and condemns Assad": a second predicate in the present.
    // ("… and attacks on Assad continue": a plural noun before its own preposition.)
    if (this.parallelPresentBefore(prev) && (cue.particle || !this.isKind(k + 1, 'preposition')))
      return false;
    return (
      !this.mentionAtToken(prev) && !this.isKind(prev, 'pronoun') && this.input.tokens.isWord[prev] === 1
    );
  }

  /**
   * The token at j is "and" or "but" after a predicate whose verb is a present form in -s with a
   * subject right before it ("Turkey backs the rebels and …"), in the same clause.
   */
  private parallelPresentBefore(j: number): boolean {
    const t = this.input.tokens.text;
    if (t[j] !== 'and' && t[j] !== 'but') return false;
    for (let v = j - 2; v > this.s && v >= j - 12; v--) {
      if (isClauseMark(this.input.tokens, v)) return false;
      const cue = this.cueAt(v)?.cue;
      if (!cue || cue.pos !== 'verb' || !/s$/.test(t[v]!)) continue;
      const before = this.mentionAtToken(v - 1);
      return (before !== undefined && before.tokEnd === v) || this.isKind(v - 1, 'pronoun');
    }
    return false;
  }

  /** Tokens j, j + 1 are "كل من" / "كلا من" ("each of"), which opens a list of names. */
  protected eachOfAt(j: number): boolean {
    const t = this.input.tokens.text;
    return j >= this.s && j + 1 < this.e && EACH_OF.has(t[j]!) && t[j + 1] === 'من';
  }

  /**
   * The token before m, or before "كل من" ahead of m: "وقصفت كل من الولايات المتحدة وبريطانيا"
   * lists the verb's subjects, and "من" there is no preposition ("في كل من العراق وسوريا" still
   * is, through "في").
   */
  protected tokenBefore(m: Mention): number {
    const k = m.tokStart - 1;
    return this.input.lang === 'ar' && this.eachOfAt(k - 1) ? k - 2 : k;
  }

  /**
   * "قوات تابعة للحكومة اليمنية", "القوات الموالية للنظام": m, after its ل, names whose forces
   * the words before it are; those forces act as m (a subject, though after a preposition).
   */
  protected forcesOf(m: Mention): boolean {
    const t = this.input.tokens.text;
    const j = m.tokStart;
    return (
      this.input.lang === 'ar' &&
      j - 2 >= this.s &&
      /^ل/.test(t[j]!) &&
      AR_AFFILIATED.test(t[j - 1]!) &&
      AR_FORCE_WORDS.test(t[j - 2]!)
    );
  }

  protected isPrepositional(m: Mention): boolean {
    if (m.afterPreposition) return true;
    const k = this.tokenBefore(m);
    if (k < this.s) return false;
    // "للرئيس اليمني عبد ربه منصور هادي": a name in apposition shares its title's preposition.
    const before = this.mentionAtToken(k);
    if (before && before !== m && before.actor === m.actor && before.tokEnd === m.tokStart)
      return this.isPrepositional(before);
    if (this.isKind(k, 'preposition')) {
      // "a spokesman for Erdogan", "an aide to the president": the official speaks for the actor.
      const w = this.input.tokens.text[k]!;
      const office = k - 1 >= this.s ? this.input.tokens.text[k - 1]! : '';
      if ((w === 'for' || w === 'to' || w === 'of') && EN_SPOKESPEOPLE.has(office)) return false;
      return true;
    }
    // "في منبج شمال سوريا", "in northern Syria": a place after a locative noun is no subject.
    const w = this.input.tokens.text[k]!;
    // "اعتقلت … المئات من مسلحي داعش": the group named after its members' noun in a
    // prepositional phrase is inside that phrase.
    if (AR_MEMBER_CONSTRUCTS.has(w) && k - 1 >= this.s && this.isKind(k - 1, 'preposition')) return true;
    if (this.locativeNounAt(k)) return true;
    // "للرئيس هادي", "بالرئيس": a title carrying the preposition.
    const bare = w.startsWith('لل') ? w.slice(2) : w.startsWith('بال') ? w.slice(3) : undefined;
    if (bare !== undefined && isArabicTitleWord('ال' + bare)) return true;
    // "برئيس التيار", "لوزير الخارجية": an indefinite title carrying the preposition.
    return /^(ب|ل|وب|ول)/.test(w) && isArabicTitleWord(w.replace(/^(و?)(ب|ل)/, ''));
  }

  /**
   * Token k is a locative word ("في", "شمال", "in northern"), in Arabic also with a preposition
   * or و written on it ("بشمال سوريا", "وجنوب لبنان").
   */
  protected locativeNounAt(k: number): boolean {
    const w = this.input.tokens.text[k]!;
    if (LOCATIVE.has(w)) return true;
    if (this.input.lang !== 'ar') return false;
    const bare = w.replace(/^(و|ف)?(ب|ل)?/, '');
    return bare.length > 2 && bare !== w && LOCATIVE.has(bare);
  }

  /** The actor m stands in a prepositional or locative phrase ("على سوريا", "بشمال سوريا"). */
  protected inPlacePhrase(m: Mention): boolean {
    if (m.afterPreposition || m.tokStart - 1 < this.s) return m.afterPreposition;
    return this.isKind(m.tokStart - 1, 'preposition') || this.locativeNounAt(m.tokStart - 1);
  }

  /**
   * "في العراق وسوريا رغم هزيمة التنظيم": an Arabic name joined by و to a name after a
   * preposition is after that preposition too ("كل من السعودية والإمارات" opens no preposition:
   * see tokenBefore).
   */
  protected conjunctAfterPreposition(m: Mention): boolean {
    if (this.input.lang !== 'ar' || m.tokStart - 1 < this.s) return false;
    const before = this.mentionAtToken(m.tokStart - 1);
    return (
      before !== undefined &&
      before !== m &&
      before.tokEnd === m.tokStart &&
      this.joinBetween(before, m) === 'and' &&
      this.isPrepositional(before)
    );
  }

  /**
   * Arabic: token k opens a quotation of three words or more (quotes.ts arabicQuotedRuns). Quotation
   * marks are spaces to the tokens, so "وقال ماتيس "إيران ضالعة …"" has no mark where the reported
   * words begin; the run's first word is where they begin, as after a colon.
   */
  protected opensQuotation(k: number): boolean {
    const runs = this.input.quotedRuns;
    return runs !== undefined && k >= this.s && k < this.e && runs[k]! > k;
  }

  /** Arabic idafa: "تهدئة الفصائل" — a mention right after an indefinite noun is a genitive. */
  protected isGenitive(m: Mention): boolean {
    const k = this.tokenBefore(m);
    if (k < this.s || !this.input.tokens.isWord[k] || this.mentionAtToken(k)) return false;
    const w = this.input.tokens.text[k]!;
    const cue = this.cueAt(k)?.cue;
    // "بوتين، حليف بشار الأسد، …": a relation noun is the head of its genitive, whom it relates
    // to, not whose position it states.
    if (this.input.lang === 'ar' && RELATIONAL_AR.has(withoutConjunction(w))) return true;
    // "عبرت دولة الإمارات عن …": the title is part of the state's name, not a noun it qualifies.
    if (this.input.lang === 'ar' && AR_STATE_TITLES.has(withoutConjunction(w))) return false;
    // English: the object of a participle ("rebels fighting Assad") is no subject.
    // "Turkish-backed rebels": a hyphenated participle is a label, and the rebels stay free.
    // "the Front and allied rebel groups were fighting …": "allied" after "and" joins its name to
    // the list (alliedAfterAnd) as an adjective, and the name stays a free subject.
    if (this.input.lang === 'en')
      return (
        /.{3}(ing|ed)$/.test(w) &&
        !EN_SUBJECT_GAP.has(w) &&
        this.input.hyphenated?.[k] !== 1 &&
        !this.alliedAfterAnd(k - 1, m.tokStart)
      );
    if (
      cue &&
      (cue.pos === 'verb' ||
        cue.kind === 'complementizer' ||
        cue.kind === 'relative' ||
        cue.kind === 'negation' ||
        // "إعلان التحالف إطلاق معركة", "قرار مجلس الأمن": the genitive of a speech or decision
        // noun is its agent, and may hold what follows.
        cue.kind === 'speech' ||
        takesHolderGenitive(cue))
    )
      return false;
    if (AR_PARTICLES.has(w) || w.startsWith('ال') || w.startsWith('وال') || w.length < 3) return false;
    // Construct-state nouns mostly end in taa marbuta or a plural ending, or are verbal nouns
    // (استهداف، تهدئة); bare past verbs (سارع، قال) are not heads of a genitive.
    if (cue?.pos === 'noun') return true;
    // Verbal nouns are longer than their verbs: استهداف/استهدف، انسحاب/انسحب، إعلان/أعلن.
    const bare = withoutConjunction(w);
    if (bare.startsWith('است')) return bare.length >= 7;
    if (bare.startsWith('ان')) return bare.length >= 6;
    return /(ه|ات|ين|ون)$/.test(w) || (/^ا.{2}ا/.test(bare) && bare.length >= 5);
  }

  /** How two mentions (a before b) are joined: by "و"/"and" (with optional commas), by commas only, or not. */
  /** "as well as" starting at token k. */
  protected asWellAs(k: number): boolean {
    const t = this.input.tokens.text;
    return t[k] === 'as' && t[k + 1] === 'well' && t[k + 2] === 'as';
  }

  protected joinBetween(a: Mention, b: Mention): 'and' | 'comma' | undefined {
    if (this.alliedAfterAnd(a.tokEnd, b.tokStart) || this.arabicAlliedAfterAnd(a.tokEnd, b.tokStart))
      return 'and';
    if (b.tokStart - a.tokEnd > (this.asWellAs(a.tokEnd) ? 4 : 3)) return undefined;
    let sawAnd = false;
    for (let k = a.tokEnd; k < b.tokStart; k++) {
      const w = this.input.tokens.text[k]!;
      if (w === 'and' || w === 'و') sawAnd = true;
      // "by the regime as well as Russian warplanes": "as well as" joins as "and" does.
      else if (w === 'as' && this.asWellAs(k)) {
        sawAnd = true;
        k += 2;
      }
      // "Russia and the US", "Russia and a U.S.-led coalition": an article after the conjunction.
      else if (EN_ARTICLES.has(w) && sawAnd && k === b.tokStart - 1) continue;
      // "Turkey the US and the EU" (commas lost): "the" opening the next name of the list.
      else if (w === 'the' && k === a.tokEnd && k === b.tokStart - 1 && this.input.lang === 'en')
        return 'comma';
      else if (w !== ',') return undefined;
    }
    if (!sawAnd && b.tokStart === a.tokEnd) {
      // FA-KES drops commas: "Turkey Russia and Iran" is a list whose separators are gone.
      if (this.input.lang === 'en') return 'comma';
      // Arabic "و" is usually attached to the next name (وفرنسا).
      const tokenStart = this.input.tokens.start[b.tokStart]!;
      return b.start - tokenStart === 1 && this.input.tokens.text[b.tokStart]!.startsWith('و')
        ? 'and'
        : undefined;
    }
    return sawAnd ? 'and' : 'comma';
  }

  /**
   * "accuses Saudi Arabia Turkey and Qatar", "Russia, Iran and Turkey": the names after m up to
   * the list's last one are joined by commas (or nothing, commas lost) and then "and".
   */
  protected listClosedAfter(m: Mention): boolean {
    const { mentions } = this.input;
    let current = m;
    for (let i = mentions.indexOf(m) + 1; i < mentions.length; i++) {
      const next = mentions[i]!;
      if (next.tokStart < current.tokEnd) continue;
      const join = this.joinBetween(current, next);
      if (join !== 'comma') return join === 'and';
      current = next;
    }
    return false;
  }

  /**
   * "وتعهدت كل من سوريا وحليفتها الأبرز روسيا": "و" + a relation noun with a possessive pronoun
   * (and one definite adjective) joins a second name to the first, as "و" alone does.
   */
  protected arabicAlliedAfterAnd(from: number, to: number): boolean {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'ar' || to - from < 1 || to - from > 2 || !AR_ALLY_AFTER_AND.test(t[from]!))
      return false;
    return to - from === 1 || (t[from + 1]!.startsWith('ال') && !this.cueAt(from + 1));
  }

  /**
   * "Syria and its ally Russia", "the regime and its key backer Iran": "and" + a possessive relation
   * noun; "the regime and its Russian ally": "and" + a possessive before an ally named by nationality.
   */
  protected alliedAfterAnd(from: number, to: number): boolean {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'en' || t[from] !== 'and') return false;
    // "the Fateh Al Sham Front and allied rebel groups": the participle makes the next name an ally.
    if (t[from + 1] === 'allied' && to === from + 2) return true;
    if (!EN_POSSESSIVE_PRONOUNS.has(t[from + 1] ?? '')) return false;
    if (to === from + 2) {
      const ally = this.mentionAtToken(to);
      return ally?.kind === 'demonym' && ally.official && EN_ALLY_NOUNS.has(t[ally.tokEnd - 1]!);
    }
    const head = t[to - 1] === 'the' ? to - 2 : to - 1;
    return head - (from + 1) <= 2 && RELATIONAL_NOUNS.has(t[head]!);
  }

  /**
   * "Russia, a Syrian ally, and China", "Germany, an ally of Kadhimi, said": the end of an
   * appositive relation noun phrase right after m, or m.tokEnd when there is none.
   */
  protected appositionEnd(m: Mention): number {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'en') return m.tokEnd;
    let j = m.tokEnd;
    const party = this.partyTagEnd(j);
    if (party > j) return party;
    if (t[j] === ',') j++;
    if (t[j] !== 'a' && t[j] !== 'an') return m.tokEnd;
    for (let n = 0; n < 4 && ++j < this.e; n++) {
      const x = this.mentionAtToken(j);
      if (x) {
        j = x.tokEnd - 1;
        continue;
      }
      if (RELATIONAL_NOUNS.has(t[j]!)) {
        if (t[j + 1] !== 'of') return j + 1;
        const of = this.mentionAtToken(j + 2);
        return of && of.tokStart === j + 2 ? of.tokEnd : m.tokEnd;
      }
      if (!this.input.tokens.isWord[j] || this.cueAt(j)) return m.tokEnd;
    }
    return m.tokEnd;
  }

  /**
   * The end (the closing comma or bracket) of a politician's party-and-state tag that starts
   * at token j: "Schiff, D-Calif., said", "Cruz (R-Texas) said", "Welch, Democrat of Vermont,
   * said"; j itself when there is none.
   */
  protected partyTagEnd(j: number): number {
    const t = this.input.tokens.text;
    const open = t[j];
    if (open !== ',' && open !== '(') return j;
    const close = open === '(' ? ')' : ',';
    const first = t[j + 1];
    const letter = first === 'd' || first === 'r' || first === 'i';
    const member =
      (first === 'democrat' || first === 'republican') && (t[j + 2] === 'of' || t[j + 2] === 'from');
    if (!letter && !member) return j;
    for (let k = j + 2; k < Math.min(this.e, j + 8); k++) {
      if (t[k] === close) return k;
      if (this.cueAt(k) || (this.input.tokens.isWord[k] === 0 && t[k] !== '.')) return j;
    }
    return j;
  }

  /** The actor whose apposition contains token j ("Russia, a Syrian ally," around j). */
  protected appositionHeadBefore(j: number): Mention | undefined {
    for (let h = j - 1; h >= Math.max(this.s, j - 8); h--) {
      const m = this.mentionAtToken(h);
      if (m && m.tokEnd === h + 1 && this.canHold(m) && this.appositionEnd(m) > j) return m;
    }
    return undefined;
  }

  /**
   * The mention and the actors coordinated with it ("A و B", "A, B and C"). Commas alone join
   * only apposition of the same actor or a list that ends in "and", so that "X، Y، Z" where Y
   * is the object is not read as a list.
   */
  /**
   * "حررت القوات الموصل من داعش", "من قبضة داعش": the name at `at` is what ground is taken from,
   * right after "من" (or "من قبضة/سيطرة"), with no other cue between ("بدعم جوي من X" is a backer).
   * A definite noun names liberation itself (منظمة التحرير، عيد التحرير), not a taking.
   */
  protected groundTakenFrom(k: number, at: number): boolean {
    const t = this.input.tokens.text;
    if (/^(و|ف|ب|ل)?(ال|لل)/.test(t[k]!)) return false;
    let j = at - 1;
    if (j - 1 > k && AR_GRIP_WORDS.has(t[j]!)) j--;
    if (j <= k || (t[j] !== 'من' && t[j] !== 'from')) return false;
    for (let i = k + 1; i < j; i++) if (this.cueAt(i)?.cue.kind === 'stance') return false;
    return true;
  }

  protected coordinated(m: Mention): number[] {
    const { mentions } = this.input;
    const actors: number[] = [];
    // "أن بلاده لن تسحب …" said by a leader: the leader holds the position.
    // (One loop, not filter and map: this runs for every mention of a list, twice.)
    const spanActors = (x: Mention): number[] => {
      const list: number[] = [];
      for (const o of mentions)
        if (o.start === x.start && o.end === x.end && this.canHold(o)) list.push(o.countryOf ?? o.actor);
      return list;
    };
    const addAll = (list: number[]): void => {
      for (const a of list) if (!actors.includes(a)) actors.push(a);
    };
    addAll(spanActors(m));
    const idx = mentions.indexOf(m);
    let current = m;
    let pending: number[] = [];
    for (let i = idx + 1; i < mentions.length; i++) {
      const next = mentions[i]!;
      if (next.tokStart === current.tokStart) continue;
      // The names inside an apposition ("Russia, a Syrian ally, and China") are not in the list.
      const end = this.appositionEnd(current);
      if (next.tokStart < end) continue;
      const nextActors = spanActors(next);
      const join = this.joinBetween(mentionWith(current, { tokEnd: end }), next);
      // "وقطعت السعودية والكويت ومصر": a country the codebook does not track is still a
      // conjunct, and the list goes on after it.
      if (
        nextActors.length === 0 &&
        next.kind === 'name' &&
        next.actor < 0 &&
        join === 'and' &&
        this.input.lang === 'ar'
      ) {
        current = next;
        continue;
      }
      if (nextActors.length === 0 || (next.afterPreposition && !current.afterPreposition)) break;
      if (!join) break;
      const same = nextActors.every((a) => actors.includes(a) || pending.includes(a));
      if (join === 'and') {
        addAll(pending);
        addAll(nextActors);
        pending = [];
      } else if (!same) {
        pending.push(...nextActors);
      }
      current = next;
    }
    // "supported by Turkey the United States and Gulf monarchies": a list of names closed by a
    // conjunct we do not track is still a list.
    const t = this.input.tokens.text;
    if (
      pending.length > 0 &&
      this.input.lang === 'en' &&
      t[current.tokEnd] === 'and' &&
      this.input.tokens.isWord[current.tokEnd + 1]
    )
      addAll(pending);
    current = m;
    // Walking back from the last name of "A, B and C", the commas before "and" are the list's.
    let inList = false;
    for (let i = idx - 1; i >= 0; i--) {
      let prev = mentions[i]!;
      if (prev.tokStart === current.tokStart) continue;
      const head = this.appositionHeadBefore(prev.tokStart);
      if (head && head.tokStart < prev.tokStart) {
        prev = head;
        i = mentions.indexOf(head);
      }
      const prevActors = spanActors(prev);
      if (prevActors.length === 0 || this.isPrepositional(prev)) break;
      // "A as well as the coalition targeting Daesh": what follows "as well as" is an addition
      // to A, and its own modifiers are not A's.
      if (this.asWellAs(this.appositionEnd(prev))) break;
      const join = this.joinBetween(mentionWith(prev, { tokEnd: this.appositionEnd(prev) }), current);
      if (!join) break;
      if (join === 'comma' && !inList && !prevActors.every((a) => actors.includes(a))) break;
      if (join === 'and') inList = true;
      addAll(prevActors);
      current = prev;
    }
    return actors;
  }

  /** "عدم الانسحاب", "no withdrawal", "على عدم الانسحاب", "not the deal". */
  protected negatedRightBefore(k: number): boolean {
    const j = k - 1;
    if (j < this.s) return false;
    if (this.isKind(j, 'negation')) return true;
    const w = this.input.tokens.text[j]!;
    return (
      (w === 'اي' || w === 'the' || w === 'any' || w === 'a') &&
      j - 1 >= this.s &&
      this.isKind(j - 1, 'negation')
    );
  }

  protected negationBetween(from: number, to: number): boolean {
    for (let j = from + 1; j < to; j++) {
      // "غير قانوني", "non-binding": a negated adjective, not a negated proposition.
      if (!this.isKind(j, 'negation') || ADJECTIVE_NEGATORS.has(this.input.tokens.text[j]!)) continue;
      // "لا يمكن تحقيق الأمن وحماية الملاحة دون مغادرة المليشيات", "cannot restore peace and
      // security without a withdrawal": what nothing can be without is required, a double negation.
      if (this.requiredWithout(j, from)) continue;
      return true;
    }
    return false;
  }

  /** The "without" at j before a phrase, after the cue at k in a clause that says nothing can be without it. */
  protected requiredWithout(j: number, k: number): boolean {
    return WITHOUT_WORDS.has(this.input.tokens.text[j]!) && this.impossibleBefore(k);
  }

  /**
   * "لا يمكن", "لن يكون ممكنا", "cannot", "could not" opens the sentence's clause before the cue at
   * k, further back than the cue's own negation (negatedBefore) reaches.
   */
  private impossibleBefore(k: number): boolean {
    const text = this.input.tokens.text;
    for (let j = Math.max(this.s, k - IMPOSSIBLE_REACH); j < k - 2; j++) {
      if (text[j] === 'cannot') return true;
      if (!this.isKind(j, 'negation')) continue;
      const next = text[j + 1]!;
      if (POSSIBLE_WORDS.has(next) || (next === 'be' && POSSIBLE_WORDS.has(text[j + 2]!))) return true;
      if ((text[j] === 'not' || text[j] === 't') && j > this.s && EN_CAN.has(text[j - 1]!)) return true;
    }
    return false;
  }

  protected negatedBefore(k: number, span: number): boolean {
    let limit = Math.max(this.s, k - span);
    for (let j = k - 1; j >= limit; j--) {
      // "المنظمات غير الحكومية تطالب …": "غير" negates the adjective after it, not the cue,
      // unless that adjective is the cue ("غير داعمة").
      if (this.isKind(j, 'negation')) {
        if (j < k - 1 && ADJECTIVE_NEGATORS.has(this.input.tokens.text[j]!)) continue;
        return true;
      }
      const cue = this.cueAt(j)?.cue;
      // "لا تسعى للإطاحة", "does not seek to topple": negation reaches through auxiliary deeds.
      if (cue && cue.kind === 'stance' && isActionOnly(cue)) {
        limit = Math.max(this.s, limit - 2);
        continue;
      }
      if (cue?.kind === 'stance' || this.mentionAtToken(j)) return false;
    }
    return false;
  }

  /** The token opens its clause: first, after clause punctuation or a particle, or with و. */
  protected opensClause(j: number): boolean {
    if (j === this.s) return true;
    const prev = this.input.tokens.text[j - 1]!;
    return (
      isClauseMark(this.input.tokens, j - 1) ||
      AR_PARTICLES.has(prev) ||
      this.input.tokens.text[j]!.startsWith('و')
    );
  }

  /** A verb/noun homograph opening its clause ("وحث X Y على …") is the verb. */
  protected clauseInitialVerb(j: number): boolean {
    const cue = this.cueAt(j)?.cue;
    if (!cue?.verbNoun) return false;
    // The rarer reading in a method of its own: this test is inlined into its callers, and a
    // branch first taken late would throw their optimised code away.
    return this.verbNounOpensClause(j);
  }

  /** The homograph at j opens its clause, or is followed by its subject. */
  protected verbNounOpensClause(j: number): boolean {
    if (this.opensClause(j)) return true;
    // "في هذه الأثناء رفض وزير الدفاع …": followed by its subject and not after a preposition.
    const next = this.mentionAtToken(j + 1);
    return (
      next !== undefined &&
      next.tokStart === j + 1 &&
      this.canHold(next) &&
      !this.cueAt(j - 1) &&
      !this.mentionAtToken(j - 1)
    );
  }

  protected topicsOf(target: Mention): number[] {
    if (target.kind === 'topic') return [target.topic];
    return [...(this.input.compiled.topicsForActor[target.actor] ?? [])];
  }

  /**
   * Token j is the last word of an English phrasal cue ("distanced himself from", "tore into",
   * "went after"): what follows is the cue's object, not a place or a clause. Not after acts of
   * force: "advanced into X" names ground.
   */
  protected endsCuePhrase(j: number): boolean {
    if (this.input.lang !== 'en') return false;
    for (let k = j - 1; k >= this.s && k >= j - MAX_CUE_SPAN; k--) {
      const cue = this.cueAt(k)?.cue;
      if (cue?.particle) return k + cue.span! === j && cue.kind === 'stance' && !isForce(cue);
    }
    return false;
  }

  /** "captured the town from X": the one ground is taken from, not a place. */
  protected takenFrom(m: Mention): boolean {
    if (this.input.lang !== 'en' || this.input.tokens.text[m.tokStart - 1] !== 'from') return false;
    for (let j = m.tokStart - 2; j >= Math.max(this.s, m.tokStart - 9); j--) {
      const cue = this.cueAt(j)?.cue;
      if (cue && cue.kind !== 'preposition')
        return cue.kind === 'stance' && isAttack(cue) && takesFromTarget(cue);
    }
    return false;
  }

  /** "seized large parts of Syria", "the north of Syria": a place noun with "of" names the place. */
  private englishPlace(m: Mention): boolean {
    const text = this.input.tokens.text;
    return m.tokStart - 2 >= this.s && text[m.tokStart - 1] === 'of' && LOCATIVE.has(text[m.tokStart - 2]!);
  }

  /**
   * "Seizing Syria Village", "bombing Syrias largest city": a country name right before a
   * geographic noun, or its possessive within two plain modifiers of one, names a place.
   */
  private namesPlaceNoun(m: Mention): boolean {
    if (m.kind !== 'name') return false;
    const text = this.input.tokens.text;
    let j = m.tokEnd;
    const possessive = m.possessive || text[j] === 's';
    if (text[j] === 's') j++;
    const end = Math.min(this.e, j + (possessive ? 3 : 1));
    for (; j < end && this.input.tokens.isWord[j] && !this.mentionAtToken(j); j++)
      if (EN_GEO_NOUNS.has(text[j]!)) return true;
    return false;
  }

  /** An English possessive whose noun (within two modifiers) is a group of people. */
  private possessesGroup(m: Mention): boolean {
    const { tokens } = this.input;
    for (let j = m.tokEnd; j < Math.min(this.e, m.tokEnd + 4); j++) {
      const w = tokens.text[j]!;
      if (w === 's' || w === '"') continue;
      if (!tokens.isWord[j] || this.mentionAtToken(j)) return false;
      if (EN_PEOPLE_NOUNS.has(w)) return true;
    }
    return false;
  }

  /** A word that is no cue and no mention. */
  protected plainWord(k: number): boolean {
    return this.input.tokens.isWord[k] === 1 && !this.cueAt(k) && !this.mentionAtToken(k);
  }

  /**
   * The cue at k names a cause ("أغلقت الأجواء بسبب التصويت في الانتخابات", "because of
   * fighting"): someone's act the clause reacts to, not the holder's position.
   */
  protected causeCue(k: number): boolean {
    // "بسبب دعمه للنظام": an owner's pronoun makes it that owner's position, read as such.
    return k - 1 >= this.s && !this.cueAt(k)?.pronounSuffix && this.causeEndsAt(k - 1);
  }

  /** Token j ends a preposition of cause: "بسبب", "جراء", "because of", "due to". */
  private causeEndsAt(j: number): boolean {
    const text = this.input.tokens.text;
    if (AR_CAUSE_PREPS.test(text[j]!)) return true;
    return j - 1 >= this.s && EN_CAUSE_HEADS.has(text[j - 1]!) && (text[j] === 'of' || text[j] === 'to');
  }

  /**
   * The cue at k is help someone receives ("يتلقى الأكراد الدعم الكامل من القوات الأمريكية",
   * "received support from X"): the giver's position, not the subject's.
   */
  protected receivedCue(k: number): boolean {
    const text = this.input.tokens.text;
    // The receiver may stand between, as the subject of a verb before it ("وحظيت روسيا بدعم الصين").
    let subject: Mention | undefined;
    for (let j = k - 1, words = 0; j >= this.s && words < 3; j--) {
      if (AR_RECEIVING_VERBS.test(text[j]!) || EN_RECEIVING_VERBS.has(text[j]!))
        return subject === undefined || subject.tokStart === j + 1;
      const m = this.mentionAtToken(j);
      if (this.cueAt(j)?.cue.kind === 'stance' || (m && subject)) return false;
      if (m) {
        subject = m;
        j = m.tokStart;
      } else words++;
    }
    return false;
  }

  /** "أقاله بسبب استمرار الاحتجاجات", "after the elections": a cause or a time, not an object. */
  private causeOrTime(m: Mention): boolean {
    const text = this.input.tokens.text;
    let k = m.tokStart - 1;
    // One head noun may stand between ("بسبب استمرار الاحتجاجات", "after the elections").
    if (k > this.s && (EN_DETERMINERS.has(text[k]!) || (this.plainWord(k) && this.input.lang === 'ar'))) k--;
    if (k < this.s) return false;
    const w = text[k]!;
    return (
      this.causeEndsAt(k) ||
      AR_TEMPORAL_PREPS.has(w) ||
      (w.charCodeAt(0) === FAA && AR_TEMPORAL_PREPS.has(w.slice(1))) ||
      // ("went after X": the phrase's own "after" heads its object.)
      (EN_TEMPORAL_PREPS.has(w) && !this.endsCuePhrase(k))
    );
  }

  /**
   * "أعربا عن رفضهما للقصف الإيراني", "إدانته للهجوم الإيراني": a state's act written with لل as
   * the object of a stance noun with its holder's pronoun; not after other words ("التصدي
   * للهجوم التركي" may be anyone's aim, "تحالف مناهض للمشروع الإيراني" a label).
   */
  private ownedStanceObject(h: number): boolean {
    const word = this.input.tokens.text[h]!;
    if (h - 1 < this.s || !word.startsWith('لل') || !STATE_ACTION_NOUNS.has('ال' + word.slice(2)))
      return false;
    const owner = this.cueAt(h - 1);
    return owner !== undefined && owner.cue.kind === 'stance' && owner.pronounSuffix === true;
  }

  /**
   * A nationality adjective that assigns a military or state asset to its country ("Iranian
   * targets", "a Russian jet", "أهدافا إيرانية", "طائرة حربية روسية"): a target of an act of
   * force only (the caller checks the act), not of words.
   */
  protected assetTarget(m: Mention): boolean {
    if (m.kind !== 'demonym' || m.official || m.people || m.modifier || m.actor < 0) return false;
    if ((this.input.compiled.topicsForActor[m.actor]?.length ?? 0) === 0 || this.causeOrTime(m)) return false;
    const { text } = this.input.tokens;
    if (this.input.lang === 'en') {
      let j = m.tokEnd;
      // "a Russian military convoy", "Iranian oil tankers".
      if (j < this.e && EN_ASSET_MODIFIERS.has(text[j]!)) j++;
      // "Russian General Vladimir Savchenko said": a title before a person's name.
      if (j + 1 < this.e && EN_TITLE_ASSETS.has(text[j]!) && this.input.capitalized?.[j + 1] === 1)
        return false;
      return j < this.e && EN_ASSET_NOUNS.has(text[j]!);
    }
    let h = m.tokStart - 1;
    for (let skipped = 0; h > this.s && skipped < 2; skipped++) {
      if (!arabicBareForms(text[h]!).some((w) => AR_ASSET_QUALIFIERS.has(w)) || this.mentionAtToken(h)) break;
      h--;
    }
    if (h < this.s || this.mentionAtToken(h)) return false;
    return arabicAssetHead(text[h]!);
  }

  /**
   * "condemn the Russian aggression", "resist the Russian and Iranian invaders": an English
   * nationality adjective (or a list of them) on a noun of a state's hostile action names the state.
   */
  protected hostileStateAdjective(m: Mention): boolean {
    const text = this.input.tokens.text;
    let j = m.tokEnd;
    while (j + 1 < this.e && text[j] === 'and') {
      const next = this.mentionAtToken(j + 1);
      if (!next || next.kind !== 'demonym' || next.tokStart !== j + 1) break;
      j = next.tokEnd;
    }
    return j < this.e && EN_STATE_HOSTILITY_NOUNS.has(text[j]!);
  }

  /** The noun an Arabic nationality adjective qualifies, past other adjectives ("القصف الجوي التركي"). */
  private adjectiveHead(m: Mention): number {
    let h = m.tokStart - 1;
    while (h > this.s && /^(ال).*(ي|يه)$/.test(this.input.tokens.text[h]!) && !this.mentionAtToken(h)) h--;
    return h;
  }

  /** "التدخل التركي", "القصف الإيراني": an Arabic nationality adjective on a noun of a state's act names the state. */
  protected stateActAdjective(m: Mention): boolean {
    if (m.kind !== 'demonym' || m.official || this.input.lang !== 'ar') return false;
    const h = this.adjectiveHead(m);
    return h >= this.s && STATE_ACTION_NOUNS.has(this.input.tokens.text[h]!.replace(/^(و|ف|ب|ل|لل)/, ''));
  }

  /**
   * A codebook actor the clause reads as an object or target. `clauseSubject`: the caller found
   * a finite verb after m ("since the army backed by Russian jets began an offensive"), so a
   * temporal word before m is a conjunction, not a preposition taking m as a time.
   */
  protected isTarget(m: Mention, clauseSubject = false): boolean {
    if (!clauseSubject && this.causeOrTime(m)) return false;
    if (m.kind === 'topic') return true;
    if (m.actor < 0) return false;
    if (m.modifier) return false;
    // English nationality adjectives head no target of their own ("the fragile Syrian truce").
    if (m.kind === 'demonym' && !m.official && this.input.lang === 'en' && !this.hostileStateAdjective(m))
      return false;
    if ((this.input.compiled.topicsForActor[m.actor]?.length ?? 0) === 0) return false;
    if (
      m.tokStart > this.s &&
      LOCATIVE.has(this.input.tokens.text[m.tokStart - 1]!) &&
      !this.takenFrom(m) &&
      !this.endsCuePhrase(m.tokStart - 1)
    )
      return false;
    if (this.input.lang === 'en' && (this.englishPlace(m) || this.namesPlaceNoun(m))) return false;
    // "arm Syria's moderate opposition", "Iran's allies": the people a possessive qualifies.
    if (m.possessive && this.possessesGroup(m)) return false;
    if (m.kind === 'demonym' && !m.official && m.people) return false;
    if (m.kind === 'demonym' && !m.official) {
      // "نظيره السوري بشار الأسد": the adjective qualifies a person, not the country.
      const prev = m.tokStart > this.s ? this.input.tokens.text[m.tokStart - 1]! : '';
      const next = m.tokEnd < this.e ? this.mentionAtToken(m.tokEnd) : undefined;
      if (prev.startsWith('نظير') || prev === 'counterpart' || (next && this.canHold(next))) return false;
      for (let k = m.tokStart - 1; k >= Math.max(this.s, m.tokStart - 2); k--) {
        if (AR_PLACE_NOUNS.has(this.input.tokens.text[k]!.replace(/^(و|ف|ب|ل)/, ''))) return false;
      }
      if (
        this.input.lang === 'ar' &&
        !this.stateActAdjective(m) &&
        !this.ownedStanceObject(this.adjectiveHead(m))
      )
        return false;
      if (m.tokEnd < this.e && this.input.tokens.text[m.tokEnd] === 'الصنع') return false;
      // English adjectives precede their noun: "the Syrian town" is a place, not the state.
      if (this.input.lang === 'en' && m.tokEnd < this.e && PLACE_NOUNS.has(this.input.tokens.text[m.tokEnd]!))
        return false;
    }
    return true;
  }
}

// Verbal nouns of persuading and urging (folded; حث only after ل, as a verb it has a subject).
const AR_PERSUADING = /^(و?[لب]?اقناع|و?لحث|و?لحض)$/;
