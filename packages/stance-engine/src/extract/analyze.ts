// Finds stance statements in one sentence: for every topic mention (a pro/anti phrase, or an
// actor that is a topic) it finds the cue that governs it, composes the polarity (cue × phrase
// × negations), and attributes it to a holder (VSO/SVO subject, reported-speech frame, or the
// previous sentence's holder for an elided subject).
import { mentionWith, newMention, topicMention, type Mention } from './mentions.js';

// "بديل", "بديلة" (folded): an alternative to what follows.
// Refusal verbs and nouns of confirming (folded): "رفض تأكيد …".
const AR_REFUSAL_VERBS = new Set(['رفض', 'رفضت', 'يرفض', 'ترفض', 'ورفض', 'ورفضت']);
const AR_CONFIRM_NOUNS = new Set(['تاكيد', 'التاكيد', 'الاقرار', 'تاكيده']);
// Verdicts and arrests (folded): "الحكم على X بالسجن", "اعتقال X".
const AR_VERDICT_WORDS = new Set([
  'الحكم',
  'بالحكم',
  'بالسجن',
  'بالموبد',
  'بالاعدام',
  'اعتقال',
  'اعتقاله',
  'ادانه',
  'محاكمه',
]);
const AR_ALTERNATIVE_WORDS = new Set(['بديل', 'بديله', 'بديلا', 'كبديل', 'وبديل', 'بدائل', 'بديلين']);
import { EXPECTING_VERBS, HolderResolver } from './holders.js';
import type { RawStatement, SentenceResult, SentenceInput, Stance } from './sentence-view.js';
import { arabicAssetHead, arabicBareForms } from './sentence-view.js';
import { isClauseMark, splitClauses, type Sentence } from '../text/segment.js';
import {
  ACTIVITY_WORD,
  ANY_WORD,
  AR_ACT_FORMS,
  AR_DENIAL_VERBS,
  AR_ENVOYS,
  AR_MISDEED_FORMS,
  AR_RELATIONS,
  ATROCITY_WORD,
  DENIAL_WORD,
  DESIGNATING_WORD,
  DIPLOMATIC_WORD,
  EXCHANGE_FORMS,
  EXCHANGE_WORD,
  HOSTILE_ACT_WORD,
  INVESTIGATION_WORD,
  MISDEED_WORD,
  OWN_ACT_WORD,
  arabicActivityNoun,
  arabicBareActHead,
  arabicOwnActHead,
  type MisdeedForm,
} from './word-classes.js';
import { isArabicTitleWord, isOfficeWord } from '../lexicon/common-words.js';
import { lookupArabicCue } from '../lexicon/arabic-cues.js';
import {
  isResignation,
  actionPolarity,
  isActionOnly,
  isDirective,
  isForce,
  isLaunch,
  isWarning,
  isMutual,
  isCombat,
  isAttack,
  isDecision,
  isReaction,
  takesFromTarget,
  takesOnlyFrom,
  isJoining,
  nounFromIsTarget,
  takesHolderGenitive,
  isClash,
  type Cue,
  type TokenCue,
} from '../lexicon/cue.js';
import {
  NON_TARGET_PREPS,
  EN_ADVERB_PARTICLES,
  EN_FIRED_AT,
  EN_FIRED_WEAPONS,
  AR_ASSET_QUALIFIERS,
  EN_LIGHT_WORDS,
  EN_SUBJECT_GAP,
  EN_DETERMINERS,
  EN_AUTHORING_PARTICIPLES,
  EN_MATTER_NOUNS,
  EN_MATTER_PREPS,
  EN_PRODUCT_MODIFIERS,
  EN_PRODUCT_NOUNS,
  EN_PRODUCT_PARTICIPLES,
  EN_INFINITIVE_HOLDERS,
  EN_REACTING_LEMMAS,
  EN_ACT_REACTING_LEMMAS,
  EN_ACT_REACTING_NOUNS,
  EN_ARMED_ACT_MODIFIERS,
  EN_FORCE_ACT_MODIFIERS,
  EN_FORCE_ACT_NOUNS,
  EN_PLACE_NAMED_ACTS,
  EN_NOUN_PREPS,
  EN_SUBORDINATORS,
  EN_SUBJECT_PRONOUNS,
  EN_GERUND_PREPS,
  RELATIONAL_NOUNS,
  RELATIONAL_AR,
  AR_RECKONING_VERBS,
  AR_RELATION_SIDES,
  AR_RELATION_DEGREE,
  AR_FORMER_WORDS,
  RELATIVE_AR,
  AR_DESIGNATING_VERBS,
  AR_TERRORIST,
  PRESENT_VERB_WITH_OBJECT,
  STATE_ACTION_NOUNS,
  TRANSFER_HEADS,
  AR_MEMBER_PLURALS,
  AR_COUNT_WORDS,
  ACT_HEAD_NOUNS,
  AR_AGENT_ACT_NOUNS,
  AR_INVESTIGATION_ADJECTIVES,
  AR_INVESTIGATION_INTO,
  AR_INVESTIGATION_NOUNS,
  AR_STRIKE_NOUNS_AGENT_LAM,
  AR_HOSTILE_WORDS,
  AR_AFFIRMING_AFTER_NEGATION,
  AR_ATTACK_HEADS,
  AR_HOLDING_WORDS,
  AR_HOLDING_PREPS,
  AR_COUNTERPARTS,
  AR_HALT_NOUNS,
  AR_CURB_NOUNS,
  AR_MISSILE_WORDS,
  AR_DIRECTION_PREPS,
  AR_CONCERNING_PREPS,
  AR_STRIKE_LIGHT_VERBS,
  AR_ATTACK_PLURALS,
  AR_ATTACK_MANNER,
  AR_MENTIONING_PREPS,
  AR_TEMPORAL_PREPS,
  AR_CAUSE_PREPS,
  CHARGE_LEMMAS,
  ADJECTIVE_NEGATORS,
  EN_AGENT_VERBS,
  EN_BE_FORMS,
  EN_OPERATION_PROGRESSIVES,
  EN_FORCE_MEANS,
  EN_BATTLE_LEMMAS,
  EN_COUNT_WORDS,
  EN_KILLED_MEMBERS,
  EN_UNDER_ACTS,
  EN_UNDER_VERBS,
  EN_AGENTIVE_OF_NOUNS,
  EN_EXCHANGE_VERBS,
  EN_AUXILIARIES,
  EN_RECIPROCAL_NOUNS,
  EN_STRIKE_NOUNS,
  EN_BLAME_VERBS,
  CLASH_NOUNS,
  COOPERATION_NOUNS,
  RIVALRY_NOUNS,
  WAR_NAME_NOUNS,
  EN_OCCURRENCE_WORDS,
  EN_OWN_ACT_MODIFIERS,
  EN_ENDING_VERBS,
  EN_SIEGE_NOUNS,
  EN_HARM_PARTICIPLES,
  EN_HOLDING_PARTICIPLES,
  EN_STRIKE_MODIFIERS,
  LOCATIVE,
  NEUTRAL_HEADS,
  CLAUSE_OPENERS_BARRIER,
  SETTING_PREPS,
  AR_LABEL_WORDS,
  AR_ANNOUNCING,
  AR_MONTHS,
  AR_LEADER_WORDS,
  AR_MANAGING_VERBS,
  AR_MANAGING_PREPS,
  AR_BACKING,
  AR_BACKING_FILLERS,
  AR_PARTICLES,
  AR_DEMONSTRATIVES,
  HYPOTHETICAL,
  HYPOTHETICAL_AFTER_FI,
  AR_EXPECTING,
  AR_EXPECTED_QUALIFIERS,
  AR_INTENT_VERBS,
  AR_WHEN,
  CONDITIONAL_IN,
  VERBS_AFTER_IF,
  CLAIM_NOUNS,
  CHARGE_WORDS,
  TIME_WORDS,
  AGREEMENT_NOUNS,
  EN_TRUCE_NOUNS,
  EN_PREMISES,
  EN_HARM_AGENT_PARTICIPLES,
  EN_AGENT_MODIFIED_ACTS,
  EN_EXAMPLE_MARKERS,
  EN_BACKING_PARTICIPLES,
  EN_AID_NOUNS,
  EN_SIDING_ADJECTIVES,
  EN_SIDING_TITLES,
  EN_KILLING_ACTS,
  EN_TIME_WORDS,
  EN_VICTIM_GAP,
  EN_COPULAS,
  EN_POSSESSED_AIMS,
  EN_POSSESSED_HOSTILE_ACTS,
  EN_AGENT_PARTICIPLES,
  EN_CASUALTY_WORDS,
  EN_PHRASE_LINKS,
  EN_POSSESSED_OF_ACTS,
  EN_POSSESSED_POSITIONS,
  EN_POSSESSED_PERSONS,
  EN_POSSESSED_SUPPORT_ACTS,
  EN_OPERATION_VERBS,
  EN_KILLER_UNITS,
  EN_UNIT_NOUNS,
  AR_ATROCITY_WORD,
  AR_ATROCITY_VERB,
  AR_RESPONSIBLE,
  AR_STANDS_BEHIND,
  EN_ATROCITY_WORDS,
  EN_ATROCITY_VERBS,
  EN_DENIAL_FORMS,
  AR_MALIGN_ADJECTIVE,
  AR_MISDEED_UNITS,
  MISDEED_UNASSERTING,
  EN_MISDEED_NOUNS,
  EN_MISDEED_OF_AGENT,
  EN_MALIGN_ADJECTIVES,
  EN_CONDUCT_NOUNS,
  EN_MISDEED_MODIFIERS,
  AR_REMIT_LABELS,
} from './word-lists.js';

export type { RawStatement, SentenceInput, SentenceResult, Stance } from './sentence-view.js';

/** Records a statement of `holders` toward `target` (see `run`). */
type Emit = (
  holders: number[],
  target: Mention,
  sign: number,
  strength: number,
  cueK: number,
  hedge: boolean,
) => void;

// Verbs of announcing whose participle after a course of action names its author.
const ANNOUNCED_ACT_LEMMAS = new Set(['announce', 'declare']);
// "agreed by": the strength of the lexicon's "agree to/on/with".
const AGREED_BY_STRENGTH = 0.75;
// Giving up (تخلى عن) opposes what is given up, like the removal nouns خروج، إنهاء.
const GIVE_UP_LEMMA = 'تخلى';
// Removal nouns whose genitive is who leaves: انسحاب، خروج، تخلي، رحيل، مغادرة (lemmas).
const LEAVING_LEMMAS = new Set(['انسحب', 'خروج', 'تخلى', 'رحيل', 'مغادرة']);
// Wanting (أراد، رغب): a hostility not wanted is still only denied.
const VOLITION_LEMMAS = new Set(['أراد', 'رغب']);
// Violations (lemmas): inside someone else's words they are accusations.
const VIOLATION_LEMMAS = new Set(['انتهك', 'خرق']);
// "breached the truce", "undermine the peace talks": English verbs of violating or wrecking a
// course of action, which whoever reports them charges.
const EN_VIOLATION_VERBS = new Set(['violate', 'breach', 'undermine', 'sabotage', 'derail']);
// Words between such a verb and the course of action it wrecks: "undermine all chances of
// reaching a political solution", "undermining efforts to find", "derail the process of".
const EN_WRECKED_OBJECT_LEADS = new Set(
  'all any chances chance prospects hopes efforts effort process of to reaching reach finding find achieving achieve'.split(
    ' ',
  ),
);
// "pressure X to halt …": the verbs of stopping whose purpose makes the pressed actors opposed.
const EN_HALT_VERBS = new Set(['halt', 'stop', 'end', 'cease']);
// Tokens from the pressed actor to the purpose's "to" ("Assad and his chief backer Russia to").
const PRESSED_REACH = 8;
// Pressure on an actor is a step less direct than the stance on what it is to stop.
const PRESSED_STRENGTH = 0.85;
// "violation of", "breach of": naming an act so upholds what it violates.
const EN_VIOLATION_NOUNS = new Set(['violation', 'violations', 'breach', 'breaches']);
const VIOLATION_STRENGTH = 0.7;
// Adverbs between "be" and its participle in a passive: "has been repeatedly violated".
const PASSIVE_ADVERB = /^([a-z]{3,}ly|also|often|still|already)$/;
// "both sides", "the two parties": the pair of a "between X and Y" phrase.
const EN_SIDE_NOUNS = new Set(['sides', 'parties']);
const BACKWARD_WINDOW = 14;
const FORWARD_WINDOW = 6;
const NOUN_WINDOW = 5;

const ASSASSINATION_LEMMAS = new Set(['اغتال', 'assassinate']);

// Light verbs an Arabic act noun with ب completes: "قامت القوات بمهاجمة", "دفعها للرد بقصف".
const AR_LIGHT_ACT_VERBS = new Set([
  'قام',
  'قامت',
  'قاموا',
  'يقوم',
  'تقوم',
  'يقومون',
  'الرد',
  'للرد',
  'بالرد',
]);

/** An Arabic asset noun or a qualifier between it and its nationality ("مواقع عسكرية"). */
function assetWord(w: string): boolean {
  return arabicAssetHead(w) || arabicBareForms(w).some((b) => AR_ASSET_QUALIFIERS.has(b));
}

/** An act of force on its object, or a battle verb ("repelled", "battled") that no attack cue names. */
function isBattle(cue: Cue): boolean {
  return isAttack(cue) || EN_BATTLE_LEMMAS.has(cue.lemma);
}

export class SentenceAnalyzer extends HolderResolver {
  /** The nearest stance/describe cue before the target, within the window, not across a speech verb. */
  protected governingCueBefore(target: Mention): { k: number; distance: number } | undefined {
    let distance = 0;
    let words = 0;
    for (let j = target.tokStart - 1; j >= this.s && distance <= BACKWARD_WINDOW; j--) {
      const m = this.mentionAtToken(j);
      if (m) {
        j = m.tokStart;
        distance++;
        words++;
        continue;
      }
      // "اقتحموا، الجمعة الماضية، القنصلية": a date set off by commas does not part verb and object.
      const open = this.timeParentheticalEnding(j) ?? this.subjectAppositionEnding(j);
      if (open !== undefined) {
        j = open;
        continue;
      }
      if (isClauseMark(this.input.tokens, j)) {
        // "احتجاجات العراق: العبادي يضع …": a colon closes a headline or opens a quote.
        if (this.input.tokens.text[j] === ':') return undefined;
        distance += this.input.tokens.text[j] === '"' ? 0 : 3;
        continue;
      }
      const tc = this.cueAt(j);
      const kind = tc?.cue.kind;
      if (kind === 'stance' || kind === 'describe') {
        // Verbal nouns and particles govern only a short phrase after them.
        // Fire (أضرموا النار) stands for its finite verb and governs as far.
        const verbal =
          tc!.cue.pos === 'verb' ||
          tc!.cue.lemma === 'النار' ||
          this.clauseInitialVerb(j) ||
          this.directedStrike(j);
        if (!verbal && words > NOUN_WINDOW) return undefined;
        // "the attack cast doubt on …": an English verb used as a noun governs only through a
        // preposition ("the attack on X", "their support for X").
        if (
          this.input.lang === 'en' &&
          tc!.cue.pos === 'verb' &&
          j > this.s &&
          EN_DETERMINERS.has(this.input.tokens.text[j - 1]!)
        ) {
          if (words > NOUN_WINDOW || !EN_NOUN_PREPS.has(this.input.tokens.text[j + 1] ?? ''))
            return undefined;
        }
        if (target.kind === 'topic' && this.actInFrame(j)) return undefined;
        return { k: j, distance };
      }
      // "remained neutral on X", "موقف محايد من": an explicit neutral position governs what follows.
      // (The rarest test last: the ones before it run often enough to have type feedback.)
      if (words <= 2 && kind === 'condition' && NEUTRAL_HEADS.has(this.input.tokens.text[j]!))
        return { k: j, distance };
      // "اتهم بعض السياسيين في البيان بالإبقاء على …": a statement named as the setting of the
      // cue opens no reported clause.
      if (kind === 'speech' && this.input.tokens.text[j - 1] !== 'في') return undefined;
      // "X backed A, but Y …": a clause-opening conjunction starts another holder's clause.
      if (CLAUSE_OPENERS_BARRIER.has(this.input.tokens.text[j]!)) return undefined;
      if (this.input.lang === 'en' && EN_SUBORDINATORS.has(this.input.tokens.text[j]!)) return undefined;
      // "withdrew from the farms as they faced a rebel counter-offensive": "as" with a subject
      // pronoun opens a clause of its own.
      if (
        this.input.lang === 'en' &&
        this.input.tokens.text[j] === 'as' &&
        EN_SUBJECT_PRONOUNS.has(this.input.tokens.text[j + 1] ?? '')
      )
        return undefined;
      if (kind === 'complementizer' && !this.cueGovernsComplement(j)) return undefined;
      if (this.input.tokens.isWord[j] && !EN_LIGHT_WORDS.has(this.input.tokens.text[j]!)) {
        distance++;
        words++;
      }
    }
    return undefined;
  }

  /**
   * "دعم إيران للحوثيين", "رفض الحوثيين المشاورات": the Arabic verbal noun at k has its agent in
   * the genitive, then its object.
   */
  protected genitiveAgentWithObject(k: number): boolean {
    if (this.input.lang !== 'ar') return false;
    const cue = this.cueAt(k)!.cue;
    const next = this.mentionAtToken(k + 1);
    return (
      next !== undefined &&
      next.tokStart === k + 1 &&
      next.kind !== 'demonym' &&
      cue.pos === 'noun' &&
      !cue.participle &&
      this.canHold(next) &&
      this.objectAfterAgent(next)
    );
  }

  /**
   * "trying to capture in a weeks-long offensive": an English act of force followed by "in a(n)"
   * names the operation it is part of, which it is not done to.
   */
  protected actInFrame(j: number): boolean {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'en' || t[j + 1] !== 'in' || (t[j + 2] !== 'a' && t[j + 2] !== 'an'))
      return false;
    const cue = this.cueAt(j)!.cue;
    return cue.pos === 'verb' && isAttack(cue);
  }

  /** Token j is the participle of a hyphenated label ("US-backed") right before the target's name. */
  protected labelParticiple(j: number, target: Mention): boolean {
    return (
      this.input.lang === 'en' &&
      this.input.hyphenated?.[j] === 1 &&
      j + 1 === target.tokStart &&
      /ed$/.test(this.input.tokens.text[j]!)
    );
  }

  /**
   * "ووجهت الولايات المتحدة ضربة صاروخية إلى …", "شنت طائرات تركية غارات على …": a strike noun
   * carried by a light verb before it (past the verb's subject) stands for a finite verb of force.
   */
  protected directedStrike(k: number): boolean {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || !AR_ATTACK_HEADS.has(bareArabicNoun(tokens.text[k]!))) return false;
    // Back over the verb's subject, a date in commas and the like ("ونفذت بريطانيا وفرنسا
    // والولايات المتحدة، فجر السبت، ضربات"), not past another cue.
    for (let j = k - 1, n = 0; j >= this.s && n < 10; j--, n++) {
      const m = this.mentionAtToken(j);
      if (m) {
        j = m.tokStart;
        continue;
      }
      const w = tokens.text[j]!;
      // "التهديدات بتوجيه ضربة": a strike after ب is the content of a threat or charge, not a deed.
      if (AR_STRIKE_LIGHT_VERBS.test(w)) return !w.startsWith('ب');
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'stance' || kind === 'speech' || kind === 'complementizer' || kind === 'describe')
        return false;
      if (CLAUSE_OPENERS_BARRIER.has(w) || w === ':') return false;
    }
    return false;
  }

  /** "أطلقت 32 صاروخا", "أطلقوا الصواريخ": the noun at k is the object of a finite verb of launching. */
  protected launchedBy(k: number): boolean {
    for (let j = k - 1; j >= this.s && j >= k - 2; j--) {
      const c = this.cueAt(j)?.cue;
      if (c && c.kind === 'stance' && c.pos === 'verb' && isLaunch(c) && !this.nounReading(j)) return true;
    }
    return false;
  }

  /**
   * "وغارات التحالف بقيادة الولايات المتحدة", "تحالف تقوده السعودية": the target only names who
   * leads the group, unless the leading is itself the object of the verb at k and its subject
   * ("أشادت المملكة المتحدة بقيادة السعودية").
   */
  protected namedAsLeader(target: Mention, k: number): boolean {
    const { tokens } = this.input;
    const j = target.tokStart - 1;
    if (j <= k || !AR_LEADER_WORDS.has(tokens.text[j]!)) return false;
    const subject = this.mentionAtToken(j - 1);
    if ((subject ? subject.tokStart - 1 : j - 1) !== k || !tokens.text[j]!.startsWith('ب')) return true;
    // Right after a cue and its subject, "بقيادة" is the cue's object only for a reaction,
    // not for an act of force ("غارات التحالف بقيادة واشنطن").
    const cue = this.cueAt(k)!.cue;
    return isForce(cue) || AR_ATTACK_HEADS.has(bareArabicNoun(tokens.text[k]!));
  }

  /** The opening comma of ", الجمعة الماضية ," when token j is its closing comma. */
  protected timeParentheticalEnding(j: number): number | undefined {
    const { tokens } = this.input;
    if (tokens.text[j] !== ',') return undefined;
    for (let p = j - 1; p >= Math.max(this.s, j - 4); p--) {
      const w = tokens.text[p]!;
      if (w === ',') return p < j - 1 ? p : undefined;
      if (!TIME_WORDS.has(w)) return undefined;
    }
    return undefined;
  }

  /**
   * The opening comma of an Arabic name or title set off by commas right after a holder
   * ("رحب وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، بقرار …") when token j is its closing comma:
   * the subject's apposition does not part the verb from its object.
   */
  protected subjectAppositionEnding(j: number): number | undefined {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || tokens.text[j] !== ',') return undefined;
    let p = j - 1;
    for (; p > this.s && p >= j - 6 && tokens.text[p] !== ','; p--) {
      const m = this.mentionAtToken(p);
      if (m) {
        if (m.kind === 'topic' || !this.canHold(m)) return undefined;
        p = m.tokStart;
        continue;
      }
      if (!tokens.isWord[p] || (this.cueAt(p) && !this.isKind(p, 'preposition'))) return undefined;
    }
    if (p >= j - 1 || tokens.text[p] !== ',') return undefined;
    // An apposition is a noun phrase: "، في تحقيق انتصارات،" and "، عقب أدائه اليمين،" are settings.
    const first = tokens.text[p + 1]!;
    if (
      this.isKind(p + 1, 'preposition') ||
      first === 'في' ||
      AR_TEMPORAL_PREPS.has(first) ||
      SETTING_PREPS.has(first)
    )
      return undefined;
    // The subject (a holder, or up to three name words) right after its verb.
    let v = p - 1;
    const subject = this.mentionAtToken(v);
    if (subject) {
      if (subject.kind === 'topic' || !this.canHold(subject)) return undefined;
      v = subject.tokStart - 1;
    } else {
      while (v > p - 4 && this.nameWordAt(v)) v--;
      if (v === p - 1) return undefined;
    }
    // "الرئيس التركي رجب طيب أردوغان،": a title before the name.
    const title = v >= this.s ? this.mentionAtToken(v) : undefined;
    if (title && title.kind !== 'topic' && this.canHold(title)) v = title.tokStart - 1;
    const verb = v >= this.s ? this.cueAt(v)?.cue : undefined;
    return verb && verb.pos === 'verb' ? p : undefined;
  }

  protected attributiveParticiple(k: number): boolean {
    const cue = this.cueAt(k)?.cue;
    if (!cue || this.input.lang !== 'ar') return false;
    // (Participles and the participle-like nouns مؤيد، مناهض: both begin with م.)
    if (this.input.tokens.text[k]!.startsWith('م') && this.indefiniteNisbaBefore(k)) return true;
    if (!cue.participle) return this.attributiveFormThreeNoun(k);
    const w = this.input.tokens.text[k]!;
    if (k - 1 < this.s || this.input.tokens.isWord[k - 1] !== 1) return false;
    const prev = this.input.tokens.text[k - 1]!;
    // Definite: "الكتل المعترضة"; indefinite after an indefinite noun: "تحالفين مؤيدين لإيران".
    if (/^(ال|وال)/.test(w)) return prev.startsWith('ال') || this.mentionAtToken(k - 1) !== undefined;
    // "خروقات جسيمة متهما المفوضية": a masculine accusative participle (-ًا) agrees only with a noun
    // written with the same alif ("بيانا متهما"); after any other noun it is circumstantial.
    if (w.endsWith('ا') && !w.endsWith('ان') && !prev.endsWith('ا')) return false;
    return (
      !prev.startsWith('ال') &&
      !this.cueAt(k - 1) &&
      !this.mentionAtToken(k - 1) &&
      !AR_PARTICLES.has(prev) &&
      /(ين|ون|ه|ات|ان)$/.test(prev)
    );
  }

  /**
   * "شخصيات يهودية أميركية مؤيدة لإسرائيل": an indefinite nationality adjective after an
   * indefinite noun qualifies that noun, and the participle after it goes on qualifying it; the
   * country the adjective names is not the participle's subject.
   */
  protected indefiniteNisbaBefore(k: number): boolean {
    const { tokens } = this.input;
    const m = this.mentionAtToken(k - 1);
    if (!m || m.kind !== 'demonym' || m.tokStart !== k - 1 || tokens.text[k - 1]!.startsWith('ال'))
      return false;
    const head = k - 2;
    return (
      head >= this.s &&
      tokens.isWord[head] === 1 &&
      !tokens.text[head]!.startsWith('ال') &&
      !this.mentionAtToken(head) &&
      !this.cueAt(head) &&
      !AR_PARTICLES.has(tokens.text[head]!)
    );
  }

  /**
   * "الاحتجاجات الشعبية المطالبة بتحسين الخدمات": a definite مفاعلة form (مطالبة، مناهضة،
   * مساندة) is spelt like the feminine participle; right after a definite noun or adjective we
   * do not track, it qualifies that noun, whose position it is, not the sentence's subject's.
   */
  protected attributiveFormThreeNoun(k: number): boolean {
    const { tokens } = this.input;
    const cue = this.cueAt(k)?.cue;
    const w = tokens.text[k]!;
    if (cue?.pos !== 'noun' || !/^(ال)?م.{3,}ه$/.test(w)) return false;
    const plain = (j: number): boolean =>
      j >= this.s && tokens.isWord[j] === 1 && !this.mentionAtToken(j) && !this.cueAt(j);
    if (!plain(k - 1)) return false;
    const prev = tokens.text[k - 1]!;
    if (w.startsWith('ال')) return prev.startsWith('ال') && prev.length >= 5 && !AR_PARTICLES.has(prev);
    // Indefinite ("مظاهرات حاشدة مناهضة لإيران"): only after a plural in ات, or a feminine
    // adjective that follows one; a singular noun before it may be its construct head ("بمواصلة").
    const plural = (t: string): boolean => t.endsWith('ات') && !/^(ب|ل|وب|ول|فب)/.test(t);
    return plural(prev) || (prev.endsWith('ه') && plain(k - 2) && plural(tokens.text[k - 2]!));
  }

  /** "لم يعلن مساندته لتركيا": a position noun under a negated reporting verb is not asserted. */
  protected unassertedNoun(k: number): boolean {
    const cue = this.cueAt(k)?.cue;
    if (!cue || cue.pos === 'verb' || this.input.lang !== 'ar') return false;
    for (let j = k - 1; j >= Math.max(this.s, k - 4); j--) {
      if (this.isKind(j, 'speech')) return this.negatedBefore(j, 4);
      if (this.mentionAtToken(j)) return false;
    }
    return false;
  }

  /** "رفض أن …", "طالب بأن …", "demanded that …": the complementizer hangs on a stance cue. */
  protected cueGovernsComplement(j: number): boolean {
    // "وتتخوف تركيا من أن …": the cue's subject may stand between it and "من أن".
    let skippedMention = false;
    for (let k = j - 1; k >= Math.max(this.s, j - 6); k--) {
      const m = this.mentionAtToken(k);
      if (m && !skippedMention && m.kind !== 'topic') {
        skippedMention = true;
        k = m.tokStart;
        continue;
      }
      const kind = this.cueAt(k)?.cue.kind;
      if (kind === 'stance' || kind === 'describe') return true;
      if (kind !== 'preposition' && kind !== 'negation') return false;
    }
    return false;
  }

  /** A predicate after the target in the same clause: "… جاء بنتيجة عكسية", "… were war crimes". */
  protected evaluativeAfter(
    target: Mention,
    from: number,
    describing = false,
    maxWords = FORWARD_WINDOW,
  ): { k: number; polarity: 1 | -1 } | undefined {
    let words = 0;
    // "خط وقف إطلاق النار منذ انسحاب إسرائيل": a cue after a setting preposition is no predicate.
    let setting = false;
    const window = target.kind === 'topic' ? maxWords : 4;
    for (let j = from; j < this.e && words <= window; j++) {
      const t = this.input.tokens.text[j]!;
      if (SETTING_PREPS.has(t)) setting = true;
      if (isClauseMark(this.input.tokens, j) && t !== '"') {
        // "وصفها زعيم حزب الله، حسن نصر الله، بأنها …": commas around an apposed name.
        const apposition =
          t === ',' && (this.mentionAtToken(j - 1) !== undefined || this.mentionAtToken(j + 1) !== undefined);
        if (!describing || !apposition) return undefined;
        continue;
      }
      const m = this.mentionAtToken(j);
      // Another topic ends the predicate, unless it restates the same one ("التصويت بهذه الانتخابات").
      if (m && m !== target && m.kind === 'topic' && m.topic !== target.topic) return undefined;
      // Names do not count as distance.
      if (m && m.kind !== 'topic') {
        j = m.tokEnd - 1;
        continue;
      }
      const cue = this.cueAt(j)?.cue;
      if (cue?.kind === 'evaluative' && this.constructGenitive(j)) {
        words++;
        continue;
      }
      if (cue && (cue.kind === 'evaluative' || (describing && cue.kind === 'stance')) && cue.polarity !== 0) {
        const negated = this.negatedBefore(j, 3);
        return { k: j, polarity: (negated ? -cue.polarity : cue.polarity) as 1 | -1 };
      }
      if (
        cue &&
        cue.kind === 'stance' &&
        cue.pos !== 'other' &&
        !takesOnlyFrom(cue) &&
        words <= 1 &&
        !setting &&
        target.kind === 'topic' &&
        !this.actorBetween(target.tokEnd, j)
      ) {
        // The topic is the verb's subject: "… أن عملية عفرين ستستمر", "the withdrawal threatens …".
        const negated = this.negatedBefore(j, 3);
        return { k: j, polarity: (negated ? -cue.polarity : cue.polarity) as 1 | -1 };
      }
      if (cue && (cue.kind === 'stance' || cue.kind === 'speech')) return undefined;
      if (this.input.tokens.isWord[j]) words++;
    }
    return undefined;
  }

  /** The evaluative word at k is a definite adjective right after the actor's name (الحوثي الإرهابية). */
  protected epithet(target: Mention, k: number): boolean {
    return k === target.tokEnd && /^(ال|وال)/.test(this.input.tokens.text[k]!);
  }

  /**
   * The Arabic word before the target is a verb: one opening a relative clause ("التي تصنف
   * واشنطن") or a present-tense verb with an object pronoun ("وتصنفه واشنطن").
   */
  protected subjectOfPronounVerb(target: Mention): boolean {
    const { tokens } = this.input;
    const k = this.listHead(target) - 1;
    if (this.input.lang !== 'ar' || k - 1 < this.s || !tokens.isWord[k] || this.mentionAtToken(k))
      return false;
    return RELATIVE_AR.has(tokens.text[k - 1]!) || PRESENT_VERB_WITH_OBJECT.test(tokens.text[k]!);
  }

  /**
   * The first token of the Arabic list the target closes ("تعتبره الولايات المتحدة والاتحاد
   * الأوروبي وتركيا منظمة إرهابية": all three judge), or the target's own first token. The walk
   * goes back over names joined by و, and stops at a cue or punctuation.
   */
  protected listHead(target: Mention): number {
    const { tokens } = this.input;
    let head = target.tokStart;
    if (!tokens.text[head]!.startsWith('و')) return head;
    for (let j = head - 1; j >= Math.max(this.s, target.tokStart - 8); j--) {
      if (!tokens.isWord[j] || this.cueAt(j)) break;
      const m = this.mentionAtToken(j);
      if (!m || m.tokStart !== j) continue;
      head = j;
      if (!tokens.text[j]!.startsWith('و')) break;
    }
    return head;
  }

  /**
   * "لإعادة الشرعية", "عمليات تطهير الإرهاب": a definite word right after an indefinite noun is
   * that noun's genitive (an adjective would agree in definiteness), so it says nothing of the
   * target before them.
   */
  protected constructGenitive(j: number): boolean {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || !/^(و|ف)?(ال|لل)/.test(tokens.text[j]!)) return false;
    const p = j - 1;
    if (p < this.s || !tokens.isWord[p] || this.mentionAtToken(p) || this.cueAt(p)) return false;
    const w = tokens.text[p]!;
    return w.length >= 3 && !/^(و|ف)?(ال|لل)/.test(w) && !AR_PARTICLES.has(w);
  }

  /**
   * The target is the agent of something evaluated: "these heinous actions by the Assad regime",
   * "جرائم النظام", or the possessor of a relation: "Russia has been Assad's strongest backer".
   */
  protected evaluatedAgent(target: Mention, emit: Emit): boolean {
    const { tokens, lang } = this.input;
    let prev = target.tokStart - 1;
    if (lang === 'en' && prev > this.s && tokens.text[prev] === 'the') prev--;
    if (lang === 'en' && prev > this.s && tokens.text[prev] === 'by') {
      for (let j = prev - 1; j >= Math.max(this.s, prev - 3); j--) {
        const cue = this.cueAt(j)?.cue;
        if (cue?.kind === 'evaluative' && cue.polarity !== 0) {
          const speakers = this.frameHolder(j).filter((a) => a !== target.actor);
          emit(speakers, target, cue.polarity, 0.55, j, false);
          return speakers.length > 0;
        }
      }
    }
    prev = target.tokStart - 1;
    if (lang === 'ar' && prev >= this.s && !target.afterPreposition) {
      const cue = this.cueAt(prev)?.cue;
      // "جرائم النظام": an evaluative noun with the actor as its genitive.
      if (cue?.kind === 'evaluative' && cue.polarity < 0 && !tokens.text[prev]!.startsWith('ال')) {
        const speakers = this.frameHolder(prev).filter((a) => a !== target.actor);
        emit(speakers, target, cue.polarity, 0.5, prev, false);
        return speakers.length > 0;
      }
    }
    if (lang === 'en') {
      // "X has been Assad's strongest backer": the relation after a possessive.
      for (let j = target.tokEnd; j < Math.min(this.e, target.tokEnd + 3); j++) {
        const cue = this.cueAt(j)?.cue;
        if (!cue) continue;
        if (cue.kind !== 'stance' || !RELATIONAL_NOUNS.has(cue.lemma)) break;
        let holders: number[] = [];
        for (let b = target.tokStart - 1; b >= Math.max(this.s, target.tokStart - 8); b--) {
          const m = this.mentionAtToken(b);
          if (m && m.actor === target.actor) {
            b = m.tokStart;
            continue; // "Syrian President Bashar al-Assad": the same actor named twice
          }
          if (m && this.canHold(m) && !this.isPrepositional(m)) {
            holders = this.coordinated(m).filter((a) => a !== target.actor);
            break;
          }
          if (m || !EN_SUBJECT_GAP.has(tokens.text[b]!)) break;
        }
        emit(holders, target, cue.polarity, 0.6, j, false);
        return holders.length > 0;
      }
    }
    return false;
  }

  /**
   * "called for Assad to step down", "X must resign, Y said": a call for an actor to leave
   * office opposes that actor; the holder is the caller (or the speaker).
   */
  protected calledToResign(target: Mention, emit: Emit): boolean {
    const j = this.resignationAfter(target);
    if (j === undefined) return false;
    for (let g = target.tokStart - 1; g >= Math.max(this.s, target.tokStart - 4); g--) {
      const gc = this.cueAt(g)?.cue;
      if (gc?.kind === 'stance' && gc.polarity !== 0) {
        const holders = this.holderOf(g, false, target.tokStart).filter((a) => a !== target.actor);
        emit(holders, target, -gc.polarity, gc.strength * 0.9, g, false);
        return holders.length > 0;
      }
    }
    const speakers = this.frameHolder(target.tokStart).filter((a) => a !== target.actor);
    emit(speakers, target, -1, 0.6, j, false);
    return speakers.length > 0;
  }

  /**
   * "ألغت المحكمة قرار رئيس الوزراء", "رحب الحزب بمقترح أردوغان": a verb reacting to an actor's
   * decision or proposal (the noun's genitive owner) takes that side toward the owner.
   */
  protected reactionToDecision(k: number, owner: Mention, emit: Emit): void {
    if (this.input.lang !== 'ar' || !isDecision(this.cueAt(k)!.cue) || owner.tokStart !== k + 1) return;
    const v = this.reactingVerbBefore(k);
    if (v === undefined) return;
    const vc = this.cueAt(v)!.cue;
    const holders = this.holderOf(v, false, k).filter((a) => a !== owner.actor);
    const sign = vc.polarity * (this.negatedBefore(v, 2) ? -1 : 1);
    emit(holders, owner, sign, vc.strength * 0.8, v, this.hedged(v, owner.tokStart));
  }

  /** "استعادة (قوات) النظام": the one who takes ground, named right after the noun at k. */
  protected takerAfter(k: number, m: Mention): boolean {
    return (
      m.tokStart === k + 1 || (m.tokStart === k + 2 && isOfficeWord(this.input.tokens.text[k + 1]!, 'ar'))
    );
  }

  /** The actor named right after the noun at k as its genitive owner ("قرار البرلمان"). */
  protected ownerAfter(k: number): Mention | undefined {
    const m = this.mentionAtToken(k + 1);
    return m && m.tokStart === k + 1 && m.kind !== 'topic' && this.canHold(m) ? m : undefined;
  }

  /** The finite stance verb whose object is the noun at k: past its subject, commas and time words. */
  protected reactingVerbBefore(k: number): number | undefined {
    const { tokens } = this.input;
    for (let j = k - 1; j >= Math.max(this.s, k - 6); j--) {
      const m = this.mentionAtToken(j);
      if (m) {
        if (m.kind === 'topic' || !this.canHold(m)) return undefined;
        j = m.tokStart;
        continue;
      }
      const w = tokens.text[j]!;
      if (w === ',' || TIME_WORDS.has(w)) continue;
      const c = this.cueAt(j)?.cue;
      if (!c || c.kind !== 'stance' || c.polarity === 0 || !(c.pos === 'verb' || c.verbNoun))
        return undefined;
      return isDirective(c) || isActionOnly(c) ? undefined : j;
    }
    return undefined;
  }

  /**
   * The resignation cue completing a call addressed to the target: "X to step down", "X بالاستقالة",
   * "X والحكومة بتقديم استقالتهم" (a co-addressee and a light verb may stand in between).
   */
  protected resignationAfter(target: Mention): number | undefined {
    const { tokens } = this.input;
    for (let j = target.tokEnd; j < this.e && j < target.tokEnd + 5; j++) {
      const cue = this.cueAt(j)?.cue;
      // "استقالة الوزراء": a genitive after the noun names someone else leaving.
      if (cue && isResignation(cue, tokens.text[j + 1]))
        return /^(ال|لل)/.test(tokens.text[j + 1] ?? '') || this.mentionAtToken(j + 1) ? undefined : j;
      if (isClauseMark(tokens, j) || this.mentionAtToken(j)) return undefined;
      if (cue && cue.kind !== 'preposition' && cue.kind !== 'complementizer') return undefined;
    }
    return undefined;
  }

  /**
   * An English verb used finitely: a past ("fought"), a present in -s, or a participle in -ing
   * after an auxiliary ("has been battling", "is currently fighting"). "the coalition fighting IS"
   * is an identifying label, "fighting kills 132" a noun.
   */
  protected finiteEnglishVerb(k: number): boolean {
    const { tokens } = this.input;
    const w = tokens.text[k]!;
    if (this.input.lang !== 'en' || k === this.s) return false;
    if (!w.endsWith('ing')) return w !== this.cueAt(k)!.cue.lemma && !this.nounReading(k);
    for (let j = k - 1; j >= this.s && j >= k - 3; j--) {
      const v = tokens.text[j]!;
      if (EN_AUXILIARIES.has(v)) return true;
      if (!v.endsWith('ly') && v !== 'also' && v !== 'still') return false;
    }
    return false;
  }

  /**
   * A topic phrase that is the object of a nearer phrase of the same topic with the other sign,
   * itself negated ("على عدم الانسحاب من الاتفاق"): the nearer phrase carries the reading.
   */
  protected objectOfNegatedCourse(k: number, target: Mention, mentions: readonly Mention[]): boolean {
    if (target.kind !== 'topic') return false;
    return mentions.some(
      (m) =>
        m.kind === 'topic' &&
        m.topic === target.topic &&
        m.polarity === -target.polarity &&
        m.tokStart > k &&
        m.tokEnd <= target.tokStart &&
        this.negatedRightBefore(m.tokStart),
    );
  }

  /** "بديلة للاتفاق", "بديلا عن الاتفاق": the phrase names what an alternative replaces. */
  protected replacedBy(target: Mention): boolean {
    const j = target.tokStart - 1;
    if (j < this.s) return false;
    let w = this.input.tokens.text[j]!;
    if (w === 'عن' && j - 1 >= this.s) w = this.input.tokens.text[j - 1]!;
    return AR_ALTERNATIVE_WORDS.has(w);
  }

  protected hostileMutual(k: number): boolean {
    const cue = this.cueAt(k)!.cue;
    return isMutual(cue) && cue.polarity < 0;
  }

  /** Stances of `holders` toward the actors in `targets` that are topics (evidence spans lo..hi). */
  protected emitTowardActors(
    emit: Emit,
    holders: number[],
    targets: number[],
    sign: number,
    strength: number,
    lo: number,
    hi: number,
    hedge = false,
  ): void {
    for (const a of targets) {
      if ((this.input.compiled.topicsForActor[a]?.length ?? 0) === 0) continue;
      const pseudo = newMention({
        kind: 'name',
        start: 0,
        end: 0,
        tokStart: Math.max(lo, hi),
        tokEnd: Math.max(lo, hi) + 1,
        actor: a,
        topic: -1,
        polarity: 0,
        official: false,
        afterPreposition: false,
        modifier: false,
      });
      emit(
        holders.filter((h) => h !== a),
        pseudo,
        sign,
        strength,
        Math.min(lo, hi),
        hedge,
      );
    }
  }

  /**
   * "انسحاب الولايات المتحدة من الاتفاق", "خروج واشنطن من …": a removal noun's genitive actor,
   * right before the topic it leaves (after من/عن), is who leaves it.
   */
  protected genitiveLeaver(k: number, target: Mention): Mention | undefined {
    const tc = this.cueAt(k);
    if (this.input.lang !== 'ar' || !tc || tc.pronounSuffix || !LEAVING_LEMMAS.has(tc.cue.lemma))
      return undefined;
    if (!this.nounReading(k)) return undefined;
    const m = this.mentionAtToken(k + 1);
    // "الانسحاب الأمريكي من الاتفاق": a nationality adjective names who leaves, as a genitive does.
    const adjective = m?.kind === 'demonym' && m.actor >= 0 && !m.people;
    if (
      !m ||
      m.tokStart !== k + 1 ||
      m.kind === 'topic' ||
      m.afterPreposition ||
      !(adjective || this.canHold(m))
    )
      return undefined;
    let j = m.tokEnd;
    // "الولايات المتحدة الأمريكية": the actor's own nationality adjective.
    const adj = this.mentionAtToken(j);
    if (adj && adj.tokStart === j && adj.actor === m.actor) j = adj.tokEnd;
    const w = this.input.tokens.text[j];
    if ((w !== 'من' && w !== 'عن') || target.tokStart !== j + 1) return undefined;
    return m;
  }

  /**
   * "حذر من أن خروج الولايات المتحدة … سيعني", "يتوقع أن يقرر … انسحاب": inside reported or
   * expected words the withdrawal at k may be a prospect, not a deed (unless dated: "منذ خروج …").
   */
  protected prospectiveLeaving(k: number): boolean {
    // A withdrawal dated or given as a cause is a deed, in reported words too: "إن على الشركات أن
    // توقف أنشطتها بعد إعلان ترامب انسحاب بلاده", "… على خلفية انسحاب واشنطن".
    for (let i = k - 1; i >= this.s && !isClauseMark(this.input.tokens, i); i--) {
      const w = this.input.tokens.text[i]!;
      const bare = bareArabicNoun(w);
      const dated = AR_TEMPORAL_PREPS.has(w.replace(/^(و|ف)/, '')) || AR_TEMPORAL_PREPS.has(bare);
      if (dated || AR_CAUSE_PREPS.test(w) || bare === 'خلفيه') return false;
      if (this.isKind(i, 'complementizer')) return true;
    }
    return false;
  }

  /**
   * Who else holds a withdrawal whose leaver is named: the subject of a stance verb over it (who
   * welcomes or condemns it, composed below) or of the word announcing it ("أعلن ترامب انسحاب
   * بلاده"); not one who only describes or reports it ("وصف ماكرون انسحاب ترامب … بأنه خطأ").
   */
  protected othersHoldLeaving(k: number, target: Mention): boolean {
    const outer = this.governingCueBefore(mentionWith(target, { tokStart: k, tokEnd: k + 1 }));
    if (outer && this.cueAt(outer.k)?.cue.kind === 'stance') return true;
    const { tokens } = this.input;
    // Back over the announcer, its apposition and a date: "إعلان الرئيس الأمريكي، دونالد ترامب، انسحاب".
    let j = k - 1;
    for (let n = 0; j >= this.s && n < 10; n++) {
      const m = this.mentionAtToken(j);
      if (m && m.kind !== 'topic') j = m.tokStart - 1;
      else if (this.dateWord(j)) j--;
      else break;
    }
    return j >= this.s && AR_ANNOUNCING.test(tokens.text[j]!);
  }

  /** A comma or a word of a date: "، الثلاثاء،", "في 8 مايو/أيار الماضي". */
  protected dateWord(j: number): boolean {
    const w = this.input.tokens.text[j]!;
    return (
      w === ',' || w === '/' || w === 'في' || /^[0-9]+$/.test(w) || TIME_WORDS.has(w) || AR_MONTHS.has(w)
    );
  }

  /**
   * "أعلنت الحكومة العراقية تنفيذ حكم الإعدام", "أعلن ترامب الانسحاب من الاتفاق": a declaring verb
   * whose direct object, with no أن, is a course-of-action phrase opening with a
   * verbal noun of the lexicon declares the act its holder's own. True when it emitted.
   */
  protected declaredAct(target: Mention, emit: Emit): boolean {
    // (Cues are not read inside mentions: the phrase's first word is looked up here.)
    const head = lookupArabicCue(this.input.tokens.text[target.tokStart]!)?.cue;
    if (!head || head.kind !== 'stance' || head.pos !== 'noun') return false;
    const t = this.input.tokens.text;
    let j = target.tokStart - 1;
    if (j > this.s && t[j] === 'عن') j--;
    for (let n = 0; j >= this.s && n < DECLARED_ACT_REACH; n++, j--) {
      const m = this.mentionAtToken(j);
      if (m) {
        j = m.tokStart;
        continue;
      }
      const tc = this.cueAt(j);
      if (tc?.cue.kind !== 'speech' || tc.cue.lemma !== 'أعلن' || tc.objectPronoun || tc.pronounSuffix) {
        if (t[j] === ',' || this.dateWord(j) || isOfficeWord(t[j]!, 'ar')) continue;
        return false;
      }
      // The noun only with its declarer in the genitive right before the act ("لإعلان ترامب
      // الاعتراف بالقدس"); without one, "منذ إعلان وقف إطلاق النار" names no declarer.
      if (tc.cue.pos !== 'verb') {
        const agent = this.mentionAtToken(j + 1);
        if (!agent || agent.tokStart !== j + 1 || !this.canHold(agent) || agent.tokEnd !== target.tokStart)
          return false;
        emit(this.coordinated(agent), target, target.polarity, DECLARED_ACT_STRENGTH, j, false);
        return true;
      }
      // "لم يعلن الانسحاب": an act not declared is no position either way.
      if (this.negatedBefore(j, 2)) return true;
      const holders = this.holderOf(j, false, target.tokStart);
      if (holders.length === 0) return false;
      emit(holders, target, target.polarity, DECLARED_ACT_STRENGTH, j, this.hedged(j, target.tokStart));
      return true;
    }
    return false;
  }

  /**
   * "حذر روحاني الولايات المتحدة من أنها ستواجه ندما تاريخيا إذا انسحبت من الاتفاق": a warning
   * of what follows if an act is taken opposes the act (the conditional clause itself holds no
   * position). Only an act read from a stance cue inside the condition.
   */
  protected warnedConditions(emit: Emit): void {
    for (let w = this.s; w < this.e; w++) {
      const wc = this.cueAt(w);
      if (!wc || wc.cue.kind !== 'stance' || !isWarning(wc.cue) || this.negatedBefore(w, 2)) continue;
      for (let j = w + 1; j < Math.min(this.e, w + WARNED_CONDITION_REACH); j++) {
        if (!this.opensHypothetical(j)) continue;
        this.warnedConditionAt(emit, w, j);
        break;
      }
    }
  }

  protected warnedConditionAt(emit: Emit, w: number, j: number): void {
    let holders: number[] | undefined;
    for (const m of this.input.mentions) {
      if (m.kind !== 'topic' || m.tokStart <= j || m.tokStart > j + NOUN_WINDOW * 2) continue;
      const found = this.governingCueBefore(m);
      if (!found || found.k <= j) continue;
      const c = this.cueAt(found.k)!.cue;
      if (c.kind !== 'stance') continue;
      let inner = actionPolarity(c) * m.polarity;
      if (this.negatedBefore(found.k, 2)) inner = -inner;
      if (this.negationBetween(found.k, m.tokStart)) inner = -inner;
      if (inner === 0) continue;
      holders ??= this.holderOf(w);
      emit(holders, m, -inner, this.cueAt(w)!.cue.strength * 0.8, w, this.hedged(w, m.tokStart));
    }
  }

  /** The noun at k follows a preposition of time, cause or topic: it is mentioned, not held. */
  protected mentionsOnly(k: number): boolean {
    const w = k - 1 >= this.s ? bareArabicNoun(this.input.tokens.text[k - 1]!) : '';
    return AR_TEMPORAL_PREPS.has(w) || AR_CAUSE_PREPS.test(w) || AR_MENTIONING_PREPS.has(w);
  }

  /** "رفض الوزير تأكيد …": a refusal verb shortly before a noun of confirming. */
  protected confirmationRefused(j: number): boolean {
    const text = this.input.tokens.text;
    if (!AR_CONFIRM_NOUNS.has(text[j]!)) return false;
    for (let i = j - 1; i >= Math.max(this.s, j - 5); i--) if (AR_REFUSAL_VERBS.has(text[i]!)) return true;
    return false;
  }

  /** "أمام هجمات X", "أمام الضربات": attacks faced, by whoever the clause is about. */
  protected attacksFaced(k: number): boolean {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || k - 1 < this.s || tokens.text[k - 1] !== 'امام') return false;
    return AR_ATTACK_HEADS.has(bareArabicNoun(tokens.text[k]!));
  }

  /** A reason noun with its own pronoun ("لانضمامها") a few words after a verdict or arrest. */
  protected convictedDeed(k: number): boolean {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'ar' || !/^ل.+(ه|ها|هم|هما)$/.test(text[k]!)) return false;
    for (let j = k - 1; j >= Math.max(this.s, k - 10); j--) if (AR_VERDICT_WORDS.has(text[j]!)) return true;
    return false;
  }

  /**
   * An Arabic hostile cue (ضد، غارة، مواجهة, an act of force) negated within its clause, a few
   * words before it ("ليس القتال ضد", "لم يوجه أي ضربات لـ"), but not by an idiom whose negation
   * affirms ("لا يستبعد", "لن نتردد"; "لا يزال", "ولا سيما" are no negation cues), nor past
   * another stance verb, or by a refused confirmation ("رفض … تأكيد قيام …").
   */
  protected deniedHostility(k: number): boolean {
    const { tokens } = this.input;
    const cue = this.cueAt(k)?.cue;
    if (this.input.lang !== 'ar' || !cue || cue.kind !== 'stance' || cue.polarity >= 0) return false;
    if (!isForce(cue) && !AR_HOSTILE_WORDS.has(bareArabicNoun(tokens.text[k]!))) return false;
    for (let j = k - 1; j >= Math.max(this.s, k - 6); j--) {
      if (isClauseMark(tokens, j)) return false;
      if (this.isKind(j, 'negation') && !ADJECTIVE_NEGATORS.has(tokens.text[j]!))
        return !AR_AFFIRMING_AFTER_NEGATION.has(tokens.text[j + 1] ?? '');
      // "رفض نائب الوزير تأكيد قيام بلاده بإرسال طائرة للهجوم": an act whose confirmation is
      // refused is no hostility asserted.
      if (this.confirmationRefused(j)) return true;
      // "لن تقبل قيام عناصر بقصف …": a stance verb in between takes the negation (and composes);
      // a wish does not ("لا يريد الدخول في مواجهة مع …" is no support).
      const c = this.cueAt(j)?.cue;
      if (c && c.kind === 'stance' && !isForce(c) && !isActionOnly(c) && !VOLITION_LEMMAS.has(c.lemma))
        return false;
    }
    return false;
  }

  /**
   * The cue at k is an Arabic attack noun and the target names who attacks: a nationality
   * adjective after it ("غارات روسية", "غارة جوية تركية") or a genitive name right after the
   * indefinite plural ("هجمات القوات العراقية", "ضربات إسرائيل").
   */
  protected agentOfOwnAttack(k: number, target: Mention): boolean {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar') return false;
    const head = bareArabicNoun(tokens.text[k]!);
    if (!AR_ATTACK_HEADS.has(head)) return false;
    // "أدان لودريان هجمات النظام السوري": a reaction to the attack is one to its agent.
    const outer = this.governingCueBefore(mentionWith(target, { tokStart: k, tokEnd: k + 1 }));
    const outerCue = outer ? this.cueAt(outer.k)?.cue : undefined;
    if (outerCue && (outerCue.kind === 'stance' || outerCue.kind === 'describe') && !isForce(outerCue))
      return false;
    if (target.kind === 'demonym' && !target.official) {
      // Adjectives of manner may stand between: "غارات جوية روسية".
      for (let j = k + 1; j < target.tokStart; j++) if (!AR_ATTACK_MANNER.has(tokens.text[j]!)) return false;
      return target.tokStart > k;
    }
    return target.tokStart === k + 1 && !target.afterPreposition && AR_ATTACK_PLURALS.has(head);
  }

  /**
   * The speakers of the words an Arabic violation cue (انتهك، خرق) at k stands in: a speech
   * verb's holders, a charge verb's (اتهم X بانتهاك …), or the name before a headline colon
   * ("ترامب: إيران تنتهك …"); an empty list for a speaker we do not track; undefined outside
   * reported words.
   */
  protected violationFrame(k: number): number[] | undefined {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || !VIOLATION_LEMMAS.has(this.cueAt(k)?.cue.lemma ?? '')) return undefined;
    for (let j = k - 1; j >= this.s; j--) {
      // "ترامب: إيران تنتهك …": the name before a colon speaks; an actor named after it is accused.
      if (tokens.text[j] === ':') {
        const m = this.mentionAtToken(j - 1);
        const accused = this.input.mentions.some((x) => x.tokStart > j && x.tokEnd <= k && x.actor >= 0);
        return m && m.actor >= 0 && !accused ? this.coordinated(m) : [];
      }
      const c = this.cueAt(j)?.cue;
      // "اتهم ترامب إيران بانتهاك …": the charge's violation is the accused's, held by nobody.
      if (c && CHARGE_LEMMAS.has(c.lemma)) return [];
      if (c?.kind === 'speech') return this.holderOf(j, true);
      // "حذرت واشنطن من إجراءات ردا على انتهاكات الهدنة": a position of its own, not reported words.
      if ((c?.kind === 'stance' && !isActionOnly(c)) || isClauseMark(tokens, j)) return undefined;
    }
    return undefined;
  }

  /**
   * "calling them a blatant violation of international humanitarian law", "said … in a new
   * breach of the cessation of hostilities": who names an act a violation of a course of action
   * upholds it, whoever the violator ("condemned Russia's violations of the truce"). Emits for
   * the accusers and tells whether there were any; a violation the outlet reports in its own
   * words is left to the other rules (its violator's deed).
   */
  protected accusedViolation(target: Mention, emit: Emit): boolean {
    if (this.violationPhrase(target)) {
      // "said … in breach of UN resolutions", "ceasefire violations" as an anti phrase of its own.
      const k = target.tokStart;
      const accusers = this.violationAccusers(k);
      if (accusers.length === 0 || this.negatedBefore(k, 2)) return false;
      emit(accusers, target, 1, VIOLATION_STRENGTH, k, this.hedged(k, target.tokEnd - 1));
      return true;
    }
    const k = this.violationNounBefore(target);
    if (k === undefined) return this.reportedViolation(target, emit);
    const accusers = this.violationAccusers(k);
    if (accusers.length === 0) return false;
    emit(accusers, target, target.polarity, VIOLATION_STRENGTH, k, this.hedged(k, target.tokStart));
    return true;
  }

  /** The English violation noun right before the target: "violation(s) of the", "breach of a". */
  protected violationNounBefore(target: Mention): number | undefined {
    const { tokens } = this.input;
    if (this.input.lang !== 'en') return undefined;
    let j = this.ownerBefore(target.tokStart - 1);
    if (j > this.s && EN_DETERMINERS.has(tokens.text[j]!)) j--;
    if (tokens.text[j] !== 'of' || !EN_VIOLATION_NOUNS.has(tokens.text[j - 1] ?? '')) return undefined;
    return j - 1;
  }

  /** An English anti phrase naming a violation: "breach of UN resolutions", "ceasefire violations". */
  protected violationPhrase(target: Mention): boolean {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'en' || target.kind !== 'topic' || target.polarity !== -1 || target.anaphor)
      return false;
    return EN_VIOLATION_NOUNS.has(t[target.tokStart]!) || EN_VIOLATION_NOUNS.has(t[target.tokEnd - 1]!);
  }

  /** "UN Security Council resolution 2254": the token before an actor's name modifying a phrase at j + 1. */
  protected ownerBefore(j: number): number {
    const m = this.mentionAtToken(j);
    return m && m.kind === 'name' && m.tokEnd === j + 1 && !m.possessive ? m.tokStart - 1 : j;
  }

  /**
   * "The Russian center stated that armed groups breached the cessation of hostilities", "said
   * the attack violated resolution 2254", "said the shelling undermines the peace talks": who
   * reports a violation (or wrecking) of a course of action charges it, and upholds the course
   * of action; the violator, when tracked, keeps its deed (the main pass), an untracked or
   * inanimate one gives the speaker no deed of its own. Tells whether the main pass is to be
   * skipped.
   */
  protected reportedViolation(target: Mention, emit: Emit): boolean {
    const { tokens } = this.input;
    if (this.input.lang !== 'en') return false;
    let k = this.ownerBefore(target.tokStart - 1);
    if (k > this.s && EN_DETERMINERS.has(tokens.text[k]!)) k--;
    for (let n = 0; n < 5 && k > this.s && EN_WRECKED_OBJECT_LEADS.has(tokens.text[k]!); n++) {
      k--;
      if (EN_DETERMINERS.has(tokens.text[k]!)) k--;
    }
    const c = this.cueAt(k)?.cue;
    if (!c || c.pos !== 'verb' || !EN_VIOLATION_VERBS.has(c.lemma) || this.negatedBefore(k, 2)) return false;
    const speakers = this.frameHolder(k);
    if (speakers.length === 0) return false;
    const doers = this.holderOf(k, false, target.tokStart);
    // "Russia said it would not breach …", "they violated": a pronoun subject may be the speaker.
    if (EN_SUBJECT_PRONOUNS.has(tokens.text[k - 1] ?? '') && doers.some((a) => speakers.includes(a)))
      return false;
    const accusers = speakers.filter((a) => a !== target.actor);
    emit(accusers, target, target.polarity, VIOLATION_STRENGTH, k, this.hedged(k, target.tokStart));
    // The speaker only stood in for an untracked violator: no deed of the speaker's own.
    return doers.length === 0 || doers.every((a) => speakers.includes(a));
  }

  /**
   * Who names the act at k a violation: the speaker of the words ("said the raids were a
   * violation of …"), the describer ("calling them a violation of …") or the one who condemns
   * ("denounced the intervention as a breach of …").
   */
  protected violationAccusers(k: number): number[] {
    for (let j = k - 1; j >= this.s; j--) {
      const c = this.cueAt(j)?.cue;
      if (!c) continue;
      if (c.kind === 'speech') return this.holderOf(j, true);
      if (
        c.kind === 'describe' ||
        (c.kind === 'stance' && c.polarity < 0 && !isForce(c) && !isActionOnly(c))
      ) {
        // "Islamic State was condemned … for … violations of": the one condemned is the violator.
        if (!EN_BE_FORMS.has(this.input.tokens.text[j - 1] ?? '')) return this.holderOf(j);
        const by = this.agentAfterBy(j);
        return by ? this.coordinated(by) : [];
      }
    }
    return this.frameHolder(k);
  }

  /**
   * The accusers of an Arabic stance cue at k inside the "ب" complement of a charge ("اتهمت
   * السعودية إيران بدعم الحوثيين"): what the accused is charged with is the accuser's claim, not
   * the accused's own position; undefined outside a charge.
   */
  /**
   * The act of force at k reaches the asset its nationality adjective qualifies with no other
   * actor in between, but for the subject right after an Arabic verb ("قصفت إسرائيل أهدافا
   * إيرانية") or the agent right after an act noun; "صواريخ من سوريا على مواقع إسرائيلية" names where the missiles came from, not
   * who fired them.
   */
  /** An act of force against an asset: a strike or attack, or an assassination ("اغتالت قائدا إيرانيا"). */
  protected assetForce(cue: Cue): boolean {
    return isAttack(cue) || ASSASSINATION_LEMMAS.has(cue.lemma);
  }

  /**
   * An Arabic act noun against an asset names who acts: its own agent ("إسقاط إسرائيل لطائرة",
   * "الضربات الإسرائيلية على"), a pronoun on it, a subject right before it ("أعلن الجيش
   * الإسرائيلي قصف"), or a light verb it completes ("قامت … بمهاجمة", "للرد بقصف"). A bare
   * noun ("على خلفية إسقاط الطائرة الروسية") names an event whose agent the clause does not give.
   */
  protected assetActAgentNamed(k: number, target: Mention): boolean {
    const tc = this.cueAt(k)!;
    if (this.input.lang !== 'ar' || tc.cue.pos === 'verb' || !this.nounReading(k)) return true;
    if (tc.pronounSuffix || this.hostileActAgent(k, target)) return true;
    // "أعلن الجيش الإسرائيلي، الجمعة، قصف …": past a date set off by commas.
    const before = this.timeParentheticalEnding(k - 1) ?? k;
    const m = before - 1 >= this.s ? this.mentionAtToken(before - 1) : undefined;
    if (m && m.tokEnd === before && !m.afterPreposition && this.canHold(m)) return true;
    const { text } = this.input.tokens;
    return text[k]!.startsWith('ب') && k - 1 >= this.s && AR_LIGHT_ACT_VERBS.has(text[k - 1]!);
  }

  /**
   * "أفشل التحالف هجوما لميليشيات الحوثي استهدف ناقلة": an Arabic verb right after an attack noun
   * (and its ل-agent) is a relative clause of the attack, whose agent is not the sentence's
   * subject unless that subject launched it ("شنت X هجوما استهدف …").
   */
  protected actRelativeWithoutLauncher(k: number): boolean {
    if (this.input.lang !== 'ar' || this.cueAt(k)!.cue.pos !== 'verb') return false;
    const { text } = this.input.tokens;
    let j = k - 1;
    // (past the agent's nationality adjective: "هجوما لميليشيات الحوثي الإيرانية استهدف")
    for (let n = 0; n < 2 && j >= this.s; n++) {
      const m = this.mentionAtToken(j);
      if (!m || !(m.kind === 'demonym' || text[m.tokStart]!.startsWith('ل'))) break;
      j = m.tokStart - 1;
    }
    if (j < this.s) return false;
    const act = this.cueAt(j);
    const noun = bareArabicNoun(text[j]!);
    const attackNoun =
      AR_ATTACK_HEADS.has(noun) || (noun.endsWith('ا') && AR_ATTACK_HEADS.has(noun.slice(0, -1)));
    if (!attackNoun && !(act && isAttack(act.cue) && act.cue.pos !== 'verb')) return false;
    for (let v = j - 1; v >= Math.max(this.s, j - 5); v--) {
      const c = this.cueAt(v)?.cue;
      if (c && c.pos === 'verb' && isLaunch(c)) return false;
    }
    return true;
  }

  /** "shot down", "أسقط": bringing down an aircraft or a government. */
  protected downing(k: number): boolean {
    const { lemma } = this.cueAt(k)!.cue;
    return lemma === 'أسقط' || (lemma === 'shoot' && this.input.tokens.text[k + 1] === 'down');
  }

  /** A preposition stands between the cue at k and the target. */
  protected prepositionBefore(k: number, target: Mention): boolean {
    if (target.afterPreposition) return true;
    const { text } = this.input.tokens;
    for (let j = k + 1; j < target.tokStart; j++) {
      if (this.isKind(j, 'preposition')) return true;
      // "إسقاط الطائرة بنيران القوات السورية": a noun with ب names the means, and the actor after it the agent.
      if (this.input.lang === 'ar' && j > k + 1 && text[j]!.startsWith('ب') && !this.mentionAtToken(j))
        return true;
    }
    return false;
  }

  protected assetReached(k: number, target: Mention): boolean {
    const verb = this.cueAt(k)!.cue.pos === 'verb';
    const { tokens } = this.input;
    for (let j = k + 1; j < target.tokStart; j++) {
      // "by targeting IS\" Russian General Vladimir Savchenko said": a quote or clause ends the
      // object (Arabic quotes often set off the object itself: استهدفت "أهدافا إيرانية").
      if (!tokens.isWord[j] && (this.input.lang === 'en' || isClauseMark(tokens, j))) return false;
      const m = this.mentionAtToken(j);
      if (!m) continue;
      // "غارة أمريكية قياديا إيرانيا": a strike noun's own nationality adjective is its agent.
      const subject = verb ? !m.afterPreposition : this.namedActAgent(k) === m;
      if (!(this.input.lang === 'ar' && m.tokStart === k + 1 && subject)) return false;
      j = m.tokEnd - 1;
    }
    return true;
  }

  protected chargeFrame(k: number): number[] | undefined {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar') return undefined;
    let complement = false;
    for (let j = k; j >= Math.max(this.s, k - 8); j--) {
      if (j < k && isClauseMark(tokens, j)) return undefined;
      if (tokens.text[j]!.startsWith('ب')) complement = true;
      const tc = j < k ? this.cueAt(j) : undefined;
      // "اتهمت X Y بإطلاق صواريخ على …": the launch noun heads the charged act of force.
      if (!tc || tc.cue.kind === 'preposition' || (isLaunch(tc.cue) && isAttack(this.cueAt(k)!.cue)))
        continue;
      if (!complement || tc.cue.lemma !== 'اتهم') return undefined;
      // "المتهمة من قبل المملكة بدعم …", "…، متهمة إياها بدعم …": a participle's complement is
      // read on its own (not composed with the charge), so no holder keeps a reading of it.
      if (tc.cue.participle) return [];
      // "اتهمتها المملكة بـ…": after a verb carrying its object, the name that follows is the accuser.
      const after = tc.objectPronoun ? this.mentionAtToken(j + 1) : undefined;
      return after && after.tokStart === j + 1 && after.actor >= 0
        ? this.coordinated(after)
        : this.holderOf(j, true);
    }
    return undefined;
  }

  /** The verb governing the noun at k gives it up ("تخلى عن", "التخلي عن"). */
  protected givesUp(k: number): boolean {
    const gv = this.subjectBefore(k, false);
    return typeof gv === 'number' && this.cueAt(gv)?.cue.lemma === GIVE_UP_LEMMA;
  }

  /**
   * Polarity of the verb whose complement holds the (noun or particle) cue at k, or 1:
   * "تتهم … المركز بالمساعدة … لصالح النظام", "vetoed a resolution calling for …".
   */
  protected governingVerbSign(k: number): number {
    const gv = this.subjectBefore(k, false);
    if (typeof gv !== 'number') return 1;
    const gc = this.cueAt(gv)?.cue;
    // "ترامب يرفض دعوات من أعضاء بالكونغرس لوقف …": a noun of calling passes the course called
    // for on to the verb governing it, whose subject holds it (see subjectBefore).
    if (gc?.kind === 'stance' && gc.pos === 'noun' && !gc.participle && this.callsFor(gv) && gv < k)
      return this.governingVerbSign(gv);
    if (!gc || gc.kind !== 'stance' || !(gc.pos === 'verb' || gc.verbNoun)) return 1;
    // "استعادت السيطرة … بدعم جوي من X": taking ground governs no course of action.
    if (takesOnlyFrom(gc)) return 1;
    // "strikes against X": force with a hostile particle is one act against X, not a double negation
    // (but "shelled a rally in support of X" opposes X).
    // (Combat too: "fought fierce battles on Monday against X".)
    if ((isForce(gc) || isCombat(gc)) && !this.negatedBefore(gv, 2)) return 1;
    return actionPolarity(gc) * (this.negatedBefore(gv, 2) ? -1 : 1);
  }

  /**
   * "وصفها زعيم حزب الله بأنها نصر", "رفضه الحزب": a verb whose object pronoun stands for the
   * topic phrase of the previous sentence, when nothing in this sentence can be its antecedent.
   */
  protected pronounObjects(emit: Emit): void {
    if (this.input.lang !== 'ar') return;
    for (let k = this.s; k < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc || (tc.cue.kind !== 'stance' && tc.cue.kind !== 'describe')) continue;
      // A verb (or a verb/noun homograph opening its clause) carrying an object pronoun.
      const verbal = tc.cue.pos === 'verb' || (tc.cue.verbNoun === true && this.clauseInitialVerb(k));
      if (!verbal || !(tc.objectPronoun || tc.pronounSuffix)) continue;
      // A thing is "it" (ه، ها), not "them" or "us"; deeds (شنها، نشرتها) say too little.
      if (!/[^ا]ها?$/.test(this.input.tokens.text[k]!) || /(هم|هما|نا)$/.test(this.input.tokens.text[k]!))
        continue;
      if (isActionOnly(tc.cue) || tc.cue.strength < 0.6) continue;
      // "ودعمها للجماعات الإرهابية": a verbal noun with its object after ل; ها is its owner.
      if (tc.cue.pos !== 'verb' && this.lamObjectAt(k + 1)) continue;
      // The rare verb read in a method of its own: its branches do not deoptimise this loop.
      if (this.pronounObjectAt(emit, k, tc)) return;
    }
  }

  /** The verb at k with its object pronoun; true when the pass is done (emitted, or no antecedent). */
  protected pronounObjectAt(emit: Emit, k: number, tc: TokenCue): boolean {
    // The antecedent: the nearest topic phrase before the verb in this sentence ("في أول تعليق
    // له على نتائج الانتخابات، وصفها …"), else the previous sentence's last one.
    const before = this.input.mentions.filter((m) => m.kind === 'topic' && m.tokEnd <= k);
    const previous = before[before.length - 1] ?? this.input.previousTopic;
    if (!previous) return true;
    // Across a sentence boundary "ه" more often means a person; "ها" a thing or a plural. And
    // only a verb opening its clause reaches back: after a noun ("أحدث منشأة يقتحمها") the
    // verb's clause describes that noun, and its pronoun stands for it.
    if (before.length === 0 && (!this.input.tokens.text[k]!.endsWith('ها') || !this.opensClause(k)))
      return false;
    // A topic right after the verb is its own object, handled with the other targets.
    const after = this.mentionAtToken(k + 1);
    if (after?.kind === 'topic') return false;
    if (before.length > 0 && this.describedNounBefore(k, previous)) return false;
    // "لم يعالج سلوك إيران ولا يمنعها", "قطع الطريق على إيران ومنعها": an actor named in
    // between, as a genitive or after a preposition, is the pronoun's nearer antecedent.
    // (After a relative pronoun the antecedent is the noun before it: "الاتفاق … الذي انتقده".)
    const from = before.length > 0 ? previous.tokEnd : this.s;
    if (!RELATIVE_AR.has(this.input.tokens.text[k - 1] ?? '') && this.nearerActorAntecedent(from, k))
      return false;
    const pseudo = mentionWith(previous, {
      tokStart: k,
      tokEnd: k + 1,
      anaphor: true,
      afterPreposition: false,
    });
    const holders = this.holderOf(k);
    let sign: number;
    if (tc.cue.kind === 'describe') {
      const ev = this.evaluativeAfter(pseudo, k + 1, true);
      if (!ev) return false;
      sign = ev.polarity * previous.polarity;
    } else {
      sign = tc.cue.polarity * previous.polarity * (this.negatedBefore(k, 2) ? -1 : 1);
    }
    emit(holders, pseudo, sign, tc.cue.strength * 0.8, k, this.hedged(k, k));
    return true;
  }

  /**
   * "قرار أممي اقترحته الولايات المتحدة", "إعادة الفرز التي قررتها المحكمة": a verb right after a
   * noun (or after the relative pronoun that follows it) describes that noun, and its pronoun
   * stands for it, not for a topic phrase further back; "هذا الطلب رفضته" and "الأمر الذي
   * ترفضه" point back to the topic.
   */
  protected describedNounBefore(k: number, topic: Mention): boolean {
    const text = this.input.tokens.text;
    let j = k - 1;
    if (RELATIVE_AR.has(text[j] ?? '')) j--;
    if (j < this.s || topic.tokEnd > j || this.input.tokens.isWord[j] !== 1) return false;
    const w = text[j]!;
    if (this.mentionAtToken(j) || this.cueAt(j) || AR_PARTICLES.has(w) || /^(ال|وال)?امر$/.test(w))
      return false;
    return !AR_DEMONSTRATIVES.has(text[j - 1] ?? '');
  }

  /**
   * An actor named between tokens from and k as a genitive or after a preposition; or, for
   * "ها", a country named as an object in the clause before the coordinated verb ("لم يعالج
   * سلوك إيران ولا يمنعها", "برنامج إيران الصاروخي، ودعمها") — a country is feminine.
   */
  private nearerActorAntecedent(from: number, k: number): boolean {
    const { tokens } = this.input;
    const feminine = tokens.text[k]!.endsWith('ها');
    for (const m of this.input.mentions) {
      if (m.tokStart < from || m.tokEnd > k || m.actor < 0) continue;
      if (m.kind !== 'name' && m.kind !== 'role') continue;
      if (this.isPrepositional(m) || this.isGenitive(m)) return true;
      if (!feminine || this.input.compiled.codebook.actors[m.actor]!.kind !== 'country') continue;
      // Not a subject: not right after a verb or a complementizer ("أعلنت إيران …", "إن إيران …").
      const prevCue = m.tokStart - 1 >= this.s ? this.cueAt(m.tokStart - 1)?.cue : undefined;
      if (m.tokStart - 1 < this.s || prevCue?.pos === 'verb' || prevCue?.kind === 'complementizer') continue;
      let j = m.tokEnd;
      while (j < k && tokens.text[j]!.startsWith('ال') && !this.mentionAtToken(j)) j++;
      if (j < k && (isClauseMark(tokens, j) || tokens.text[j]!.charCodeAt(0) === 0x648)) return true; // و
    }
    return false;
  }

  /**
   * "حذرته من الانسحاب": after the object pronoun, the cue's prepositional complement, also past
   * a VSO subject when the preposition is a clitic ("يصفه كثيرون بالنفوذ الإيراني").
   */
  protected prepositionalComplement(k: number, target: Mention): boolean {
    const prep = target.tokStart - 1;
    if (prep <= k) return target.afterPreposition && target.tokStart <= k + 3;
    return prep <= k + 3 && (this.isKind(prep, 'preposition') || target.afterPreposition);
  }

  /** "دعم من قوات أميركية", "support from US troops": the phrase is the noun's source, not its object. */
  protected agentOfNoun(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if ((cue.pos === 'verb' && !cue.verbNoun) || cue.kind !== 'stance' || takesFromTarget(cue)) return false;
    // "انسحاب واشنطن من الاتفاق": one leaves what follows من; the leaver is the genitive (genitiveLeaver).
    if (LEAVING_LEMMAS.has(cue.lemma)) return false;
    const prev = this.input.tokens.text[target.tokStart - 1];
    return target.tokStart - 1 > k && target.tokStart - 1 <= k + 2 && (prev === 'من' || prev === 'from');
  }

  /** A setting preposition between the cue and a topic phrase ("نفذ عملية عبر خط الهدنة"). */
  protected inSetting(k: number, target: Mention): boolean {
    for (let j = target.tokStart - 1; j > k && j >= target.tokStart - 3; j--) {
      if (SETTING_PREPS.has(this.input.tokens.text[j]!)) return true;
    }
    return false;
  }

  /** English "<verb> by": 'finite' after was/were/is/are/been, 'label' otherwise, else 'none'. */
  protected passiveBy(k: number): 'finite' | 'label' | 'none' {
    if (this.input.lang !== 'en' || this.input.tokens.text[k + 1] !== 'by') return 'none';
    if (this.cueAt(k)?.cue.particle) return 'none'; // "stood by", "abide by": a phrasal verb
    const form = this.input.tokens.text[k]!;
    if (!/(ed|en|ght|ck|pt|od)$/.test(form)) return 'none'; // "abide by" is no participle
    return this.passiveAux(k) >= 0 ? 'finite' : 'label';
  }

  /**
   * The form of "be" before the English participle at k, past up to two adverbs between them
   * ("has been repeatedly violated", "was initially welcomed"); else -1.
   */
  protected passiveAux(k: number): number {
    const text = this.input.tokens.text;
    let j = k - 1;
    while (j > this.s && j >= k - 2 && PASSIVE_ADVERB.test(text[j]!)) j--;
    return j >= this.s && EN_BE_FORMS.has(text[j]!) ? j : -1;
  }

  /**
   * "دانت … الضربات التي شنتها المقاتلات التركية", "condemned the strikes carried out by X",
   * "welcomed the decision taken by X": a reaction to an act counts toward the act's agent,
   * named in a relative clause or a "by" phrase after the act noun.
   */
  protected reactionsToActs(emit: Emit): void {
    const { tokens, lang } = this.input;
    // An English agent needs "by" or (after an evaluated act) "of": most sentences have neither.
    // (Arabic names it in many ways.)
    let linked = lang === 'ar';
    for (let k = this.s; k < this.e && !linked; k++)
      linked = tokens.text[k] === 'by' || tokens.text[k] === 'of';
    if (!linked) return;
    for (let k = this.s; k < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc || tc.cue.kind !== 'stance' || tc.cue.polarity === 0 || isForce(tc.cue)) continue;
      if (lang === 'ar' ? tc.cue.pos !== 'verb' && !tc.cue.verbNoun : tc.cue.pos !== 'verb') continue;
      if (isDirective(tc.cue) || isActionOnly(tc.cue)) continue;
      const act = this.actNounAfter(k);
      if (act === undefined) continue;
      const actAgent = this.agentOfAct(act);
      // "اقتحام القوات الإسرائيلية": forces act for the body they belong to.
      const agent = actAgent && (lang === 'ar' ? this.sideAsTarget(actAgent) : actAgent);
      if (!agent || !this.isTarget(agent)) continue;
      const holders = this.holderOf(k, false, act).filter((a) => a !== agent.actor);
      const sign = tc.cue.polarity * (this.negatedBefore(k, 2) ? -1 : 1);
      const hedge = this.hedged(k, agent.tokStart);
      emit(holders, agent, sign, tc.cue.strength * 0.85, k, hedge);
      // "committed by the regime and Russian forces": every agent coordinated with the first.
      if (lang === 'en') {
        const others = this.coordinated(agent).filter((a) => a !== agent.actor && !holders.includes(a));
        this.emitTowardActors(emit, holders, others, sign, tc.cue.strength * 0.85, k, agent.tokStart);
      }
      // The act itself, when the codebook names it after this agent ("الضربات التركية").
      const head = bareArabicNoun(this.input.tokens.text[act]!);
      for (const topic of this.input.compiled.actTopics.get(`${agent.actor} ${head}`) ?? []) {
        const phrase = mentionWith(agent, { kind: 'topic', actor: -1, topic, polarity: 1, agent: undefined });
        emit(holders, phrase, sign, tc.cue.strength * 0.85, k, hedge);
      }
    }
  }

  /**
   * "رفضت السعودية الوساطة التركية", "انتقد العبادي تصريحات المالكي", "رحب بالمبادرة التي
   * أطلقها X", "نفت إيران اتهامات وجهها المغرب", "ترحيب X بقرار Y": a verb (or verbal noun) of
   * reaction whose object is something an actor said, decided or proposed takes that side toward
   * the actor (rejecting or denying opposes him, welcoming supports him). The author is the
   * noun's genitive (past office words), its nationality adjective, or the subject of a relative
   * clause whose verb of issuing carries the noun back ("التي أطلقها X", "تقدمت به روسيا").
   */
  protected arabicProductReactions(emit: Emit, denials: boolean): void {
    const { tokens, mentions } = this.input;
    if (mentions.length < 2) return;
    for (let k = this.s; k < this.e; k++) {
      const w = tokens.text[k]!;
      const tc = this.cueAt(k);
      // (The pattern only where the sentence holds a denial verb: `denials`, from its word classes.)
      const denial = denials && AR_DENIAL_VERBS.test(w);
      if (!denial) {
        if (!tc || tc.cue.kind !== 'stance' || tc.cue.polarity === 0 || !isReaction(tc.cue)) continue;
        if (tc.cue.pos !== 'verb' && !tc.cue.verbNoun) continue;
        if (tc.cue.participle || tc.objectPronoun) continue;
      }
      // (A method of its own: V8 then re-optimises only it when a rare branch deoptimises.)
      this.arabicProductReactionAt(emit, k, tc, denial);
    }
  }

  /** The reaction at k (a reacting cue, or a denial verb) to something an actor said or decided. */
  protected arabicProductReactionAt(emit: Emit, k: number, tc: TokenCue | undefined, denial: boolean): void {
    const { tokens } = this.input;
    const w = tokens.text[k]!;
    // "لم يرفض الدعوة": not rejecting is no welcome either.
    if (this.negatedBefore(k, 2)) return;
    // "ترحيب السعودية بقرار …", "رفض الصدر دعوة …": a verbal noun (or a form read as one) holds
    // with its genitive, its object right after ("رفضها الاقتراح", "دعم العراق، والتدخلات" are
    // no reactions of an actor named there).
    const noun = !denial && tc!.cue.pos !== 'verb';
    let o = k + 1;
    while (noun && o < this.e && o <= k + 2 && !this.mentionAtToken(o) && isOfficeWord(tokens.text[o]!, 'ar'))
      o++;
    const subject = noun ? this.mentionAtToken(o) : undefined;
    if (noun && (!subject || subject.tokStart !== o || !this.canHold(subject) || subject.afterPreposition))
      return;
    // "رفض الرئيس الإيراني حسن روحاني مطالب …": past a name in apposition to the title.
    let p = subject ? subject.tokEnd : this.productNounAfter(k);
    for (let m = subject && this.mentionAtToken(p!); m && m.tokStart === p && m.actor === subject!.actor;)
      m = this.mentionAtToken((p = m.tokEnd));
    if (p === undefined || p >= this.e || (subject && !AR_PRODUCT_NOUNS.test(tokens.text[p]!))) return;
    const owner = this.productAuthor(p);
    if (!owner) return;
    // A spokesman's or minister's words are his body's ("تصريحات المتحدث باسم الخارجية").
    const body = this.input.compiled.speaksFor[owner.actor] ?? -1;
    const authors = [owner, ...(body >= 0 ? [mentionWith(owner, { actor: body })] : [])].filter((m) =>
      this.authorTarget(m),
    );
    if (authors.length === 0) return;
    let holders = subject
      ? this.coordinated(subject)
      : denial || !tc
        ? this.denierOf(k)
        : this.holderOf(k, false, p);
    // "وأضاف الأمين: … ورفضنا تدخل حزب الله": "we" speaks for a speaker named in the sentence,
    // not for one carried over from an earlier one.
    if (tc && (this.weSubject(k) || (w.endsWith('نا') && !tc.cue.lemma.endsWith('ن'))))
      holders = holders.filter((h) =>
        this.input.mentions.some((m) => m.actor === h && m.tokStart >= this.s && m.tokEnd <= k),
      );
    const sign = denial || !tc ? -1 : tc.cue.polarity;
    const strength = (denial || !tc ? 0.8 : tc.cue.strength) * 0.8;
    for (const a of authors)
      emit(
        holders.filter((h) => h !== a.actor),
        a,
        sign,
        strength,
        k,
        this.hedged(k, a.tokStart),
      );
  }

  /**
   * The author of a product noun as a target: a nationality adjective qualifying the noun itself
   * ("الوساطة التركية") stands for its state, whatever the noun.
   */
  protected authorTarget(m: Mention): boolean {
    if (m.kind !== 'demonym' || m.official) return this.isTarget(m);
    return (this.input.compiled.topicsForActor[m.actor]?.length ?? 0) > 0 && !m.people;
  }

  /** The subject of a denial verb, which is no cue: named right after it, or right before it. */
  protected denierOf(k: number): number[] {
    const after = this.mentionAtToken(k + 1);
    if (after && after.tokStart === k + 1 && this.canHold(after)) return this.coordinated(after);
    const before = k - 1 >= this.s ? this.mentionAtToken(k - 1) : undefined;
    if (before && before.tokEnd === k && this.canHold(before) && !this.isPrepositional(before))
      return this.coordinated(before);
    return [];
  }

  /** The product noun a reaction at k takes as its object: past its subject, commas and adverbs. */
  protected productNounAfter(k: number): number | undefined {
    const { tokens } = this.input;
    let preps = 0;
    for (let j = k + 1; j < this.e && j <= k + 8; j++) {
      const m = this.mentionAtToken(j);
      if (m) {
        if (m.kind === 'topic' || !this.canHold(m) || this.isPrepositional(m)) return undefined;
        j = m.tokEnd - 1;
        continue;
      }
      const w = tokens.text[j]!;
      if (AR_PRODUCT_NOUNS.test(w)) return j;
      if (TIME_WORDS.has(w) || AR_REACTION_ADVERBS.has(w) || isOfficeWord(w, 'ar')) continue;
      // "أدان ما وصفه بجهود إيران", "نددت بما وصفته بتدخل …": the reactor's own naming of it.
      if ((w === 'ما' || w === 'بما') && AR_NAMED_AS.test(tokens.text[j + 1] ?? '')) {
        j++;
        continue;
      }
      // "اعترض على قرار", "حذر من خطة": one preposition before the object.
      if ((w === 'علي' || w === 'من') && preps++ === 0) continue;
      return undefined;
    }
    return undefined;
  }

  /** Who said, decided or proposed the product noun at p, when the sentence names him. */
  protected productAuthor(noun: number): Mention | undefined {
    const { tokens } = this.input;
    const at = (j: number): Mention | undefined => {
      const m = this.mentionAtToken(j);
      return m && m.tokStart === j && m.kind !== 'topic' && !m.modifier && m.actor >= 0 ? m : undefined;
    };
    // "مشروع قرار تقدمت به روسيا": a draft is its author's product too.
    const draft =
      /^(و|ف)?(ب|ل|بال|ال|لل)?مشروع$/.test(tokens.text[noun]!) &&
      /^(ال)?(قرار|قانون)$/.test(tokens.text[noun + 1] ?? '');
    const p = draft ? noun + 1 : noun;
    let j = p + 1;
    // "تصريحات المسؤولين الإيرانيين", "بيان وزارة الخارجية التركية": past office words.
    while (j < this.e && j <= p + 3 && !this.mentionAtToken(j) && isOfficeWord(tokens.text[j]!, 'ar')) j++;
    const direct = at(j);
    if (direct) {
      // "اتهامات لإيران": a ل-object is the one accused, not the author.
      if (direct.afterPreposition) return undefined;
      // A bare nationality adjective qualifies the noun or the office before it; a name past an
      // office word is that office's holder only when it is a person or a body (not a place).
      return direct.kind === 'demonym' || this.canHold(direct) ? direct : undefined;
    }
    if (j > p + 1) return undefined;
    // "الدور الإنساني والتنموي الإماراتي": past adjectives, a nationality adjective.
    while (j < this.e && j <= p + 2 && AR_ADJECTIVE.test(tokens.text[j]!) && !this.mentionAtToken(j)) {
      j++;
      const adj = at(j);
      if (adj?.kind === 'demonym') return adj;
    }
    j = p + 1;
    const w = tokens.text[j] ?? '';
    // "مشروع قرار تقدمت به روسيا", "قرار اتخذته الحكومة": an indefinite noun's relative clause
    // has no relative pronoun.
    const indefinite = !/^(ال|لل|بال)/.test(tokens.text[p]!.replace(/^(و|ف)/, ''));
    if (AR_RELATIVES.has(w) || indefinite) {
      // "التي أطلقها X", "الذي تقوم به مصر": a verb of issuing or making that carries the noun
      // back (not "الخطة التي رفضتها إيران": who rejects a plan is not its author).
      if (AR_RELATIVES.has(w)) j++;
      const v = tokens.text[j] ?? '';
      if (this.mentionAtToken(j)) return undefined;
      const carried = /(ه|ها|هم|هما)$/.exec(v);
      if (carried && AR_AUTHORING_VERB.test(v.slice(0, -carried[0].length))) j += 1;
      else if (/^(به|بها|بهم)$/.test(tokens.text[j + 1] ?? '') && AR_AUTHORING_VERB.test(v)) j += 2;
      else return undefined;
    } else return undefined;
    const named = at(j);
    return named && this.canHold(named) ? named : undefined;
  }

  /**
   * "أدانت … اعتداء الميليشيات الحوثية على السفارة العراقية", "إطلاق جماعة الحوثي لسبع صواريخ
   * صوب السعودية", "بعد الهجوم الإسرائيلي على سوريا": an Arabic act of force named with its agent
   * (a genitive, an adjective or a relative clause) and its object after على/ضد/ل or a direction
   * is the agent's deed against the object, whatever the sentence's own verb does with it.
   */
  protected agentsOfHostileActs(emit: Emit): void {
    const { tokens, mentions } = this.input;
    // An agent and an object that is another actor: two mentions at least.
    if (mentions.length < 2) return;
    // The rare act noun is read in a method of its own: the loop over every token stays small,
    // and its optimised code is not thrown away each time a new branch of the reading first runs.
    for (let k = this.s; k < this.e; k++) {
      const launch = AR_ACT_FORMS.get(tokens.text[k]!);
      if (launch !== undefined) this.hostileActAt(emit, k, launch);
    }
  }

  /** The act of force at k (a launch or not), when it names both its agent and its object. */
  protected hostileActAt(emit: Emit, k: number, launch: boolean): void {
    const agent = this.namedActAgent(k);
    // "نفت إيران أي اعتداء …", "طالب بوقف …": an act denied or demanded is nobody's deed yet.
    if (!agent || this.deniedOrDemanded(k)) return;
    const target = this.objectOfAct(agent.tokEnd, launch);
    if (!target || target.actor === agent.actor || !this.isTarget(target)) return;
    const agents = agent.kind === 'demonym' ? [agent.actor] : this.coordinated(agent);
    emit(
      agents.filter((a) => a !== target.actor),
      target,
      -1,
      0.6,
      k,
      this.hedged(k, target.tokStart),
    );
  }

  /**
   * The actor an act aims at, after its agent: "على/ضد/صوب X", "للسعودية", past a place or unit
   * of the actor (مواقع، السفارة) and, for a launch, only once a weapon was named ("لسبع صواريخ").
   */
  protected objectOfAct(from: number, launch: boolean): Mention | undefined {
    const { tokens } = this.input;
    let armed = !launch;
    for (let j = from; j < this.e && j <= from + 7; j++) {
      if (isClauseMark(tokens, j)) return undefined;
      const w = tokens.text[j]!;
      const m = this.mentionAtToken(j);
      // "جماعة الحوثي في اليمن": a place after في is the agent's setting.
      if (m && tokens.text[j - 1] === 'في') {
        j = m.tokEnd - 1;
        continue;
      }
      if (m) {
        // "استهداف الحوثيين للسعودية": a ل-object right after the agent names whom the act hits
        // (not a label's: "ميليشيات الحوثي الموالية لإيران").
        const lam = m.tokStart === j && m.kind !== 'topic' && m.afterPreposition && w.startsWith('ل');
        return armed && lam && j === from ? m : undefined;
      }
      if (AR_MISSILE_WORDS.test(w)) armed = true;
      else if (w === 'علي' || w === 'ضد' || AR_DIRECTION_PREPS.has(w)) {
        if (!armed) return undefined;
        let t = j + 1;
        // "على مواقع (تابعة) لـX": the places and units of a force stand for it.
        while (
          t < this.e &&
          t <= j + 3 &&
          !this.mentionAtToken(t) &&
          (this.forceLink(t) || AR_BELONGING.has(tokens.text[t]!))
        )
          t++;
        const target = this.mentionAtToken(t);
        return target && target.tokStart === t && target.kind !== 'topic' ? target : undefined;
      } else {
        const kind = this.cueAt(j)?.cue.kind;
        if (kind === 'stance' || kind === 'speech' || kind === 'complementizer' || kind === 'describe')
          return undefined;
      }
    }
    return undefined;
  }

  /** The act noun a cue takes as its object: within a few words, past the VSO subject. */
  protected actNounAfter(k: number): number | undefined {
    const { tokens } = this.input;
    for (let j = k + 1; j < this.e && j <= k + 9; j++) {
      const m = this.mentionAtToken(j);
      if (m) {
        // "condemned the war crimes committed by X": a topic phrase may name the act.
        if (m.kind === 'topic')
          return this.input.lang === 'en' && this.agentOfAct(m.tokEnd - 1) ? m.tokEnd - 1 : undefined;
        j = m.tokEnd - 1;
        continue;
      }
      const w = tokens.text[j]!;
      // "condemned the escalating crimes": a participle between article and noun is an adjective.
      if (this.input.lang === 'en' && /ing$/.test(w) && EN_DETERMINERS.has(tokens.text[j - 1]!)) continue;
      if (ACT_HEAD_NOUNS.has(w) || AR_AGENT_ACT_NOUNS.has(w)) return j;
      // "condemned the massacre committed by X", "the crimes of X": an act named by its evaluation.
      if (this.input.lang === 'en' && this.cueAt(j)?.cue.kind === 'evaluative' && this.agentOfAct(j))
        return j;
      const c = w.charCodeAt(0);
      // و ف ب ل: only then is a clitic worth peeling ("لاستهداف" is ل + استهداف).
      if (c === 0x648 || c === 0x641 || c === 0x628 || c === 0x644) {
        const bare = bareArabicNoun(w);
        if (ACT_HEAD_NOUNS.has(bare) || AR_AGENT_ACT_NOUNS.has(bare)) return j;
        if (c === 0x644 && AR_AGENT_ACT_NOUNS.has(w.slice(1))) return j;
      }
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'stance' || kind === 'speech' || kind === 'complementizer' || kind === 'describe')
        return undefined;
    }
    return undefined;
  }

  /**
   * "قتلوا في غارة للتحالف", "إثر هجوم لقوات الشرعية": the ل-phrase right after an indefinite
   * strike noun (or its unit word, لقوات، لمقاتلات) names who struck, so it is not the target —
   * unless the strike is directed (توجيه/وجه … لـ), where ل marks the target.
   */
  protected strikerAfterLam(k: number, target: Mention): boolean {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || !AR_STRIKE_NOUNS_AGENT_LAM.has(bareArabicNoun(tokens.text[k]!)))
      return false;
    const lam = (w: string): boolean => w.charCodeAt(0) === 0x644; // ل
    let ok = target.tokStart === k + 1 && target.afterPreposition && lam(tokens.text[k + 1]!);
    if (!ok && target.tokStart === k + 2 && lam(tokens.text[k + 1]!)) {
      const unit = tokens.text[k + 1]!;
      ok = isOfficeWord(unit.startsWith('لل') ? 'ال' + unit.slice(2) : unit.slice(1), 'ar');
    }
    const before = tokens.text[k - 1] ?? '';
    return ok && !before.includes('وجه') && !before.includes('وجيه'); // وجه، توجيه، يوجه
  }

  /**
   * The named agent of the Arabic act of force at k, read as a noun: "اعتداء الميليشيات الحوثية
   * على …", "الهجوم الإسرائيلي على …", "الغارات التي شنتها X على …"; not the target itself.
   */
  protected hostileActAgent(k: number, target: Mention): Mention | undefined {
    const tc = this.cueAt(k)!;
    if (this.input.lang !== 'ar' || tc.cue.kind !== 'stance' || tc.cue.polarity >= 0 || !this.nounReading(k))
      return undefined;
    const w = bareArabicNoun(this.input.tokens.text[k]!);
    if (!isAttack(tc.cue) && !AR_AGENT_ACT_NOUNS.has(w)) return undefined;
    const agent = this.namedActAgent(k);
    return agent && agent !== target && agent.tokEnd <= target.tokStart ? agent : undefined;
  }

  /**
   * The agent an Arabic act noun names: its relative clause or genitive (agentOfAct), or a
   * nationality adjective right after it ("الهجوم الإسرائيلي"); never a name after a preposition
   * ("الضربات بسوريا" is where, not who).
   */
  protected namedActAgent(k: number): Mention | undefined {
    const next = this.mentionAtToken(k + 1);
    const agent =
      this.agentOfAct(k) ??
      (next && next.kind === 'demonym' && next.tokStart === k + 1 && !next.people ? next : undefined);
    return agent && agent.actor >= 0 && !agent.people && !agent.afterPreposition ? agent : undefined;
  }

  /** "الضربات التي شنتها X", "the strikes (carried out) by X": the actor named as the act's agent. */
  protected agentOfAct(act: number): Mention | undefined {
    const { tokens, lang } = this.input;
    let j = act + 1;
    if (lang === 'ar') {
      if (tokens.text[j] !== 'التي' && tokens.text[j] !== 'الذي') return this.namedAgentOfAct(act);
      j++;
      // The relative verb carries a pronoun for the act: شنتها، نفذها، اتخذه.
      if (!/(ها|ه)$/.test(tokens.text[j] ?? '')) return undefined;
      j++;
    } else if (tokens.text[j] === 'of' && EN_AGENTIVE_OF_NOUNS.has(tokens.text[act]!)) {
      // "the crimes of the regime": these nouns take their agent, not their victim, with "of".
      j++;
      if (tokens.text[j] === 'the') j++;
    } else {
      // "the crimes (that are) being committed by X": a relative pronoun and auxiliaries may
      // come before the participle, which is then required.
      let aux = 0;
      if (tokens.text[j] === 'that' || tokens.text[j] === 'which') aux++;
      while (aux < 4 && (EN_AUXILIARIES.has(tokens.text[j + aux] ?? '') || tokens.text[j + aux] === 'being'))
        aux++;
      if (aux > 0 && !EN_AGENT_VERBS.has(tokens.text[j + aux] ?? '')) return undefined;
      j += aux;
      if (EN_AGENT_VERBS.has(tokens.text[j] ?? '')) j++;
      if (tokens.text[j] === 'out') j++;
      if (tokens.text[j] !== 'by') return undefined;
      j++;
      if (tokens.text[j] === 'the') j++;
    }
    // "المقاتلات الحربية التركية": office words before a nationality adjective belong to the agent.
    for (let n = 0; n < 3 && !this.mentionAtToken(j) && isOfficeWord(tokens.text[j] ?? '', lang); n++) j++;
    const m = this.mentionAtToken(j);
    return m && m.kind !== 'topic' && m.actor >= 0 && m.tokStart === j ? m : undefined;
  }

  /**
   * The agent of an Arabic act noun named without a relative clause: "الهجوم الحوثي" (a name or
   * nationality right after the definite act), "قصف إسرائيل لغزة", "استهداف الحوثيين لمطار أبها"
   * (a genitive followed by the act's own object: a ل/على phrase or a definite noun), or
   * "استهداف المدنيين … من قبل قوات الاحتلال". A bare genitive ("قصف الحوثيين") may be the
   * act's object, so it names no agent.
   */
  protected namedAgentOfAct(act: number): Mention | undefined {
    const { tokens } = this.input;
    const agentAt = (j: number): Mention | undefined => {
      const m = this.mentionAtToken(j);
      return m && m.tokStart === j && m.kind !== 'topic' && m.actor >= 0 && !m.people ? m : undefined;
    };
    const head = bareArabicNoun(tokens.text[act]!);
    const next = agentAt(act + 1);
    // "الهجوم الحوثي", "القصف التركي": a name right after a definite act is its adjective.
    if (next && head.startsWith('ال')) return next;
    if (next && !head.startsWith('ال') && next.kind === 'name') {
      let j = next.tokEnd;
      // Definite adjectives of the agent and a place ("جماعة الحوثي في اليمن") before the object.
      for (let n = 0; n < 3 && j < this.e && !this.mentionAtToken(j); n++) {
        const w = tokens.text[j]!;
        if (w === 'في' && j + 1 < this.e) j = this.mentionAtToken(j + 1)?.tokEnd ?? j + 2;
        else if (w.startsWith('ال') && !this.cueAt(j)) j++;
        else break;
      }
      const w = tokens.text[j] ?? '';
      const object =
        (w.length > 3 && /^(ل|لل)/.test(w) && !this.cueAt(j)) ||
        w === 'علي' ||
        w === 'ضد' ||
        w === 'صوب' ||
        w === 'باتجاه' ||
        (next.tokEnd === j &&
          w.startsWith('ال') &&
          w.length > 3 &&
          !this.mentionAtToken(j) &&
          !this.cueAt(j));
      if (object) return next;
    }
    // "… من قبل X" after the act, within its clause.
    for (let j = act + 1; j + 2 < this.e && j <= act + 8; j++) {
      if (isClauseMark(tokens, j)) break;
      if (tokens.text[j] === 'من' && tokens.text[j + 1] === 'قبل') return agentAt(j + 2);
    }
    return undefined;
  }

  /**
   * "IS fighters were killed in air strikes by coalition warplanes", "a stronghold targeted in
   * raids by the coalition": the agent of strikes hit the actor named before the participle.
   */
  protected strikesBy(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s + 1; k < this.e; k++) {
      if (tokens.text[k] !== 'by' || !EN_STRIKE_NOUNS.has(tokens.text[k - 1]!)) continue;
      let a = k + 1;
      if (tokens.text[a] === 'the') a++;
      const agent = this.mentionAtToken(a);
      if (!agent || !this.canHold(agent)) continue;
      // The participle of harm before the strikes: "killed in (air) strikes", "targeted in raids".
      let p = k - 2;
      while (p > this.s && p >= k - 5 && !EN_HARM_PARTICIPLES.has(tokens.text[p]!)) p--;
      if (!EN_HARM_PARTICIPLES.has(tokens.text[p] ?? '')) continue;
      for (let j = p - 1; j >= Math.max(this.s, p - 8); j--) {
        const m = this.mentionAtToken(j);
        if (!m) continue;
        if (m.kind !== 'topic' && this.isTarget(m)) {
          emit(
            this.coordinated(agent).filter((x) => x !== m.actor),
            m,
            -1,
            0.6,
            k - 1,
            this.hedged(j, a),
          );
        }
        break;
      }
    }
  }

  /**
   * "31 Islamic State militants were killed in Syrian air force raids", "ISIL Terrorists Killed in
   * Russian Offensive", "120 IS fighters were killed by Russian forces": the named agent of the
   * killing act acts against the group whose members were killed.
   */
  protected membersKilledBy(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s + 1; k + 2 < this.e; k++) {
      if (tokens.text[k] !== 'killed') continue;
      let v = k - 1;
      while (v > this.s && v >= k - 4 && EN_VICTIM_GAP.has(tokens.text[v]!) && !this.mentionAtToken(v)) v--;
      const victims = this.mentionAtToken(v);
      if (!victims || victims.tokEnd !== v + 1 || victims.kind === 'topic' || !this.isTarget(victims))
        continue;
      const agents = this.killingAgentAfter(k);
      if (!agents) continue;
      const holders = agents.filter((a) => a !== victims.actor);
      emit(holders, victims, -1, 0.5, k, this.hedged(victims.tokStart, k));
    }
  }

  /** "killed [time] in/during (a) AGENT … ACT" or "killed by AGENT": the agents, or undefined. */
  protected killingAgentAfter(k: number): number[] | undefined {
    const { tokens } = this.input;
    let j = k + 1;
    // "killed Thursday in …", "killed overnight in …".
    while (j < this.e && j <= k + 3 && (EN_TIME_WORDS.has(tokens.text[j]!) || tokens.text[j] === 'overnight'))
      j++;
    const prep = tokens.text[j];
    if (prep !== 'in' && prep !== 'during' && prep !== 'by') return undefined;
    j++;
    if (tokens.text[j] === 'a' || tokens.text[j] === 'an' || tokens.text[j] === 'the') j++;
    const agent = this.mentionAtToken(j);
    // (After "in" a name would read as a place; here it qualifies the act.)
    if (!agent || agent.tokStart !== j || agent.actor < 0 || agent.modifier) return undefined;
    if (agent.kind !== 'name' && agent.kind !== 'demonym') return undefined;
    // "in Syria strikes" names a place; "in Russian strikes", "in regime air strikes" an agent.
    const country =
      agent.kind === 'name' && this.input.compiled.codebook.actors[agent.actor]!.kind === 'country';
    if (prep === 'by') return this.strikers(agent);
    if (country) return undefined;
    for (let n = agent.tokEnd; n < this.e && n <= agent.tokEnd + 3; n++) {
      if (EN_KILLING_ACTS.has(tokens.text[n]!)) return this.strikers(agent);
      // Only the act's modifiers between ("overnight air", "Anti-Terrorism"), no "in Syria on Monday".
      const w = tokens.text[n]!;
      if (!tokens.isWord[n] || (this.mentionAtToken(n) && this.mentionAtToken(n)!.kind !== 'topic'))
        return undefined;
      if (this.isKind(n, 'preposition') || EN_DETERMINERS.has(w)) return undefined;
    }
    return undefined;
  }

  /**
   * Which linking words the sentence has: an English agent's "by"/"between", a word of holding
   * ground (English participle; Arabic "تسيطر عليها", "لسيطرة").
   */
  protected linkWords(): { agent: boolean; holding: boolean } {
    const links = { agent: false, holding: false };
    const { tokens } = this.input;
    if (this.input.lang !== 'en') {
      for (let k = this.s; k < this.e; k++) if (AR_HOLDING_WORDS.test(tokens.text[k]!)) links.holding = true;
      return links;
    }
    for (let k = this.s; k < this.e; k++) {
      const w = tokens.text[k]!;
      if (w === 'by' || w === 'between') links.agent = true;
      else if (EN_HOLDING_PARTICIPLES.has(w)) links.holding = true;
    }
    return links;
  }

  /**
   * "Syrian troops backed by Hezbollah have captured …", "the SDF supported by the US-led
   * coalition attacked …": "backed by Y" is a label ("rebels backed by Turkey"), but before a
   * finite act of force it reports Y's part in the operation, a deed on the side of X.
   */
  protected backedOperations(emit: Emit): void {
    const { tokens } = this.input;
    for (let k = this.s + 1; k < this.e; k++) {
      if (!EN_BACKING_PARTICIPLES.has(tokens.text[k]!) || tokens.text[k + 1] !== 'by') continue;
      // "regime troops backed by …": the force's unit word after its name.
      const unit = this.unitWordAt(k - 1) ? 1 : 0;
      const backed = this.mentionAtToken(k - 1 - unit);
      if (!backed || backed.tokEnd !== k - unit || !this.canHold(backed) || !this.isTarget(backed)) continue;
      const backer = this.backerAfterBy(k + 2);
      if (!backer) continue;
      const helpers = this.helpersNamed(backer);
      if (!this.forceVerbAfter(this.pastHelpNouns(backer.tokEnd))) continue;
      emit(
        helpers.filter((a) => a !== backed.actor),
        backed,
        1,
        0.6,
        k,
        this.hedged(k, backer.tokStart),
      );
    }
  }

  /** Past the helper's means and help nouns after its name ("backed by Russian air support/power/cover"). */
  protected pastHelpNouns(j: number): number {
    const { tokens } = this.input;
    while (
      j < this.e &&
      (this.forceMeansAt(j) || EN_AID_NOUNS.has(tokens.text[j]!) || tokens.text[j] === 'power')
    )
      j++;
    return j;
  }

  /**
   * "The SDF entered the town with support from the US-led coalition", "Syrian forces freed
   * Palmyra with the support of Russia": the helper named after a help noun that follows a
   * finite deed sides with the deed's subject.
   */
  protected aidedDeeds(emit: Emit): void {
    const { tokens } = this.input;
    for (let k = this.s + 2; k + 2 < this.e; k++) {
      if (!EN_AID_NOUNS.has(tokens.text[k]!)) continue;
      const of = tokens.text[k + 1];
      if (of !== 'of' && of !== 'from') continue;
      const w = this.withBefore(k);
      if (w === undefined) continue;
      const helper = this.backerAfterBy(k + 2);
      const helped = helper && this.firstFreeSubject(w);
      if (!helper || !helped || !this.isTarget(helped)) continue;
      // The deed before the phrase ("entered the town with support from"), or right after it
      // when the phrase follows the subject ("forces with assistance from X are continuing").
      const deed =
        this.deedBetween(helped.tokEnd, w) || (helped.tokEnd === w && this.forceVerbAfter(helper.tokEnd));
      if (!deed) continue;
      const helpers = this.helpersNamed(helper);
      emit(
        helpers.filter((a) => a !== helped.actor),
        helped,
        1,
        0.6,
        k,
        this.hedged(w, helper.tokStart),
      );
    }
  }

  /**
   * "despite a ceasefire that Turkey and Russia brokered", "Kurdish groups which the US
   * supports": a relative clause with a named subject of its own before its verb takes the
   * antecedent as the verb's object.
   */
  protected objectRelatives(emit: Emit): void {
    const { tokens } = this.input;
    for (let k = this.s + 1; k + 2 < this.e; k++) {
      const w = tokens.text[k];
      if (w !== 'that' && w !== 'which') continue;
      const antecedent = this.mentionAtToken(k - 1);
      if (!antecedent || antecedent.tokEnd !== k || !this.isTarget(antecedent)) continue;
      const at = tokens.text[k + 1] === 'the' ? k + 2 : k + 1;
      const subject = this.mentionAtToken(at);
      if (!subject || subject.tokStart !== at || !this.canHold(subject)) continue;
      const verb = this.relativeVerbAfter(subject);
      if (verb === undefined) continue;
      const cue = this.cueAt(verb)!.cue;
      const sign =
        actionPolarity(cue) *
        (antecedent.kind === 'topic' ? antecedent.polarity : 1) *
        (this.negatedBefore(verb, 2) ? -1 : 1);
      if (sign === 0) continue;
      const holders = this.coordinated(subject).filter((a) => a !== antecedent.actor);
      emit(holders, antecedent, sign, cue.strength * 0.8, verb, this.hedged(k, verb));
    }
  }

  /**
   * "Fabius said … Syrias government was behind a chemical massacre", "Russian and regime
   * warplanes were behind the attacks, the Civil Defence confirmed": naming who is behind an
   * attack accuses them; the speaker of the words opposes them ("was not behind" defends them).
   */
  protected agentsBehindActs(emit: Emit): void {
    const { tokens } = this.input;
    for (let k = this.s + 2; k + 1 < this.e; k++) {
      if (tokens.text[k] !== 'behind' || !this.actNounAfterBehind(k)) continue;
      let b = k - 1;
      let negated = false;
      while (
        b > this.s &&
        (tokens.text[b] === 'not' || tokens.text[b] === 't' || /ly$/.test(tokens.text[b]!))
      ) {
        if (tokens.text[b] === 'not' || tokens.text[b] === 't') negated = true;
        b--;
      }
      if (!EN_BE_FORMS.has(tokens.text[b]!)) continue;
      while (b > this.s && EN_AUXILIARIES.has(tokens.text[b - 1]!)) b--;
      // "regime warplanes were behind …", "Syrias government was behind …": the force's unit or
      // office word after its name.
      const head = tokens.text[b - 1]!;
      if ((EN_UNIT_NOUNS.has(head) || isOfficeWord(head, 'en')) && !this.mentionAtToken(b - 1)) b--;
      const agent = this.mentionAtToken(b - 1);
      if (!agent || agent.tokEnd !== b || !this.isTarget(agent)) continue;
      const speakers = this.frameHolder(agent.tokStart);
      const agents = this.coordinated(agent);
      const holders = speakers.filter((a) => !agents.includes(a));
      if (holders.length === 0) continue;
      for (const a of agents) {
        const m = this.input.mentions.find((x) => x.actor === a && x.tokStart >= this.s && x.tokEnd <= b);
        if (m && this.isTarget(m)) emit(holders, m, negated ? 1 : -1, 0.6, k, this.hedged(agent.tokStart, k));
      }
    }
  }

  /** An act of force or a killing named within three words after "behind" ("behind a chemical massacre"). */
  protected actNounAfterBehind(k: number): boolean {
    const { tokens } = this.input;
    for (let j = k + 1; j < this.e && j <= k + 4; j++) {
      const w = tokens.text[j]!;
      if (EN_STRIKE_NOUNS.has(w) || w === 'massacre' || w === 'massacres') return true;
      if (!tokens.isWord[j] || this.mentionAtToken(j)) return false;
    }
    return false;
  }

  /** The finite stance verb right after a relative clause's subject (and names joined to it), past auxiliaries. */
  protected relativeVerbAfter(subject: Mention): number | undefined {
    const { tokens, mentions } = this.input;
    let last = subject;
    for (let i = mentions.indexOf(subject) + 1; i < mentions.length; i++) {
      const next = mentions[i]!;
      if (next.tokStart < last.tokEnd) continue;
      if (this.joinBetween(last, next) !== 'and') break;
      last = next;
    }
    let j = last.tokEnd;
    let aux = false;
    for (; j < this.e && j < last.tokEnd + 3; j++) {
      const v = tokens.text[j]!;
      if (EN_AUXILIARIES.has(v)) aux = true;
      else if (!/ly$/.test(v)) break;
    }
    const tc = j < this.e ? this.cueAt(j) : undefined;
    if (!tc || tc.cue.kind !== 'stance' || tc.cue.pos !== 'verb' || this.nounReading(j)) return undefined;
    const v = tokens.text[j]!;
    // A past or a present in -s; the bare form only after an auxiliary or for a list of subjects.
    if (v.endsWith('ing')) return undefined;
    if (v === tc.cue.lemma && !aux && last === subject) return undefined;
    return j;
  }

  /** The "with" before the help noun at k, past an article and one plain modifier ("with the direct support"). */
  protected withBefore(k: number): number | undefined {
    const { tokens } = this.input;
    for (let j = k - 1; j >= this.s && j >= k - 3; j--) {
      const w = tokens.text[j]!;
      if (w === 'with') return j;
      if (!tokens.isWord[j] || this.mentionAtToken(j) || (this.cueAt(j) && !EN_DETERMINERS.has(w)))
        return undefined;
    }
    return undefined;
  }

  /** A finite verb of a deed between the subject's end and `to`, with no clause break. */
  protected deedBetween(from: number, to: number): boolean {
    const { tokens } = this.input;
    for (let j = from; j < to; j++) {
      if (isClauseMark(tokens, j) || EN_SUBORDINATORS.has(tokens.text[j]!)) return false;
      if (EN_OPERATION_VERBS.has(tokens.text[j]!)) return true;
      const tc = this.cueAt(j);
      if (tc && tc.cue.kind === 'stance' && tc.cue.pos === 'verb' && this.finiteEnglishVerb(j)) return true;
    }
    return false;
  }

  /** A force's unit word at j, outside any name ("A Syrian army unit killed …", "government troops"). */
  protected unitWordAt(j: number): boolean {
    return EN_KILLER_UNITS.has(this.input.tokens.text[j]!) && !this.mentionAtToken(j);
  }

  /**
   * The actors a helper's mention names: a holder and those joined to it, or, for a nationality
   * before an act ("backed by Russian airstrikes"), its country.
   */
  protected helpersNamed(helper: Mention): number[] {
    return this.canHold(helper) ? this.coordinated(helper) : [helper.countryOf ?? helper.actor];
  }

  /** A nation's means of force at j ("Russian air strikes", "Syrian and Russian warplanes", "Turkish tanks"). */
  protected forceMeansAt(j: number): boolean {
    const w = this.input.tokens.text[j] ?? '';
    return EN_STRIKE_NOUNS.has(w) || EN_FORCE_MEANS.has(w);
  }

  /** The helper after "by": past articles, possessives, relation nouns and units ("its Lebanese ally Hezbollah"). */
  protected backerAfterBy(from: number): Mention | undefined {
    const { tokens } = this.input;
    for (let j = from; j < this.e && j <= from + 4; j++) {
      const m = this.mentionAtToken(j);
      if (m && m.tokStart === j) {
        if (this.canHold(m)) return m;
        if (
          m.kind === 'demonym' &&
          m.actor >= 0 &&
          (this.forceMeansAt(m.tokEnd - 1) || this.forceMeansAt(m.tokEnd))
        )
          return m;
        if (m.kind === 'demonym') {
          j = m.tokEnd - 1;
          continue;
        }
        return undefined;
      }
      // "the Lebanese terrorist group Hezbollah": descriptive words before the name.
      const kind = this.cueAt(j)?.cue.kind;
      if (!tokens.isWord[j] || (kind && kind !== 'evaluative' && !RELATIONAL_NOUNS.has(tokens.text[j]!)))
        return undefined;
    }
    return undefined;
  }

  /** A finite act of force within a few words after token `from`, the first verb there. */
  protected forceVerbAfter(from: number): boolean {
    const { tokens } = this.input;
    for (let j = from; j < this.e && j <= from + 6; j++) {
      if (isClauseMark(tokens, j) || EN_SUBORDINATORS.has(tokens.text[j]!)) return false;
      const m = this.mentionAtToken(j);
      if (m) {
        j = m.tokEnd - 1;
        continue;
      }
      const w = tokens.text[j]!;
      // "backed by Russia and Iran captured": more helpers; "backed by tanks and air strikes": more help.
      if (w === 'and') {
        if (this.mentionAtToken(j + 1)) continue;
        return false;
      }
      if (EN_OPERATION_VERBS.has(w)) return true;
      if (EN_OPERATION_PROGRESSIVES.has(w) && EN_BE_FORMS.has(tokens.text[j - 1]!)) return true;
      const tc = this.cueAt(j);
      if (!tc) continue;
      if (tc.cue.kind !== 'stance' || tc.cue.pos !== 'verb') return false;
      // "have been battling", "are advancing": a progressive is finite; a bare "-ing" only identifies.
      const finite = !w.endsWith('ing') || EN_BE_FORMS.has(tokens.text[j - 1]!);
      return isBattle(tc.cue) && tokens.text[j - 1] !== 'to' && finite && !this.nounReading(j);
    }
    return false;
  }

  /**
   * "ويعد الصدر خصما للولايات المتحدة", "وتعد روسيا أقوى حليف للرئيس السوري", "وتعتبر بريطانيا
   * إسرائيل حليفا": an actor held to be (or holding another to be) an ally or a foe of another
   * takes that side; not a former relation ("كان يوما حليفا", "حليفا سابقا").
   */
  protected reckonedRelations(emit: Emit): void {
    const { tokens, mentions } = this.input;
    // From the mentions, fewer than the tokens: the verb right before a holder's first token.
    for (const holder of mentions) {
      const k = holder.tokStart - 1;
      if (k < this.s || k + 3 >= this.e || this.mentionAtToken(k + 1) !== holder) continue;
      if (AR_RECKONING_VERBS.has(tokens.text[k]!)) this.reckonedRelationAt(emit, k, holder);
    }
  }

  /** The verb of reckoning at k, with `holder` as its subject right after it (read apart as hostileActAt). */
  protected reckonedRelationAt(emit: Emit, k: number, holder: Mention): void {
    const { tokens } = this.input;
    if (!this.canHold(holder)) return;
    let j = holder.tokEnd;
    // "وتعتبر بريطانيا إسرائيل حليفا": the one held to be the ally comes first.
    let other = this.mentionAtToken(j);
    if (other && other.tokStart === j) j = other.tokEnd;
    else other = undefined;
    if (AR_RELATION_DEGREE.has(tokens.text[j] ?? '')) j++;
    const side = AR_RELATION_SIDES.get(tokens.text[j] ?? '');
    if (side === undefined) return;
    let t = j + 1;
    if (AR_FORMER_WORDS.has(tokens.text[t] ?? '')) return;
    if (!other) {
      // "خصما للولايات المتحدة", "حليف الرئيس", "حليفا وثيقا لـ": the other side after the noun.
      const w = tokens.text[t] ?? '';
      if (!this.mentionAtToken(t) && w.startsWith('ال') === false && /(ا|يا|يه)$/.test(w)) t++;
      other = this.mentionAtToken(t);
      if (!other || other.tokStart !== t) return;
    }
    if (!this.isTarget(other) || other.actor === holder.actor) return;
    const sign = side * (this.negatedBefore(k, 2) ? -1 : 1);
    emit(this.coordinated(holder), other, sign, 0.6, j, this.hedged(k, other.tokEnd - 1));
    // "خصما للولايات المتحدة وإيران": each actor in the list.
    for (const a of this.coordinated(other))
      if (a !== other.actor && a !== holder.actor)
        emit(this.coordinated(holder), mentionWith(other, { actor: a }), sign, 0.6, j, false);
  }

  /**
   * "طالب قطر بوقف دعمها للإرهاب", "دعت السعودية الحكومة الإيرانية إلى وقف هذه التجاوزات",
   * "يطالب أنقرة باحترام سيادة العراق": a directive's addressee told to stop something, or to
   * respect something, is opposed by the one who asks; not a call for a ceasefire (وقف إطلاق النار).
   */
  protected haltDemands(emit: Emit): void {
    const { tokens, mentions } = this.input;
    for (const m of mentions) {
      if (m.kind === 'topic' || m.tokStart <= this.s || m.tokEnd + 1 >= this.e) continue;
      let j = m.tokEnd;
      const w = tokens.text[j]!;
      let halt: string;
      if (w === 'الي' || w === 'علي') halt = tokens.text[++j]!;
      else if (w.charCodeAt(0) === 0x628)
        halt = w.slice(1); // ب
      else continue;
      // (The words first: they rule out almost every mention, cheaper than isTarget.)
      if (!AR_HALT_NOUNS.has(halt) || tokens.text[j + 1] === 'اطلاق' || !this.isTarget(m)) continue;
      // "الحكومة الإيرانية": the office words of an official belong to the addressee.
      let start = m.tokStart;
      while (m.official && start - 1 > this.s && isOfficeWord(tokens.text[start - 1]!, 'ar')) start--;
      const before = this.cueAt(start - 1)?.cue;
      const d =
        before && before.kind === 'stance' && before.pos === 'verb' && isDirective(before)
          ? start - 1
          : this.directiveOverAddressee(mentionWith(m, { tokStart: start }));
      if (d === undefined) continue;
      const holders = this.holderOf(d).filter((a) => a !== m.actor);
      const sign = this.negatedBefore(d, 2) ? 1 : -1;
      emit(holders, m, sign, 0.6, d, this.hedged(d, m.tokEnd - 1));
    }
  }

  /**
   * "لوقف تدخلات إيران", "لمواجهة النفوذ الإيراني", "للتصدي للتدخلات الإيرانية": stopping or
   * countering an actor's activity (the actor in the genitive or as its nationality adjective)
   * opposes the actor. Held only by a holder named before it in the same clause: the purpose
   * phrases sit far from their verb, where a carried or apposed holder is mostly wrong.
   */
  protected curbedActivities(emit: Emit): void {
    const { tokens, mentions } = this.input;
    const t = tokens.text;
    for (const m of mentions) {
      if (m.kind === 'topic' || m.tokStart - 2 < this.s) continue;
      // "تدخلات إيران" (a name after an indefinite noun) or "النفوذ الإيراني" (an adjective);
      // "أنشطة منظمة PKK", "أنشطة أعضاء حزب العمال": the group's unit may stand between.
      const u =
        m.tokStart - 1 > this.s && AR_MISDEED_UNITS.has(t[m.tokStart - 1]!) ? m.tokStart - 2 : m.tokStart - 1;
      const noun = arabicActivityNoun(t[u]!);
      if (!noun || (m.kind !== 'demonym' && noun.definite)) continue;
      const k = u - 1;
      if (k < this.s) continue;
      const curb = arabicCurbNoun(t[k]!);
      // "التصدي للتدخلات": that verb takes its object with ل, the others without.
      if (!curb || (curb === 'التصدي' || curb === 'تصدي') !== /^و?لل?$/.test(noun.prefix)) continue;
      const cue = this.cueAt(k)?.cue;
      if (!cue || cue.kind !== 'stance' || cue.polarity > 0 || !this.activityOwner(m)) continue;
      if (this.negatedBefore(k, 2)) continue;
      const named = this.namedInClauseBefore(k);
      const holders = this.holderOf(k).filter((h) => h !== m.actor && named.has(h));
      emit(holders, m, -1, 0.6, k, this.hedged(k, m.tokEnd - 1));
    }
  }

  /**
   * "حزب العمال الكردستاني، الذي تصنفه أنقرة تنظيما إرهابيا", "الجماعة التي تعتبرها القاهرة
   * إرهابية": designating the antecedent of a relative clause a terrorist (or another negative
   * category) is the position of the one who designates it, the verb's subject.
   */
  protected designatedAntecedents(emit: Emit): void {
    const t = this.input.tokens.text;
    for (let k = this.s + 2; k + 1 < this.e; k++) {
      // (The set lookup first: the pattern is tested only after a relative pronoun.)
      if (!RELATIVE_AR.has(t[k - 1]!) || !AR_DESIGNATING_VERBS.test(t[k]!)) continue;
      const antecedent = this.antecedentBefore(k - 1);
      if (!antecedent) continue;
      const ev = this.designationAfter(k);
      if (ev === undefined) continue;
      const holders = this.designator(k, ev).filter((a) => a !== antecedent.actor);
      emit(holders, antecedent, -1, 0.7, k, this.hedged(k, ev));
    }
  }

  /**
   * Who designates, for the verb at k: its named subject ("تصنفه أنقرة والاتحاد الأوروبي"), or,
   * with the category right after the verb ("الذي تصنفه تنظيما إرهابيا"), the speaker whose
   * words the clause reports. An untracked subject ("يصنفها مجلس الأمن") designates for no one.
   */
  protected designator(k: number, ev: number): number[] {
    const subject = this.mentionAtToken(k + 1);
    if (subject) return subject.tokStart === k + 1 && this.canHold(subject) ? this.coordinated(subject) : [];
    return ev - k <= 3 ? this.frameHolder(k) : [];
  }

  /** The actor named right before the relative pronoun at r, past a comma and two plain words ("المحظور لديها،"). */
  protected antecedentBefore(r: number): Mention | undefined {
    const { tokens } = this.input;
    for (let j = r - 1, words = 0; j >= this.s && words <= 2; j--) {
      const m = this.mentionAtToken(j);
      if (!m) {
        if (tokens.isWord[j]) words++;
        continue;
      }
      // "الوحدات الكردية المدعومة من واشنطن، والتي تعتبرها أنقرة …": the clause is on the
      // labelled group, not on the backer the label names.
      const label = m.tokStart - (tokens.text[m.tokStart - 1] === 'من' ? 2 : 1);
      if (label >= this.s && AR_LABEL_WORDS.has(tokens.text[label]!)) {
        j = label;
        words = 0;
        continue;
      }
      return m.kind !== 'topic' && this.isTarget(m) ? m : undefined;
    }
    return undefined;
  }

  /** The negative evaluation ("إرهابيا", "ضمن المنظمات الإرهابية") within eight words after the verb at k, in its clause. */
  protected designationAfter(k: number): number | undefined {
    for (let j = k + 1; j < this.e && j <= k + 8; j++) {
      // "الذي تعتبره أنقرة فرعا لحزب العمال الذي تصنفه …": the next clause judges another.
      if (isClauseMark(this.input.tokens, j) || RELATIVE_AR.has(this.input.tokens.text[j]!)) return undefined;
      const c = this.cueAt(j)?.cue;
      if ((c && c.kind === 'evaluative' && c.polarity < 0) || AR_TERRORIST.test(this.input.tokens.text[j]!))
        return j;
    }
    return undefined;
  }

  /**
   * The actors named before token k in its clause, not as a nationality adjective of a thing
   * ("لحلف سعودي تركي قادر على التصدي …") nor after a preposition; none after a directive, whose addressee is told to
   * act ("يدعون الحكومة السورية إلى مواجهة …", "ودعت، على وجه التحديد، موسكو لوقف …").
   */
  protected namedInClauseBefore(k: number): Set<number> {
    const named = new Set<number>();
    for (let j = k - 1; j >= this.s && j >= k - 10; j--) {
      const c = this.cueAt(j)?.cue;
      if (c && c.kind === 'stance' && isDirective(c)) return new Set();
    }
    // Walked forward, so that a name joined by و to a prepositional one is one too ("بين
    // السعودية وتركيا").
    let start = k - 1;
    while (start > this.s && !isClauseMark(this.input.tokens, start - 1)) start--;
    let prepositional = false;
    for (const m of this.input.mentions) {
      if (m.tokStart < start || m.tokEnd > k || m.kind === 'topic') continue;
      const joined: boolean = prepositional && this.input.tokens.text[m.tokStart]!.startsWith('و');
      prepositional =
        this.isPrepositional(m) ||
        /^(بين|وبين)$/.test(this.input.tokens.text[m.tokStart - 1] ?? '') ||
        joined;
      if (m.actor >= 0 && !prepositional && (m.kind !== 'demonym' || m.official)) named.add(m.actor);
    }
    return named;
  }

  /**
   * The actor whose activity is named: a target, or a nationality adjective that isTarget leaves
   * out only for want of a state-action noun before it (the activity noun was checked instead).
   */
  protected activityOwner(m: Mention): boolean {
    if (this.isTarget(m)) return true;
    if (m.kind !== 'demonym' || m.official || m.people || m.modifier || m.actor < 0) return false;
    return (this.input.compiled.topicsForActor[m.actor]?.length ?? 0) > 0;
  }

  /**
   * "the US-led coalition came under fire from Human Rights Watch", "Daesh is under attack by the
   * army": the one named after "by/from" attacks the subject put under the act.
   */
  protected underAttackBy(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const t = this.input.tokens.text;
    for (let k = this.s + 1; k + 2 < this.e; k++) {
      if (t[k] !== 'under' || !EN_UNDER_VERBS.has(t[k - 1]!) || !EN_UNDER_ACTS.has(t[k + 1]!)) continue;
      if (t[k + 2] !== 'by' && t[k + 2] !== 'from') continue;
      const by = t[k + 3] === 'the' ? k + 4 : k + 3;
      const attacker = this.mentionAtToken(by);
      // (Not canHold: a name after "from" would be read as a place.)
      if (!attacker || attacker.tokStart !== by || attacker.actor < 0 || attacker.modifier) continue;
      if (attacker.kind === 'topic' || (attacker.kind === 'demonym' && !attacker.official)) continue;
      // The subject: right before the verb, past auxiliaries and adverbs ("has repeatedly come").
      let j = k - 2;
      while (j > this.s && (EN_AUXILIARIES.has(t[j]!) || /ly$/.test(t[j]!))) j--;
      const subject = this.mentionAtToken(j);
      if (!subject || subject.tokEnd !== j + 1 || !this.isTarget(subject)) continue;
      const attackers = this.canHold(attacker) ? this.coordinated(attacker) : [attacker.actor];
      const holders = attackers.filter((a) => a !== subject.actor);
      emit(holders, subject, this.negatedBefore(k - 1, 2) ? 1 : -1, 0.6, k + 1, this.hedged(k, by));
    }
  }

  /** "Syria and its ally Russia": the ally named after "and its" sides with the actor before it. */
  protected namedAllies(emit: Emit): void {
    const { mentions } = this.input;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      if (!this.alliedAfterAnd(a.tokEnd, b.tokStart) || !this.canHold(b) || !this.isTarget(a)) continue;
      // "its close allies Russia and Iran": every ally of the list (not the names before a).
      const earlier = mentions.slice(0, i + 1).filter((m) => m.tokStart >= this.s);
      const allies = this.coordinated(b).filter((x) => !earlier.some((m) => m.actor === x));
      emit(allies, a, 1, 0.6, a.tokEnd + 2, false);
    }
  }

  /**
   * "regime ally Iran", "rebel backer Turkey", "Assads main global ally Moscow", "Iran a key
   * regime ally": a siding noun whose modifier names the one sided with, used as the title of a
   * name after it or in apposition to a name before it.
   */
  protected sidingTitles(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s + 1; k < this.e; k++) {
      if (!EN_SIDING_TITLES.has(tokens.text[k]!) || this.mentionAtToken(k)) continue;
      const named = this.titleOwnerBefore(k);
      // "Syrias allies Russia": the possessor of the title is the one sided with, not a group it owns.
      const owner = named && mentionWith(named, { possessive: false });
      if (!owner || !this.isTarget(owner)) continue;
      const after = this.mentionAtToken(k + 1);
      const before = this.appositionHolderBefore(owner.tokStart) ?? this.copulaSubjectBefore(owner.tokStart);
      const titled = after && after.tokStart === k + 1 && this.canHold(after) ? after : undefined;
      if (!titled && !before) continue;
      // "Russia and Iran are Assads main allies": every conjunct of the subject before the title.
      const names = titled ? this.titledNames(titled) : this.coordinated(before!);
      const holders = names.filter((a) => a !== owner.actor);
      emit(holders, owner, 1, 0.6, k, this.hedged(owner.tokStart, k));
    }
  }

  /**
   * "regime allies Iran and Russia": the name after a title and those joined to it by "and", up
   * to one that heads a title of its own ("ally Iran and opposition backer Qatar").
   */
  protected titledNames(first: Mention): number[] {
    const { tokens } = this.input;
    const actors = [first.actor];
    for (let at = first.tokEnd; tokens.text[at] === 'and';) {
      const next = this.mentionAtToken(at + 1);
      if (!next || next.tokStart !== at + 1 || !this.canHold(next)) break;
      if (EN_SIDING_TITLES.has(tokens.text[next.tokEnd] ?? '')) break;
      actors.push(next.actor);
      at = next.tokEnd;
    }
    return actors;
  }

  /** The name right before a siding noun at k, past "s" and up to two plain modifiers ("main global"). */
  protected titleOwnerBefore(k: number): Mention | undefined {
    const { tokens } = this.input;
    let j = k - 1;
    for (let words = 0; j > this.s && words < 2 && EN_SIDING_ADJECTIVES.has(tokens.text[j]!); words++) j--;
    if (tokens.text[j] === 's') j--;
    const m = this.mentionAtToken(j);
    // A nationality adjective or a hyphened name ("Syrian ally", "Russia-backed") is no owner here.
    return m && m.tokEnd === j + 1 && m.kind === 'name' && !m.modifier ? m : undefined;
  }

  /** "Iran is Assads strongest regional ally": the subject of a copula before the title's owner. */
  protected copulaSubjectBefore(from: number): Mention | undefined {
    const { tokens } = this.input;
    const owner = this.mentionAtToken(from);
    if (!owner?.possessive) return undefined;
    let j = from - 1;
    // "is President Bashar Assads …": the owner's title words.
    while (j > this.s && isOfficeWord(tokens.text[j]!, 'en') && !this.mentionAtToken(j)) j--;
    if (!EN_COPULAS.has(tokens.text[j] ?? '')) return undefined;
    j--;
    if (EN_COPULAS.has(tokens.text[j] ?? '') || tokens.text[j] === 'has' || tokens.text[j] === 'have') j--;
    const m = j >= this.s ? this.mentionAtToken(j) : undefined;
    return m && m.tokEnd === j + 1 && this.canHold(m) && !this.isPrepositional(m) ? m : undefined;
  }

  /** "Iran a key regime ally", "Iran, a key regime ally": the name before "a/an" and the apposition's adjectives. */
  protected appositionHolderBefore(from: number): Mention | undefined {
    const { tokens } = this.input;
    let j = from - 1;
    for (let words = 0; j > this.s && words < 2 && EN_SIDING_ADJECTIVES.has(tokens.text[j]!); words++) j--;
    if (tokens.text[j] !== 'a' && tokens.text[j] !== 'an') return undefined;
    j--;
    if (j >= this.s && !tokens.isWord[j] && tokens.text[j] === ',') j--;
    const m = j >= this.s ? this.mentionAtToken(j) : undefined;
    return m && m.tokEnd === j + 1 && this.canHold(m) ? m : undefined;
  }

  /**
   * "warplanes pounded opposition-held areas", "attacked a town which is controlled by X",
   * "targeting positions held by X", "شنت هجوما على مناطق تسيطر عليها X", "قصفت المناطق
   * الخاضعة لسيطرة X": an attack on ground someone holds is an attack on them.
   */
  protected attacksOnHeldGround(emit: Emit): void {
    const ar = this.input.lang === 'ar';
    for (let k = this.s; k < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc || !isAttack(tc.cue) || tc.cue.polarity >= 0) continue;
      // "air strikes by the regime on rebel-held areas", "Russian and Syrian strikes across the
      // rebel-held east": a strike noun that names its agent is the agent's deed.
      const striker = EN_STRIKE_NOUNS.has(this.input.tokens.text[k]!) ? this.namedStriker(k) : undefined;
      // "rocket fire on government-held areas caused casualties": a weapon's fire is a noun, whose
      // agent is not named (not the clause's speaker).
      const weaponFire =
        this.input.tokens.text[k] === 'fire' && EN_STRIKE_MODIFIERS.has(this.input.tokens.text[k - 1] ?? '');
      // An Arabic strike noun is a deed after a light verb ("شنت … هجوما على").
      if (!striker && (weaponFire || !(this.ownDeed(k) || (ar && this.directedStrike(k))))) continue;
      // "وقصفت تركيا مناطق …": the Arabic verb's subject stands before its object.
      const subject = ar ? this.mentionAtToken(k + 1) : undefined;
      const from =
        striker && striker.tokStart > k
          ? striker.tokEnd
          : subject?.tokStart === k + 1
            ? subject.tokEnd
            : k + 1;
      const owner = this.holderOfGroundAfter(k, from);
      if (!owner || !this.heldGroundTarget(owner)) continue;
      const holders = (striker ? this.strikers(striker) : this.holderOf(k)).filter((a) => a !== owner.actor);
      const sign = this.negatedBefore(k, 2) ? 1 : -1;
      emit(holders, owner, sign, tc.cue.strength * 0.85, k, this.hedged(k, owner.tokStart));
    }
  }

  /**
   * The holder of ground struck is a target also after a place preposition: in "hit targets in
   * rebel-held areas" the preposition places the areas, not the rebels.
   */
  protected heldGroundTarget(owner: Mention): boolean {
    if (this.isTarget(owner)) return true;
    const text = this.input.tokens.text;
    return (
      owner.kind !== 'demonym' &&
      owner.actor >= 0 &&
      owner.tokStart > this.s &&
      LOCATIVE.has(text[owner.tokStart - 1]!) &&
      EN_HOLDING_PARTICIPLES.has(text[owner.tokEnd] ?? '') &&
      (this.input.compiled.topicsForActor[owner.actor]?.length ?? 0) > 0
    );
  }

  /**
   * "government forces sought to tighten their siege of rebel-held districts", "Moscow which
   * stepped up its air strikes against opposition-held areas": an act of force or siege owned by
   * "their"/"its" is the clause subject's, and on ground someone holds it is against them.
   */
  protected ownAttacksOnHeldGround(emit: Emit): void {
    const { tokens } = this.input;
    for (let k = this.s + 1; k < this.e; k++) {
      const w = tokens.text[k]!;
      if (!EN_STRIKE_NOUNS.has(w) && !EN_SIEGE_NOUNS.has(w)) continue;
      const tc = this.cueAt(k);
      if (tc && (!isAttack(tc.cue) || tc.cue.polarity >= 0)) continue;
      let j = k - 1;
      while (j > this.s && j >= k - 3 && EN_OWN_ACT_MODIFIERS.has(tokens.text[j]!)) j--;
      // "Moscows aerial bombing of the rebel-held east": a possessive name owns the act too.
      const possessor = this.possessiveOwnerAt(j);
      if (!possessor && tokens.text[j] !== 'their' && tokens.text[j] !== 'its') continue;
      const owner = this.holderOfGroundAfter(k);
      if (!owner || !this.heldGroundTarget(owner)) continue;
      const subject = possessor ?? this.ownerOfPronoun(j);
      if (!subject) continue;
      const holders = (possessor ? [possessor.actor] : this.coordinated(subject)).filter(
        (a) => a !== owner.actor,
      );
      const sign = this.negatedBefore(j, 3) ? 1 : -1;
      emit(holders, owner, sign, 0.5, k, this.hedged(k, owner.tokStart));
    }
  }

  /** The possessive name is owned by a person after it ("Moore's Democratic opponent", "Trump's lawyer"). */
  protected possessedPerson(owner: Mention): boolean {
    const { tokens } = this.input;
    let j = owner.tokEnd;
    if (tokens.text[j] === 's') j++;
    for (let n = j; n < this.e && n <= j + 2; n++) {
      if (!tokens.isWord[n] || this.mentionAtToken(n)) return false;
      if (EN_POSSESSED_PERSONS.has(tokens.text[n]!)) return true;
    }
    return false;
  }

  /** A possessive name ending at j ("Moscows", "Russia 's"), as the owner of the act after it. */
  protected possessiveOwnerAt(j: number): Mention | undefined {
    const at = this.input.tokens.text[j] === 's' ? j - 1 : j;
    const m = this.mentionAtToken(at);
    // (A possessive is no holder by itself: canHold refuses it, so its kind is checked here.)
    if (!m || m.tokEnd !== at + 1 || m.modifier || m.actor < 0) return undefined;
    if (m.kind !== 'name' && m.kind !== 'role') return undefined;
    return m.possessive || at !== j ? m : undefined;
  }

  /**
   * Whom "their"/"its" at j stands for: the subject right before the verb words that govern it
   * ("government forces sought to tighten their", "Moscow which stepped up its"), past a unit
   * word after its name ("Russian forces returned to their").
   */
  protected ownerOfPronoun(j: number): Mention | undefined {
    const { tokens } = this.input;
    let relative = false;
    for (let i = j - 1; i >= this.s && i >= j - 6; i--) {
      const w = tokens.text[i]!;
      if (!tokens.isWord[i] || this.cueAt(i)?.cue.kind === 'speech') return undefined;
      // "lifted their siege": an act ended is no act against anyone.
      if (EN_ENDING_VERBS.has(w)) return undefined;
      // "backed by Moscow which stepped up its …": a relative clause's antecedent is its subject.
      if (w === 'which' || w === 'who') relative = true;
      const unit = this.unitWordAt(i) ? 1 : 0;
      const m = this.mentionAtToken(i - unit);
      if (!m) continue;
      const free = relative || !this.isPrepositional(m);
      return m.tokEnd === i - unit + 1 && this.canHold(m) && free ? m : undefined;
    }
    return undefined;
  }

  /**
   * "The Syrian army killed 140 ISIL terrorists", "US air strikes killed 50 Al-Qaeda militants":
   * a named subject killing a number of a group's members acts against the group. (Only a named
   * subject or strike agent: a casualty count is not the position of the one who reports it.)
   */
  protected killedMembers(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s + 1; k < this.e; k++) {
      const w = tokens.text[k]!;
      if (w !== 'killed' && w !== 'kill' && w !== 'kills') continue;
      if (EN_BE_FORMS.has(tokens.text[k - 1]!)) continue; // "were killed": a passive
      let j = k + 1;
      let counted = false;
      while (
        j < this.e &&
        j <= k + 4 &&
        (EN_COUNT_WORDS.has(tokens.text[j]!) || /^\d+$/.test(tokens.text[j]!))
      ) {
        counted = true;
        j++;
      }
      const victims = this.mentionAtToken(j);
      if (!counted || !victims || victims.tokStart !== j || victims.kind === 'topic' || victims.modifier)
        continue;
      if (!EN_KILLED_MEMBERS.has(tokens.text[victims.tokEnd] ?? '') || !this.isTarget(victims)) continue;
      const holders = this.killers(k).filter((a) => a !== victims.actor);
      emit(holders, victims, this.negatedBefore(k, 2) ? 1 : -1, 0.5, k, this.hedged(k, victims.tokStart));
    }
  }

  /** Who kills at k: the named subject right before it, or the named agent of strikes before it. */
  protected killers(k: number): number[] {
    let j = k - 1;
    while (
      j > this.s &&
      (EN_AUXILIARIES.has(this.input.tokens.text[j]!) || /ly$/.test(this.input.tokens.text[j]!))
    )
      j--;
    if (EN_STRIKE_NOUNS.has(this.input.tokens.text[j]!)) {
      const striker = this.namedStriker(j);
      return striker ? this.strikers(striker) : [];
    }
    // "A Syrian army unit killed …", "army units kill …": the force's unit word after its name.
    if (this.unitWordAt(j)) j--;
    const m = this.mentionAtToken(j);
    return m && m.tokEnd === j + 1 && this.canHold(m) && !this.isPrepositional(m) ? this.coordinated(m) : [];
  }

  /**
   * "Russian airstrikes on Islamic State positions", "Turkish strikes against the YPG": a strike
   * noun whose agent is named before or after it is that agent's act against whom it is on.
   */
  protected namedStrikesOn(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s; k < this.e; k++) {
      // (Some strike nouns are no cue of their own: "airstrikes", "bombardment".)
      if (!EN_STRIKE_NOUNS.has(tokens.text[k]!)) continue;
      const tc = this.cueAt(k);
      if (tc && (!isAttack(tc.cue) || tc.cue.polarity >= 0)) continue;
      const striker = this.namedStriker(k);
      if (!striker) continue;
      let j = striker.tokStart > k ? striker.tokEnd : k + 1;
      if (tokens.text[j] !== 'on' && tokens.text[j] !== 'against') continue;
      if (tokens.text[++j] === 'the') j++;
      const target = this.mentionAtToken(j);
      if (
        !target ||
        target.tokStart !== j ||
        target.kind === 'topic' ||
        target.modifier ||
        !this.isTarget(target) ||
        this.countryNameOfGovernment(target)
      )
        continue;
      const holders = this.strikers(striker).filter((a) => a !== target.actor);
      const sign = this.negatedBefore(k, 2) ? 1 : -1;
      emit(holders, target, sign, (tc?.cue.strength ?? 0.6) * 0.85, k, this.hedged(k, target.tokStart));
    }
  }

  /**
   * "US-led raids on Syria killed 14 jihadists": a country's own name, where the codebook has only
   * its government, names the ground struck, not the government (the government's own names,
   * "the Syrian regime", "Damascus", still do).
   */
  /** "strikes on Syria": a strike noun at k before "on" and a country's own name (see below). */
  protected groundStruck(k: number, target: Mention): boolean {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'en' || !EN_STRIKE_NOUNS.has(t[k]!)) return false;
    return t[target.tokStart - 1] === 'on' && this.countryNameOfGovernment(target);
  }

  protected countryNameOfGovernment(m: Mention): boolean {
    const actor = this.input.compiled.codebook.actors[m.actor];
    if (m.kind !== 'name' || actor?.kind !== 'government') return false;
    const { tokens } = this.input;
    const surface = tokens.text.slice(m.tokStart, m.tokEnd).join(' ');
    return !(actor.names.en ?? []).some((n) => n.toLowerCase().replace(/-/g, ' ') === surface);
  }

  /**
   * "Russia's offensive against the rebels", "Iran's support for Assad", "Moscow's campaign to
   * oust X": a named possessor is the agent of the act noun it owns, and takes that act's side
   * toward what the noun's preposition (or infinitive) names.
   */
  protected possessedActs(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (const owner of this.input.mentions) {
      if (!owner.possessive || owner.tokStart < this.s || owner.tokEnd >= this.e) continue;
      if (owner.actor < 0 || owner.modifier || (owner.kind !== 'name' && owner.kind !== 'role')) continue;
      let k = owner.tokEnd;
      if (tokens.text[k] === 's') k++;
      const act = this.possessedActAt(k);
      if (!act) continue;
      const { sign, at, cueAt } = act;
      let j = at;
      const w = tokens.text[j]!;
      if (w === 'the' || w === 'a' || w === 'an') j++;
      const target = this.mentionAtToken(j);
      if (!target || target.tokStart !== j || !this.isTarget(target) || target.actor === owner.actor)
        continue;
      const polarity = sign * (target.kind === 'topic' ? target.polarity : 1);
      emit([owner.actor], target, polarity, 0.6, cueAt, this.hedged(owner.tokStart, j));
    }
  }

  /**
   * The act noun after a possessive at token k (past up to two plain modifiers: "air campaign",
   * "military support"): its side and where its object starts, or undefined.
   */
  protected possessedActAt(k: number): { sign: 1 | -1; at: number; cueAt: number } | undefined {
    const { tokens } = this.input;
    for (let n = k; n < this.e && n <= k + 2; n++) {
      // (An act noun may itself be a topic phrase: "offensive".)
      if (!tokens.isWord[n] || (this.mentionAtToken(n) && this.mentionAtToken(n)!.kind !== 'topic'))
        return undefined;
      const w = tokens.text[n]!;
      const prep = tokens.text[n + 1];
      const hostile = EN_POSSESSED_HOSTILE_ACTS.has(w);
      const support = EN_POSSESSED_SUPPORT_ACTS.has(w);
      if ((hostile || support) && prep === 'of' && EN_POSSESSED_OF_ACTS.has(w))
        return { sign: hostile ? -1 : 1, at: n + 2, cueAt: n };
      if (hostile && (prep === 'against' || prep === 'on')) return { sign: -1, at: n + 2, cueAt: n };
      if (support && (prep === 'for' || prep === 'to')) return { sign: 1, at: n + 2, cueAt: n };
      // "Pelosi's criticism of Trump", "Cruz's opposition to X": a position stated by its possessor.
      const position = EN_POSSESSED_POSITIONS.get(w);
      if (position && prep !== undefined && position.preps.includes(prep))
        return { sign: position.sign, at: n + 2, cueAt: n };
      if (EN_POSSESSED_AIMS.has(w) && prep === 'to') {
        // "campaign to oust X": the infinitive's own cue gives the side.
        const c = this.cueAt(n + 2)?.cue;
        if (c?.kind === 'stance' && c.pos === 'verb' && c.polarity !== 0)
          return { sign: c.polarity, at: n + 3, cueAt: n + 2 };
        return undefined;
      }
      // A modifier is a plain word or another act noun ("bombing campaign").
      const c = this.cueAt(n)?.cue;
      if (c && !(c.kind === 'stance' && isAttack(c))) return undefined;
    }
    return undefined;
  }

  /**
   * "Abadi criticized Erdogan's remarks", "Iran welcomed the Russian decision", "denied remarks by
   * Iranian officials", "vetoed a US-drafted resolution": a verb reacting to what an actor said,
   * proposed or decided takes its side toward that actor (Conventions: reacting to a decision
   * counts on its holder too). An owner without a target of its own is counted for the state or
   * government it serves.
   */
  protected englishProductReactions(emit: Emit): void {
    const { tokens } = this.input;
    for (let k = this.s; k + 1 < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc || tc.cue.kind !== 'stance' || tc.cue.pos !== 'verb' || tc.cue.polarity === 0) continue;
      if (!EN_REACTING_LEMMAS.has(tc.cue.lemma) || this.nounReading(k)) continue;
      // "to welcome …", "welcoming …" without an auxiliary: a label or a course, not a reaction.
      const w = tokens.text[k]!;
      if (w.endsWith('ing') && !this.finiteEnglishVerb(k)) continue;
      // "refused to accept the offer", "urged Iran to reject …", "would reject …": the reaction is
      // governed by another verb or only predicted.
      let b = k - 1;
      while (b > this.s && (tokens.text[b]!.endsWith('ly') || tokens.text[b] === 'not')) b--;
      let holderAt = k;
      let sign = tc.cue.polarity;
      if (b >= this.s && this.predictiveModalAt(b)) continue;
      if (b >= this.s && tokens.text[b] === 'to') {
        // "refused to accept the Saudi offer", "agreed to back the plan": the verb before the
        // infinitive holds the reaction, a refusal turning it round.
        const outer = b - 1 >= this.s ? this.cueAt(b - 1)?.cue : undefined;
        if (!outer || outer.pos !== 'verb' || !EN_INFINITIVE_HOLDERS.has(outer.lemma)) continue;
        holderAt = b - 1;
        if (outer.polarity < 0) sign = -sign as 1 | -1;
      }
      let j = k + 1;
      if (tc.cue.particle && tokens.text[j] !== 'the' && !this.mentionAtToken(j)) j++;
      const found = this.productOwnerAfter(j);
      if (!found) continue;
      const { owner, product } = found;
      const targets = this.ownerTargets(owner);
      if (targets.length === 0) continue;
      const holders = this.holderOf(holderAt, false, owner.tokStart).filter((a) => !targets.includes(a));
      if (holders.length === 0) continue;
      // "did not reject the Saudi offer" takes no side; "did not refuse to accept" neither.
      if (this.negatedBefore(holderAt, 2) || (holderAt !== k && this.negatedBefore(k, 1))) continue;
      const hedge = this.hedged(holderAt, owner.tokStart);
      const hi = Math.max(product, owner.tokStart);
      this.emitTowardActors(emit, holders, targets, sign, tc.cue.strength * 0.8, k, hi, hedge);
    }
  }

  /**
   * "Iran condemned the Israeli strikes", "Russia criticized the US-led strikes on Syria", "Iran
   * denounced the Saudi-led air campaign", "welcomed Turkey's offensive", "its condemnation of the
   * Turkish bombardment": reacting to an act of force named after its agent (a nationality
   * adjective, a possessive, "X-led" or a group's name before the act noun) takes that side
   * toward the agent (Conventions: reacting to an action counts on its actor too), and toward
   * the codebook's topic of that agent's act. Not after modals or an infinitive, under negation,
   * for "any" act (a hypothetical), for "X-backed" labels, nor for the agent reacting to itself.
   */
  protected reactionsToForceActs(emit: Emit): void {
    const { tokens } = this.input;
    const text = tokens.text;
    for (let k = this.s; k + 1 < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc || tc.cue.kind !== 'stance' || tc.cue.polarity === 0) continue;
      const w = text[k]!;
      let j: number;
      const nounPrep = EN_ACT_REACTING_NOUNS.get(w);
      if (nounPrep !== undefined) {
        // "its condemnation of the Israeli strikes", "Russia's support for the Syrian offensive"
        if (text[k + 1] !== nounPrep) continue;
        j = k + 2;
      } else {
        if (tc.cue.pos !== 'verb' || !EN_ACT_REACTING_LEMMAS.has(tc.cue.lemma) || this.nounReading(k))
          continue;
        // "condemning …" without an auxiliary after a noun is a label ("a resolution condemning");
        // after a comma it continues its clause's subject.
        if (w.endsWith('ing') && !this.finiteEnglishVerb(k) && text[k - 1] !== ',') continue;
        if (tc.cue.particle) continue; // "protest against": the verb's own particle
        j = k + 1;
      }
      // "would condemn …", "to condemn …", "did not condemn …": no reaction reported.
      let b = k - 1;
      while (b > this.s && (text[b]!.endsWith('ly') || text[b] === 'not')) b--;
      if (b >= this.s && (this.predictiveModalAt(b) || text[b] === 'to')) continue;
      // "the widely criticized operation": a participle after a determiner is an adjective.
      if (b >= this.s && EN_DETERMINERS.has(text[b]!) && nounPrep === undefined) continue;
      if (this.negatedBefore(k, 2)) continue;
      const found = this.forceActAgentAt(j);
      if (!found) continue;
      const { agent, act } = found;
      const targets = this.ownerTargets(agent);
      if (targets.length === 0) continue;
      const holders = this.holderOf(k, false, agent.tokStart).filter((a) => !targets.includes(a));
      if (holders.length === 0) continue;
      const sign = tc.cue.polarity;
      const hedge = this.hedged(k, agent.tokStart);
      const strength = tc.cue.strength * 0.8;
      const hi = Math.max(act, agent.tokStart);
      this.emitTowardActors(emit, holders, targets, sign, strength, k, hi, hedge);
      // The act itself, when the codebook names it after this agent ("Turkish strikes").
      for (const topic of this.input.compiled.actTopics.get(`${agent.actor} ${text[act]!}`) ?? []) {
        const phrase = mentionWith(agent, {
          kind: 'topic',
          actor: -1,
          topic,
          polarity: 1,
          agent: undefined,
          tokStart: k,
          tokEnd: hi + 1,
        });
        emit(holders, phrase, sign, strength, k, hedge);
      }
    }
  }

  /**
   * The agent of an act of force that is the object starting at j: "the Israeli (air) strikes",
   * "Turkey's offensive", "the US-led strikes", "the Saudi-led air campaign", "the PKK attacks on
   * …". A country's bare name before the act is its place or victim ("the Iraq invasion", "the
   * Qatar blockade"), and so is a nationality adjective after a possessive ("Russia's Syrian
   * campaign"); "attack", "bombing", "assault", "campaign" need a weapon or an object after
   * them, as an adjective before them often names the place ("the Syrian chemical attack").
   */
  protected forceActAgentAt(j: number): { agent: Mention; act: number } | undefined {
    const { tokens, compiled } = this.input;
    const text = tokens.text;
    if (j < this.e && (text[j] === 'the' || text[j] === 'a' || text[j] === 'an' || text[j] === 'these')) j++;
    if (j >= this.e) return undefined;
    const at = this.input.mentions.filter((m) => m.tokStart === j && m.actor >= 0 && m.kind !== 'topic');
    if (at.length === 0) return undefined;
    let agent: Mention | undefined;
    let n = j;
    const possessor = at.find((m) => m.possessive && (m.kind === 'name' || m.kind === 'role'));
    if (possessor) {
      agent = possessor;
      n = possessor.tokEnd;
      if (text[n] === 's') n++;
    } else {
      for (const m of at) {
        if (m.people) continue;
        if (m.modifier) {
          // "US-led", "Saudi-led": the leader; "Iran-backed" is a label.
          if (text[m.tokEnd] !== 'led') continue;
          agent = m;
          n = m.tokEnd + 1;
          break;
        }
        if (m.kind === 'demonym') {
          agent = m;
          n = m.tokEnd;
          break;
        }
        // "the coalition strikes", "the PKK attacks", "the Syrian government offensive": a group's
        // or government's name; a country's or a capital's ("the Damascus bombing") is the place.
        const kind = compiled.codebook.actors[m.actor]?.kind;
        const capital =
          kind === 'government' && m.tokEnd === m.tokStart + 1 && this.input.capitalized?.[m.tokStart] === 1;
        if (m.kind === 'name' && kind !== 'country' && kind !== 'person' && !capital) {
          agent = m;
          n = m.tokEnd;
          break;
        }
      }
    }
    if (!agent) return undefined;
    // "the Saudi-led air campaign": the coalition the codebook names after its leader, if any.
    if (agent.modifier && text[agent.tokEnd] === 'led') {
      const name = `${text.slice(agent.tokStart, agent.tokEnd).join(' ')}-led coalition`;
      const led = compiled.codebook.actors.findIndex((a) =>
        (a.names.en ?? []).some((x) => x.toLowerCase() === name),
      );
      if (led >= 0 && (compiled.topicsForActor[led]?.length ?? 0) > 0)
        agent = mentionWith(agent, { actor: led, kind: 'name' });
    }
    // "the US-led strikes": the coalition, or its leader where the codebook has no target for it.
    if (this.ownerTargets(agent).length === 0 && text[agent.tokEnd - 1] === 'led') {
      agent = at.find((m) => m !== agent && m.modifier && m.tokEnd === n - 1);
      if (!agent) return undefined;
    }
    let armed = false;
    for (let p = n; p < this.e && p <= n + 3; p++) {
      const w = text[p]!;
      if (EN_FORCE_ACT_NOUNS.has(w)) {
        if (this.mentionAtToken(p)) return undefined;
        if (EN_PLACE_NAMED_ACTS.has(w) && !armed) {
          const next = text[p + 1] ?? '';
          if (next !== 'on' && next !== 'against' && next !== 'of') return undefined;
        }
        return { agent, act: p };
      }
      if (this.mentionAtToken(p) || !tokens.isWord[p] || !EN_FORCE_ACT_MODIFIERS.has(w)) return undefined;
      if (EN_ARMED_ACT_MODIFIERS.has(w)) armed = true;
    }
    return undefined;
  }

  /**
   * The owner of a product noun that is the object starting at j: "Erdogan's (recent) remarks",
   * "the Saudi (peace) initiative", "a US-drafted resolution", "remarks by Iranian officials",
   * "a proposal put forward by Russia", "the decision of the Iraqi government".
   */
  protected productOwnerAfter(j: number): { owner: Mention; product: number } | undefined {
    const { tokens } = this.input;
    const text = tokens.text;
    if (j < this.e && (text[j] === 'the' || text[j] === 'a' || text[j] === 'an' || text[j] === 'these')) j++;
    if (j >= this.e) return undefined;
    let first = this.mentionAtToken(j);
    // "a UN Security Council resolution chalked out by France": a body's name that only
    // qualifies the noun; the owner, if any, follows it.
    if (
      first &&
      first.tokStart === j &&
      first.kind === 'name' &&
      !first.possessive &&
      !first.modifier &&
      !this.input.mentions.some((m) => m.tokStart === j && m.kind === 'demonym')
    ) {
      j = first.tokEnd;
      first = undefined;
    }
    if (first && first.tokStart === j) {
      let owner: Mention | undefined;
      let n = first.tokEnd;
      // "the Turkish President's remarks": the possessive office, not its nationality adjective.
      const possessor = this.input.mentions.find(
        (m) => m.tokStart === j && m.possessive && m.actor >= 0 && (m.kind === 'name' || m.kind === 'role'),
      );
      if (possessor) {
        owner = possessor;
        n = possessor.tokEnd;
        if (text[n] === 's') n++;
      } else if (first.modifier && EN_AUTHORING_PARTICIPLES.has(text[n] ?? '')) {
        // "a US-drafted resolution"
        owner = first;
        n++;
      } else if (this.input.mentions.some((m) => m.tokStart === j && m.kind === 'demonym' && !m.people)) {
        // "the Saudi mediation", "the Russian decision": a nationality adjective before the noun.
        owner = first;
      }
      if (!owner) return undefined;
      // Up to two modifiers: "Erdogan's recent remarks", "the Saudi peace initiative".
      for (let p = n; p < this.e && p <= n + 2; p++) {
        if (this.mentionAtToken(p) || !tokens.isWord[p]) return undefined;
        if (EN_PRODUCT_NOUNS.has(text[p]!)) return { owner, product: p };
        if (!EN_PRODUCT_MODIFIERS.has(text[p]!)) return undefined;
      }
      return undefined;
    }
    // The product noun first, its owner after "by", "from" or "of".
    for (let p = j; p < this.e && p <= j + 3; p++) {
      if (this.mentionAtToken(p) || !tokens.isWord[p]) return undefined;
      if (EN_PRODUCT_NOUNS.has(text[p]!)) {
        let q = p + 1;
        const prep = text[q];
        // ("the threat of X" is the danger X poses, no threat X made.)
        if (prep === 'of' && text[p]!.startsWith('threat')) return undefined;
        if (prep !== 'of' && prep !== 'from') {
          while (q < this.e && q <= p + 3 && EN_PRODUCT_PARTICIPLES.has(text[q]!)) q++;
          if (text[q] !== 'by') return undefined;
        }
        q++;
        if (text[q] === 'the') q++;
        const owner = this.mentionAtToken(q);
        if (!owner || owner.tokStart !== q || owner.actor < 0 || owner.modifier) return undefined;
        if (owner.kind === 'topic' || owner.possessive) return undefined;
        if (owner.kind === 'demonym' && !owner.official) return undefined;
        return { owner, product: p };
      }
      if (this.cueAt(p)) return undefined;
    }
    return undefined;
  }

  /**
   * The actors a product's owner counts for: its own target, or else the body a spokesperson
   * speaks for. A leader's words count for the leader only, as a leader named as a direct target
   * does ("criticized Erdogan's remarks" is no stance toward Turkey), in both languages.
   */
  protected ownerTargets(owner: Mention): number[] {
    const { compiled } = this.input;
    const list =
      owner.kind !== 'demonym' && this.canHold(owner) ? [...this.coordinated(owner)] : [owner.actor];
    if (!list.includes(owner.actor)) list.unshift(owner.actor);
    const out: number[] = [];
    for (const a of list) {
      const body = (compiled.topicsForActor[a]?.length ?? 0) > 0 ? a : (compiled.speaksFor[a] ?? -1);
      if (body >= 0 && (compiled.topicsForActor[body]?.length ?? 0) > 0) out.push(body);
    }
    return out;
  }

  /** The attack at k is its holder's deed: a verb, or a noun launched by a deed verb ("intensified attacks"). */
  protected ownDeed(k: number): boolean {
    if (!this.nounReading(k) && this.input.tokens.text[k - 1] !== 'the') return true;
    for (let j = k - 1; j >= Math.max(this.s, k - 3); j--) {
      const c = this.cueAt(j)?.cue;
      if (c) return c.kind === 'stance' && c.pos === 'verb' && isActionOnly(c);
    }
    return false;
  }

  /** The actor whose ground the attack at k hits: "X-held", "held by (the) X", within its object phrase. */
  protected holderOfGroundAfter(k: number, from = k + 1): Mention | undefined {
    const { tokens } = this.input;
    const ar = this.input.lang === 'ar';
    for (let j = from; j < this.e && j <= from + (ar ? 9 : 7); j++) {
      // "على الغوطة الشرقية، التي تسيطر عليها X": a relative after a comma still describes the place.
      if (
        isClauseMark(tokens, j) &&
        !(ar && tokens.text[j] === ',' && RELATIVE_AR.has(tokens.text[j + 1] ?? ''))
      )
        return undefined;
      if (ar && AR_HOLDING_WORDS.test(tokens.text[j]!)) {
        // "تسيطر عليها X" (the owner after the preposition), "لسيطرة X", "مناطق سيطرة X".
        const a = AR_HOLDING_PREPS.has(tokens.text[j + 1] ?? '') ? j + 2 : j + 1;
        const owner = this.mentionAtToken(a);
        return owner && owner.tokStart === a && owner.kind !== 'topic' ? owner : undefined;
      }
      const m = this.mentionAtToken(j);
      if (m) {
        // "rebel-held districts": the name is hyphenated to the participle.
        if (m.modifier && EN_HOLDING_PARTICIPLES.has(tokens.text[m.tokEnd] ?? ''))
          return mentionWith(m, { modifier: false });
        if (m.kind !== 'topic') return undefined; // a direct object: the main pass handles it
        j = m.tokEnd - 1;
        continue;
      }
      if (EN_HOLDING_PARTICIPLES.has(tokens.text[j]!) && tokens.text[j + 1] === 'by') {
        const a = tokens.text[j + 2] === 'the' ? j + 3 : j + 2;
        const owner = this.mentionAtToken(a);
        return owner && owner.tokStart === a && owner.kind !== 'topic' ? owner : undefined;
      }
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'stance' || kind === 'speech' || kind === 'complementizer') return undefined;
    }
    return undefined;
  }

  /**
   * "كثفت تركيا ضرباتها ضد …", "Turkey stepped up its strikes": a deed on one's own act (an act
   * noun with a pronoun for the holder) takes a side on the topic the codebook names after that
   * holder's act ("الضربات التركية").
   */
  protected ownActs(emit: Emit): void {
    const { tokens, lang, compiled } = this.input;
    if (compiled.actTopics.size === 0) return;
    for (let k = this.s; k < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc || tc.cue.kind !== 'stance' || tc.cue.pos !== 'verb' || tc.cue.polarity === 0) continue;
      for (let j = k + 1; j < this.e && j <= k + 7; j++) {
        if (this.mentionAtToken(j) && lang === 'en') break;
        // Deed verbs own the act they launch even without a pronoun: "تنفذ تركيا ضربات", "launched strikes".
        const head = this.ownActHead(j) ?? (isActionOnly(tc.cue) ? this.bareActHead(j) : undefined);
        if (!head) continue;
        const holders = this.holderOf(k);
        const sign = actionPolarity(tc.cue) * (this.negatedBefore(k, 2) ? -1 : 1);
        for (const actor of holders) {
          for (const topic of compiled.actTopics.get(`${actor} ${head}`) ?? []) {
            const phrase = topicMention(tokens, j, j + 1, topic);
            emit([actor], phrase, sign, tc.cue.strength * 0.9, k, this.hedged(k, j));
          }
        }
        break;
      }
    }
  }

  /**
   * "under a tight government siege", "break the regime siege": a tracked body named right before
   * an act topic phrase, as its noun modifier, is the act's agent and takes the phrase's side.
   * Countries are left out: "Syria offensive" may name where the act is, not who acts.
   */
  protected actsByModifierAgents(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens, mentions, compiled } = this.input;
    for (const act of mentions) {
      if (act.kind !== 'topic' || act.tokStart <= this.s || act.anaphor) continue;
      if (!EN_AGENT_MODIFIED_ACTS.has(tokens.text[act.tokEnd - 1]!)) continue;
      const agent = this.mentionAtToken(act.tokStart - 1);
      if (!agent || agent.tokEnd !== act.tokStart || agent.kind !== 'name' || !this.canHold(agent)) continue;
      if (compiled.codebook.actors[agent.actor]!.kind === 'country') continue;
      emit([agent.actor], act, act.polarity, 0.5, act.tokStart, this.hedged(agent.tokStart, act.tokEnd - 1));
    }
  }

  /**
   * "Turkey's recent incursion into Syria", "Ankaras offensive", "Russias intervention": a named
   * possessor of an act noun (past up to two plain modifiers) is the act's agent, countries
   * included, after a locative word too ("in Ankaras offensive": a possessive names who acts, not
   * where). The act takes a side on the topic phrase
   * it heads, unless that phrase names another agent, or else on the topic the codebook names
   * after the owner's act ("Turkish offensive", "Russian intervention").
   */
  protected possessedActTopics(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens, compiled } = this.input;
    for (const owner of this.input.mentions) {
      if (owner.tokStart < this.s || owner.tokEnd >= this.e || owner.actor < 0 || owner.modifier) continue;
      if (owner.kind !== 'name' && owner.kind !== 'role') continue;
      let k = owner.tokEnd;
      if (!owner.possessive) {
        if (tokens.text[k] !== 's' || this.mentionAtToken(k)) continue;
        k++;
      }
      for (let n = k; n < this.e && n <= k + 2; n++) {
        if (!tokens.isWord[n]) break;
        const w = tokens.text[n]!;
        const m = this.mentionAtToken(n);
        if (ACT_HEAD_NOUNS.has(w) || EN_AGENT_MODIFIED_ACTS.has(w)) {
          const hedged = this.hedged(owner.tokStart, n);
          if (m && m.kind === 'topic' && m.tokStart === n && !m.anaphor) {
            if (m.agent === undefined || m.agent === owner.actor)
              emit([owner.actor], m, m.polarity, 0.5, n, hedged);
          } else if (!m) {
            for (const topic of compiled.actTopics.get(`${owner.actor} ${w}`) ?? []) {
              // (The phrase spans the owner, for the evidence: "Russias military intervention".)
              const phrase = topicMention(tokens, owner.tokStart, n + 1, topic);
              emit([owner.actor], phrase, 1, 0.5, n, hedged);
            }
          }
          break;
        }
        // A plain modifier ("recent", "military"), not a mention, a cue word or a clause mark.
        if (m || this.cueAt(n)) break;
      }
    }
  }

  /** "ضربات" → "الضربات", "strikes": an act noun without an owner of its own. */
  protected bareActHead(j: number): string | undefined {
    const w = this.input.tokens.text[j]!;
    if (this.input.lang === 'ar') return arabicBareActHead(w);
    // (An Arabic word quoted in English loses its و/ف as in Arabic.)
    const bare = w.replace(/^(و|ف)(?=[^ا])/, '');
    return ACT_HEAD_NOUNS.has(bare) ? bare : undefined;
  }

  /** "ضرباتها" → "الضربات", "its strikes" → "strikes": an act noun owned by a pronoun. */
  protected ownActHead(j: number): string | undefined {
    const { tokens, lang } = this.input;
    const w = tokens.text[j]!;
    if (lang === 'en') {
      const owner = tokens.text[j - 1];
      return (owner === 'its' || owner === 'their' || owner === 'his') && ACT_HEAD_NOUNS.has(w)
        ? w
        : undefined;
    }
    return arabicOwnActHead(w);
  }

  /**
   * "The United States said the deaths were caused by gas dropped by Syrian aircraft": in
   * reported words, the agent of harm named after "by" is blamed by the speaker.
   */
  protected reportedHarmBy(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s + 1; k < this.e; k++) {
      const w = tokens.text[k]!;
      const carried = w === 'out' && tokens.text[k - 1] === 'carried';
      if (!EN_HARM_AGENT_PARTICIPLES.has(w) && !carried) continue;
      const agent = this.agentAfterBy(k);
      if (!agent || !this.isTarget(agent)) continue;
      const speakers = this.frameHolder(k).filter((x) => x !== agent.actor);
      if (speakers.length === 0 || (carried && this.onlyAttributed(k, speakers))) continue;
      emit(speakers, agent, -1, 0.55, k, this.hedged(k, agent.tokStart));
    }
  }

  /**
   * "The Observatory said the strike was believed to have been carried out by Russian planes":
   * "carried out by" names who did an act, which blames the doer only when the teller asserts it.
   * A monitor (an organisation without forces, or someone speaking for one) attributes raids
   * without taking a side, and a doubted attribution ("thought to be", "unclear whether") is none.
   */
  protected onlyAttributed(k: number, speakers: readonly number[]): boolean {
    const { unarmed, speaksFor } = this.input.compiled;
    if (speakers.every((a) => unarmed[a] || unarmed[speaksFor[a] ?? -1])) return true;
    const text = this.input.tokens.text;
    for (let j = k - 2; j >= this.s && j >= k - 8; j--) {
      if (EN_DOUBTED_ATTRIBUTION.has(text[j]!) || this.isKind(j, 'hedge')) return true;
      if (this.isKind(j, 'speech') || this.isKind(j, 'complementizer')) break;
    }
    return false;
  }

  /**
   * "The opposition says Assad's forces staged the attack", "warplanes were behind the attacks,
   * the Civil Defence confirmed": the speaker who names the agent of an attack blames it.
   */
  protected blameForAttacks(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s + 1; k < this.e; k++) {
      const w = tokens.text[k]!;
      if (!EN_BLAME_VERBS.has(w)) continue;
      let j = k + 1;
      if (tokens.text[j] === 'out') j++;
      if (tokens.text[j] === 'the' || tokens.text[j] === 'a' || tokens.text[j] === 'an') j++;
      while (
        j < this.e &&
        j <= k + 5 &&
        !EN_STRIKE_NOUNS.has(tokens.text[j]!) &&
        tokens.text[j] !== 'massacre'
      )
        j++;
      if (j >= this.e || j > k + 5) continue;
      // The agent right before the verb ("were behind": past the copula).
      let a = k - 1;
      if (w === 'behind' && ['was', 'were', 'is', 'are'].includes(tokens.text[a]!)) a--;
      const agent = this.mentionAtToken(a);
      if (!agent || !this.isTarget(agent)) continue;
      const speakers = this.frameHolder(agent.tokStart).filter((x) => x !== agent.actor);
      const after = speakers.length > 0 ? speakers : this.reportedAfter(j);
      emit(after, agent, -1, 0.6, k, this.hedged(agent.tokStart, j));
    }
  }

  /**
   * "قالت فرنسا إن النظام السوري استخدم الأسلحة الكيميائية", "France said the Syrian regime
   * used chemical weapons", "… هو المسؤول عن المجزرة", "… was responsible for the massacre":
   * inside a speaker's words, naming an actor as the doer of an atrocity (chemical weapons, a
   * massacre, war crimes, torture, barrel bombs …) accuses it; the speaker opposes the actor.
   * Not when the doing is negated, denied, questioned, conditional or only others' claim.
   */
  protected atrocityAgents(emit: Emit): void {
    const { tokens, lang } = this.input;
    if (this.input.mentions.length === 0) return;
    for (let k = this.s + 1; k < this.e; k++) {
      const w = tokens.text[k]!;
      const doing =
        lang === 'ar'
          ? AR_ATROCITY_VERB.test(w) ||
            (tokens.text[k + 1] === 'عن' && AR_RESPONSIBLE.test(w)) ||
            (tokens.text[k + 1] === 'وراء' && AR_STANDS_BEHIND.test(w))
          : EN_ATROCITY_VERBS.has(w);
      if (doing) this.atrocityAgentAt(emit, k);
    }
  }

  /** The verb of doing at k, when an atrocity follows it and a tracked actor is its subject. */
  protected atrocityAgentAt(emit: Emit, k: number): void {
    const { tokens, lang } = this.input;
    const text = tokens.text;
    const w = text[k]!;
    let j = k + 1;
    // A predicate of responsibility ("responsible for", "behind", "guilty of") needs a copula.
    const predicate = lang === 'en' && (w === 'responsible' || w === 'behind' || w === 'guilty');
    if (lang === 'ar' && (text[j] === 'عن' || text[j] === 'وراء')) j++;
    if (lang === 'en' && w === 'carried') {
      if (text[j] !== 'out') return;
      j++;
    }
    if (lang === 'en' && (w === 'responsible' || w === 'guilty')) {
      if (text[j] !== 'for' && text[j] !== 'of') return;
      j++;
    }
    // "هو المسؤول عن الهجوم", "was behind the attack": responsibility for any attack is blame.
    const responsibility = predicate || (lang === 'ar' && (text[k + 1] === 'عن' || text[k + 1] === 'وراء'));
    const atrocity = this.atrocityAfter(j, responsibility);
    if (atrocity === undefined) return;
    const agent = this.atrocitySubject(k, predicate);
    if (!agent || this.atrocityUnasserted(agent.tokStart)) return;
    const agents = this.coordinated(agent);
    let speakers = this.frameHolder(agent.tokStart);
    if (speakers.length === 0) speakers = this.finderBefore(agent.tokStart);
    speakers = speakers.filter((a) => !agents.includes(a));
    if (speakers.length === 0) return;
    emit(speakers, agent, -1, 0.6, k, this.hedged(agent.tokStart, atrocity));
  }

  /**
   * "خلصت الأمم المتحدة إلى أن …", "وجد تحقيق للأمم المتحدة أن …", "the UN inquiry found
   * that …": the body whose finding the words are — the subject of a verb of finding, or the
   * owner of the report or inquiry that is its subject.
   */
  protected finderBefore(to: number): number[] {
    const { tokens, lang } = this.input;
    const text = tokens.text;
    for (let v = to - 1; v >= this.s; v--) {
      if (this.mentionAtToken(v)) continue;
      const w = text[v]!;
      if (isClauseMark(tokens, v) && w !== ',') return [];
      if (!(lang === 'ar' ? AR_FINDING_VERB.test(w) : EN_FINDING_VERBS.has(w))) continue;
      let m: Mention | undefined;
      if (lang === 'ar') {
        // VSO: the body right after the verb, or after a report noun as its genitive (ل-).
        let j = v + 1;
        if (FINDING_BODY_NOUNS.has(text[j]!)) j++;
        m = this.mentionAtToken(j);
        if (m && m.tokStart !== j) m = undefined;
      } else {
        // SVO: the body right before the verb, or before a report noun ("a UN inquiry found").
        let j = v - 1;
        if (FINDING_BODY_NOUNS.has(text[j]!)) j--;
        m = this.mentionAtToken(j);
        if (m && m.tokEnd !== j + 1) m = undefined;
      }
      return m && m.kind !== 'topic' && this.canHold(m) ? this.coordinated(m) : [];
    }
    return [];
  }

  /** An atrocity word within four words from j, before any name, clause break or speech. */
  protected atrocityAfter(j: number, attack: boolean): number | undefined {
    const { tokens, lang } = this.input;
    const w0 = tokens.text[j] ?? '';
    // "committed to ending …", "used to": no act done; "responsible for protecting civilians
    // from chemical attacks": responsibility for another act than the atrocity.
    if (lang === 'en' && (w0 === 'to' || (/ing$/.test(w0) && !EN_DOING_GERUNDS.has(w0)))) return undefined;
    if (
      lang === 'ar' &&
      attack &&
      !AR_ATROCITY_WORD.test(w0) &&
      !AR_ATTACK_NOUN.test(w0) &&
      !AR_DOING_NOUNS.test(w0)
    )
      return undefined;
    for (let t = j; t < this.e && t <= j + 4; t++) {
      if (isClauseMark(tokens, t) || this.mentionAtToken(t)) return undefined;
      const w = tokens.text[t]!;
      if (lang === 'ar' ? AR_ATROCITY_WORD.test(w) : EN_ATROCITY_WORDS.has(w)) return t;
      if (attack && t === j && (lang === 'ar' ? AR_ATTACK_NOUN.test(w) : EN_STRIKE_NOUNS.has(w))) return t;
      const kind = this.cueAt(t)?.cue.kind;
      if (kind === 'speech' || kind === 'complementizer' || kind === 'negation') return undefined;
      // "launched an investigation into the chemical attack", "شن تحقيقا في …": the atrocity is
      // the object of another noun.
      if (kind === 'preposition' && w !== 'of' && w !== 'with') return undefined;
    }
    return undefined;
  }

  /**
   * The subject right before the verb of doing at k: past auxiliaries and adverbs (English), a
   * unit word ("Syrian helicopters dropped"), "قد" and a cleft ("هي التي نفذت"); none when the
   * verb is negated or passive. An Arabic subject stands at the head of a that-clause
   * ("إن/أن X …") or after "يكون/كان".
   */
  protected atrocitySubject(k: number, predicate: boolean): Mention | undefined {
    const { tokens, lang } = this.input;
    const text = tokens.text;
    let a = k - 1;
    let copula = false;
    if (lang === 'en') {
      while (a > this.s) {
        const t = text[a]!;
        if (t === 'not' || t === 'never' || t === 't') return undefined;
        if (EN_BE_FORMS.has(t)) copula = true;
        else if (!EN_AUXILIARIES.has(t) && !/ly$/.test(t) && t !== 'also' && t !== 'again' && t !== 'did')
          break;
        a--;
      }
      // "chemical weapons were used": a passive names no doer before the verb.
      if (predicate !== copula) return undefined;
      if ((EN_UNIT_NOUNS.has(text[a]!) || isOfficeWord(text[a]!, 'en')) && !this.mentionAtToken(a)) a--;
    } else {
      if (text[a] === 'قد') a--;
      if (this.isKind(a, 'negation')) return undefined;
      if (text[a] === 'التي' || text[a] === 'الذي' || text[a] === 'الذين') a--;
      if (text[a] === 'هو' || text[a] === 'هي' || text[a] === 'هم') a--;
    }
    if (a < this.s) return undefined;
    let agent = this.mentionAtToken(a);
    // "قوات النظام السوري": a nationality adjective after the name of the same actor.
    const named = agent && agent.tokStart > this.s ? this.mentionAtToken(agent.tokStart - 1) : undefined;
    if (agent && named && named.actor === agent.actor && named.tokEnd === agent.tokStart) agent = named;
    if (
      !agent ||
      agent.tokEnd > a + 1 ||
      agent.kind === 'topic' ||
      agent.actor < 0 ||
      agent.people ||
      agent.afterPreposition ||
      !this.isTarget(agent)
    )
      return undefined;
    if (lang === 'ar') {
      // "إن قوات الأسد استخدمت": a unit word before the name heads the subject.
      // "أن نظام الرئيس بشار الأسد": the regime's or the office's words before the name.
      let h = agent.tokStart - 1;
      for (let n = 0; n < 2 && h > this.s && !this.mentionAtToken(h); n++) {
        const t = text[h]!;
        if (!isOfficeWord(t, 'ar') && !isArabicTitleWord(t) && t !== 'نظام') break;
        h--;
      }
      const before = text[h] ?? '';
      const head =
        this.isKind(h, 'complementizer') ||
        before === 'فان' ||
        /^(و)?(يكون|تكون|كان|كانت)$/.test(before) ||
        before === ':' ||
        before === '"';
      if (!head) return undefined;
    }
    return agent;
  }

  /**
   * The words before the subject deny, question, suppose or report others' claims: "نفى … أن
   * يكون", "denied that", "هل", "if", "reports that", or the sentence is a question.
   */
  protected atrocityUnasserted(to: number): boolean {
    const { tokens } = this.input;
    if (this.asksQuestion()) return true;
    for (let j = this.s; j < Math.min(to, this.e); j++) {
      const w = tokens.text[j]!;
      if (
        AR_DENIAL_VERBS.test(w) ||
        EN_DENIAL_FORMS.has(w) ||
        AR_REFUSAL_VERBS.has(w) ||
        CLAIM_NOUNS.has(w) ||
        HYPOTHETICAL.has(w) ||
        AR_UNASSERTING.has(w) ||
        EN_UNASSERTING.has(w)
      )
        return true;
    }
    return false;
  }

  /**
   * "قال ليبرمان إن التهديدات الإيرانية لا تقتصر على سوريا", "العمل على وقف تدخلات إيران",
   * "Iran's meddling in the region must stop, the minister said": a speaker who names another
   * actor's deeds with a pejorative noun (threats, interference, crimes, aggression …) owned by
   * that actor — a nationality adjective, a genitive, a possessive, "by/of X" — opposes it. Only
   * in someone's words: the journalist's own naming is no statement.
   */
  protected misdeedOwners(emit: Emit): void {
    const { tokens, lang } = this.input;
    if (this.input.mentions.length === 0) return;
    for (let k = this.s; k < this.e; k++) {
      const w = tokens.text[k]!;
      if (lang === 'ar') {
        const form = AR_MISDEED_FORMS.get(w);
        if (form !== undefined) this.arabicMisdeedAt(emit, k, form);
      } else if (
        EN_MISDEED_NOUNS.has(w) ||
        (EN_MALIGN_ADJECTIVES.has(w) && EN_CONDUCT_NOUNS.has(tokens.text[k + 1] ?? ''))
      )
        this.englishMisdeedAt(emit, k);
    }
  }

  /** The Arabic misdeed noun at k: its owner, when named, is opposed by the speaker. */
  protected arabicMisdeedAt(emit: Emit, k: number, form: MisdeedForm): void {
    const { tokens } = this.input;
    const text = tokens.text;
    let owner: Mention | undefined;
    const next = this.mentionAtToken(k + 1);
    if (next && next.tokStart === k + 1 && next.actor >= 0 && !next.people && !next.modifier) {
      // "التهديدات الإيرانية": a definite noun with a nationality adjective.
      if (form.definite && next.kind === 'demonym') owner = next;
      // "تدخلات إيران", "جرائم النظام": an indefinite noun with its agent as genitive.
      else if (!form.definite && next.kind !== 'demonym' && next.kind !== 'topic' && !form.objectGenitive)
        owner = next;
    } else if (!form.definite && !form.objectGenitive && !next) {
      // "جرائم قوات النظام", "اعتداءات ميليشيات الحوثي": past a unit word.
      const unit = text[k + 1] ?? '';
      const after = this.mentionAtToken(k + 2);
      if (
        (isOfficeWord(unit, 'ar') || AR_MISDEED_UNITS.has(unit)) &&
        after &&
        after.tokStart === k + 2 &&
        after.actor >= 0 &&
        !after.people &&
        after.kind !== 'topic'
      )
        owner = after;
    }
    // "الجرائم التي يرتكبها النظام": the subject of a relative clause on the noun.
    if (!owner && form.definite && (text[k + 1] === 'التي' || text[k + 1] === 'الذي'))
      owner = this.agentOfAct(k);
    if (!owner) return;
    let last = owner.tokEnd - 1;
    // "أنشطة إيران المزعزعة": a noun of conduct is pejorative only with a malign adjective.
    if (form.conduct) {
      const j = owner.tokEnd;
      if (this.mentionAtToken(j) || !AR_MALIGN_ADJECTIVE.test(text[j] ?? '')) return;
      last = j;
    }
    this.opposeMisdeedOwner(emit, k, owner, last);
  }

  /** The English misdeed noun (or malign adjective before a noun of conduct) at k, with its owner. */
  protected englishMisdeedAt(emit: Emit, k: number): void {
    const { tokens, compiled } = this.input;
    const text = tokens.text;
    const w = text[k]!;
    const malign = EN_MALIGN_ADJECTIVES.has(w);
    const head = malign ? k + 1 : k;
    let owner: Mention | undefined;
    // Before it: "Iranian (military) aggression", "Iran's continued meddling", "Houthi crimes".
    let j = k - 1;
    for (let n = 0; n < 2 && j > this.s && !this.mentionAtToken(j); n++) {
      if (!EN_MISDEED_MODIFIERS.has(text[j]!) && !EN_MALIGN_ADJECTIVES.has(text[j]!)) break;
      j--;
    }
    if (text[j] === 's' && j > this.s && this.mentionAtToken(j - 1)?.possessive) j--;
    const before = j >= this.s ? this.mentionAtToken(j) : undefined;
    if (before && before.tokEnd === j + 1 && before.actor >= 0 && !before.people && !before.modifier) {
      const kind = compiled.codebook.actors[before.actor]?.kind;
      if (
        before.kind === 'demonym' ||
        (before.possessive && (before.kind === 'name' || before.kind === 'role'))
      )
        owner = before;
      // A group's name as a noun modifier ("Houthi aggression"); a country's is the place.
      else if (before.kind === 'name' && kind !== 'country' && kind !== 'person' && this.canHold(before))
        owner = before;
    }
    // After it: "interference by Iran", "crimes (committed) by the regime", "the crimes of X",
    // "threats from Iran".
    if (!owner) {
      const prep = text[head + 1];
      let a = head + 2;
      if (text[a] === 'the') a++;
      if (
        prep === 'by' ||
        (prep === 'of' && EN_MISDEED_OF_AGENT.has(text[head]!)) ||
        (prep === 'from' && text[head]!.startsWith('threat'))
      ) {
        const m = this.mentionAtToken(a);
        if (m && m.tokStart === a && m.actor >= 0 && m.kind !== 'topic' && !m.people && !m.modifier)
          owner = m;
      } else owner = this.agentOfAct(head);
    }
    if (!owner) return;
    this.opposeMisdeedOwner(emit, k, owner, Math.max(head, owner.tokEnd - 1));
  }

  /** The speaker of the words naming the misdeed at k opposes its owner, unless the naming is not asserted. */
  protected opposeMisdeedOwner(emit: Emit, k: number, owner: Mention, last: number): void {
    const { compiled } = this.input;
    const targets =
      owner.kind === 'demonym' && !owner.official
        ? (compiled.topicsForActor[owner.actor]?.length ?? 0) > 0
          ? [owner.actor]
          : []
        : this.ownerTargets(owner);
    const lo = Math.min(k, owner.tokStart);
    if (targets.length === 0 || this.misdeedUnasserted(k, lo)) return;
    let speakers = this.frameHolder(Math.min(k, owner.tokStart));
    if (speakers.length === 0) speakers = this.misdeedReactor(k);
    speakers = speakers.filter((a) => !targets.includes(a));
    if (speakers.length === 0) return;
    for (const actor of targets) {
      const target = owner.actor === actor ? owner : mentionWith(owner, { actor });
      emit(speakers, target, -1, 0.55, k, this.hedged(lo, last));
    }
  }

  /**
   * "دانت الخارجية العراقية استمرار الاعتداءات …", "vowed to confront Iranian aggression": the
   * holder of the hostile stance verb or verbal noun whose object phrase holds the misdeed; none
   * for a charge ("اتهم X بـ…"), whose words are the accuser's claim about another.
   */
  protected misdeedReactor(k: number): number[] {
    const { tokens } = this.input;
    for (let j = k - 1; j >= Math.max(this.s, k - 6); j--) {
      if (isClauseMark(tokens, j)) return [];
      if (this.mentionAtToken(j)) continue;
      const c = this.cueAt(j)?.cue;
      if (!c) continue;
      if (c.kind === 'speech' || c.kind === 'complementizer') return [];
      if (c.kind !== 'stance' || c.polarity === 0 || (c.pos !== 'verb' && !c.verbNoun)) continue;
      // Only a verb against the misdeed ("condemned", "confront"): "calls for an uprising against
      // the occupation" or "continues to ignore X's crimes" say nothing of their subject's naming.
      if (c.polarity > 0 || CHARGE_LEMMAS.has(c.lemma) || this.negatedBefore(j, 2)) return [];
      // "اللجنة المعنية بالتصدي للتدخلات": a label, not a position.
      if (this.attributiveParticiple(j) || AR_REMIT_LABELS.has(tokens.text[j - 1] ?? '')) return [];
      return this.holderOf(j, false, k);
    }
    return [];
  }

  /**
   * The misdeed at k (its phrase starting at lo) is not the speaker's naming: denied, negated,
   * asked about, someone's claim or accusation, or the matter of an inquiry ("نفى أي تدخل",
   * "rejected claims of Iranian meddling", "the probe into Russian interference").
   */
  protected misdeedUnasserted(k: number, lo: number): boolean {
    const { tokens } = this.input;
    if (this.asksQuestion()) return true;
    // "no Iranian interference", "أي تدخلات": before the owner or the noun, whichever comes first.
    const prev = tokens.text[lo - 1] ?? '';
    if (this.isKind(lo - 1, 'negation') || prev === 'no' || prev === 'any' || prev === 'اي') return true;
    for (let j = k - 1; j >= Math.max(this.s, k - 12); j--) {
      const w = tokens.text[j]!;
      if (
        MISDEED_UNASSERTING.has(w) ||
        CLAIM_NOUNS.has(w) ||
        CHARGE_WORDS.has(w) ||
        AR_DENIAL_VERBS.test(w) ||
        EN_DENIAL_FORMS.has(w) ||
        AR_UNASSERTING.has(w) ||
        (EN_UNASSERTING.has(w) && w !== 'rejected' && w !== 'dismissed')
      )
        return true;
    }
    return false;
  }

  /**
   * "طالب بفتح تحقيق مستقل في غارة جوية شنتها X", "دعا إلى تحقيق في الانتهاكات القطرية": who
   * calls for an investigation into an act of force or a crime opposes the act's named agent.
   */
  protected investigationCalls(emit: Emit): void {
    const { tokens } = this.input;
    // The rare hit is read in a method of its own, so that its newly reached branches do not
    // throw away the optimised code of this loop over every token.
    for (let k = this.s + 1; k < this.e; k++)
      if (AR_INVESTIGATION_NOUNS.has(tokens.text[k]!)) this.investigationCallAt(emit, k);
  }

  /** The investigation noun at k, when a directive before it and an act with its agent after it. */
  protected investigationCallAt(emit: Emit, k: number): void {
    const { tokens } = this.input;
    const call = this.directiveBefore(k);
    if (call === undefined) return;
    let j = k + 1;
    // "تحقيق مستقل وسريع": adjectives, coordinated with "و", and quotation marks.
    while (j < this.e && j <= k + 5 && (investigationAdjective(tokens.text[j]!) || !tokens.isWord[j])) j++;
    if (!AR_INVESTIGATION_INTO.has(tokens.text[j] ?? '')) return;
    const act = j + 1;
    const c = this.cueAt(act)?.cue;
    if (!c || c.polarity >= 0 || (c.kind !== 'stance' && c.kind !== 'evaluative')) return;
    const agent = this.namedActAgent(act) ?? this.relativeAgentAfter(act);
    if (!agent || !this.isTarget(agent)) return;
    const holders = this.holderOf(call, false).filter((a) => a !== agent.actor);
    emit(holders, agent, -1, 0.7, call, this.hedged(call, k));
  }

  /**
   * The directive verb or noun (طالب، دعا، طلب) before token k with no other cue between; commas
   * only set off its subject ("طالب غوتيريش، بفتح تحقيق").
   */
  protected directiveBefore(k: number): number | undefined {
    const { tokens } = this.input;
    for (let j = k - 1; j >= Math.max(this.s, k - 16); j--) {
      if (isClauseMark(tokens, j) && tokens.text[j] !== ',') return undefined;
      const c = this.cueAt(j)?.cue;
      if (c && c.kind !== 'preposition') return c.kind === 'stance' && isDirective(c) ? j : undefined;
    }
    return undefined;
  }

  /**
   * "غارة جوية شنتها X", "الغارة الجوية التي نفذها X": the agent of an act in a relative clause
   * after its adjectives (an indefinite act takes no relative pronoun).
   */
  protected relativeAgentAfter(act: number): Mention | undefined {
    const { tokens } = this.input;
    let j = act + 1;
    for (let n = 0; n < 2 && j < this.e && !this.cueAt(j) && !this.mentionAtToken(j); n++) {
      if (!/(ي|يه)$/.test(tokens.text[j]!)) break;
      j++;
    }
    if (tokens.text[j] === 'التي' || tokens.text[j] === 'الذي') j++;
    if (!/(ها|ه)$/.test(tokens.text[j] ?? '') || this.cueAt(j)?.cue.pos !== 'verb') return undefined;
    j++;
    for (let n = 0; n < 3 && !this.mentionAtToken(j) && isOfficeWord(tokens.text[j] ?? '', 'ar'); n++) j++;
    const m = this.mentionAtToken(j);
    return m && m.tokStart === j && m.kind !== 'topic' && m.actor >= 0 && !m.people ? m : undefined;
  }

  /** "…, the Civil Defence confirmed", "… said X": a speaker after the reported words. */
  protected reportedAfter(from: number): number[] {
    for (let j = from + 1; j < this.e; j++) {
      if (!this.isKind(j, 'speech')) continue;
      return this.holderOf(j, true);
    }
    return [];
  }

  /**
   * "شكل الصدر والعبادي تحالفا", "اتفقت إيران وروسيا على …": an alliance or agreement whose
   * coordinated holders are its parties makes each of them support the others; "تبادل X وY
   * الاتهامات" makes each oppose the others.
   */
  protected relationsAmongParties(emit: Emit, exchanges: boolean): void {
    for (let k = this.s; k < this.e; k++) {
      // (The pattern only where the sentence holds a verb of exchange: `exchanges`, from its word classes.)
      if (exchanges && EXCHANGE_FORMS.test(this.input.tokens.text[k]!)) {
        this.exchangedHostility(k, emit);
        continue;
      }
      // "X and Y have blamed each other", "X and Y traded accusations": each party opposes the others.
      if (this.input.lang === 'en' && this.reciprocalHostility(k)) {
        const parties = this.cueAt(k) ? this.holderOf(k) : this.partiesBefore(k);
        if (parties.length >= 2 && !this.negatedBefore(k, 2))
          for (const a of parties) this.emitTowardActors(emit, [a], parties, -1, 0.6, k, k);
        continue;
      }
      const tc = this.cueAt(k);
      if (!tc || tc.cue.kind !== 'stance' || !isMutual(tc.cue) || tc.objectPronoun) continue;
      if (this.negatedBefore(k, 2) || this.attributiveParticiple(k)) continue;
      // "تعزيز التعاون": a definite noun names the relation in general, not a pact they made.
      // "لتتفق", "ليتحالفوا": a purpose clause is no pact made.
      if (/^(و|ف)?(ال|بال|لل|ل)/.test(this.input.tokens.text[k]!)) continue;
      // "أن تحالف الصدر والعبادي يضم …": an alliance noun whose genitive joins two parties
      // names a pact between them (one genitive, "تحالف سائرون", names a group).
      const joint = tc.cue.pos !== 'verb' ? this.jointGenitiveParties(k) : [];
      if (joint.length >= 2) {
        for (const a of joint) this.emitTowardActors(emit, [a], joint, 1, tc.cue.strength * 0.8, k, k);
        continue;
      }
      // "تحالف سائرون", "مع تحالف القرار": a noun naming a group, or governed by a preposition,
      // is no pact its holders made.
      if (tc.cue.pos !== 'verb' && !this.formedPact(k)) continue;
      // "the committee would agree to grant X …": in English only a coordinated subject right
      // before the verb are the parties of an agreement.
      const parties =
        this.input.lang === 'en' && tc.cue.lemma === 'agree' ? this.partiesBefore(k) : this.holderOf(k);
      if (parties.length < 2) continue;
      for (const a of parties) this.emitTowardActors(emit, [a], parties, 1, tc.cue.strength * 0.9, k, k);
    }
  }

  /** The parties of "تحالف X وY" named right after the alliance noun, if two or more. */
  protected jointGenitiveParties(k: number): number[] {
    if (this.input.lang !== 'ar' || !ALLIANCE_NOUNS.test(this.input.tokens.text[k]!)) return [];
    const first = this.mentionAtToken(k + 1);
    if (!first || first.tokStart !== k + 1 || !this.canHold(first)) return [];
    const parties = this.coordinated(first);
    return parties.length >= 2 ? parties : [];
  }

  /**
   * "شكلوا تحالفا", "أعلنوا تشكيل تحالف": a pact noun made by its holders, as the object of a verb
   * of forming; not a group's name ("تحالف سائرون") nor the subject of another verb ("يقود تحالف").
   */
  protected formedPact(k: number): boolean {
    const { tokens } = this.input;
    if (this.mentionAtToken(k + 1) || /^و?[بل]/.test(tokens.text[k]!)) return false;
    return tokens.text[k]!.endsWith('ا') || (k - 1 >= this.s && PACT_FORMING.test(tokens.text[k - 1]!));
  }

  /** "blamed each other", "fight one another", "traded accusations": hostility among the subject's parties. */
  protected reciprocalHostility(k: number): boolean {
    const { tokens } = this.input;
    const next = tokens.text[k + 1];
    if (next === 'each' || next === 'one') {
      const other = tokens.text[k + 2];
      if (other !== (next === 'each' ? 'other' : 'another')) return false;
      const cue = this.cueAt(k)?.cue;
      return cue !== undefined && cue.kind === 'stance' && cue.polarity < 0;
    }
    return EN_RECIPROCAL_NOUNS.has(next ?? '') && EN_EXCHANGE_VERBS.has(tokens.text[k]!);
  }

  /**
   * "the US-Russia truce deal", "a US-Russian brokered ceasefire": a course of action named after
   * two parties joined by a hyphen is a pact they made, so each supports it. (The compound names
   * the pact, not a relation between them, as the in-repo gold reads it; a single party,
   * "Russia-brokered", "US-backed", stays a label.)
   */
  protected jointPacts(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { mentions, tokens } = this.input;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      if (!a.modifier || a.tokStart < this.s || a.kind === 'topic' || a.actor < 0) continue;
      const b = mentions[i + 1]!;
      if (!b.modifier || b.tokStart !== a.tokEnd || b.kind === 'topic' || b.actor < 0 || b.actor === a.actor)
        continue;
      let j = b.tokEnd;
      if (tokens.text[j] === 'brokered' || tokens.text[j] === 'sponsored') j++;
      const head = tokens.text[j] ?? '';
      const pactHead =
        EN_TRUCE_NOUNS.has(head) ||
        AGREEMENT_NOUNS.has(head) ||
        AGREEMENT_NOUNS.has(tokens.text[j + 1] ?? '');
      if (!pactHead || j >= this.e) continue;
      const phrase = this.mentionAtToken(j);
      if (phrase && phrase.kind === 'topic' && phrase.tokStart === j)
        emit([a.actor, b.actor], phrase, phrase.polarity, 0.6, a.tokStart, this.hedged(a.tokStart, j));
    }
  }

  /** The coordinated subject right before a verb that is no cue: "X and Y have been trading …". */
  protected partiesBefore(k: number): number[] {
    let b = k - 1;
    while (b > this.s && EN_AUXILIARIES.has(this.input.tokens.text[b]!)) b--;
    const m = b >= this.s ? this.mentionAtToken(b) : undefined;
    return m && m.kind !== 'topic' && this.canHold(m) ? this.coordinated(m) : [];
  }

  /** "تبادل فيها العبادي والعيداني الاتهامات": the parties named before a hostile noun oppose each other. */
  protected exchangedHostility(k: number, emit: Emit): void {
    let first: Mention | undefined;
    for (let j = k + 1; j < this.e && j <= k + 10; j++) {
      const m = this.mentionAtToken(j);
      if (m) {
        if (m.kind === 'topic') return;
        first ??= this.canHold(m) ? m : undefined;
        j = m.tokEnd - 1;
        continue;
      }
      const c = this.cueAt(j)?.cue;
      if (!c) continue;
      if (c.kind !== 'stance' || c.polarity >= 0 || !first) return;
      const parties = this.coordinated(first);
      if (parties.length < 2) return;
      for (const a of parties) this.emitTowardActors(emit, [a], parties, -1, c.strength * 0.9, k, j);
      return;
    }
  }

  /**
   * "ويتهم المتظاهرون الذين ينفذون اعتصاما أمام المقر، السلطات بالخضوع": the object of an accusation
   * after a relative clause on the verb's subject, which hides it from the nearest-cue search.
   */
  protected chargesPastRelative(emit: Emit): void {
    const { tokens, lang } = this.input;
    if (lang !== 'ar') return;
    for (let k = this.s; k < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc || tc.cue.lemma !== 'اتهم' || tc.cue.pos !== 'verb' || tc.objectPronoun) continue;
      const subject = this.mentionAtToken(k + 1);
      if (!subject || !this.canHold(subject) || subject.tokStart !== k + 1) continue;
      const rel = tokens.text[subject.tokEnd];
      if (rel !== 'الذي' && rel !== 'التي' && rel !== 'الذين') continue;
      // The relative clause runs to the next comma; the object follows it.
      let j = subject.tokEnd + 1;
      while (j < this.e && j <= subject.tokEnd + 12 && tokens.text[j] !== ',') j++;
      const object = this.mentionAtToken(j + 1);
      if (tokens.text[j] !== ',' || !object || object.tokStart !== j + 1 || !this.isTarget(object)) continue;
      if (object.kind === 'topic' || !this.isChargedObject(k, object)) continue;
      const holders = this.coordinated(subject).filter((a) => a !== object.actor);
      const sign = tc.cue.polarity * (this.negatedBefore(k, 2) ? -1 : 1);
      emit(holders, object, sign, tc.cue.strength * 0.9, k, this.hedged(k, object.tokStart));
    }
  }

  /** "مناوشات بين الجيش التركي وعناصر حزب العمال", "clashes between X and Y": each side opposes the other. */
  /**
   * "“He is a disgrace,” Trump said of Schiff", "“It is garbage,” Cruz said about the Enquirer":
   * the words before a reporting verb evaluate the one it names with "of" or "about", when they
   * name no target of their own.
   */
  protected wordsSaidOf(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s + 1; k + 2 < this.e; k++) {
      if (!this.isKind(k, 'speech')) continue;
      const prep = tokens.text[k + 1];
      if (prep !== 'of' && prep !== 'about') continue;
      let j = k + 2;
      if (tokens.text[j] === 'the') j++;
      const target = this.mentionAtToken(j);
      if (!target || target.tokStart !== j || !this.isTarget(target)) continue;
      const speakers = this.holderOf(k, true);
      if (speakers.length === 0 || speakers.includes(target.actor)) continue;
      // The words: from the sentence start to the speaker's name before the verb.
      let wordsEnd = k;
      while (wordsEnd > this.s && (this.mentionAtToken(wordsEnd - 1) || !tokens.isWord[wordsEnd - 1]))
        wordsEnd--;
      let evaluation = -1;
      let named = false;
      for (let i = this.s; i < wordsEnd; i++) {
        const m = this.mentionAtToken(i);
        if (m && this.isTarget(m)) named = true;
        const c = this.cueAt(i)?.cue;
        if (c && (c.kind === 'evaluative' || c.kind === 'stance') && c.polarity !== 0 && evaluation < 0)
          evaluation = i;
      }
      if (named || evaluation < 0) continue;
      const cue = this.cueAt(evaluation)!.cue;
      const sign = cue.polarity * (this.negatedBefore(evaluation, 4) ? -1 : 1);
      emit(speakers, target, sign, cue.strength * 0.8, evaluation, this.hedged(evaluation, wordsEnd));
    }
  }

  protected clashesBetween(emit: Emit): void {
    const { tokens } = this.input;
    const english = this.input.lang === 'en';
    for (let k = this.s; k + 1 < this.e; k++) {
      // "clashes broke out between …", "battles continued between …": an intransitive verb of
      // occurrence may stand between the noun and its sides.
      let at = k + 1;
      // "a deal reached between …", "the agreement brokered between …": so may a participle of a pact.
      if (english)
        while (
          at < this.e &&
          at <= k + 3 &&
          (EN_OCCURRENCE_WORDS.has(tokens.text[at]!) || EN_PACT_PARTICIPLES.has(tokens.text[at]!))
        )
          at++;
      const between = tokens.text[at];
      // The rare hit in a method of its own: its branches do not deoptimise this token loop.
      if (between === 'بين' || between === 'between') this.clashAt(emit, k, at);
    }
  }

  /** The clash noun ending at k (or a word qualifying it) before "بين"/"between" at `at`. */
  protected clashAt(emit: Emit, k: number, at: number): void {
    const { tokens } = this.input;
    let noun = k;
    // "اشتباكات عنيفة بين", "القصف المتبادل بين", "معارك دارت بين": up to two words qualify the
    // clash noun (adjectives, a verb of breaking out), no mention, cue or punctuation.
    while (noun > this.s && k - noun < 2 && !this.betweenNoun(noun)) {
      if (!this.clashQualifier(noun)) break;
      noun--;
    }
    const bare = bareArabicNoun(tokens.text[noun]!);
    const clash = CLASH_NOUNS.has(bare);
    if (!clash && !this.betweenNoun(noun) && !this.mutualAct(noun, at)) return;
    // A cooperative relation makes each side support the other; a truce or evacuation deal
    // between warring sides is none ("اتفاق التهدئة بين", "an evacuation deal between").
    const sign = this.cooperativeNoun(noun) ? 1 : -1;
    if (sign > 0 && this.truceDeal(noun, at)) return;
    // "مخاطر مواجهات أكبر بين X و Y", "خشية اندلاع معارك بين": a feared clash is no deed.
    if (noun - 1 >= this.s && FEARED_BEFORE.test(tokens.text[noun - 1]!)) return;
    if (
      noun - 2 >= this.s &&
      /^(اندلاع|نشوب)$/.test(tokens.text[noun - 1]!) &&
      FEARED_BEFORE.test(tokens.text[noun - 2]!)
    )
      return;
    // "نفت روسيا وقوع اشتباكات بين", "officials fear clashes between", "لا يوجد أي سبب للعداء بين":
    // a clash or rivalry denied, feared or negated is none.
    if (this.unassertedBetween(noun)) return;
    // The first side, past a unit word ("بين عناصر X"); then the side coordinated with it.
    let j = at + 1;
    if (j < this.e && tokens.text[j] === 'the') j++;
    if (j < this.e && !this.mentionAtToken(j) && TRANSFER_HEADS.has(tokens.text[j]!)) j++;
    const a = this.mentionAtToken(j);
    if (!a || a.kind === 'topic' || a.actor < 0) return;
    const b = this.input.mentions.find(
      (m) => m.tokStart >= a.tokEnd && m.tokStart <= a.tokEnd + 3 && m.kind !== 'topic' && m.actor >= 0,
    );
    if (!b || b.actor === a.actor || !this.sideJoin(a.tokEnd, b.tokStart)) return;
    // Sides grouped against a third are no opponents; but partners of a three-party pact are.
    if (sign < 0 && this.groupedSides(b)) return;
    if (!clash && !this.assertedRivalry(noun, at, b.tokEnd)) return;
    if (sign > 0 && this.settlementBetween(noun, a, b)) return;
    const hedge = this.hedged(k, b.tokStart);
    const ta = this.sideAsTarget(a);
    const tb = this.sideAsTarget(b);
    if (this.canHold(a) && tb) emit([a.actor], tb, sign, 0.6, noun, hedge);
    if (this.canHold(b) && ta) emit([b.actor], ta, sign, 0.6, noun, hedge);
  }

  /**
   * "اتهامات متبادلة بين", "mutual shelling between": a hostile act (a stance noun against its
   * object) that both sides do to each other.
   */
  protected mutualAct(noun: number, at: number): boolean {
    const c = this.cueAt(noun)?.cue;
    if (!c || c.kind !== 'stance' || c.polarity >= 0) return false;
    const { tokens } = this.input;
    if (this.input.lang === 'en') return noun - 1 >= this.s && tokens.text[noun - 1] === 'mutual';
    for (let j = noun + 1; j < at; j++) if (AR_MUTUAL.test(tokens.text[j]!)) return true;
    return false;
  }

  /**
   * A noun of a cooperative relation: "التعاون", "الاتفاق", "the alliance", or warm relations
   * ("تعزيز العلاقات بين", "العلاقات الاستراتيجية بين").
   */
  protected cooperativeNoun(j: number): boolean {
    const { tokens } = this.input;
    const w = tokens.text[j]!;
    if (COOPERATION_NOUNS.has(bareArabicNoun(w))) return true;
    if (this.input.lang === 'en' || !/^(ال)?علاقات$/.test(bareArabicNoun(w))) return false;
    const before = j - 1 >= this.s ? tokens.text[j - 1]! : '';
    return (
      AR_RELATIONS_BUILD.test(before) ||
      AR_WARMING.test(before) ||
      AR_WARM_RELATIONS.test(tokens.text[j + 1] ?? '')
    );
  }

  /**
   * "a deal between the regime and rebels", "اتفاق بين النظام السوري والفصائل المسلحة": a pact
   * between a state and an armed group or movement settles a fight (a surrender, an evacuation);
   * it makes no ally of either. Cooperation between them still counts.
   */
  protected settlementBetween(noun: number, a: Mention, b: Mention): boolean {
    if (!PACT_NOUNS.has(bareArabicNoun(this.input.tokens.text[noun]!))) return false;
    const actors = this.input.compiled.codebook.actors;
    const state = (m: Mention): boolean => /^(country|government)$/.test(actors[m.actor]!.kind);
    const insurgent = (m: Mention): boolean => /^(armed-group|movement)$/.test(actors[m.actor]!.kind);
    return (state(a) && insurgent(b)) || (insurgent(a) && state(b));
  }

  /**
   * "التنسيق السعودي الإماراتي", "الاتفاق الروسي-التركي" (two nationality adjectives after a
   * cooperation noun), "the US-Russia deal", "Saudi-Emirati coordination" (two sides before it):
   * each side supports the other; "التوتر الروسي التركي", "الخلاف الأميركي الإيراني", "the US-Iran
   * standoff" (a noun of a hostile relation): each opposes the other. Both under the guards of a
   * relation "between" them.
   */
  protected pairedSidesRelations(emit: Emit): void {
    const { mentions } = this.input;
    const english = this.input.lang === 'en';
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      if (a.tokStart < this.s || b.tokStart !== a.tokEnd || b.tokEnd > this.e) continue;
      if (a.kind === 'topic' || b.kind === 'topic' || a.actor < 0 || b.actor < 0 || a.actor === b.actor)
        continue;
      if (!english && (a.kind !== 'demonym' || b.kind !== 'demonym')) continue;
      // The noun: after the sides in English, before them (past one qualifier) in Arabic.
      let noun = english ? b.tokEnd : a.tokStart - 1;
      if (!english && noun > this.s && this.clashQualifier(noun) && !this.betweenNoun(noun)) noun--;
      if (noun < this.s || noun >= this.e) continue;
      const sign = this.pairedRelationSign(noun);
      if (sign === 0) continue;
      // A hostile noun takes its sides right after it: in "اتفاق «خفض التوتر» برعاية أمريكية
      // أردنية" the adjectives name the sponsors of a pact.
      if (!english && sign < 0 && noun !== a.tokStart - 1) continue;
      const at = english ? noun + 1 : a.tokStart;
      if (sign > 0 && this.truceDeal(noun, at)) continue;
      if (this.unassertedBetween(english ? a.tokStart : noun)) continue;
      if (!this.assertedRivalry(noun, at, english ? noun + 1 : b.tokEnd)) continue;
      if (sign > 0 && this.settlementBetween(noun, a, b)) continue;
      const hedge = this.hedged(Math.min(noun, a.tokStart), b.tokEnd);
      // Adjectives and modifiers that name the parties of a relation stand for their states here.
      const ta = this.sideAsTarget(mentionWith(a, { kind: 'name', modifier: false }));
      const tb = this.sideAsTarget(mentionWith(b, { kind: 'name', modifier: false }));
      if (tb) emit([a.actor], tb, sign, 0.6, noun, hedge);
      if (ta) emit([b.actor], ta, sign, 0.6, noun, hedge);
    }
  }

  /**
   * +1 for a noun of cooperation, −1 for one of a hostile relation ("التوتر الروسي التركي") or of
   * fighting done by each side to the other ("تبادل القصف الإسرائيلي الإيراني"), 0 otherwise. A
   * war or conflict named by its sides is the war's name ("الحرب العراقية الإيرانية", mostly the
   * 1980s one), and fighting named by two agents is their joint act ("القصف السوري الروسي")
   * unless they exchange it.
   */
  protected pairedRelationSign(noun: number): number {
    const { tokens } = this.input;
    const bare = bareArabicNoun(tokens.text[noun]!);
    if (COOPERATION_NOUNS.has(bare)) return 1;
    if (WAR_NAME_NOUNS.has(bare)) return 0;
    if (RIVALRY_NOUNS.has(bare)) return -1;
    const exchanged = noun - 1 >= this.s && EXCHANGE_FORMS.test(tokens.text[noun - 1]!);
    return exchanged && CLASH_NOUNS.has(bare) ? -1 : 0;
  }

  /** A deal of truce, evacuation or exchange between warring sides, named next to its noun. */
  protected truceDeal(noun: number, at: number): boolean {
    const { tokens } = this.input;
    if (this.input.lang === 'en')
      return noun - 1 >= this.s && EN_TRUCE_QUALIFIERS.has(tokens.text[noun - 1]!);
    for (let j = noun + 1; j < at; j++) if (AR_TRUCE_QUALIFIERS.test(tokens.text[j]!)) return true;
    return false;
  }

  /**
   * A noun of fighting or of a hostile relation that takes its sides with "بين/between": a clash
   * noun, a rivalry noun ("التوتر", "الخلاف", "the rift"), or soured relations ("توتر العلاقات
   * بين", "وتوترت العلاقات بين").
   */
  protected betweenNoun(j: number): boolean {
    const { tokens } = this.input;
    const bare = bareArabicNoun(tokens.text[j]!);
    if (CLASH_NOUNS.has(bare) || RIVALRY_NOUNS.has(bare) || this.cooperativeNoun(j)) return true;
    return (
      this.input.lang === 'ar' &&
      /^(ال)?علاقات?$|^(ال)?علاقه$/.test(bare) &&
      j - 1 >= this.s &&
      AR_SOURING.test(tokens.text[j - 1]!)
    );
  }

  /**
   * Up to four words before a clash or rivalry noun deny, fear or negate it: "نفت روسيا وقوع
   * اشتباكات", "denied that clashes took place", "fear clashes between", "لا يوجد أي سبب للعداء",
   * "could spark a war between".
   */
  protected unassertedBetween(noun: number): boolean {
    const { tokens } = this.input;
    // Four words back, a name counting as one ("تحذر الأمم المتحدة من اندلاع حرب").
    for (let j = noun - 1, n = 0; j >= this.s && n < 4; j--, n++) {
      const m = this.mentionAtToken(j);
      if (m && m.tokStart < j) j = Math.max(this.s, m.tokStart);
      const w = tokens.text[j]!;
      if (isClauseMark(tokens, j)) return false;
      if (this.input.lang === 'ar' ? AR_UNASSERTED.test(w) : EN_UNASSERTED.has(w)) return true;
      if (this.isKind(j, 'negation') && w !== 'غير') return true;
    }
    // "خشية أن تتسبب الخطوة في إحداث أزمة بين": fear reaches a little further, to a clause mark.
    for (let j = noun - 5; j >= this.s && j >= noun - 7; j--) {
      if (isClauseMark(tokens, j)) break;
      if (FEARED_BEFORE.test(tokens.text[j]!) || tokens.text[j] === 'fear' || tokens.text[j] === 'fears')
        return true;
    }
    return false;
  }

  /**
   * A rivalry noun names a relation that holds: not a question ("هل نشب الخلاف بين …؟"), not a
   * dated or past war ("حرب 1967 بين العرب وإسرائيل", "the 1980s war between"), not a future or
   * possible one ("أي حرب مستقبلية بين").
   */
  protected assertedRivalry(noun: number, at: number, sidesEnd: number): boolean {
    const { tokens } = this.input;
    if (this.asksQuestion()) return false;
    for (let j = Math.max(this.s, noun - 2); j < at; j++) {
      const w = tokens.text[j]!;
      if (/[0-9٠-٩]/.test(w) || AR_UNREAL_QUALIFIERS.test(w) || EN_UNREAL_QUALIFIERS.has(w)) return false;
    }
    // "بين إيران والعراق بين عامي 1980 و1988", "بين إسرائيل وحماس في عام 2014": a dated war or rift.
    for (let j = sidesEnd; j < this.e && j < sidesEnd + 4; j++)
      if (/[0-9٠-٩]/.test(tokens.text[j]!)) return false;
    return true;
  }

  /**
   * After the second side, a grouping of sides ("بين السعودية والإمارات … من جهة وقطر من جهة
   * أخرى", "بين إيران وروسيا مع تركيا", "between A, B and C"): the two named first are no
   * opponents of each other.
   */
  protected groupedSides(b: Mention): boolean {
    const { tokens } = this.input;
    const next = tokens.text[b.tokEnd];
    if (next === 'مع' || next === 'and' || next === 'with') return true;
    if (next === 'من' && /^(جهه|ناحيه)$/.test(tokens.text[b.tokEnd + 1] ?? '')) return true;
    // A third side joined by "و": "بين السعودية والإمارات والبحرين".
    const third = this.mentionAtToken(b.tokEnd);
    return (
      third !== undefined && third.tokStart === b.tokEnd && third.kind !== 'topic' && /^و/.test(next ?? '')
    );
  }

  /**
   * Diplomatic deeds toward a state: "قطعت المغرب علاقاتها الدبلوماسية مع إيران", "تعزيز
   * العلاقات مع X" (cutting or building relations with X), "استدعت تركيا سفيرها من إسرائيل",
   * "طردت السفير الإسرائيلي", "استدعاء سفير كندا" (recalling one's envoy from X, summoning or
   * expelling X's envoy): the state that acts takes that side toward X.
   */
  protected diplomaticDeeds(emit: Emit): void {
    const { tokens } = this.input;
    // The rare hit in a method of its own: its branches do not deoptimise this token loop.
    for (let k = this.s + 1; k + 1 < this.e; k++) {
      const w = tokens.text[k]!;
      if (AR_RELATIONS.test(w) || AR_ENVOYS.test(w)) this.diplomaticDeedAt(emit, k, w);
    }
  }

  /**
   * "الميليشيات الحوثية وداعمها إيران": a participle with a possessive pronoun right before a
   * name is a title ("its backer"), and the name is in apposition to it, not its object.
   */
  protected possessedParticipleBefore(k: number, target: Mention): boolean {
    const tc = this.cueAt(k)!;
    return (
      this.input.lang === 'ar' && tc.cue.participle === true && tc.pronounSuffix && target.tokStart === k + 1
    );
  }

  /**
   * An act on relations ("بقطع علاقاتها مع", "تعزيز العلاقات مع") stands after the cue at k and
   * right before the target (Arabic): the target is that act's, not the cue's.
   */
  protected relationsDeedBetween(k: number, target: Mention): boolean {
    const t = this.input.tokens.text;
    const at = target.tokStart;
    if (this.input.lang !== 'ar' || at - 3 <= k || t[at - 1] !== 'مع') return false;
    let j = at - 2;
    for (let n = 0; n < 2 && j > k && /^ال/.test(t[j]!) && !AR_RELATIONS.test(t[j]!); n++) j--;
    if (j - 1 <= k || !AR_RELATIONS.test(t[j]!)) return false;
    return AR_RELATIONS_CUT.test(t[j - 1]!) || AR_RELATIONS_BUILD.test(t[j - 1]!);
  }

  /**
   * The owner of the possessive pronoun on a coordinated Arabic noun ("ودعمها", "وأعمالها"):
   * back through earlier conjuncts with the same pronoun, the actor right before the first
   * ("إيران وأعمالها العدائية …، ودعمها"). Undefined when the chain reaches no name.
   */
  protected possessiveChainOwner(k: number): Mention | undefined {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'ar' || !this.cueAt(k)!.pronounSuffix) return undefined;
    const suffix = /^و\S+(ها|هم)$/.exec(t[k]!)?.[1];
    if (!suffix) return undefined;
    let head = k;
    for (let j = k - 1; j >= this.s && j >= head - 12; j--) {
      const m = this.mentionAtToken(j);
      // ("وجودها العسكري في سوريا ودعواتها": a place is no owner.)
      if (m && m.tokEnd === head)
        return m.kind !== 'topic' && m.actor >= 0 && t[m.tokStart - 1] !== 'في' ? m : undefined;
      // (Names listed inside a conjunct, "خاصة حزب الله وميليشيا الحوثي", are passed over.)
      if (m) continue;
      if (t[j]!.startsWith('و') && t[j]!.endsWith(suffix) && t[j]!.length > suffix.length + 2) head = j;
    }
    return undefined;
  }

  /** The relations or envoy word w at k, with the deed before it and the state it is toward. */
  protected diplomaticDeedAt(emit: Emit, k: number, w: string): void {
    const { tokens } = this.input;
    let sign = 0;
    let act = -1;
    let target: Mention | undefined;
    if (AR_RELATIONS.test(w)) {
      // The act before the relations, past a genitive holder ("قطع بلاده للعلاقات").
      act = k - 1;
      if (this.mentionAtToken(act) && act - 1 >= this.s) act = this.mentionAtToken(act)!.tokStart - 1;
      sign = AR_RELATIONS_CUT.test(tokens.text[act]!)
        ? -1
        : AR_RELATIONS_BUILD.test(tokens.text[act]!)
          ? 1
          : 0;
      if (sign === 0) return;
      let j = k + 1;
      for (let n = 0; n < 2 && j < this.e && /^ال/.test(tokens.text[j]!) && !this.mentionAtToken(j); n++) j++;
      if (tokens.text[j] === 'مع') j++;
      else if (!tokens.text[j]?.startsWith('ب')) return;
      target = this.mentionAtToken(j);
      if (target?.tokStart !== j) return;
    } else if (AR_ENVOYS.test(w)) {
      // The deed right before the envoy, or before its VSO subject ("استدعت تركيا سفيرها").
      act = k - 1;
      const subject = this.mentionAtToken(act);
      if (subject && subject.tokEnd === k) act = subject.tokStart - 1;
      if (act < this.s || !AR_ENVOY_DEEDS.test(tokens.text[act]!)) return;
      sign = -1;
      // "السفير الإسرائيلي", "سفير كندا", "القنصل العام التركي": the envoy of X; "سفيرها
      // من/في/لدى X": one's own envoy to X.
      const at = /^(العام|بالاعمال)$/.test(tokens.text[k + 1]!) ? k + 2 : k + 1;
      const next = this.mentionAtToken(at);
      if (next && next.tokStart === at) target = next;
      else if (/(ها|ه|هما|يها)$/.test(w) && /^(من|في|لدي|الي)$/.test(tokens.text[k + 1]!)) {
        const m = this.mentionAtToken(k + 2);
        if (m?.tokStart === k + 2) target = m;
      }
    } else return;
    if (!target || target.kind === 'topic' || target.actor < 0) return;
    const side = this.sideAsTarget(target);
    if (!side || this.deniedOrDemanded(act)) return;
    const holders = this.deedHolder(act);
    if (holders.length === 0) return;
    // "سفيريها من إسرائيل والولايات المتحدة": every state coordinated with the first.
    for (let t: Mention | undefined = target, i = this.input.mentions.indexOf(target); t;) {
      const tSide = this.sideAsTarget(t);
      if (tSide && !holders.includes(tSide.actor))
        emit(holders, tSide, sign, 0.6, act, this.hedged(act, t.tokStart));
      const next: Mention | undefined = this.input.mentions[++i];
      t = next && next.kind !== 'topic' && this.joinBetween(t, next) === 'and' ? next : undefined;
    }
  }

  /**
   * Who performs the deed at token k, named next to it: its VSO subject or genitive agent
   * ("قطعت المغرب", "قطع بلاده"), its SVO subject ("تركيا استدعت"), or the subject of the verb
   * announcing it ("أعلنت تركيا طرد …"). Nobody else: "بعد إعلان الأخيرة قطع علاقاتها".
   */
  protected deedHolder(k: number): number[] {
    const after = this.mentionAtToken(k + 1);
    if (after && after.tokStart === k + 1 && this.canHold(after)) return this.coordinated(after);
    // "وكانت تركيا قد استدعت": particles between the SVO subject and its verb.
    let b = k - 1;
    while (b > this.s && /^(قد|وقد|كانت|كان)$/.test(this.input.tokens.text[b]!)) b--;
    const before = b >= this.s ? this.mentionAtToken(b) : undefined;
    if (before && before.tokEnd === b + 1 && this.canHold(before) && !this.isPrepositional(before)) {
      const verb = before.tokStart - 1 >= this.s ? this.cueAt(before.tokStart - 1)?.cue : undefined;
      // "أعلنت تركيا طرد …" (the announcer acts), not "تأييدها للمغرب …" (a preposition's object);
      // "قرار المملكة بقطع …": the owner of a decision acts as well.
      if (!verb || verb.pos === 'verb' || DECIDING_LEMMAS.has(verb.lemma)) return this.coordinated(before);
    }
    // "…، وطردت السفير الإسرائيلي": a finite verb opening a coordinated clause shares its subject.
    const cue = this.cueAt(k)?.cue;
    if (
      cue?.pos === 'verb' &&
      this.input.tokens.text[k]!.startsWith('و') &&
      isClauseMark(this.input.tokens, k - 1)
    )
      return this.holderOf(k);
    return [];
  }

  /** A deed that is denied ("تنفي طرد …"), negated, or demanded of someone ("مطالبها بـ… قطع …"). */
  protected deniedOrDemanded(k: number): boolean {
    const { tokens } = this.input;
    if (this.negatedBefore(k, 3)) return true;
    for (let j = k - 1; j >= this.s && j >= k - 12; j--) {
      const w = tokens.text[j]!;
      if (/^(و|ف)?(نفي|نفت|ينفي|تنفي|نفوا|ونفي)$/.test(w)) return true;
      const cue = this.cueAt(j)?.cue;
      if (cue && cue.kind === 'stance' && (isDirective(cue) || cue.lemma === 'طالب')) return true;
    }
    return false;
  }

  /** Token j may qualify a clash noun before "بين": a plain Arabic word, no mention or cue. */
  protected clashQualifier(j: number): boolean {
    const { tokens, lang } = this.input;
    if (lang !== 'ar' || !tokens.isWord[j] || this.mentionAtToken(j)) return false;
    const kind = this.cueAt(j)?.cue.kind;
    return kind === undefined && !AR_PARTICLES.has(tokens.text[j]!) && !TIME_WORDS.has(tokens.text[j]!);
  }

  /**
   * "وقال لافروف إن الهجوم غير القانوني على سوريا …", "the attack on X": a definite attack noun
   * names an event, not the holder's own act, unless a deed verb governs it ("شنت الهجوم").
   */
  protected reportedAttack(k: number): boolean {
    const { tokens, lang } = this.input;
    const cue = this.cueAt(k)!.cue;
    // Fire is a cue only after its finite verb (أضرموا النار), so it is always someone's act.
    if (!isAttack(cue) || cue.lemma === 'النار') return false;
    const definite =
      lang === 'ar'
        ? cue.pos !== 'verb' && bareArabicNoun(tokens.text[k]!).startsWith('ال')
        : k - 1 >= this.s && tokens.text[k - 1] === 'the';
    if (!definite) return false;
    // "القصف الأميركي على سوريا", "الهجوم الحوثي على …", "الهجمات التي شنها X": the act names its agent.
    const next = this.mentionAtToken(k + 1);
    if (next && next.kind === 'demonym') return false;
    if (lang === 'ar' && this.namedActAgent(k)) return false;
    for (let j = k - 1; j >= this.s && j >= k - 3; j--) {
      const c = this.cueAt(j)?.cue;
      if (c && c.kind === 'stance' && isActionOnly(c)) return false;
    }
    return true;
  }

  /**
   * "strikes from a US-led coalition", "condemnation from Syrias opposition": after an English
   * act or stance noun, "from" names who acts, not the act's object.
   */
  protected fromAgent(k: number, target: Mention): boolean {
    if (this.input.lang !== 'en' || target.kind === 'topic') return false;
    const text = this.input.tokens.text;
    let j = target.tokStart - 1;
    while (j > k + 1 && (EN_DETERMINERS.has(text[j]!) || this.mentionAtToken(j)?.modifier)) j--;
    return j === k + 1 && text[j] === 'from' && this.nounReading(k);
  }

  /** A side as a target: itself, or the body its forces belong to ("الجيش التركي" → Turkey). */
  protected sideAsTarget(m: Mention): Mention | undefined {
    if (this.isTarget(m)) return m;
    const { compiled } = this.input;
    for (const body of compiled.memberChain[m.actor] ?? []) {
      if (body !== m.actor && (compiled.topicsForActor[body]?.length ?? 0) > 0)
        return mentionWith(m, { actor: body });
    }
    return undefined;
  }

  /** Only "and"/"و", commas and a unit word ("وعناصر") stand between the two sides. */
  protected sideJoin(from: number, to: number): boolean {
    let sawAnd = false;
    for (let j = from; j < to; j++) {
      const w = this.input.tokens.text[j]!;
      if (w === 'and' || w === 'و') sawAnd = true;
      else if (w.startsWith('و') && TRANSFER_HEADS.has(w.slice(1))) sawAnd = true;
      // "between FSA fighters and regime forces": the first side's unit noun.
      // ("between Syrian government forces and IS": "forces", "units" too.)
      else if (this.input.lang === 'en' && j === from && (EN_KILLED_MEMBERS.has(w) || EN_KILLER_UNITS.has(w)))
        continue;
      else if (w !== ',' && w !== 'the' && !TRANSFER_HEADS.has(w)) return false;
    }
    return sawAnd || this.input.tokens.text[to]!.startsWith('و');
  }

  /**
   * "pressure Assad and his backer Russia to halt the offensive", "pressure on the regime and its
   * allies in order to stop the onslaught": pressing actors to stop what they do opposes them
   * (the stop itself composes with the directive like "urged X to halt …").
   */
  protected pressedToHalt(emit: Emit): void {
    const { tokens } = this.input;
    for (let k = this.s; k < this.e; k++) {
      const tc = this.cueAt(k);
      if (tc?.cue.lemma !== 'pressure') continue;
      let a = tokens.text[k + 1] === 'on' ? k + 2 : k + 1;
      if (tokens.text[a] === 'the') a++;
      const first = this.mentionAtToken(a);
      if (!first || first.tokStart !== a || first.kind === 'topic' || !this.canHold(first)) continue;
      const to = this.purposeTo(first.tokEnd);
      if (to === undefined || !this.haltAt(to + 1)) continue;
      const pressed = this.pressedActors(a, to);
      const holders = this.pressingHolders(k, first);
      this.emitTowardActors(emit, holders, pressed, -1, tc.cue.strength * PRESSED_STRENGTH, k, to - 1);
    }
  }

  /**
   * Who presses: the holder of "pressure" at k, or for an infinitive or a noun with none ("seek
   * ways to pressure X", "the need for exercising pressure on X") that of the wanting cue over it.
   */
  protected pressingHolders(k: number, pressed: Mention): number[] {
    const own = this.holderOf(k, false, pressed.tokStart);
    if (own.length > 0) return own;
    const outer = this.governingCueBefore(mentionWith(pressed, { tokStart: k, tokEnd: k + 1 }));
    const cue = outer && this.cueAt(outer.k)?.cue;
    if (!cue || cue.kind !== 'stance' || cue.polarity <= 0 || this.negatedBefore(outer.k, 2)) return [];
    return this.holderOf(outer.k, false, k);
  }

  /**
   * The actors named from token a to the purpose's "to": "Assad and his chief backer Russia"; a
   * body named before an office and a person's name is that person's title ("Syrian regime
   * leader Bashar Assad").
   */
  protected pressedActors(a: number, to: number): number[] {
    const text = this.input.tokens.text;
    const actors: number[] = [];
    for (const m of this.input.mentions) {
      if (m.tokStart < a || m.tokEnd > to || m.kind === 'topic' || !this.canHold(m)) continue;
      const titled =
        isOfficeWord(text[m.tokEnd] ?? '', 'en') && this.mentionAtToken(m.tokEnd + 1) !== undefined;
      const actor = m.countryOf ?? m.actor;
      if (!titled && !actors.includes(actor)) actors.push(actor);
    }
    return actors;
  }

  /** The "to" of a purpose clause ("to", "in order to") after the pressed actors, before any clause break. */
  protected purposeTo(from: number): number | undefined {
    const { tokens } = this.input;
    for (let j = from; j < this.e && j <= from + PRESSED_REACH; j++) {
      if (isClauseMark(tokens, j)) return undefined;
      if (tokens.text[j] === 'to') return j;
    }
    return undefined;
  }

  /** A verb of stopping at j ("halt", "stop"), or an anti topic phrase opening there ("stop the onslaught"). */
  protected haltAt(j: number): boolean {
    if (EN_HALT_VERBS.has(this.input.tokens.text[j] ?? '')) return true;
    const m = this.mentionAtToken(j);
    return m !== undefined && m.tokStart === j && m.kind === 'topic' && m.polarity === -1;
  }

  /**
   * "The assaults were condemned by France", "a nationwide ceasefire between government forces
   * and rebels brokered by Moscow in February has been repeatedly violated by both sides":
   * holder after "by", target the passive's subject before the verb.
   */
  protected passives(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const text = this.input.tokens.text;
    for (let k = this.s; k < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc || tc.cue.kind !== 'stance' || this.passiveBy(k) !== 'finite') continue;
      const holders = this.passiveAgents(k);
      if (holders.length === 0) continue;
      const aux = this.passiveAux(k);
      const first =
        text[aux - 1] === 'has' || text[aux - 1] === 'have' || text[aux - 1] === 'had' ? aux - 1 : aux;
      const m = this.passiveSubject(aux, first);
      if (!m) continue;
      const sign =
        (m.kind === 'topic' ? actionPolarity(tc.cue) * m.polarity : tc.cue.polarity) *
        (this.negatedBefore(k, k - aux + 1) ? -1 : 1);
      emit(
        holders.filter((a) => m.kind === 'topic' || a !== m.actor),
        m,
        sign,
        tc.cue.strength * 0.9,
        k,
        false,
      );
    }
  }

  /** The subject of the passive whose "be" is at `aux` and whose auxiliaries start at `first`. */
  protected passiveSubject(aux: number, first: number): Mention | undefined {
    const before = this.input.tokens.text[first - 1];
    // "is believed to be indirectly supported by": an infinitive's subject is further back.
    if (before === 'to') return undefined;
    // "The SDF was formed in 2015 … and is supported by the US-led coalition": a second
    // predicate shares the subject that opens the sentence.
    if (before === 'and') {
      const opening = this.openingMention();
      return opening && this.isTarget(opening) ? opening : undefined;
    }
    return this.longPassiveSubject(first) ?? this.nearPassiveSubject(aux);
  }

  /** The mention the sentence opens with (after an article or "but"), not after a preposition. */
  protected openingMention(): Mention | undefined {
    const text = this.input.tokens.text;
    let j = this.s;
    if (text[j] === 'but') j++;
    if (text[j] === 'the') j++;
    const m = this.mentionAtToken(j);
    return m && m.tokStart === j ? m : undefined;
  }

  /** The actors after the "by" of the passive at k: named ones, or the pair "both sides" stands for. */
  protected passiveAgents(k: number): number[] {
    const text = this.input.tokens.text;
    // "by both sides", "by the two parties".
    const two = text[k + 2] === 'both' ? k + 2 : text[k + 2] === 'the' && text[k + 3] === 'two' ? k + 3 : -1;
    if (two > 0 && EN_SIDE_NOUNS.has(text[two + 1] ?? '')) return this.betweenPairBefore(k);
    // "by some Syrian rebels".
    let a = text[k + 2] === 'some' ? k + 3 : k + 2;
    if (text[a] === 'the') a++;
    const agent = this.mentionAtToken(a);
    return agent && this.canHold(agent) ? this.coordinated(agent) : [];
  }

  /**
   * The two actors of the first "between X and Y" before token k in the sentence ("between
   * government forces and non-jihadist rebels"), or none.
   */
  protected betweenPairBefore(k: number): number[] {
    const { tokens } = this.input;
    let j = this.s;
    while (j < k && tokens.text[j] !== 'between') j++;
    if (j >= k) return [];
    const sides: number[] = [];
    let sawAnd = false;
    for (let t = j + 1; t < k && t <= j + 10; t++) {
      const m = this.mentionAtToken(t);
      if (m) {
        if (m.kind === 'topic' || !this.canHold(m)) return [];
        const actor = m.countryOf ?? m.actor;
        if (!sides.includes(actor)) sides.push(actor);
        if (sawAnd) break;
        t = m.tokEnd - 1;
      } else if (tokens.text[t] === 'and') sawAnd = true;
      else if (!tokens.isWord[t] || (this.cueAt(t) && !this.isKind(t, 'negation'))) break;
    }
    return sawAnd && sides.length === 2 ? sides : [];
  }

  /**
   * The topic phrase heading a long subject that ends right before the auxiliary at `aux`: past a
   * time adverbial and a reduced participle with its agent ("a ceasefire between X and Y brokered
   * by Moscow and Washington in February has been …").
   */
  protected longPassiveSubject(aux: number): Mention | undefined {
    let j = aux - 1;
    const time = this.adverbialStart(j);
    if (time !== undefined) j = time - 1;
    const by = this.agentPhraseStart(j);
    return by !== undefined && this.reducedParticiple(by - 1)
      ? this.topicBeforeParticiple(by - 1)
      : undefined;
  }

  /** The "by" of an agent phrase of names ending at token j ("by Moscow and Washington"), or undefined. */
  protected agentPhraseStart(j: number): number | undefined {
    const text = this.input.tokens.text;
    let t = j;
    while (t > this.s) {
      const m = this.mentionAtToken(t);
      if (m && m.kind !== 'topic') t = m.tokStart - 1;
      else if (text[t] === 'and' || text[t] === 'the' || text[t] === ',') t--;
      else break;
    }
    return text[t] === 'by' && t < j ? t : undefined;
  }

  /** The nearest mention before the passive's auxiliary (a few words back), when it is a target. */
  protected nearPassiveSubject(aux: number): Mention | undefined {
    for (let j = aux - 1; j >= Math.max(this.s, aux - 5); j--) {
      const m = this.mentionAtToken(j);
      if (m) return this.isTarget(m) ? m : undefined;
    }
    return undefined;
  }

  /**
   * "a ceasefire brokered between the US and Russia", "sanctions imposed by X", "agreed to T under
   * a deal brokered by X": a participle after a course of action names who takes its side.
   * (After an actor it is a label: "rebels backed by Turkey".)
   */
  protected participlesOnTopics(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (let k = this.s + 1; k < this.e; k++) {
      // "a nationwide truce declared last week by the regime": a time adverbial may stand
      // between the participle and "by".
      const by = this.byAfterTime(k);
      const link = by > k ? 'by' : tokens.text[k + 1];
      // "a truce agreed by Russia and the United States": "agree" is a cue only with its
      // particle, but its passive names the parties of a pact, who also support each other.
      const agreedBy = tokens.text[k] === 'agreed' && link === 'by';
      const tc = this.cueAt(k);
      // "a truce declared by the regime": announcing a course of action is the announcer's deed
      // (as "declared a truce" is, in cues.ts).
      const announced = link === 'by' && tc?.cue.kind === 'speech' && ANNOUNCED_ACT_LEMMAS.has(tc.cue.lemma);
      if (!agreedBy && !announced && (!tc || tc.cue.kind !== 'stance' || tc.cue.pos !== 'verb')) continue;
      const reduced =
        agreedBy ||
        (by > k + 1 || announced ? this.reducedParticiple(k) : this.passiveBy(k) === 'label') ||
        (link === 'between' && /ed$/.test(tokens.text[k]!));
      if (!reduced) continue;
      const b = by > k ? by : k + 1;
      const a = tokens.text[b + 1] === 'the' ? b + 2 : b + 1;
      const agent = this.mentionAtToken(a);
      if (!agent || agent.tokStart !== a || !this.canHold(agent)) continue;
      const topic = this.topicBeforeParticiple(k);
      if (!topic) continue;
      const sign = (tc && !announced ? actionPolarity(tc.cue) : 1) * topic.polarity;
      const strength = (tc && !announced ? tc.cue.strength : AGREED_BY_STRENGTH) * 0.8;
      const parties = this.coordinated(agent);
      emit(parties, topic, sign, strength, k, this.hedged(topic.tokStart, k));
      if (agreedBy && parties.length >= 2)
        for (const p of parties) this.emitTowardActors(emit, [p], parties, 1, strength, k, k);
    }
  }

  /** "by" right after the participle at k, or after a time adverbial after it ("declared last week by"); else -1. */
  protected byAfterTime(k: number): number {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'en' || !/ed$/.test(text[k]!)) return -1;
    if (text[k + 1] === 'by') return k + 1;
    for (let j = k + 2; j < this.e && j <= k + 5; j++)
      if (text[j] === 'by') return this.adverbialStart(j - 1) === k + 1 ? j : -1;
    return -1;
  }

  /** The "-ed" form at k is a reduced participle: no form of "be" or "have" before it. */
  protected reducedParticiple(k: number): boolean {
    const prev = this.input.tokens.text[k - 1] ?? '';
    return (
      /ed$/.test(this.input.tokens.text[k]!) && !EN_AUXILIARIES.has(prev) && !this.cueAt(k)?.cue.particle
    );
  }

  /**
   * "under siege by the Assad regime", "the onslaught by the regime", "bombardment by the Russian and
   * Assad regime forces": an issue phrase naming an act, followed by "by" (or "led/waged by") and an
   * actor, is that actor's own act, so the actor takes the phrase's side.
   */
  protected actTopicsBy(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (const m of this.input.mentions) {
      if (m.kind !== 'topic' || m.tokStart < this.s || m.tokEnd >= this.e) continue;
      if (m.actor >= 0 || m.polarity === 0 || !this.isTarget(m) || !this.namesAct(m)) continue;
      if (this.casualtyBefore(m.tokStart)) continue;
      let k = m.tokEnd - 1;
      if (EN_AGENT_PARTICIPLES.has(tokens.text[k + 1]!)) k++;
      const agents = this.actAgentsAfterBy(k);
      if (agents.length) emit(agents, m, m.polarity, 0.6, m.tokStart, this.hedged(m.tokStart, k));
    }
  }

  /**
   * The phrase is a bare noun phrase headed by an act noun ("siege", "barrel bomb attacks"), so
   * "by" names that act's agent; not "halt to the military operations" (the halt is not theirs)
   * nor the second half of a compound ("counter-offensive").
   */
  protected namesAct(m: Mention): boolean {
    const words = this.input.tokens.text.slice(m.tokStart, m.tokEnd);
    if (this.input.hyphenated?.[m.tokStart]) return false;
    return (
      EN_POSSESSED_HOSTILE_ACTS.has(words[words.length - 1]!) &&
      !words.some((w) => EN_DETERMINERS.has(w) || EN_PHRASE_LINKS.has(w))
    );
  }

  /** "were killed … in airstrikes and barrel bomb attacks by X": a casualty count, not a stance (within 8 words of k). */
  protected casualtyBefore(k: number): boolean {
    const { tokens } = this.input;
    for (let j = k - 1; j >= this.s && j >= k - 8; j--) {
      if (isClauseMark(tokens, j)) return false;
      if (EN_CASUALTY_WORDS.has(tokens.text[j]!)) return true;
    }
    return false;
  }

  /** Who "by (the) …" after k names: a holder, or nationality adjectives of a force ("the Russian and Assad regime forces"). */
  protected actAgentsAfterBy(k: number): number[] {
    const by = this.agentAfterBy(k);
    if (by) return this.coordinated(by);
    if (this.input.tokens.text[k + 1] !== 'by') return [];
    const a = this.input.tokens.text[k + 2] === 'the' ? k + 3 : k + 2;
    const m = this.mentionAtToken(a);
    if (!m || m.tokStart !== a || m.kind !== 'demonym' || !this.adjectivalStriker(m)) return [];
    // The last of the coordinated adjectives is the one before the force noun.
    let last = m;
    for (let at = m.tokEnd; this.input.tokens.text[at] === 'and';) {
      const next = this.mentionAtToken(at + 1);
      if (!next || next.tokStart !== at + 1 || !this.adjectivalStriker(next)) break;
      last = next;
      at = next.tokEnd;
    }
    return this.strikers(last);
  }

  /** The topic phrase a participle at k modifies: right before it, past "in X", or before "under a deal". */
  protected topicBeforeParticiple(k: number): Mention | undefined {
    const { tokens } = this.input;
    let j = k - 1;
    // "a ceasefire in Syria brokered by …": a short locative phrase.
    const place = this.mentionAtToken(j);
    if (place && place.kind !== 'topic' && tokens.text[place.tokStart - 1] === 'in') j = place.tokStart - 2;
    // "a ceasefire between government forces and rebels brokered by …": the truce's sides.
    const between = this.betweenPhraseStart(j);
    if (between !== undefined) j = between - 1;
    // "agreed to destroy its weapons under a deal brokered by …": the deal frames the course of action.
    if (AGREEMENT_NOUNS.has(tokens.text[j]!) && EN_DETERMINERS.has(tokens.text[j - 1] ?? '')) {
      j -= 2;
      if (tokens.text[j] !== 'under') return undefined;
      for (let t = j - 1; t >= Math.max(this.s, j - 5); t--) {
        const m = this.mentionAtToken(t);
        if (m) return m.kind === 'topic' ? m : undefined;
      }
      return undefined;
    }
    const m = j >= this.s ? this.mentionAtToken(j) : undefined;
    return m && m.kind === 'topic' && m.tokEnd === j + 1 ? m : undefined;
  }

  /**
   * The "between" of a "between X and Y" phrase ending at token j (the sides of a truce), or
   * undefined: only names, "and" and words that are no cue in between.
   */
  protected betweenPhraseStart(j: number): number | undefined {
    const { tokens } = this.input;
    if (!this.mentionAtToken(j)) return undefined;
    let sawAnd = false;
    for (let t = j; t >= Math.max(this.s, j - 10); t--) {
      const m = this.mentionAtToken(t);
      if (m) {
        if (m.kind === 'topic') return undefined;
        t = m.tokStart;
        continue;
      }
      const w = tokens.text[t]!;
      if (w === 'between') return sawAnd ? t : undefined;
      if (w === 'and') sawAnd = true;
      else if (!tokens.isWord[t] || this.cueAt(t)) return undefined;
    }
    return undefined;
  }

  protected actorBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const m = this.mentionAtToken(j);
      if (m && m.kind !== 'topic') return true;
    }
    return false;
  }

  protected hedged(from: number, to: number): boolean {
    for (let j = Math.max(this.s, from - 3); j <= to && j < this.e; j++)
      if (this.isKind(j, 'hedge')) return true;
    return false;
  }

  /**
   * Token k is inside "الادعاءات بأن …", "reports that …" (someone unnamed claims it) or is the
   * charge someone is held on ("اعتقلته بتهمة التعاون مع X", "arrested on charges of aiding X").
   */
  protected insideClaim(k: number): boolean {
    for (let j = k; j >= Math.max(this.s, k - 3); j--)
      if (CHARGE_WORDS.has(this.input.tokens.text[j]!)) return true;
    for (let j = k; j >= Math.max(this.s, k - 12); j--) {
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'complementizer') return j > this.s && CLAIM_NOUNS.has(this.input.tokens.text[j - 1]!);
      if (kind === 'speech') return false;
    }
    return false;
  }

  /**
   * A conditional conjunction opens the clause of token k (before it, no clause break between),
   * or, in Arabic, the act at k is only expected, feared or qualified as possible.
   */
  protected hypothetical(k: number): boolean {
    const ar = this.input.lang === 'ar';
    for (let j = k - 1; j >= Math.max(this.s, k - 8); j--) {
      if (j >= k - 6 && this.opensHypothetical(j)) return true;
      if (ar && this.expectingBefore(j, k)) return true;
      if (isClauseMark(this.input.tokens, j)) return false;
    }
    return ar && this.expectedAfter(k);
  }

  /**
   * Token j expects or fears the act at k, or qualifies the act before it as expected: "وسط
   * توقعات بأن تشن الولايات المتحدة ضربة ضد …" (a complementizer after the word reaches the
   * clause), "تخوفا من ضربة أميركية", "وسط ترقب لضربة" (an indefinite act right after: "مخاوف من
   * الهجوم التركي" fears an act under way), "الحرب المحتملة التي قد تشنها …".
   */
  protected expectingBefore(j: number, k: number): boolean {
    const text = this.input.tokens.text;
    const w = text[j]!;
    if (k - j <= 6 && AR_EXPECTED_QUALIFIERS.has(w)) return !this.intendedAct(j);
    if (!AR_EXPECTING.has(w) && !AR_EXPECTING.has(w.replace(/^[وف]/, ''))) return false;
    // "قال X إنه يتوقع أن تمنع Y …": before a stance verb, what one expects of others is one's
    // wish, which the holder resolver gives the speaker.
    if (EXPECTING_VERBS.test(w) && this.cueAt(k)?.cue.pos === 'verb') return false;
    const next = text[j + 1] ?? '';
    // A complementizer within three words: "توقعات بأن", "ترقب من أن", "السيناريو الآخر هو أن".
    for (let c = j + 1; c <= Math.min(k - 1, j + 3); c++) {
      if (isClauseMark(this.input.tokens, c)) break;
      if (text[c] === 'ان' || text[c] === 'بان') return true;
    }
    if (k - j > 2) return false;
    // The act after the word (or after its preposition) is indefinite.
    const act = next === 'من' || next === 'ل' ? (text[j + 2] ?? '') : next.replace(/^ل(?!ل)/, '');
    return !/^(ال|لل)/.test(act);
  }

  /** "ضربة أمريكية محتملة على سوريا": a qualifier of expectation a few words after the act at k. */
  protected expectedAfter(k: number): boolean {
    for (let j = k + 1; j < Math.min(this.e, k + 6); j++) {
      if (isClauseMark(this.input.tokens, j)) return false;
      if (AR_EXPECTED_QUALIFIERS.has(this.input.tokens.text[j]!)) return !this.intendedAct(j);
    }
    return false;
  }

  /**
   * The act qualified at q is one its subject announces, may take or seeks: a future verb ("قال
   * إنه سيطلق عملية عسكرية وشيكة ضد X"), "قد" before a present verb ("بلاده قد تشارك في ضربات
   * محتملة ضد X"), or a verb of intent ("تحرص أنقرة على القيام بعمل مشترك محتمل ضد X").
   */
  protected intendedAct(q: number): boolean {
    const text = this.input.tokens.text;
    for (let j = q - 1; j >= Math.max(this.s, q - 6); j--) {
      if (isClauseMark(this.input.tokens, j)) return false;
      const w = text[j]!;
      if (this.cueAt(j)?.cue.pos === 'verb' && /^(و|ف)?س[يتنا]/.test(w)) return true;
      if (w === 'قد' && /^[يتن]/.test(text[j + 1] ?? '')) return true;
      if (AR_INTENT_VERBS.has(w.replace(/^[وف]/, ''))) return true;
    }
    return false;
  }

  /**
   * "حذر روحاني من عواقب وخيمة إذا انهار الاتفاق": a target inside a conditional clause opened
   * after its cue is part of the condition, not the cue's object (Arabic; warnedConditions reads
   * a warning's condition).
   */
  protected conditionBetween(cueK: number, to: number): boolean {
    if (this.input.lang !== 'ar') return false;
    for (let j = cueK + 1; j < to; j++) {
      if (!this.opensHypothetical(j)) continue;
      // (The warning over an act read inside the condition: warnedConditions' own statement.)
      const warning = isWarning(this.cueAt(cueK)!.cue);
      for (let c = j + 1; warning && c < to; c++) if (this.cueAt(c)?.cue.kind === 'stance') return false;
      return true;
    }
    return false;
  }

  /** Token j is a conditional word, "حال" of "في حال" (in case of), or "إن" before a verb. */
  protected opensHypothetical(j: number): boolean {
    const text = this.input.tokens.text;
    if (HYPOTHETICAL.has(text[j]!) || this.conditionalIn(j)) return true;
    // Present tense: "يقرر", "نرد"; "تت-"/"تست-" (تتبنى، تستتب), as "ت" alone also begins past
    // verbs (تبنى، تصدى).
    if (AR_WHEN.has(text[j]!) && /^(ي|ن|تت|تست)/.test(text[j + 1] ?? '')) return true;
    return (
      HYPOTHETICAL_AFTER_FI.has(text[j]!) && j > this.s && (text[j - 1] === 'في' || text[j - 1] === 'وفي')
    );
  }

  /** "إن أقدمت", "فإن غادرت", "إن لم": إن written with hamza below and followed by a verb. */
  protected conditionalIn(j: number): boolean {
    if (this.input.hamzaBelow?.[j] !== 1 || !CONDITIONAL_IN.has(this.input.tokens.text[j]!)) return false;
    const next = j + 1;
    return next < this.e && (VERBS_AFTER_IF.has(this.input.tokens.text[next]!) || this.pastVerbAt(next));
  }

  /**
   * A cue verb, or a word ending in the feminine past "ت" after a consonant (أقدمت، غادرت); plurals
   * in "ات" and names in "وت"/"يت" (بيروت، تكريت) are nouns.
   */
  protected pastVerbAt(k: number): boolean {
    if (this.cueAt(k)?.cue.pos === 'verb') return true;
    const w = this.input.tokens.text[k]!;
    return w.length >= 3 && !w.startsWith('ال') && /[^اوي]ت$/.test(w);
  }

  /** "سيقرر خلال أيام", "لم يقرر بعد", "has not decided": an open decision is a neutral position. */
  protected undecided(k: number): boolean {
    const cue = this.cueAt(k)?.cue;
    if (!cue || (cue.lemma !== 'قرر' && cue.lemma !== 'decide') || cue.pos !== 'verb') return false;
    const w = this.input.tokens.text[k]!;
    const prev = this.input.tokens.text[k - 1] ?? '';
    return /^و?س[يت]/.test(w) || prev === 'سوف' || prev === 'will' || this.negatedBefore(k, 3);
  }

  protected clauses: Sentence[] | undefined;

  /** A neutral marker (مشروط، محايد، undecided …) in the clauses spanning the cue and the target. */
  protected conditional(from: number, to: number): boolean {
    this.clauses ??= splitClauses(this.input.tokens, { start: this.s, end: this.e });
    const first = this.clauses.find((c) => c.end > from) ?? { start: this.s, end: this.e };
    const last = this.clauses.findLast((c) => c.start <= to) ?? first;
    for (let j = first.start; j < last.end; j++) if (this.isKind(j, 'condition')) return true;
    return false;
  }

  /** The statements on the mention at mi: from the cue governing it, else from the constructions around it. */
  protected readTarget(mi: number, emit: Emit, vetoed: number[], holdersSeen: Set<number>): void {
    const { mentions } = this.input;
    const target = mentions[mi]!;
    // "struck Iranian targets", "أسقطت طائرة روسية": a nationality adjective on a military or
    // state asset is a target of an act of force only.
    const asset = !this.isTarget(target) && this.assetTarget(target);
    if (!asset && !this.isTarget(target)) return;
    if (target.kind === 'topic' && this.accusedViolation(target, emit)) return;
    const negT = this.negatedRightBefore(target.tokStart);
    let found = this.governingCueBefore(target);
    // "انسحبت واشنطن من الاتفاق" written as the phrase itself: its verb is the governing deed.
    if (!found && target.verbal) found = { k: target.tokStart, distance: 0 };
    if (!found && target.kind === 'topic' && this.input.lang === 'ar' && this.declaredAct(target, emit))
      return;
    const governed = found !== undefined;
    // "الكتل المعترضة على النتائج", "الفصائل الرافضة للانتخابات": an attributive participle is a label.
    if (found && (this.attributiveParticiple(found.k) || this.unassertedNoun(found.k))) found = undefined;
    // A bare nationality adjective is a target only right after its cue ("الرد الإسرائيلي").
    if (found && target.kind === 'demonym' && !target.official && found.distance > (asset ? 4 : 2))
      found = undefined;
    if (
      found &&
      asset &&
      (!this.assetForce(this.cueAt(found.k)!.cue) ||
        !this.assetReached(found.k, target) ||
        !this.assetActAgentNamed(found.k, target) ||
        this.actRelativeWithoutLauncher(found.k))
    )
      found = undefined;
    // "تعهدت بإسقاط أي صاروخ على سوريا", "shot down over Syria": what is brought down is the
    // verb's direct object, never a course of action or a place after a preposition.
    if (
      found &&
      this.downing(found.k) &&
      (target.kind === 'topic' || this.prepositionBefore(found.k, target))
    )
      found = undefined;
    // "رحب ليبرمان باستعادة قوات النظام السيطرة": the genitive of a taking noun is the one who
    // takes; the cue before the noun governs it, as it did the noun.
    if (
      found &&
      target.kind !== 'topic' &&
      takesOnlyFrom(this.cueAt(found.k)!.cue) &&
      this.takerAfter(found.k, target)
    )
      found = this.governingCueBefore(mentionWith(target, { tokStart: found.k, tokEnd: found.k + 1 }));
    if (found && target.kind !== 'topic' && !this.objectOfCue(found.k, target)) found = undefined;
    if (found && this.fromAgent(found.k, target)) found = undefined;
    if (found && target.kind !== 'topic' && this.reportedAttack(found.k)) found = undefined;
    // "قرار المملكة بقطع علاقاتها مع إيران": relations cut or built with X are read by
    // diplomaticDeeds; the decision over the act is not a position on X.
    if (found && target.kind !== 'topic' && this.possessedParticipleBefore(found.k, target)) {
      vetoed.push(target.tokStart);
      return;
    }
    if (found && target.kind !== 'topic' && this.relationsDeedBetween(found.k, target)) {
      vetoed.push(target.tokStart);
      return;
    }
    // "أدان الأردن هجوم الحوثيين على ناقلة": the act's agent is not its object (the reaction
    // to the act counts against the agent, in reactionsToActs).
    if (
      found &&
      target.kind !== 'topic' &&
      this.input.lang === 'ar' &&
      isForce(this.cueAt(found.k)!.cue) &&
      this.agentOfAct(found.k) === target
    )
      found = undefined;
    if (found && target.kind !== 'topic' && this.strikerAfterLam(found.k, target)) found = undefined;
    // "خسر المناطق أمام هجمات القوات السورية": who gives way before attacks suffers them; the
    // attacks are neither its act nor its position.
    if (found && target.kind !== 'topic' && this.attacksFaced(found.k)) found = undefined;
    // "الحكم على بوغدير بالمؤبد … لانضمامها إلى داعش": the reason for a sentence is the
    // convicted one's deed, not that of whoever reports the sentence.
    if (found && this.convictedDeed(found.k)) found = undefined;
    if (found && target.kind !== 'topic' && this.groundStruck(found.k, target)) found = undefined;
    // "قتلوا في غارات تركية", "على وقع ضربات قوات التحالف": the attack's own agent is no target.
    if (found && target.kind !== 'topic' && this.agentOfOwnAttack(found.k, target)) {
      vetoed.push(target.tokStart);
      return;
    }
    // "لا يهدف إلى إيجاد جبهة جديدة ضد إسرائيل", "لم تنفذ مطلقا أي غارة على إيران": hostility
    // denied is no position, neither against the actor nor for it.
    if (found && target.kind !== 'topic' && this.deniedHostility(found.k)) {
      vetoed.push(target.tokStart);
      return;
    }
    // "لاستكمال تحرير الساحل وفك الحصار": ground is taken only from someone, never a course of action.
    if (
      found &&
      target.kind === 'topic' &&
      takesOnlyFrom(this.cueAt(found.k)!.cue) &&
      !this.groundTakenFrom(found.k, target.tokStart)
    )
      found = undefined;
    // "clashed with X over the elections": fighting someone says nothing of the issue.
    if (found && target.kind === 'topic' && this.hostileMutual(found.k)) found = undefined;
    // "حثه على عدم الانسحاب من الاتفاق": the deal is the object of the negated withdrawal, read
    // with it; read straight from the cue, the negation would flip the deal itself.
    if (found && this.objectOfNegatedCourse(found.k, target, mentions)) found = undefined;
    // "اتفاقية بديلة للاتفاق النووي": what an alternative replaces is no object of the cue before it.
    if (found && target.kind === 'topic' && this.replacedBy(target)) found = undefined;
    // "وبدأت الاحتجاجات", "يبدأ تشكيل الحكومة": what begins right after بدأ is its subject.
    if (
      found &&
      target.kind === 'topic' &&
      this.cueAt(found.k)!.cue.lemma === 'بدأ' &&
      target.tokStart === found.k + 1
    )
      found = undefined;
    // "welcomed X's resignation": the position is on X leaving, handled with calls to resign.
    if (found && target.possessive && this.resignationAfter(target) !== undefined) found = undefined;
    if (
      found &&
      target.kind === 'topic' &&
      (this.inSetting(found.k, target) ||
        (this.cueAt(found.k)!.objectPronoun && !this.prepositionalComplement(found.k, target)) ||
        this.agentOfNoun(found.k, target))
    )
      found = undefined;
    // "واصلت المقاومة، بدعم ومشاركة القوات الإماراتية، تقدمها": a backing noun set off by a
    // comma is a circumstance of the clause; the actor after it is the backer, not backed. The
    // clause's subject still carries to the next sentence ("… بدعم من X. وبدأت …").
    if (found && target.kind !== 'topic' && this.circumstantialBacking(found.k)) {
      for (const a of this.holderOf(found.k, false, target.tokStart)) holdersSeen.add(a);
      found = undefined;
    }
    // "X, backed by Y" is a label; "X was condemned by Y" is handled by the passive pass.
    if (found && this.passiveBy(found.k) !== 'none') found = undefined;
    // A cue the rules read and set aside for this target is not for the fallback to read again.
    if (governed && !found) vetoed.push(target.tokStart);
    if (found) {
      this.readGovernedTarget(mi, found, negT, emit, vetoed, holdersSeen);
      return;
    }
    if (target.kind !== 'topic' && this.calledToResign(target, emit)) return;
    if (target.kind !== 'topic' && this.evaluatedAgent(target, emit)) return;
    // Object-first: "وهو ما ترفضه الفصائل" — the cue after a relative points back to the target.
    const objectFirst =
      target.kind === 'demonym' && !target.official ? undefined : this.relativeCueAfter(target, mi);
    if (objectFirst !== undefined) {
      const tc = this.cueAt(objectFirst)!;
      const holders = this.holderOf(objectFirst);
      const sign =
        tc.cue.polarity *
        (target.kind === 'topic' ? target.polarity : 1) *
        (this.negatedBefore(objectFirst, 2) ? -1 : 1);
      emit(holders, target, sign, tc.cue.strength * 0.9, objectFirst, this.hedged(objectFirst, objectFirst));
      return;
    }
    // Predicate after the target, in reported words: "قال X إن الهجوم جاء بنتيجة عكسية".
    if (target.kind === 'demonym' && !target.official) return;
    // "الهجوم على سوريا سيؤدي إلى كارثة": the predicate is about the phrase the actor sits in.
    if (
      target.kind !== 'topic' &&
      (target.afterPreposition || this.isKind(target.tokStart - 1, 'preposition'))
    )
      return;
    const ev = this.evaluativeAfter(target, target.tokEnd);
    // "والتي تصنفها أنقرة إرهابية", "وتصنفه واشنطن على أنه تنظيم إرهابي": an actor right after
    // a verb that carries its object as a pronoun, or opens a relative clause, is the verb's
    // subject, the one who judges, not the one judged — unless the evaluation is its own
    // epithet ("أطلقته ميليشيات الحوثي الإرهابية").
    if (ev && target.kind !== 'topic' && this.subjectOfPronounVerb(target) && !this.epithet(target, ev.k))
      return;
    if (ev) {
      const frame = this.frameHolder(target.tokStart);
      // "الذي تعتبره الولايات المتحدة وتركيا منظمة إرهابية": the target is one of those speaking.
      if (target.kind !== 'topic' && frame.includes(target.actor)) return;
      const speakers = frame.filter((a) => target.kind === 'topic' || a !== target.actor);
      const sign = ev.polarity * (target.kind === 'topic' ? target.polarity : 1) * (negT ? -1 : 1);
      emit(speakers, target, sign, 0.6, ev.k, this.hedged(target.tokStart, ev.k));
    }
  }

  /** The statements on the mention at mi from the cue at found.k that governs it. */
  protected readGovernedTarget(
    mi: number,
    found: { k: number; distance: number },
    negT: boolean,
    emit: Emit,
    vetoed: number[],
    holdersSeen: Set<number>,
  ): void {
    const target = this.input.mentions[mi]!;
    const tc = this.cueAt(found.k)!;
    this.reporterDropped = false;
    // "تجاه إيران وأعمالها العدائية … ودعمها لنظام الأسد", "رفض المملكة واستنكارها": the
    // position is the pronoun's owner's.
    // (A conjunct of its own: the verb before the first conjunct does not govern it.)
    const possessor = this.possessiveChainOwner(found.k);
    const allHolders =
      possessor && this.canHold(possessor)
        ? this.coordinated(possessor)
        : this.holderOf(found.k, false, target.tokStart);
    // "الدعم لعملية غصن الزيتون التي أطلقها الجيش التركي": a course of action followed by a
    // relative clause naming who launched or holds it is that actor's position as well,
    // whatever the cue before it says (as when no cue precedes, below).
    if (target.kind === 'topic' && this.input.lang === 'ar') this.relativeDeed(target, mi, allHolders, emit);
    // "وحذر صالحي ترامب من الانسحاب": what the rules set aside is not the fallback's subject.
    // "… killed in regime shelling of X, the Observatory said": nor is the teller of another's act.
    if (allHolders.length === 0 && (this.subjectSetAside(found.k) || this.reporterDropped))
      vetoed.push(target.tokStart);
    // A target that is the cue's own subject (or named again as it) is not its object.
    if (
      target.kind !== 'topic' &&
      (allHolders.includes(target.actor) || this.subjectIsTarget(found.k, target))
    ) {
      this.reactionToDecision(found.k, target, emit);
      vetoed.push(target.tokStart);
      return;
    }
    // "بعد انسحاب الولايات المتحدة من الاتفاق": the genitive of a removal noun is who leaves
    // (not in reported words, where the withdrawal may be a prospect).
    const named = target.kind === 'topic' ? this.genitiveLeaver(found.k, target) : undefined;
    const leaver = named && !this.prospectiveLeaving(found.k) ? named : undefined;
    // "أدان … اعتداء الميليشيات الحوثية على السفارة", "الهجوم الإسرائيلي على سوريا": an act
    // of force with its own named agent is that agent's deed, whoever reports or judges it.
    const actAgent = target.kind !== 'topic' ? this.hostileActAgent(found.k, target) : undefined;
    const agents = actAgent && (actAgent.kind === 'demonym' ? [actAgent.actor] : this.coordinated(actAgent));
    let holders = agents ? agents.filter((a) => a !== target.actor) : allHolders;
    let sign: number;
    if (tc.cue.kind === 'describe') {
      const ev = this.evaluativeAfter(target, target.tokEnd, true);
      if (!ev) {
        // "لمواجهة ما وصفه بالعدوان": without an evaluation, the describing verb only names the target.
        const outer = this.governingCueBefore(
          mentionWith(target, { tokStart: found.k, tokEnd: found.k + 1 }),
        );
        const outerCue = outer ? this.cueAt(outer.k) : undefined;
        if (!outer || !outerCue || outerCue.cue.kind !== 'stance') return;
        // "ندعو ما يسمى بالتحالف إلى …": an actor so named after a directive is its addressee.
        if (target.kind !== 'topic' && isDirective(outerCue.cue) && !isWarning(outerCue.cue)) return;
        const outerHolders = this.holderOf(outer.k, false, found.k).filter(
          (a) => target.kind === 'topic' || a !== target.actor,
        );
        const outerSign =
          outerCue.cue.polarity *
          (target.kind === 'topic' ? target.polarity : 1) *
          (this.negatedBefore(outer.k, 2) ? -1 : 1);
        emit(
          outerHolders,
          target,
          outerSign,
          outerCue.cue.strength * 0.8,
          outer.k,
          this.hedged(outer.k, target.tokStart),
        );
        return;
      }
      sign = ev.polarity;
    } else if (tc.cue.kind === 'condition') {
      sign = 0;
    } else {
      sign = target.kind === 'topic' ? actionPolarity(tc.cue) * target.polarity : tc.cue.polarity;
      if (this.negatedBefore(found.k, 2)) {
        // "لا تتطلع لقتال قوات سورية", "did not attack X": no act of force is no support.
        if (target.kind !== 'topic' && isForce(tc.cue)) return;
        sign = -sign;
      }
      // A negation between the cue and the target ("يجب ألا تكون على شكل انسحاب", "urged him not to withdraw");
      // a verbal phrase is its own cue, whose negation was counted above ("لن تنسحب من الاتفاق").
      if (
        (negT && found.k !== target.tokStart) ||
        (target.kind === 'topic' && this.negationBetween(found.k, target.tokStart))
      )
        sign = -sign;
    }
    // A verbal noun or particle inside another verb's complement takes that verb's polarity
    // too: "تتهم … المركز بالمساعدة … لصالح النظام" opposes the regime.
    // "…، متهما X بـ": a participle after a comma is a clause of its own, not a complement.
    const circumstantial =
      tc.cue.participle === true && found.k - 1 >= this.s && isClauseMark(this.input.tokens, found.k - 1);
    // "condemned attacks by X on Y": an act with its own agent is that agent's, not the verb's content.
    const ownAgent = this.input.lang === 'en' && this.agentAfterBy(found.k) !== undefined;
    // "رفضت المحكمة قرار البرلمان بإلغاء …": a decision's named owner holds it whatever the
    // verb governing the noun does to it (the verb's holder gets the composed side below).
    const owned = takesHolderGenitive(tc.cue) && this.ownerAfter(found.k) !== undefined;
    if (named) {
      const leavers = named.kind === 'demonym' ? [named.actor] : this.coordinated(named);
      if (leaver) {
        const fresh = leavers.filter((a) => !holdersSeen.has(a));
        emit(leavers, target, sign, tc.cue.strength, found.k, this.hedged(found.k, target.tokStart));
        // A genitive is no subject: the next sentence's elided subject is not the leaver.
        for (const a of fresh) holdersSeen.delete(a);
      }
      vetoed.push(target.tokStart);
      // After a preposition of time or topic ("منذ خروج …", "حول انسحاب …") the sentence's
      // subject only mentions the withdrawal; a verb before it ("أعلن ترامب انسحاب …") holds it.
      // The speaker who only reports or describes another's withdrawal holds nothing
      // ("قال ظريف إن انسحاب واشنطن …").
      if (this.mentionsOnly(found.k) || !this.othersHoldLeaving(found.k, target)) return;
      holders = holders.filter((h) => !leavers.includes(h));
    }
    // The verb the sign was composed with, if any: it is not composed with a second time.
    let composedWith = -1;
    // (An Arabic act with its named agent keeps its own sign; the verb over it composes below.)
    // "انتقدت السعودية دعم إيران للحوثيين": a verbal noun whose genitive agent is named (with
    // its ل-object after it) is that agent's own act; only the verb's holder composes with it.
    if (
      tc.cue.kind === 'stance' &&
      this.nounReading(found.k) &&
      !circumstantial &&
      !ownAgent &&
      !owned &&
      !possessor &&
      !actAgent &&
      !this.genitiveAgentWithObject(found.k)
    ) {
      // "تخلى الأكراد عن محاربة داعش": giving up a fight is no support for the foe.
      if (target.kind !== 'topic' && isForce(tc.cue) && this.givesUp(found.k)) return;
      sign *= this.governingVerbSign(found.k);
      const gv = this.subjectBefore(found.k, false);
      composedWith = typeof gv === 'number' ? gv : -1;
    }
    const hedge = this.hedged(found.k, target.tokStart);
    const strength = tc.cue.strength * (1 - Math.min(0.4, found.distance * 0.02));
    // "warns that continuing to shy away from …": a subjectless deed under another cue
    // is that cue's content, not a position of its own.
    if (isActionOnly(tc.cue) && target.kind === 'topic') {
      const outer = this.governingCueBefore(mentionWith(target, { tokStart: found.k, tokEnd: found.k + 1 }));
      const outerCue = outer ? this.cueAt(outer.k) : undefined;
      if (outer && outer.distance <= 2 && outerCue && outerCue.cue.kind === 'stance') {
        const outerHolders = this.holderOf(outer.k, false, found.k);
        // "رفض العبادي إرسال المستشارين …", "انتقدت روسيا انسحاب واشنطن من الاتفاق": the verb
        // over the deed noun already composed its side into the sign above.
        const outerSign = outer.k === composedWith ? sign : sign * actionPolarity(outerCue.cue);
        const outerStrength = outerCue.cue.strength * strength;
        // "رفضت إسرائيل دعوات روسيا بوقف الهجوم": the caller holds the course it calls for;
        // the verb's subject takes it composed with the verb ("ورفضت إسرائيل الدعوات إلى وقف …").
        const caller = this.input.lang === 'ar' ? this.callerOfNoun(outer.k) : undefined;
        const callers = caller ? this.coordinated(caller) : [];
        emit(callers, target, outerSign, outerStrength, outer.k, hedge);
        // (Without a caller, the sign already passed through the call: see governingVerbSign.)
        const throughCall = !caller && outerCue.cue.pos === 'noun' && this.callsFor(outer.k);
        const verbSign = outerCue.cue.pos !== 'verb' && !throughCall ? this.governingVerbSign(outer.k) : 1;
        const others = outerHolders.filter((a) => !callers.includes(a));
        emit(others, target, outerSign * verbSign, outerStrength, outer.k, hedge);
        return;
      }
    }
    emit(holders, target, sign, strength, found.k, hedge);
    // "تحالف X مع Y", "X allied with Y": an alliance is a position of both sides.
    // (Only as stated: "refused to ally with X" or "did not clash with X" is one-sided.)
    // ("agreed to grant X immunity": X is no party; only "agreed with X" names one.)
    const party = tc.cue.lemma !== 'agree' || this.input.tokens.text[target.tokStart - 1] === 'with';
    const combat = isCombat(tc.cue) && this.finiteEnglishVerb(found.k);
    if ((isMutual(tc.cue) || combat) && party && target.kind !== 'topic' && sign === tc.cue.polarity)
      for (const h of holders)
        emit([target.actor], mentionWith(target, { actor: h }), sign, strength, found.k, hedge);
    // A cue governed by another cue: "رفض بوتين مقترح أردوغان إعلان هدنة", "asked Congress to approve …".
    // "to approve …", "for breaking …": an English infinitive or gerund depends on an earlier cue.
    const infinitive =
      this.input.lang === 'en' &&
      (this.input.tokens.text[found.k - 1] === 'to' ||
        (/ing$/.test(this.input.tokens.text[found.k]!) &&
          EN_GERUND_PREPS.has(this.input.tokens.text[found.k - 1]!)));
    // "a resolution calling for …": an English participle modifying the noun before it.
    const participle =
      this.input.lang === 'en' &&
      !infinitive &&
      /ing$/.test(this.input.tokens.text[found.k]!) &&
      found.k > this.s;
    // "rejected calls for …", "رفض دعوات …": a cue that is the object of a stance verb.
    let before = found.k - 1;
    while (before > this.s && EN_DETERMINERS.has(this.input.tokens.text[before]!)) before--;
    // (A finite verb right after a verb is no object: "coalition strikes destroy X".)
    const objectOfVerb =
      this.nounReading(found.k) &&
      before >= this.s &&
      this.cueAt(before)?.cue.kind === 'stance' &&
      this.cueAt(before)?.cue.pos === 'verb';
    if (
      !ownAgent &&
      (tc.cue.pos === 'noun' || tc.cue.kind === 'describe' || infinitive || participle || objectOfVerb)
    ) {
      const outer = this.governingCueBefore(mentionWith(target, { tokStart: found.k, tokEnd: found.k + 1 }));
      const outerCue = outer ? this.cueAt(outer.k)! : undefined;
      // "وصف عباس قرار نقل السفارة بأنه صفعة": describing a decision judges its course of
      // action and its owner by the evaluation that follows.
      // ("لمن وصفهم بالإرهابيين … قرار": a describing verb with its own object describes that.)
      if (
        outer &&
        outerCue?.cue.kind === 'describe' &&
        !outerCue.objectPronoun &&
        !outerCue.pronounSuffix &&
        isDecision(tc.cue) &&
        this.input.lang === 'ar'
      ) {
        const ev = this.evaluativeAfter(target, target.tokEnd, true);
        const describers = this.holderOf(outer.k, false, found.k).filter((a) => !holders.includes(a));
        if (ev && describers.length > 0) {
          emit(describers, target, ev.polarity * sign, outerCue.cue.strength * strength, outer.k, hedge);
          this.emitTowardActors(emit, describers, holders, ev.polarity, 0.55, outer.k, ev.k);
        }
      }
      // "called upon the international community to condemn X": a directive's addressee may
      // be a longer phrase before the infinitive it governs.
      const reach = infinitive ? (outerCue && isDirective(outerCue.cue) ? 5 : 3) : 2;
      if (
        outer &&
        outer.distance <= reach &&
        outerCue &&
        outerCue.cue.kind === 'stance' &&
        !takesOnlyFrom(outerCue.cue) &&
        tc.cue.kind === 'stance' &&
        !this.ownPluralSubject(outer.k, found.k)
      ) {
        const outerHolders = this.holderOf(outer.k, false, found.k).filter((a) => !holders.includes(a));
        // "threatened to reject X" endorses the rejection: a threat's course of action is its
        // aim, and so is the infinitive of an act of force ("rebels fighting to topple X").
        const aimed = infinitive && isForce(outerCue.cue);
        const outerSign =
          (aimed ? 1 : actionPolarity(outerCue.cue)) *
          (this.negatedBefore(outer.k, 2) ? -1 : 1) *
          (outerCue.cue.pos !== 'verb' ? this.governingVerbSign(outer.k) : 1);
        emit(outerHolders, target, sign * outerSign, outerCue.cue.strength * strength, outer.k, hedge);
        // "welcomed Y's decision to …": also a stance toward Y, the decision's holder.
        if (takesHolderGenitive(tc.cue))
          this.emitTowardActors(
            emit,
            outerHolders,
            holders,
            outerSign,
            outerCue.cue.strength * strength,
            outer.k,
            found.k,
          );
      }
      // "اعتبرت X أن قرار Y نقل السفارة … يشكل استفزازا": the speaker judges the decision.
      if (takesHolderGenitive(tc.cue) && !outer) {
        const speakers = this.frameHolder(found.k).filter((a) => !holders.includes(a));
        const ev =
          speakers.length > 0
            ? this.evaluativeAfter(target, target.tokEnd, false, FORWARD_WINDOW + 4)
            : undefined;
        if (ev) {
          emit(
            speakers,
            target,
            ev.polarity * (target.kind === 'topic' ? target.polarity : 1),
            0.6,
            ev.k,
            hedge,
          );
          this.emitTowardActors(emit, speakers, holders, ev.polarity, 0.55, found.k, ev.k);
        }
      }
    }
  }

  run(): SentenceResult {
    const statements: RawStatement[] = [];
    const holdersSeen = new Set<number>();
    const vetoed: number[] = [];
    const { mentions, compiled } = this.input;
    const emit: Emit = (holders, target, sign, strength, cueK, hedge) => {
      // "إذا انسحبت واشنطن من الاتفاق", "if Washington pulls out": a hypothetical is no position.
      if (
        this.hypothetical(Math.min(cueK, target.tokStart)) ||
        this.insideClaim(Math.min(cueK, target.tokStart)) ||
        this.conditionBetween(cueK, target.tokStart)
      )
        return;
      if (this.receivedCue(cueK)) return;
      // "ترامب: إيران تنتهك روح الاتفاق", "قال كوهين إن … تمثل انتهاكا لوقف إطلاق النار": a
      // violation inside someone else's words is an accusation, not the accused's position.
      const accusers = this.violationFrame(cueK);
      if (accusers) {
        holders = holders.filter((h) => accusers.includes(h));
        if (holders.length === 0) {
          vetoed.push(target.tokStart);
          return;
        }
      }
      // "اتهم X Y بدعم Z": only the accuser holds a position there (opposing Y, and Z).
      const chargers = this.chargeFrame(cueK);
      if (chargers) {
        holders = holders.filter((h) => chargers.includes(h));
        if (holders.length === 0) {
          vetoed.push(target.tokStart);
          return;
        }
      }
      // An act named as a cause is held only by agents named in it ("بسبب القتال بين X وY").
      if (this.causeCue(cueK)) {
        holders = holders.filter((h) => mentions.some((m) => m.actor === h && m.tokStart > cueK));
        if (holders.length === 0) return;
      }
      // Ministers, spokesmen and envoys named in person speak for their body too.
      for (const h of [...holders]) {
        const body = compiled.speaksFor[h] ?? -1;
        if (body >= 0 && !holders.includes(body)) holders = [...holders, body];
      }
      // "تمكن الجيش، بإسناد من التحالف، من …": who backs an act of force takes its side.
      if (this.input.lang === 'ar') {
        const c = this.cueAt(cueK)?.cue;
        if (c && isForce(c)) holders = this.withBackers(holders, cueK, target);
      }
      // Each holder's statement on one topic; targetActor is the actor the topic stands for, or -1.
      const toward = (topic: number, targetActor: number): void => {
        for (const actor of holders) {
          if (
            targetActor >= 0 &&
            (compiled.memberChain[actor]!.has(targetActor) || compiled.memberChain[targetActor]!.has(actor))
          )
            continue;
          const lo = Math.min(cueK, target.tokStart);
          const hi = Math.max(cueK, target.tokEnd - 1);
          const stance: Stance =
            sign === 0 || this.conditional(lo, hi) || this.undecided(cueK)
              ? 'neutral'
              : sign > 0
                ? 'support'
                : 'oppose';
          const confidence = Math.max(0.05, Math.min(0.99, strength * (hedge ? 0.7 : 1)));
          statements.push({
            actor,
            topic,
            stance,
            confidence,
            start: this.input.tokens.start[lo]!,
            end: this.input.tokens.end[hi]!,
          });
          holdersSeen.add(actor);
        }
      };
      for (const topic of this.topicsOf(target)) toward(topic, target.kind === 'topic' ? -1 : target.actor);
      // A position on an act named after its actor ("دانت الضربات التركية") is one on the actor too.
      if (target.kind === 'topic' && target.agent !== undefined)
        for (const topic of compiled.topicsForActor[target.agent] ?? []) toward(topic, target.agent);
    };

    // (Each target is read by a method of its own, and a governed one by another: V8 then
    // re-optimises only the part a rare branch deoptimises, not the whole of run.)
    for (let mi = 0; mi < mentions.length; mi++) this.readTarget(mi, emit, vetoed, holdersSeen);
    // The passes that start from a class of Arabic words run only where one of its words is.
    const words = this.input.wordClasses ?? ANY_WORD;
    this.pronounObjects(emit);
    this.passives(emit);
    if (this.input.lang === 'en') this.pressedToHalt(emit);
    // The English agent passes need "by"/"between" or a participle of holding ground: most
    // sentences have neither, so one scan spares the others.
    const links = this.linkWords();
    if (links.agent) this.participlesOnTopics(emit);
    if (links.agent) this.actTopicsBy(emit);
    this.reactionsToActs(emit);
    if (this.input.lang === 'ar') this.arabicProductReactions(emit, (words & DENIAL_WORD) !== 0);
    if (this.input.lang === 'ar' && words & HOSTILE_ACT_WORD) this.agentsOfHostileActs(emit);
    this.strikesBy(emit);
    if (links.holding) this.attacksOnHeldGround(emit);
    if (links.holding && this.input.lang === 'en') this.ownAttacksOnHeldGround(emit);
    this.namedStrikesOn(emit);
    this.possessedActs(emit);
    this.killedMembers(emit);
    this.membersKilledBy(emit);
    this.namedAllies(emit);
    this.sidingTitles(emit);
    this.underAttackBy(emit);
    if (this.input.lang === 'ar') this.reckonedRelations(emit);
    if (this.input.lang === 'ar') this.haltDemands(emit);
    if (this.input.lang === 'ar') this.warnedConditions(emit);
    if (this.input.lang === 'ar' && words & ACTIVITY_WORD) this.curbedActivities(emit);
    if (this.input.lang === 'ar' && words & DESIGNATING_WORD) this.designatedAntecedents(emit);
    if (links.agent) this.backedOperations(emit);
    if (this.input.lang === 'en') this.aidedDeeds(emit);
    if (this.input.lang === 'en') this.englishProductReactions(emit);
    if (this.input.lang === 'en') this.reactionsToForceActs(emit);
    if (this.input.lang === 'en') this.objectRelatives(emit);
    if (this.input.lang === 'en') this.agentsBehindActs(emit);
    if (words & OWN_ACT_WORD) this.ownActs(emit);
    this.actsByModifierAgents(emit);
    this.possessedActTopics(emit);
    this.blameForAttacks(emit);
    if (words & ATROCITY_WORD) this.atrocityAgents(emit);
    if (words & MISDEED_WORD) this.misdeedOwners(emit);
    if (links.agent) this.reportedHarmBy(emit);
    this.clashesBetween(emit);
    // Adjectives naming a relation's sides ("التوتر السعودي الإيراني") are no subject that an
    // elided one in the next sentence refers to: the sides found there are not carried.
    const seen = holdersSeen.size;
    this.pairedSidesRelations(emit);
    if (holdersSeen.size > seen) forgetLaterHolders(holdersSeen, seen);
    if (this.input.lang === 'ar' && words & DIPLOMATIC_WORD) this.diplomaticDeeds(emit);
    this.chargesPastRelative(emit);
    if (this.input.lang === 'ar' && words & INVESTIGATION_WORD) this.investigationCalls(emit);
    this.relationsAmongParties(emit, (words & EXCHANGE_WORD) !== 0);
    this.jointPacts(emit);
    this.wordsSaidOf(emit);
    for (let k = this.s; k < this.e; k++) {
      if (this.isKind(k, 'speech') && !this.mentionAtToken(k))
        for (const a of this.holderOf(k, true)) holdersSeen.add(a);
    }
    // Pushed, not spread: an array spread from a Set has generic elements, and these holders
    // come back as the next sentence's previousHolders, where code optimised for the small-integer
    // arrays of every other holder list deoptimises on them (wrong map).
    const holders: number[] = [];
    for (const a of holdersSeen) holders.push(a);
    return { statements, holders, vetoed };
  }

  /**
   * "تؤيد سياسة ترامب تجاه إيران", "التزام الولايات المتحدة إزاء سوريا": an actor after
   * "تجاه/حيال/إزاء" is what the noun before it (a policy, a commitment) concerns; the cue takes
   * that noun, not the actor, unless the noun is a cue itself ("موقفها العدائي تجاه …") or the
   * cue is a strike aimed that way.
   */
  protected towardOtherNoun(k: number, before: number, cue: Cue): boolean {
    if (this.input.lang !== 'ar' || before - 1 <= k) return false;
    if (!AR_CONCERNING_PREPS.has(this.input.tokens.text[before]!.replace(/^و/, ''))) return false;
    return !this.cueAt(before - 1) && !isAttack(cue) && !isLaunch(cue);
  }

  /** Token b is a plain definite noun after "مع", and the demonym target qualifies it. */
  protected partnerBeforeNoun(b: number, target: Mention): boolean {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || target.kind !== 'demonym' || b !== target.tokStart - 1) return false;
    if (b - 1 < this.s || tokens.text[b - 1] !== 'مع') return false;
    return tokens.text[b]!.startsWith('ال') && !this.cueAt(b) && !this.mentionAtToken(b);
  }

  /**
   * An actor is the object of a cue only when close to it (at most three words, coordinated
   * actors aside), not behind a complementizer ("warned that Iran …"), and not as the
   * addressee of a directive ("urged Trump to …").
   */
  protected objectOfCue(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    // A warning is against its addressee ("حذرت واشنطن طهران من …", "warned Iran"); other directives are not.
    if (cue.kind === 'stance' && ((isDirective(cue) && !isWarning(cue)) || isActionOnly(cue))) return false;
    // "an ally of Assad", "Russia's backer": relational nouns take their object with "of".
    if (
      this.input.lang === 'en' &&
      cue.pos !== 'verb' &&
      RELATIONAL_NOUNS.has(cue.lemma) &&
      this.input.tokens.text[target.tokStart - 1] !== 'of'
    )
      return false;
    // "vetoed a resolution on Syria": the actor after "on" is what the decision concerns.
    if (
      this.input.lang === 'en' &&
      cue.pos !== 'verb' &&
      target.kind !== 'topic' &&
      EN_MATTER_NOUNS.has(this.input.tokens.text[k]!) &&
      EN_MATTER_PREPS.has(this.input.tokens.text[k + 1] ?? '')
    )
      return false;
    let words = 0;
    // Walk back over actors coordinated with the target ("من روسيا وإيران").
    let head = target;
    // In English, so are the names of "A, B and C" (or "A B and C", commas lost) before the last.
    let closed = this.input.lang === 'en' && this.listClosedAfter(target);
    for (let i = this.input.mentions.indexOf(target) - 1; i >= 0; i--) {
      const prev = this.input.mentions[i]!;
      if (prev.tokEnd > head.tokStart || prev.tokStart <= k) continue;
      const join = this.joinBetween(prev, head);
      if (join === 'and') closed = this.input.lang === 'en';
      else if (join !== 'comma' || !closed) break;
      head = prev;
    }
    let before = head.tokStart - 1;
    // "اتهمت تركيا في بيان لها حزب العمال", "انتقدت في وقت سابق X": a time or occasion phrase
    // between the verb (and its subject) and the object parts neither them nor stands in
    // construct with the object.
    const adverbial = this.input.lang === 'ar' ? this.arabicAdverbialStart(before, k) : undefined;
    if (adverbial !== undefined) before = adverbial - 1;
    if (takesOnlyFrom(cue)) {
      if (!this.groundTakenFrom(k, head.tokStart)) return false;
      // "من قبضة داعش": the grip of X is X.
      const from = this.input.tokens.text[before];
      if (from !== 'من' && from !== 'from') before--;
    }
    // "أحرقوا مقرات تابعة لميليشيا بدر": the places of a force that belong to an actor are its own.
    if (before - 1 > k && this.belongingPlace(before, head)) before--;
    const prep = before > k ? this.input.tokens.text[before]! : '';
    // "ضد رجل إيران الأول": an actor in construct with another noun qualifies that noun, unless
    // the noun is the actor's own arm or act (حكومة، قوات، سياسات، تدخل …).
    if (
      this.input.lang === 'ar' &&
      before > k &&
      this.input.tokens.isWord[before] &&
      !this.cueAt(before) &&
      !this.mentionAtToken(before)
    ) {
      // ("وجود X": the و of a presence noun is its own first letter, not the conjunction.)
      const head = prep === 'وجود' ? prep : prep.replace(/^(و|ف|ب|ل)/, '');
      // Titles are transparent: "دعما للرئيس هادي".
      const title = isArabicTitleWord(prep.startsWith('لل') ? 'ال' + prep.slice(2) : head);
      // "وقف إلى جانب X": the side one stands by.
      const alongside = head === 'جانب' && cue.lemma === 'وقف';
      const office = target.official && AR_COUNTERPARTS.has(head);
      // "صواريخ صوب السعودية": a direction names what a strike is aimed at.
      // (A weapon noun aims only as a finite verb's object: "أطلقت 32 صاروخا باتجاه …", not
      // "وصف … إطلاق ميليشيات الحوثي صواريخ باتجاه …", whose launcher is not the describer.)
      const aimed =
        AR_DIRECTION_PREPS.has(prep) &&
        (isAttack(cue) || isLaunch(cue)) &&
        (cue.pos === 'verb' || this.directedStrike(k) || this.launchedBy(k));
      // "للقوات الأميركية": a definite noun (also with ل, لل) is qualified by the adjective
      // after it, never in construct with a name.
      if (
        !/^(ال|لل)/.test(prep) &&
        !title &&
        !alongside &&
        !office &&
        !aimed &&
        !TRANSFER_HEADS.has(head) &&
        !STATE_ACTION_NOUNS.has('ال' + head) &&
        !AR_PARTICLES.has(prep) &&
        // "قصفت أهدافا إيرانية": the adjective after an asset noun names whose asset is struck.
        !(this.assetForce(cue) && this.assetTarget(target))
      )
        return false;
    }
    // "بحليف روسيا، الرئيس السوري": the possessor of a relation is not the object of an outer cue.
    if (before > k && RELATIONAL_AR.has(prep.replace(/^(و|ف|ب|ل)/, ''))) return false;
    if (this.towardOtherNoun(k, before, cue)) return false;
    // "plan to eliminate Syria's weapons": a possessor is the object only right after its cue.
    if (target.possessive && before - k > 1) return false;
    if (target.possessive && this.possessedPerson(target)) return false;
    // "أضرموا النار في مقر الحزب": what is set on fire is the target.
    // "sided with X", "stood by X": the cue's own particle heads its object; after an adverb
    // particle the preposition that follows does ("lashed out at X", "hit back at X").
    // "blamed the attack on X": the blame is put on whom "on" names, after the short object.
    const onAt = this.input.tokens.text[before] === 'the' ? before - 1 : before;
    const blamedOn = cue.lemma === 'blame' && this.input.tokens.text[onAt] === 'on' && onAt - k <= 4;
    // "fired a missile at X": the particle after the fired weapon is the verb's own.
    const firedAt =
      this.input.lang === 'en' &&
      cue.lemma === 'fire' &&
      EN_FIRED_AT.has(prep) &&
      before - k <= 5 &&
      EN_FIRED_WEAPONS.has(this.input.tokens.text[before - 1]!);
    const ownParticle =
      blamedOn ||
      firedAt ||
      (cue.particle === true &&
        (before === k + 1 || (before === k + 2 && EN_ADVERB_PARTICLES.has(this.input.tokens.text[k + 1]!))));
    if (
      NON_TARGET_PREPS.has(prep) &&
      !ownParticle &&
      !(prep === 'في' && cue.lemma === 'النار') &&
      // "دافع عن X": one defends someone with عن.
      !(prep === 'عن' && cue.lemma === 'دافع') &&
      !(prep === 'الي' && isJoining(cue)) &&
      // "وجهت ضربة إلى النظام": a directed strike lands on what follows إلى.
      !(prep === 'الي' && this.directedStrike(k)) &&
      !(prep === 'from' && takesFromTarget(cue))
    )
      return false;
    // "استهدفت ستة مسلحين من حزب العمال": من after a plural of members names their group.
    const members = this.atLeast(before - 2) ? before - 3 : before - 1;
    const partitive = prep === 'من' && members > k && AR_MEMBER_PLURALS.has(this.input.tokens.text[members]!);
    if (prep === 'من' && !takesFromTarget(cue) && !partitive) return false;
    // "القضاء على (تجمعات) X": what is eliminated follows على closely.
    if (cue.lemma === 'قضى' && head.tokStart > k + 3) return false;
    // "الحرب على داعش بسوريا": a name with ب right after the cue's object is a place or means
    // (after its subject it is the object: "أشاد الصدر بالكاظمي").
    const prevName = before > k ? this.mentionAtToken(before) : undefined;
    if (
      prevName &&
      target.afterPreposition &&
      this.input.tokens.text[head.tokStart]!.startsWith('ب') &&
      !this.holderOf(k).includes(prevName.actor)
    )
      return false;
    // "انضمام ولي العهد إلى …": what one joins comes after إلى or ب, never as a bare object.
    if (isJoining(cue) && !target.afterPreposition && prep !== 'الي') return false;
    // "هجوما مع روسيا": with an act against someone, "مع/with" names a partner, not the object.
    // "اشتباكات مع X", "clashed with X": after a clash, مع/with names the other side.
    if ((prep === 'مع' || prep === 'with') && cue.polarity < 0 && !ownParticle && !isClash(cue)) return false;
    // "اتهمت روسيا مع السلطات السورية الخوذ البيضاء": the same partner named by a definite noun
    // and a nationality adjective; مع stands before the noun, not right before the adjective.
    // (Verbs only: after a noun "مواجهات مع القوات الإسرائيلية" names the other side.)
    if (cue.polarity < 0 && cue.pos === 'verb' && !isClash(cue) && this.partnerBeforeNoun(before, target))
      return false;
    // "دعم قطر المستمر للإرهاب": a genitive followed by the noun's ل-object is its agent.
    if (cue.pos !== 'verb' && target.tokStart === k + 1 && this.objectAfterAgent(target)) return false;
    // "ترفضه الفصائل": a verb that carries its object as a pronoun governs nothing after it.
    if (this.cueAt(k)!.objectPronoun) return false;
    // "بدعم من روسيا", "support from Russia": after a verbal noun, من/from introduces the agent.
    if (
      cue.pos !== 'verb' &&
      !nounFromIsTarget(cue) &&
      before > k &&
      before <= k + 2 &&
      (prep === 'من' || prep === 'from')
    )
      return false;
    // "الدعم العسكري الروسي": a nationality adjective agreeing with the cue noun is its agent.
    if (target.kind === 'demonym' && !target.official && cue.pos !== 'verb') {
      let j = target.tokStart - 1;
      while (
        j > k &&
        /ي$|يه$/.test(this.input.tokens.text[j]!) &&
        this.input.tokens.text[j]!.startsWith('ال')
      )
        j--;
      if (j === k) return false;
    }
    // "الفصائل المدعومة من واشنطن", "الموالية لإيران": the actor sits inside a label.
    // ("bombed US-backed rebels": a hyphenated label before the name qualifies the target itself.)
    for (let j = before; j > k && j >= before - 1; j--) {
      if (AR_LABEL_WORDS.has(this.input.tokens.text[j]!) && !this.labelParticiple(j, head)) return false;
    }
    if (this.namedAsLeader(target, k)) return false;
    if (target.kind === 'demonym' && !target.official && before === k && cue.pos !== 'verb') return false; // "الدعم الإيراني": agent
    const attack = this.input.lang === 'en' && isAttack(cue);
    let premises = false;
    let subjects: number[] | undefined; // computed only when a mention stands in between
    let afterSubject = false;
    // "أضرموا النار في مقار X وحزب Y ومقر Z": each conjunct of a force's object list is its
    // object, so earlier conjuncts neither count as distance nor claim the cue.
    let listStart = k;
    if (isForce(cue)) for (let j = k + 1; j < head.tokStart; j++) if (this.conjunctHead(j)) listStart = j;
    // "strikes by the United States on X": the act's own agent does not count as distance.
    const byAgent = this.input.lang === 'en' ? this.agentAfterBy(k) : undefined;
    const from = byAgent && byAgent.tokEnd <= head.tokStart ? byAgent.tokEnd : k + 1;
    for (let j = from; j < target.tokStart; j++) {
      if ((blamedOn || firedAt) && j <= before) continue;
      if (adverbial !== undefined && j >= adverbial && j < head.tokStart) continue;
      const m = this.mentionAtToken(j);
      // "اتهم وزير الخارجية القطري الشيخ محمد …، السعودية": in VSO order the verb's subject and
      // the name in apposition to it (up to a comma) stand between the verb and its object.
      if (
        m &&
        m.actor >= 0 &&
        !afterSubject &&
        this.input.lang === 'ar' &&
        (subjects ??= this.holderOf(k)).includes(m.actor)
      ) {
        j = m.tokEnd - 1;
        words = 0;
        afterSubject = true;
        continue;
      }
      if (afterSubject && this.input.tokens.text[j] === ',' && words <= 5) {
        words = 0;
        afterSubject = false;
        continue;
      }
      if (m) {
        j = m.tokEnd - 1;
        if (m.kind === 'topic') return false;
        // "مساندته لتركيا في أزمتها مع الولايات المتحدة": the cue's object is the first actor.
        if (
          m.tokStart < head.tokStart &&
          m.tokStart > listStart &&
          m.actor >= 0 &&
          m.actor !== target.actor &&
          this.isTarget(m) &&
          !this.holderOf(k).includes(m.actor) &&
          // "استهداف الحوثيين للسعودية": the act's own agent stands before its object.
          this.hostileActAgent(k, target) !== m
        )
          return false;
        continue;
      }
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'complementizer' || kind === 'speech') return false;
      if (this.input.lang === 'en' && EN_SUBORDINATORS.has(this.input.tokens.text[j]!)) return false;
      if (j === listStart) words = 0;
      // "منزعجتان جدا من تواجد إرهابيي X", "انتقد بشدة X": an adverb of degree or manner right
      // after the cue adds no distance.
      if (j === k + 1 && this.input.lang === 'ar' && AR_CUE_ADVERBS.has(this.input.tokens.text[j]!)) continue;
      // "غارات جوية مكثفة على مواقع تابعة لـX": the strike's manner and the owner's تابعة add no distance.
      const w = this.input.tokens.text[j]!;
      if (
        (AR_ATTACK_MANNER.has(w) || AR_BELONGING.has(w)) &&
        isAttack(cue) &&
        (cue.pos === 'verb' || this.directedStrike(k))
      )
        continue;
      // "ستة مسلحين على الأقل من X": a count's hedge adds no distance.
      if (this.atLeast(j)) {
        j++;
        continue;
      }
      // "تستهدف إعادة حكومة هادي" aims at a course of action: "استهدف" targets an actor only
      // through prepositions and the places and units of a force (مواقع، قواعد).
      // ("استهدفت قياديا إيرانيا": an asset its nationality adjective assigns is a force's too.)
      if (
        cue.lemma === 'استهدف' &&
        this.input.tokens.isWord[j] &&
        !this.forceLink(j) &&
        !(this.assetTarget(target) && assetWord(w)) &&
        !this.memberCount(j)
      )
        return false;
      // "stormed the offices of X", "targeting positions of X": an attack on X's premises is on X.
      if (attack && EN_PREMISES.has(this.input.tokens.text[j]!)) {
        premises = true;
        continue;
      }
      if (premises && EN_LIGHT_WORDS.has(this.input.tokens.text[j]!)) continue;
      // "fighting against terrorist groups such as the Islamic State": the class named close
      // after the cue is its object, so the examples are too.
      const examples = this.input.lang === 'en' ? this.exampleMarkerLength(j) : 0;
      if (examples > 0 && words <= 3) {
        words = 0;
        j += examples - 1;
        continue;
      }
      if (this.input.tokens.isWord[j]) words++;
    }
    // "took the city of al-Bab from X": the ground taken stands between the verb and the loser.
    return words <= (prep === 'from' ? 7 : 3);
  }

  /**
   * An Arabic time or occasion phrase ending at token j that stands right after the verb at k or
   * its subject: its first token.
   */
  protected arabicAdverbialStart(j: number, k: number): number | undefined {
    const start = this.arabicAdverbialAt(j, k);
    if (start === undefined) return undefined;
    // Right after the verb or its subject ("القمة المقبلة" qualifies a noun, it dates nothing).
    const m = this.mentionAtToken(start - 1);
    return start - 1 === k || (m !== undefined && m.kind !== 'topic' && m.tokEnd === start)
      ? start
      : undefined;
  }

  /** The number of tokens of "such as" or "including" starting at j, or 0. */
  protected exampleMarkerLength(j: number): number {
    const { text } = this.input.tokens;
    const marker = EN_EXAMPLE_MARKERS.find((words) => words.every((w, i) => text[j + i] === w));
    return marker?.length ?? 0;
  }

  /** Token j is "تابعة"/"التابعة" between a force's place or unit and the ل-named owner after it. */
  protected belongingPlace(j: number, owner: Mention): boolean {
    const { text } = this.input.tokens;
    if (!AR_BELONGING.has(text[j]!) || !text[owner.tokStart]!.startsWith('ل')) return false;
    return TRANSFER_HEADS.has(text[j - 1]!.replace(/^(و|ف|ب|ل)?(ال)?/, ''));
  }

  /** "ومقر", "وحزب": a coordinated head noun opening the next conjunct of an object list. */
  protected conjunctHead(j: number): boolean {
    const w = this.input.tokens.text[j]!;
    return this.input.lang === 'ar' && w.startsWith('و') && TRANSFER_HEADS.has(w.slice(1));
  }

  /** A word that may stand between a targeting verb and its target: a preposition or a force's place or unit. */
  /**
   * "لتفريق متظاهرين حاولوا اقتحام مقر X": the act at k has its own subject, named after the
   * outer cue at o and followed by a plural verb; the outer cue's holder takes no side on X.
   */
  protected ownPluralSubject(o: number, k: number): boolean {
    if (this.input.lang !== 'ar') return false;
    for (let j = o + 1; j < k; j++) {
      const m = this.mentionAtToken(j);
      if (m && this.isGenitive(m) && !this.isPrepositional(m) && this.pluralVerbAfter(m, k)) return true;
    }
    return false;
  }

  /** "على الأقل" at j (folded). */
  protected atLeast(j: number): boolean {
    const t = this.input.tokens.text;
    return t[j] === 'علي' && t[j + 1] === 'الاقل';
  }

  /** "ستة مسلحين من", "عشرة عناصر من": a count right before a plural of a group's members. */
  protected memberCount(j: number): boolean {
    const w = this.input.tokens.text[j]!;
    return (
      (/^\d+$/.test(w) || AR_COUNT_WORDS.has(w)) && AR_MEMBER_PLURALS.has(this.input.tokens.text[j + 1] ?? '')
    );
  }

  protected forceLink(j: number): boolean {
    const w = this.input.tokens.text[j]!;
    if (this.isKind(j, 'preposition') || AR_PARTICLES.has(w)) return true;
    const bare = w.replace(/^(و|ف|ب|ل)/, '');
    return TRANSFER_HEADS.has(bare) || TRANSFER_HEADS.has(bare.replace(/^ال/, ''));
  }

  protected subjectIsTarget(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if (this.input.lang !== 'ar' || cue.pos === 'other') return false;
    // "بتنحي الأسد": a homograph after a preposition clitic is the noun.
    const nounOnly =
      cue.pos === 'noun' &&
      (!cue.verbNoun || /^(ب|ل|وب|ول|لل|بال|ال)/.test(this.input.tokens.text[k]!) || this.afterManaging(k));
    // "مخاوف ترامب": a stance noun's bare genitive is its holder, never its object.
    if (nounOnly) {
      // An action noun's genitive is its object (اتهام إيران، مواجهة الحوثيين).
      if (!takesHolderGenitive(cue)) return false;
      if (target.tokStart === k + 1 && !target.afterPreposition) return true;
    }
    // "الكاظمي انتقد الولايات المتحدة": a verb whose subject stands right before it (SVO) takes
    // the name after it as its object.
    const before = cue.pos === 'verb' ? this.mentionAtToken(k - 1) : undefined;
    if (before && this.canHold(before) && !this.isPrepositional(before) && !this.isGenitive(before))
      return false;
    // "نرفض إيران": "we" is the subject.
    if (this.weSubject(k)) return false;
    // "قلقه من X": after a noun of fear or dismay, من names what it is about, not who holds it.
    const after = this.subjectAfter(
      k,
      cue.pos !== 'verb' && !(nounFromIsTarget(cue) && !takesOnlyFrom(cue)),
      this.e,
    );
    return (
      after !== undefined &&
      after !== 'blocked' &&
      after.tokStart === target.tokStart &&
      !this.isChargedObject(k, after)
    );
  }

  /** "، بدعم X", "، وبإسناد من X": a backing noun right after a comma (Arabic). */
  protected circumstantialBacking(k: number): boolean {
    return (
      this.input.lang === 'ar' &&
      AR_BACKING.has(this.input.tokens.text[k]!) &&
      k - 1 >= this.s &&
      isClauseMark(this.input.tokens, k - 1)
    );
  }

  protected backers: Mention[] | undefined;

  /** Actors named after a backing noun in this sentence ("بإسناد من X"), found once. */
  protected backersInSentence(): Mention[] {
    if (this.backers) return this.backers;
    const found: Mention[] = [];
    const text = this.input.tokens.text;
    for (const m of this.input.mentions) {
      if (m.kind === 'topic' || !this.canHold(m)) continue;
      let j = m.tokStart - 1;
      let min = false;
      // (One step per filler, whatever was seen before: a short-circuit here would not move j.)
      while (j > this.s && j >= m.tokStart - 3 && AR_BACKING_FILLERS.has(text[j]!)) {
        if (text[j] === 'من') min = true;
        j--;
      }
      // "بدعم الحوثيين" is support given to them; only "بدعم من" names the backer ("بإسناد" both).
      if (j >= this.s && AR_BACKING.has(text[j]!) && (min || /اسناد$/.test(text[j]!))) found.push(m);
    }
    return (this.backers = found);
  }

  protected withBackers(holders: number[], cueK: number, target: Mention): number[] {
    let out = holders;
    for (const b of this.backersInSentence()) {
      if (Math.abs(b.tokStart - cueK) > 12 || b.actor === target.actor || out.includes(b.actor)) continue;
      out = [...out, b.actor];
    }
    return out;
  }

  /** "تمكنت القوات من طرد …": the word after a verb of managing and its preposition is a noun. */
  protected afterManaging(k: number): boolean {
    const t = this.input.tokens.text;
    if (k - 2 < this.s || !AR_MANAGING_PREPS.has(t[k - 1]!)) return false;
    // The verb's subject may stand between: "تمكنت القوات العراقية من طرد …".
    for (let j = k - 2; j >= this.s && j >= k - 6; j--) {
      if (isClauseMark(this.input.tokens, j)) return false;
      if (AR_MANAGING_VERBS.has(t[j]!.replace(/^(و|ف)/, ''))) return true;
    }
    return false;
  }

  protected relativeDeed(target: Mention, mi: number, skip: number[], emit: Emit): void {
    const rel = this.relativeCueAfter(target, mi);
    if (rel === undefined || !isLaunch(this.cueAt(rel)!.cue)) return;
    const holders = this.holderOf(rel).filter((a) => !skip.includes(a));
    if (holders.length === 0) return;
    const tc = this.cueAt(rel)!;
    const sign = tc.cue.polarity * target.polarity * (this.negatedBefore(rel, 2) ? -1 : 1);
    emit(holders, target, sign, tc.cue.strength * 0.9, rel, this.hedged(rel, rel));
  }

  protected relativeCueAfter(target: Mention, mi: number): number | undefined {
    const next = this.input.mentions
      .slice(mi + 1)
      .find((m) => m.kind === 'topic' && m.tokStart > target.tokEnd);
    const limit = next ? next.tokStart : this.e;
    for (let j = target.tokEnd; j < limit; j++) {
      const tc = this.cueAt(j);
      if (!tc || tc.cue.kind !== 'stance') continue;
      if (target.kind !== 'topic' && (isActionOnly(tc.cue) || isDirective(tc.cue))) return undefined;
      // Only an event relative ("وهو ما", "الأمر الذي", "which") points back to a clause; "الذي"
      // after a name is an appositive label ("الأسد، الذي تدعمه روسيا").
      const prevWord = j - 1 >= this.s ? this.input.tokens.text[j - 1]! : '';
      const eventRelative =
        prevWord === 'ما' ||
        prevWord === 'which' ||
        (prevWord === 'الذي' && this.input.tokens.text[j - 2] === 'الامر') ||
        (target.kind === 'topic' &&
          (prevWord === 'الذي' || prevWord === 'التي') &&
          j - 1 - target.tokEnd <= 2);
      if (eventRelative && (tc.objectPronoun || this.input.lang === 'en')) return j;
      return undefined;
    }
    return undefined;
  }
}

// An alliance noun without the article (folded, with و/ب/ل): تحالف، ائتلاف.
const ALLIANCE_NOUNS = /^(و|ب|ل)?(تحالف|ايتلاف)$/;
// Forming or sealing a pact: "تشكيل تحالف", "أعلنوا تحالفا", "أبرموا اتفاقا".
const PACT_FORMING =
  /^(و|ف)?(تشكيل|شكل|شكلوا|شكلا|شكلت|يشكل|تشكل|اقامه|اقام|اقاموا|اعلان|اعلن|اعلنوا|اعلنا|ابرام|ابرم|ابرموا)$/;
// "متبادلة", "المتبادل": done by each of two sides to the other (folded).
const AR_MUTUAL = /^(ال)?متبادل(ه|ين|ان)?$/;

// Nouns of deciding or announcing, whose genitive owner carries out the deed they name (lemmas).
const DECIDING_LEMMAS = new Set(['قرر', 'أعلن', 'عزم']);
/** Words between a declaring verb and the act it declares (subject, office words, dates). */
const DECLARED_ACT_REACH = 8;
/** Tokens from a warning to the conditional word of what it warns of. */
const WARNED_CONDITION_REACH = 16;
/** As strong as a decision (قرر). */
const DECLARED_ACT_STRENGTH = 0.6;
// The acts that cut or build relations with a state (folded, with proclitics).
const AR_RELATIONS_CUT =
  /^(و|ف|ب|وب|ل)?(قطع|قطعت|قطعوا|يقطع|تقطع|تجميد|جمد|جمدت|تجمد|يجمد|خفض|خفضت|تخفيض|انهاء)$/;
const AR_RELATIONS_BUILD =
  /^(و|ف|ل|ب|وب)?(اقامه|اقام|اقامت|استيناف|استانف|استانفت|تطبيع|طبع|طبعت|تعزيز|عزز|عززت|يعزز|تعزز|تطوير|توطيد|وطد|وطدت|اعاده|تحسين)$/;
// Summoning, recalling or expelling envoys (folded).
const AR_ENVOY_DEEDS =
  /^(و|ف)?(استدعي|استدعت|استدعوا|يستدعي|تستدعي|استدعاء|باستدعاء|طرد|طردت|طردوا|يطرد|تطرد|بطرد|سحب|سحبت|بسحب)$/;

// Souring relations before "العلاقات بين" (folded): "توتر العلاقات", "وتوترت العلاقات", "تدهور".
const AR_SOURING = /^(و|ف|ب|ل)?(توتر|توترت|تتوتر|تدهور|تدهورت|تتدهور|تازم|تازمت|فتور|قطع|قطيعه)$/;
// Warming relations before "العلاقات بين" (folded): "تحسن العلاقات", "تقارب", "دفء".
const AR_WARMING = /^(و|ف|ب|ل)?(تحسن|تحسنت|تتحسن|تطور|تطورت|دفء|متانه|قوه|عمق)$/;
// Warm relations after the noun (folded): "العلاقات الاستراتيجية بين", "العلاقات الوثيقة بين".
const AR_WARM_RELATIONS = /^(ال)?(استراتيجيه|وثيقه|متميزه|قويه|متينه|جيده|طيبه|اخويه|ممتازه|وطيده|حميمه)$/;
// Nouns of a pact, which enemies too may seal (folded, without clitics).
const PACT_NOUNS = new Set(['الاتفاق', 'اتفاق', 'الاتفاقيه', 'اتفاقيه', ...AGREEMENT_NOUNS, 'pact']);
const EN_PACT_PARTICIPLES = new Set(['reached', 'brokered', 'signed', 'struck', 'agreed', 'sealed']);
// A truce, evacuation or exchange named after a deal noun (folded): "اتفاق التهدئة", "اتفاق وقف".
const AR_TRUCE_QUALIFIERS = /^(ال)?(تهديه|هدنه|وقف|اجلاء|تبادل|تسويه|استسلام|انسحاب|خروج|ترحيل|تهجير)$/;
const EN_TRUCE_QUALIFIERS = new Set([
  ...EN_TRUCE_NOUNS,
  'evacuation',
  'cease-fire',
  'swap',
  'exchange',
  'surrender',
  'prisoner',
  'local',
]);
// Denial, fear, prevention or absence before a clash, rivalry or cooperation noun (folded,
// with proclitics).
const AR_UNASSERTED =
  /^(و|ف|ل)?(نفي|نفت|نفوا|ينفي|تنفي|ينفون|نفيه|نفيها|نافيا|نافيه|يخشي|تخشي|خشي|خشيت|مخاوف|تجنب|تجنيب|منع|الحيلوله|احتمال|امكانيه|تهدد|يهدد|يهددان|سوف|حذر|حذرت|يحذر|تحذر|حذروا|تحذير|محذرا|محذره|يخاطر|تخاطر|مخاطره|كادت|كاد|غيوم|شبح|طبول|بوادر)$/;
const EN_UNASSERTED = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'fear',
  'fears',
  'feared',
  'fearing',
  'risk',
  'risks',
  'avoid',
  'avert',
  'prevent',
  'possible',
  'potential',
  'possibility',
  'could',
  'would',
  'might',
  'may',
  'threatens',
  'threatening',
  'warned',
  'warns',
  'warning',
]);
// A rivalry qualified as future, possible or new: "حرب مستقبلية", "مواجهة محتملة", "a new war".
const AR_UNREAL_QUALIFIERS = /^(ال)?(مستقبليه|محتمله|مقبله|وشيكه|جديده|شامله|اي)$/;
const EN_UNREAL_QUALIFIERS = new Set(['future', 'possible', 'potential', 'new', 'wider', 'any', 'all-out']);

// Words of risk and fear before a clash noun (folded): "مخاطر مواجهات", "خشية اندلاع معارك".
const FEARED_BEFORE = /^(و|ب|من)?(مخاطر|خطر|احتمال|احتمالات|مخاوف|خشيه|تخوف|تخوفا|خوفا|تجنب|لتجنب|منع|لمنع)$/;

// An Arabic attack noun (folded, with و/ب/ل): "المسؤول عن الهجوم", "تقف وراء الهجمات".
const AR_ATTACK_NOUN = /^(و)?(ب|ل)?(ال)?(هجوم|هجمات|هجوما|ضربه|ضربات|قصف|غاره|غارات|تفجير|تفجيرات)$/;
// Verbal nouns and gerunds of doing an atrocity: "مسؤولة عن استخدام غاز الأعصاب", "responsible for using".
const AR_DOING_NOUNS = /^(ال)?(استخدام|تنفيذ|ارتكاب|شن|القاء|استعمال)$/;
const EN_DOING_GERUNDS = new Set([
  'using',
  'carrying',
  'committing',
  'perpetrating',
  'dropping',
  'launching',
]);
// Verbs of finding (folded): "خلصت إلى أن", "وجدت أن", "كشف أن", "أثبت", "توصل".
const AR_FINDING_VERB = /^(و|ف)?(خلص|خلصت|وجد|وجدت|كشف|كشفت|اثبت|اثبتت|توصل|توصلت|اظهر|اظهرت)$/;
const EN_FINDING_VERBS = new Set(['found', 'finds', 'concluded', 'concludes', 'determined', 'established']);
// Reports and inquiries a body issues (folded): "تحقيق للأمم المتحدة", "a UN inquiry".
const FINDING_BODY_NOUNS = new Set([
  'تحقيق',
  'تقرير',
  'لجنه',
  'بعثه',
  'inquiry',
  'investigation',
  'investigators',
  'report',
  'panel',
  'mission',
  'experts',
]);
// Words that make "carried out by X" a guess, not an attribution: "believed to have been",
// "appeared to", "suspected to be", "unclear whether it was".
const EN_DOUBTED_ATTRIBUTION = new Set([
  'believed',
  'thought',
  'suspected',
  'appeared',
  'appears',
  'seemed',
  'seems',
  'apparently',
  'unclear',
  'whether',
  'if',
]);
// Words before reported words that deny, question or suppose them (folded): "نفي", "هل", "whether".
const AR_UNASSERTING = new Set(['هل', 'وهل', 'نفي', 'النفي', 'ينفي', 'تنفي', 'مزاعم', 'ادعاء', 'شكوك']);
const EN_UNASSERTING = new Set([
  'whether',
  'if',
  'unless',
  'rejected',
  'dismissed',
  'refuted',
  'disputed',
  'claimed',
  'alleged',
  'allegedly',
  'suspected',
]);
// What an actor says, decides or proposes, with clitics and plurals ("بالوساطه", "للمقترح").
const AR_PRODUCT_NOUNS =
  /^(و|ف)?(ب|ل|بال|ال|لل)?(قرار|قرارات|مشروع|مقترح|مقترحات|مقترحا|اقتراح|اقتراحات|تصريح|تصريحات|دعوه|دعوات|وساطه|مبادره|مبادرات|خطه|خطط|سياسه|سياسات|بيان|بيانات|اتهام|اتهامات|مزاعم|ادعاء|ادعاءات|جهود|مساعي|دور|تهديد|تهديدات|شروط|موقف|مواقف|اجراء|اجراءات|خطوه|خطوات|عرض|عرضا|مطالب|مطالبه|مطالبات|خطاب|تصرفات|ممارسات|سلوك|تدخل|تدخلات|اعلان|نداء|نداءات|تعهد|تعهدات|وعود|رساله|حمله|تغريده|تغريدات|كلمه)$/;
const AR_REACTION_ADVERBS = new Set([
  'بشده',
  'بقوه',
  'مجددا',
  'ايضا',
  'كذلك',
  'كثيرا',
  'دايما',
  'بدوره',
  'بدورها',
  'بدورهم',
]);
// Adverbs of degree and manner right after a cue (folded): "جدا", "للغاية", "بشدة".
const AR_CUE_ADVERBS = new Set([...AR_REACTION_ADVERBS, 'جدا', 'للغايه']);
// "ما وصفه", "ما أسماه": what the reactor calls it.
const AR_NAMED_AS = /^(وصف|اسمي|سمي)(ه|ها|ته|تها|وه|وها)$/;
const AR_ADJECTIVE = /^(و)?ال\S+(ي|يه|يين|يون|يات)$/;
const AR_RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);
// Verbs of issuing, making or voicing ("أطلقها", "تقدمت به", "أدلى بها"), past a pronoun.
const AR_AUTHORING_VERB =
  /^(و|ف)?(ي|ت|ن)?(اطلق|طلق|قدم|تقدم|طرح|اعلن|علن|اتخذ|تخذ|اصدر|صدر|اقترح|قترح|بذل|لعب|وجه|ساق|سوق|اثار|ثير|تبن|تبني|تبنا|ادلي|دلي|ادل|قام|قوم|اطلق|يطلق)(ت|وا|و|ون|ان|تا|ا)?$/;
const AR_BELONGING = new Set(['تابعه', 'التابعه', 'تابعين', 'التابعين', 'التابع']);

/** "وبالضربات" → "الضربات", "للقرار" → "القرار": an Arabic noun without its proclitics. */
function bareArabicNoun(w: string): string {
  return w.replace(/^(و|ف)?ب?/, '').replace(/^لل/, 'ال');
}

/** Drops the holders added to `seen` after its first `keep` (a Set keeps insertion order). */
function forgetLaterHolders(seen: Set<number>, keep: number): void {
  let n = 0;
  for (const a of [...seen]) if (n++ >= keep) seen.delete(a);
}

export function analyzeSentence(input: SentenceInput): SentenceResult {
  return new SentenceAnalyzer(input).run();
}

/** "مستقل", "وسريع": an adjective of an investigation, coordinated with "و" or not. */
function investigationAdjective(w: string): boolean {
  return (
    AR_INVESTIGATION_ADJECTIVES.has(w) || (w.startsWith('و') && AR_INVESTIGATION_ADJECTIVES.has(w.slice(1)))
  );
}

/** An Arabic verbal noun of stopping or countering, with و and ل/ب peeled: "لوقف", "وللتصدي". */
function arabicCurbNoun(w: string): string | undefined {
  for (const form of [w, w.replace(/^و/, ''), w.replace(/^و?(ل|ب)/, '')])
    if (AR_CURB_NOUNS.has(form)) return form;
  return undefined;
}
