// The reading of a target governed by a cue: readGovernedTarget and objectOfCue (is the target the
// cue's object, whose genitive, who leaves) with their helpers.
import { mentionWith, type Mention } from './mentions.js';
import { withoutConjunction } from '../text/tokens.js';
import { arabicAssetHead, arabicBareForms } from './sentence-view.js';
import { isClauseMark } from '../text/segment.js';
import { isArabicTitleWord, isOfficeWord } from '../lexicon/common-words.js';
import { AR_OFFICES, AR_OFFICE_COMPLEMENTS } from './titled-surnames.js';
import {
  actionPolarity,
  isActionOnly,
  isCourseOnly,
  isDirective,
  isForce,
  isLaunch,
  isWarning,
  isMutual,
  isCombatLemma,
  isCombat,
  isAttack,
  isDecision,
  takesFromTarget,
  takesAboutTarget,
  isComplaint,
  takesOnlyFrom,
  isJoining,
  nounFromIsTarget,
  takesHolderGenitive,
  isClash,
  type Cue,
} from '../lexicon/cue.js';
import {
  NON_TARGET_PREPS,
  AGREEMENT_NOUNS,
  EN_AUXILIARIES,
  EN_ADVERB_PARTICLES,
  EN_FIRED_AT,
  EN_FIRED_WEAPONS,
  AR_ASSET_QUALIFIERS,
  AR_LIGHT_VERBAL_NOUNS,
  EN_LIGHT_WORDS,
  EN_DETERMINERS,
  EN_MATTER_NOUNS,
  EN_MATTER_PREPS,
  EN_SUBORDINATORS,
  EN_GERUND_PREPS,
  EN_CONCERT_NOUNS,
  EN_DISTANCE_UNITS,
  EN_CONCERT_ADVERBS,
  EN_HALT_FORMS,
  RELATIONAL_NOUNS,
  RELATIONAL_AR,
  STATE_ACTION_NOUNS,
  TRANSFER_HEADS,
  AR_MEMBER_PLURALS,
  AR_CASUALTY_NOUNS,
  AR_COUNT_WORDS,
  AR_AGENT_ACT_NOUNS,
  AR_ATTACK_HEADS,
  AR_COUNTERPARTS,
  AR_DIRECTION_PREPS,
  AR_CONCERNING_PREPS,
  AR_BA_ADVERBS,
  AR_ATTACK_MANNER,
  AR_MENTIONING_PREPS,
  AR_TEMPORAL_PREPS,
  EXPULSION_LEMMAS,
  AR_CAUSE_PREPS,
  AR_LABEL_WORDS,
  AR_ANNOUNCING,
  AR_MONTHS,
  AR_LEADER_WORDS,
  AR_MANAGING_VERBS,
  AR_MANAGING_PREPS,
  AR_PARTICLES,
  TIME_WORDS,
  EN_PREMISES,
  EN_EXAMPLE_MARKERS,
  EN_CLASS_HEADS,
  EN_POSSESSED_PERSONS,
  EN_POSSESSED_AIMS,
  EN_POSSESSIVE_PRONOUNS,
} from './word-lists.js';
import { FORWARD_WINDOW, bareArabicNoun, type Emit } from './analyzer-base.js';
import { AR_BELONGING } from './force-acts.js';
import { ReactionReader, AR_REACTION_ADVERBS } from './reactions.js';

// Giving up (تخلى عن) opposes what is given up, like the removal nouns خروج، إنهاء.
const GIVE_UP_LEMMA = 'تخلى';
// Verbs of hindering: they oppose the effort they hinder, and say nothing of that effort's object.
const EN_HINDERING_LEMMAS = new Set([
  'undermine',
  'sabotage',
  'derail',
  'obstruct',
  'thwart',
  'undercut',
  'block',
]);
// Pact nouns before "with" and its partner: "reached an agreement with X".
const EN_PACT_HEADS = new Set([
  ...AGREEMENT_NOUNS,
  'pact',
  'accord',
  'understanding',
  'memorandum',
  'treaty',
]);
// Relations with a partner that one may break off: "froze its cooperation with X".
const EN_RELATION_HEADS = new Set([
  'cooperation',
  'coordination',
  'talks',
  'ties',
  'relations',
  'contacts',
  'dialogue',
  'partnership',
  'alliance',
]);
// With an act against someone, these name a partner in the act, not its object ("قصفت روسيا مع
// …", "إلى جانب …", "alongside …"; "together/along with" end in "with").
const AR_PARTNER_PREPS = new Set(['مع', 'جانب', 'بجانب']);
const PARTNER_PREPS = new Set([...AR_PARTNER_PREPS, 'with', 'alongside']);

// Removal nouns whose genitive is who leaves: انسحاب، خروج، تخلي، رحيل، مغادرة (lemmas).
export const LEAVING_LEMMAS = new Set(['انسحب', 'خروج', 'تخلى', 'رحيل', 'مغادرة']);

// Fighting someone (Arabic lemmas; English ones are isCombat): a side on the foe even when rejected.
const FIGHT_LEMMAS = new Set(['حارب', 'قاتل']);

const ASSASSINATION_LEMMAS = new Set(['اغتال', 'assassinate']);

/** An Arabic asset noun or a qualifier between it and its nationality ("مواقع عسكرية"). */
function assetWord(w: string): boolean {
  return arabicAssetHead(w) || arabicBareForms(w).some((b) => AR_ASSET_QUALIFIERS.has(b));
}

// The prepositions that carry a strike noun to its object.
const AR_STRIKE_PREPS = new Set(['علي', 'ضد', 'وعلي']);
// Words before an act noun that make it the setting of a clause (folded): في حملته، خلال هجومها.
const SETTING_PREPOSITIONS = new Set(['في', 'وفي', 'خلال', 'ضمن', 'اثناء']);

// Nouns of a missing deed: "the lack of X action" is X's failing, read as X's own.
const EN_LACK_NOUNS = new Set(['lack', 'absence']);

/**
 * "انتقادات حادة لروسيا": the word at `at` is an adjective of severity right after the noun cue at
 * k, which it describes (after an attack, "هجوما عنيفا لمليشيات X", the ل names the attacker).
 * (A function of its own, called wherever objectOfCue reads the word before a target: these tests,
 * reached there only after a rare adjective, would throw that large function's optimised code away.)
 */
function severityOfNounCue(word: string, at: number, k: number, cue: Cue): boolean {
  return AR_SEVERITY_ADJECTIVES.has(word) && at - 1 === k && cue.pos === 'noun' && !isAttack(cue);
}

// Adverbs of place and time that may follow a noun but are no part of a personal name (folded).
const AR_NOT_NAMES = new Set([
  'خارج',
  'داخل',
  'قرب',
  'نحو',
  'حول',
  'عبر',
  'تجاه',
  'امام',
  'خلف',
  'فوق',
  'تحت',
  'بين',
  'بعد',
  'قبل',
  'عند',
  'لدي',
  'منذ',
  'حتي',
  'ضمن',
  'اثر',
  'عقب',
]);

export class GovernedTargetReader extends ReactionReader {
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
   * "صواريخ صوب السعودية": the direction word `prep` names what the strike or launch at k is
   * aimed at. (A weapon noun aims only as a finite verb's object: "أطلقت 32 صاروخا باتجاه …", not
   * "وصف … إطلاق ميليشيات الحوثي صواريخ باتجاه …", whose launcher is not the describer.) A method
   * of its own, called for every word before a target: its tests are rarely all reached, and a
   * call reached for the first time inside objectOfCue, the costliest function to compile, would
   * throw its optimised code away.
   */
  protected aimedBy(prep: string, k: number, cue: Cue): boolean {
    return (
      AR_DIRECTION_PREPS.has(prep) &&
      (isAttack(cue) || isLaunch(cue)) &&
      (cue.pos === 'verb' || this.directedStrike(k) || this.launchedBy(k))
    );
  }

  /**
   * "نرفض أي اعتداء على تركيا", "to prevent attacks on Turkey", "rejected any attack on X": an
   * attack on the target governed by a rejecting or preventing word. That defends the target, which
   * is no stated support for it either (the guideline codes only the attacker's side, read from the
   * act's own agent).
   */
  protected rejectedAttack(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)?.cue;
    // (A fight is left alone: "جهود محاربة داعش", "منظار محاربة إيران" still take sides on the foe.)
    if (!cue || !isForce(cue) || isCombat(cue) || FIGHT_LEMMAS.has(cue.lemma) || cue.polarity >= 0)
      return false;
    if (this.input.lang === 'ar') {
      // (A negated acceptance is left to compose: "لن تقبل قيام عناصر بقصف الأراضي السعودية"
      // backs the one bombed, as precision-ar.spec has it.)
      const gv = this.subjectBefore(k, false);
      if (typeof gv !== 'number' || this.negatedBefore(gv, 2)) return false;
      return this.nounReading(k) && this.governingVerbSign(k) < 0;
    }
    // English noun and verb forms look alike: the attack is the object ("on X") right after the
    // rejecting word ("rejected any attack on", "to prevent attacks on", "warned against an attack on").
    const text = this.input.tokens.text;
    let p = target.tokStart - 1;
    if (text[p] === 'the') p--;
    if (text[p] !== 'on' && text[p] !== 'against') return false;
    const outer = this.governingCueBefore(mentionWith(target, { tokStart: k, tokEnd: k + 1 }));
    const oc = outer && this.cueAt(outer.k)?.cue;
    return (
      !!oc &&
      outer.distance <= 2 &&
      oc.kind === 'stance' &&
      oc.polarity < 0 &&
      !isForce(oc) &&
      !isCombat(oc) &&
      !this.negatedBefore(outer.k, 2)
    );
  }

  /**
   * The strike noun at k is carried by a verbal noun ("شن هجمات", "من شن هجمات") that a
   * rejecting, condemning or preventing cue governs: "رفضت … شن هجمات", "بمنع … من شن هجمات".
   */
  protected strikeUnderRejection(k: number, target: Mention): boolean {
    const light = this.strikeLightVerb(k);
    if (light === undefined || !AR_LIGHT_VERBAL_NOUNS.test(this.input.tokens.text[light]!)) return false;
    const outer = this.governingCueBefore(mentionWith(target, { tokStart: light, tokEnd: light + 1 }));
    const cue = outer && this.cueAt(outer.k)?.cue;
    // (Not a harm of its own before it: "وأدى الهجوم إلى شن الولايات المتحدة … ضربات على سوريا".)
    return (
      !!cue &&
      cue.kind === 'stance' &&
      cue.polarity < 0 &&
      !isForce(cue) &&
      !isCombat(cue) &&
      !AR_ATTACK_HEADS.has(bareArabicNoun(this.input.tokens.text[outer.k]!)) &&
      !this.negatedBefore(outer.k, 2)
    );
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
      const dated = AR_TEMPORAL_PREPS.has(withoutConjunction(w)) || AR_TEMPORAL_PREPS.has(bare);
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

  /** The noun at k follows a preposition of time, cause or topic: it is mentioned, not held. */
  protected mentionsOnly(k: number): boolean {
    if (k - 1 < this.s) return false;
    // The word as written (less و/ف) for the prepositions that begin with ب ("بعد", "بسبب"),
    // which bareArabicNoun would strip as a proclitic.
    const w = withoutConjunction(this.input.tokens.text[k - 1]!);
    const bare = bareArabicNoun(w);
    return (
      AR_TEMPORAL_PREPS.has(w) ||
      AR_TEMPORAL_PREPS.has(bare) ||
      AR_CAUSE_PREPS.test(w) ||
      AR_MENTIONING_PREPS.has(bare)
    );
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

  /** The English gerund at k is the act a verb of stopping right before it stops ("stop backing"). */
  protected haltedGerund(k: number): boolean {
    const text = this.input.tokens.text;
    return this.input.lang === 'en' && k > this.s && /ing$/.test(text[k]!) && EN_HALT_FORMS.has(text[k - 1]!);
  }

  /** "to condemn", "to unequivocally condemn": the English verb at k is an infinitive (one -ly adverb may split it). */
  protected infinitiveTo(k: number): boolean {
    const text = this.input.tokens.text;
    if (text[k - 1] === 'to') return true;
    return (
      k - 2 >= this.s &&
      text[k - 2] === 'to' &&
      /..ly$/.test(text[k - 1]!) &&
      !this.cueAt(k - 1) &&
      !this.mentionAtToken(k - 1)
    );
  }

  /**
   * The English infinitive at k follows "to" right after a stance verb or word of readiness (not
   * a directive, whose addressee is the infinitive's subject: "urged X to …") that composes with it.
   */
  protected infinitiveOfStance(k: number, target: Mention): boolean {
    if (this.input.lang !== 'en' || !this.infinitiveTo(k)) return false;
    const to = this.input.tokens.text[k - 1] === 'to' ? k - 1 : k - 2;
    const outer = this.governingCueBefore(mentionWith(target, { tokStart: k, tokEnd: k + 1 }));
    if (!outer || outer.k !== to - 1) return false;
    const c = this.cueAt(outer.k)!.cue;
    // (A verb or a word of readiness: a noun takes no infinitive of its own, "lack of
    // seriousness in the opposition to respect a truce".)
    return (
      c.kind === 'stance' &&
      c.polarity !== 0 &&
      (c.pos === 'verb' || isCourseOnly(c)) &&
      !isDirective(c) &&
      !takesOnlyFrom(c) &&
      !this.ownPluralSubject(outer.k, k)
    );
  }

  /** The verb governing the noun at k gives it up ("تخلى عن", "التخلي عن"). */
  protected givesUp(k: number): boolean {
    const gv = this.subjectBefore(k, false);
    return typeof gv === 'number' && this.cueAt(gv)?.cue.lemma === GIVE_UP_LEMMA;
  }

  /**
   * "يشتبك الجيش مع قسد، ويركز على قتال داعش": a clause coordinated after a comma by a و-word
   * that is no cue, name or definite noun (its own verb) holds the later noun; the verb before
   * shares its subject but does not govern it.
   */
  /** The English hostile verb at k drops a pact or relation whose partner, after "with", is `target`. */
  protected droppedPactPartner(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if (this.input.lang !== 'en' || cue.polarity >= 0 || cue.pos !== 'verb' || target.kind === 'topic')
      return false;
    const text = this.input.tokens.text;
    const w = text[target.tokStart - 1] === 'the' ? target.tokStart - 2 : target.tokStart - 1;
    return text[w] === 'with' && w > k && w - k <= 12 && this.pactHeadBetween(k, w);
  }

  /**
   * The object of the English verb at k, within its first three words, is a pact or relation noun
   * ("suspended its memorandum", "froze all cooperation"), with no preposition before it ("attacked
   * the town under a deal with X" names a frame) and no clause break before `before`.
   */
  protected pactHeadBetween(k: number, before: number): boolean {
    const { tokens } = this.input;
    for (let j = k + 1; j < before && j <= k + 3; j++) {
      if (!tokens.isWord[j] || this.mentionAtToken(j) || this.isKind(j, 'preposition')) return false;
      if (EN_PACT_HEADS.has(tokens.text[j]!) || EN_RELATION_HEADS.has(tokens.text[j]!)) {
        for (let b = j + 1; b < before; b++) if (!tokens.isWord[b]) return false;
        return true;
      }
    }
    return false;
  }

  /**
   * "The army, in cooperation with Hezbollah, captured …", "in close coordination with X": the
   * English noun at k names an act done together, a relation of both sides. (Not a call for
   * cooperation, nor "cooperation with X" as a topic: only the manner phrase after "in".)
   */
  protected actingInConcert(k: number): boolean {
    const t = this.input.tokens.text;
    if (this.input.lang !== 'en' || !EN_CONCERT_NOUNS.has(t[k]!) || t[k + 1] !== 'with') return false;
    const before = k - 1 >= this.s && EN_CONCERT_ADVERBS.has(t[k - 1]!) ? k - 2 : k - 1;
    return before >= this.s && t[before] === 'in';
  }

  protected coordinatedClauseBetween(gv: number, k: number): boolean {
    if (this.input.lang !== 'ar') return false;
    const { tokens } = this.input;
    for (let j = gv + 1; j + 1 < k; j++) {
      if (!isClauseMark(tokens, j)) continue;
      const w = tokens.text[j + 1]!;
      if (
        w.length > 2 &&
        w.startsWith('و') &&
        !w.startsWith('وال') &&
        !this.cueAt(j + 1) &&
        !this.mentionAtToken(j + 1)
      )
        return true;
    }
    return false;
  }

  /**
   * Polarity of the verb whose complement holds the (noun or particle) cue at k, or 1:
   * "تتهم … المركز بالمساعدة … لصالح النظام", "vetoed a resolution calling for …".
   */
  protected governingVerbSign(k: number): number {
    // "لم تلتزم طهران بشروطها بعد الانسحاب الأمريكي": a noun after a preposition of time dates
    // the clause; it is not the verb's complement.
    if (k - 1 >= this.s && AR_TEMPORAL_PREPS.has(withoutConjunction(this.input.tokens.text[k - 1]!)))
      return 1;
    const gv = this.subjectBefore(k, false);
    if (typeof gv !== 'number') return 1;
    if (this.coordinatedClauseBetween(gv, k)) return 1;
    const gc = this.cueAt(gv)?.cue;
    // "ترامب يرفض دعوات من أعضاء بالكونغرس لوقف …": a noun of calling passes the course called
    // for on to the verb governing it, whose subject holds it (see subjectBefore).
    if (gc?.kind === 'stance' && gc.pos === 'noun' && !gc.participle && this.callsFor(gv) && gv < k)
      return this.governingVerbSign(gv);
    // (A word of readiness governs its course as a verb does: "ليست مستعدة للتخلي عن X".)
    if (!gc || gc.kind !== 'stance' || !(gc.pos === 'verb' || gc.verbNoun || isCourseOnly(gc))) return 1;
    // "استعادت السيطرة … بدعم جوي من X": taking ground governs no course of action.
    if (takesOnlyFrom(gc)) return 1;
    // "strikes against X": force with a hostile particle is one act against X, not a double negation
    // (but "shelled a rally in support of X" opposes X).
    // (Combat too: "fought fierce battles on Monday against X".)
    if ((isForce(gc) || isCombat(gc)) && !this.negatedBefore(gv, 2)) return 1;
    if (isComplaint(gc) && this.cueAt(k)?.cue.lemma === 'ضد' && !this.negatedBefore(gv, 2)) return 1;
    return actionPolarity(gc) * (this.negatedBefore(gv, 2) ? -1 : 1);
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

  /**
   * "يشتبك الجيش السوري مع قسد في حملته على داعش", "خلال هجومها على …": an Arabic act noun with a
   * possessive pronoun after في/خلال/ضمن/أثناء is its subject's own act, the setting of the verb
   * before it, not that verb's object: the verb's sign is not composed into it.
   */
  protected ownActAsSetting(k: number): boolean {
    if (this.input.lang !== 'ar' || !this.cueAt(k)?.pronounSuffix || k - 1 < this.s) return false;
    return SETTING_PREPOSITIONS.has(this.input.tokens.text[k - 1]!);
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
    // "فصائل تدعمها إيران متحالفة مع الأسد": a participle describing an untracked noun before it
    // labels that noun; it is no position of the clause's subject or of the speaker.
    if (tc.cue.participle && this.input.lang === 'ar' && this.attributiveParticiple(found.k)) {
      vetoed.push(target.tokStart);
      return;
    }
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
    // "رفضت القوات العراقية شن هجمات على تركيا", "بمنع المقاتلين من شن هجمات على تركيا": a
    // strike whose carrying verbal noun is rejected or prevented defends its object; the one who
    // prevents it is not against that object.
    if (!actAgent && target.kind !== 'topic' && this.strikeUnderRejection(found.k, target)) {
      vetoed.push(target.tokStart);
      return;
    }
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
      // "ولا يصنف مجلس الأمن وحدات حماية الشعب جماعة إرهابية": withholding a label takes no side.
      if (this.negatedBefore(found.k, 2)) return;
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
        (negT && found.k !== target.tokStart && !this.requiredWithout(target.tokStart - 1, found.k)) ||
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
      !this.genitiveAgentWithObject(found.k) &&
      !this.ownActAsSetting(found.k)
    ) {
      // "تخلى الأكراد عن محاربة داعش": giving up a fight is no support for the foe.
      if (target.kind !== 'topic' && isForce(tc.cue) && this.givesUp(found.k)) return;
      if (target.kind !== 'topic' && this.rejectedAttack(found.k, target)) {
        vetoed.push(target.tokStart);
        return;
      }
      sign *= this.governingVerbSign(found.k);
      const gv = this.subjectBefore(found.k, false);
      composedWith = typeof gv === 'number' ? gv : -1;
    }
    // "بحليف روسيا، الرئيس السوري": a relation noun and its possessor before a name are that
    // name's title, a label (guideline), not the possessor's position; an outer verb's holder
    // keeps its own ("رفض حماس تقديم الدعم لحليف إيران، الرئيس السوري").
    const titleOwner = this.input.lang === 'ar' ? this.relationTitleOf(found.k, target) : undefined;
    if (titleOwner) {
      const owners = this.coordinated(titleOwner);
      holders = holders.filter((h) => !owners.includes(h));
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
        // "did not agree to extend the truce": a negation before a stance verb over the deed was
        // not reached from the deed (negatedBefore passes only through other deeds).
        const outerNegated = !isActionOnly(outerCue.cue) && this.negatedBefore(outer.k, 2);
        const outerSign =
          outer.k === composedWith ? sign : sign * actionPolarity(outerCue.cue) * (outerNegated ? -1 : 1);
        const outerStrength = outerCue.cue.strength * strength;
        // "رفضت إسرائيل دعوات روسيا بوقف الهجوم": the caller holds the course it calls for;
        // the verb's subject takes it composed with the verb ("ورفضت إسرائيل الدعوات إلى وقف …").
        const caller = this.input.lang === 'ar' ? this.callerOfNoun(outer.k) : undefined;
        const callers = caller ? this.coordinated(caller) : [];
        if (this.decisionOverDeed(outer.k, outerSign, composedWith, outerStrength, target, emit, hedge))
          return;
        emit(callers, target, outerSign, outerStrength, outer.k, hedge);
        // (Without a caller, the sign already passed through the call: see governingVerbSign.)
        const throughCall = !caller && outerCue.cue.pos === 'noun' && this.callsFor(outer.k);
        const verbSign = outerCue.cue.pos !== 'verb' && !throughCall ? this.governingVerbSign(outer.k) : 1;
        const others = outerHolders.filter((a) => !callers.includes(a));
        emit(others, target, outerSign * verbSign, outerStrength, outer.k, hedge);
        return;
      }
    }
    // "is not willing to fund X", "refused to accept the truce": an English infinitive right
    // after a stance word has that word's subject for its own, and its side is the one composed
    // with that word below, never its own alone.
    // "must stop backing X": the act stopped is no position of its own; the stop composes with it.
    if (this.infinitiveOfStance(found.k, target) || this.haltedGerund(found.k)) holders = [];
    emit(holders, target, sign, strength, found.k, hedge);
    // "تحالف X مع Y", "X allied with Y": an alliance is a position of both sides.
    // (Only as stated: "refused to ally with X" or "did not clash with X" is one-sided.)
    // ("agreed to grant X immunity": X is no party; only "agreed with X" names one.)
    const party = tc.cue.lemma !== 'agree' || this.input.tokens.text[target.tokStart - 1] === 'with';
    const combat = isCombat(tc.cue) && this.finiteEnglishVerb(found.k);
    // "The rebels are fighting alongside the Nusra Front": comrades in arms back each other.
    const comrades =
      tc.cue.polarity > 0 && isCombatLemma(tc.cue) && this.input.tokens.text[found.k + 1] === 'alongside';
    if (
      (isMutual(tc.cue) || combat || comrades || this.actingInConcert(found.k)) &&
      party &&
      target.kind !== 'topic' &&
      sign === tc.cue.polarity
    )
      for (const h of holders)
        emit([target.actor], mentionWith(target, { actor: h }), sign, strength, found.k, hedge);
    // A cue governed by another cue: "رفض بوتين مقترح أردوغان إعلان هدنة", "asked Congress to approve …".
    // "to approve …", "for breaking …": an English infinitive or gerund depends on an earlier cue.
    const infinitive =
      this.input.lang === 'en' &&
      (this.infinitiveTo(found.k) ||
        (/ing$/.test(this.input.tokens.text[found.k]!) &&
          EN_GERUND_PREPS.has(this.input.tokens.text[found.k - 1]!)) ||
        this.haltedGerund(found.k));
    // "a resolution calling for …": an English participle modifying the noun before it. (Not a
    // combat participle on a name, "strikes by the coalition fighting IS": a label of the agent.)
    const participle =
      this.input.lang === 'en' &&
      !infinitive &&
      /ing$/.test(this.input.tokens.text[found.k]!) &&
      found.k > this.s &&
      !this.identifyingCombatClause(found.k);
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
        !this.ownPluralSubject(outer.k, found.k) &&
        !(EN_HINDERING_LEMMAS.has(outerCue.cue.lemma) && this.ownedEffortBefore(found.k))
      ) {
        const outerHolders = this.holderOf(outer.k, false, found.k).filter((a) => !holders.includes(a));
        // "threatened to reject X" endorses the rejection: a threat's course of action is its
        // aim, and so is the infinitive of an act of force ("rebels fighting to topple X").
        const aimed = infinitive && isForce(outerCue.cue);
        // ("رفضت تركيا قرار نقل السفارة": a verb over an unowned noun already composed its side
        // into the sign above, so it is not composed a second time. A noun over it, "أسفه لقرار
        // …", reached the sign otherwise and composes here.)
        const outerSign =
          outer.k === composedWith && outerCue.cue.pos === 'verb'
            ? 1
            : (aimed ? 1 : actionPolarity(outerCue.cue)) *
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

  /**
   * "وانتقدت تركيا قرار ترامب الانسحاب من الاتفاق النووي", "ورفضت تركيا قرار الانسحاب من …":
   * the deed in a decision noun is the decision's side, held by its named owner as it is; the
   * verb reacting to the decision judges it, so its holder's side is the verb's polarity times
   * the decision's. False (nothing emitted) unless the cue at k is an Arabic decision noun.
   */
  protected decisionOverDeed(
    k: number,
    outerSign: number,
    composedWith: number,
    strength: number,
    target: Mention,
    emit: Emit,
    hedge: boolean,
  ): boolean {
    if (this.input.lang !== 'ar' || !isDecision(this.cueAt(k)!.cue) || !this.nounReading(k)) return false;
    const v = this.reactingVerbBefore(k);
    const owner = this.ownerAfter(k);
    const owners = owner ? this.coordinated(owner) : [];
    const verbSign = v !== undefined ? this.governingVerbSign(k) : 1;
    // (A sign already composed with the reacting verb is taken back to the decision's own.)
    const side = v !== undefined && v === composedWith ? outerSign * verbSign : outerSign;
    emit(owners, target, side, strength, k, hedge);
    if (v === undefined) return owners.length > 0;
    // "على الرغم من رفضهم قرار واشنطن …": a verbal noun's pronoun may stand for a group the
    // codebook does not name; it is not read as the nearest name.
    if (this.cueAt(v)!.pronounSuffix) return true;
    const judges = this.holderOf(v, false, k).filter((a) => !owners.includes(a));
    emit(
      judges,
      target,
      side * verbSign,
      this.cueAt(v)!.cue.strength * strength,
      v,
      this.hedged(v, target.tokStart),
    );
    return true;
  }

  /**
   * "US efforts to defeat ISIS", "Washington's campaign to …", "their bid to …": the infinitive at
   * k completes an effort noun owned by someone, whose course it is; a verb hindering the effort
   * opposes the owner ("undermines US efforts"), not the effort's object.
   */
  protected ownedEffortBefore(k: number): boolean {
    const { tokens } = this.input;
    const aim = k - 2;
    if (this.input.lang !== 'en' || aim - 1 < this.s || tokens.text[k - 1] !== 'to') return false;
    if (!EN_POSSESSED_AIMS.has(tokens.text[aim]!)) return false;
    const owner = this.mentionAtToken(aim - 1);
    return (
      (owner !== undefined && owner.kind !== 'topic') || EN_POSSESSIVE_PRONOUNS.has(tokens.text[aim - 1]!)
    );
  }

  /** "حليف روسيا، الرئيس السوري", "حليفة إيران الرئيسية، سوريا": the relation noun at k with a named possessor right before target. */
  protected relationTitleOf(k: number, target: Mention): Mention | undefined {
    const { tokens } = this.input;
    const noun = tokens.text[k]!.replace(/^(و|ف|ب|ل)/, '');
    if (!RELATIONAL_AR.has(noun) && noun !== 'حليفه') return undefined;
    const owner = this.mentionAtToken(k + 1);
    if (!owner || owner.tokStart !== k + 1 || owner.kind === 'topic') return undefined;
    let j = owner.tokEnd;
    // One adjective of the noun ("الرئيسي", "الأبرز"), then a comma.
    if (
      j < target.tokStart &&
      tokens.isWord[j] &&
      !this.mentionAtToken(j) &&
      tokens.text[j]!.startsWith('ال')
    )
      j++;
    if (j < target.tokStart && (tokens.text[j] === '،' || tokens.text[j] === ',')) j++;
    if (target.tokStart === j) return owner;
    // "الرئيس السوري بشار الأسد": the name after the title that names the same actor.
    const first = this.mentionAtToken(j);
    const same = first !== undefined && first.tokStart === j && first.actor === target.actor;
    return same && first.tokEnd === target.tokStart ? owner : undefined;
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

  /** A noun with a preposition (بالاتفاق، للمفاوضات), neither cue nor name, between k and b. */
  protected prepositionalNounBetween(k: number, b: number): boolean {
    for (let j = k + 1; j < b; j++) {
      const w = this.input.tokens.text[j]!;
      if (/^(ب|وب|ل)ال|^لل/.test(w) && !AR_BA_ADVERBS.has(w) && !this.cueAt(j) && !this.mentionAtToken(j))
        return true;
    }
    return false;
  }

  /** Token b, after the cue at k, is an indefinite construct noun right after "مع" or "جانب". */
  protected partnerBeforeConstruct(k: number, b: number): boolean {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || b - 1 <= k || !AR_PARTNER_PREPS.has(tokens.text[b - 1]!)) return false;
    return (
      tokens.isWord[b] === 1 && !tokens.text[b]!.startsWith('ال') && !this.cueAt(b) && !this.mentionAtToken(b)
    );
  }

  /**
   * Token b ends a definite noun phrase after "مع" or "(إلى) جانب" that the demonym target
   * qualifies: a plain noun, a construct noun before it ("مع قوات الجيش السوري") or a
   * government phrase ("مع قوات النظام السوري").
   */
  protected partnerBeforeNoun(b: number, target: Mention): boolean {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || target.kind !== 'demonym' || b !== target.tokStart - 1) return false;
    if (!tokens.text[b]!.startsWith('ال') || this.cueAt(b)) return false;
    const partnerAt = (j: number): boolean => j >= this.s && AR_PARTNER_PREPS.has(tokens.text[j]!);
    const phrase = this.mentionAtToken(b);
    if (phrase) return partnerAt(phrase.tokStart - 1);
    if (partnerAt(b - 1)) return true;
    const construct = b - 1;
    return (
      !!tokens.isWord[construct] &&
      !tokens.text[construct]!.startsWith('ال') &&
      !this.cueAt(construct) &&
      !this.mentionAtToken(construct) &&
      partnerAt(construct - 1)
    );
  }

  /**
   * An actor is the object of a cue only when close to it (at most three words, coordinated
   * actors aside), not behind a complementizer ("warned that Iran …"), and not as the
   * addressee of a directive ("urged Trump to …").
   */
  /** An infinitive ("to" and a word that is no article, name or cue) between tokens k and `to`. */
  protected plainInfinitiveBetween(k: number, to: number): boolean {
    const { tokens } = this.input;
    for (let j = k + 1; j + 1 < to; j++) {
      if (tokens.text[j] !== 'to') continue;
      const v = j + 1;
      // ("to back X": the lexicon drops bare "back", mostly an adverb, but after "to" it is the verb.)
      const w = tokens.text[v]!;
      if (
        tokens.isWord[v] &&
        w !== 'back' &&
        !EN_DETERMINERS.has(w) &&
        !this.mentionAtToken(v) &&
        !this.cueAt(v)
      )
        return true;
    }
    return false;
  }

  /**
   * "does not cut a single guaranteed benefit, and Mitt Romney embraced the same savings": a name
   * after "and" with a finite verb of its own is the subject of the next clause, not an object
   * coordinated with the words before "and".
   */
  protected subjectOfJoinedClause(target: Mention): boolean {
    const text = this.input.tokens.text;
    if (text[target.tokStart - 1] !== 'and' || target.tokEnd >= this.e) return false;
    const v = target.tokEnd;
    if (EN_AUXILIARIES.has(text[v]!)) return true;
    return this.cueAt(v)?.cue.pos === 'verb' && /ed$/.test(text[v]!) && this.finiteEnglishVerb(v);
  }

  /**
   * من/from at most two words after the noun cue at k, with at most one word between it and the
   * actor m; not after an agent already named ("الموقف السعودي من إسرائيل": من names the matter).
   */
  protected agentFromBefore(k: number, m: Mention): boolean {
    const text = this.input.tokens.text;
    for (let j = k + 1; j <= k + 2 && j < m.tokStart; j++) {
      if (this.mentionAtToken(j)) return false;
      if (text[j] !== 'من' && text[j] !== 'from') continue;
      return m.tokStart - j <= 2 && (m.tokStart - j === 1 || !this.mentionAtToken(j + 1));
    }
    return false;
  }

  /**
   * "توصلت المعارضة إلى اتفاق مع روسيا لإجلاء …", "صفقة إجلاء مع جيش الإسلام": a truce,
   * evacuation or exchange agreed with Y settles a fight between enemies; Y is no partner the
   * agreeing side supports (as for such deals "between" them, side-relations.ts). The deal's
   * terms stand between the verb and "مع" or within three words after Y.
   */
  protected settlingPact(k: number, cue: Cue, at: number): boolean {
    if (cue.lemma !== 'اتفق') return false;
    let after = this.mentionAtToken(at)?.tokEnd ?? at + 1;
    // "مع روسيا، الأسبوع الماضي، لإجلاء …": past commas and time words.
    while (
      after < this.e &&
      (this.input.tokens.text[after] === ',' || TIME_WORDS.has(this.input.tokens.text[after]!))
    )
      after++;
    return this.truceTerms(k + 1, at - 1) || this.truceTerms(after, after + 3);
  }

  /**
   * Arabic VSO with a titled subject: "وأدان المتحدث باسم حركة حماس فوزي برهوم إسرائيل", "وانتقد
   * وزير الخارجية الإيراني جواد ظريف …". Token j ends a personal name of one to three words that
   * follows, right after the verb at k, the subject's title naming a holder of the verb; the
   * name is the subject's, so the actor after it is the verb's object, in construct with nothing.
   */
  protected subjectNameEndingAt(k: number, j: number): boolean {
    if (this.input.lang !== 'ar' || this.cueAt(k)?.cue.pos !== 'verb' || !this.opensClause(k)) return false;
    let t = j;
    while (
      t > k + 1 &&
      t > j - 3 &&
      this.untrackedNameWordAt(t) &&
      !AR_NOT_NAMES.has(this.input.tokens.text[t]!)
    )
      t--;
    if (t === j) return false;
    const title = this.mentionAtToken(t);
    if (!title || title.tokEnd !== t + 1 || title.kind === 'topic' || title.actor < 0) return false;
    // The title runs from the verb: office words, then the body (a name right after the verb
    // would be the subject itself, and the run after it a second name).
    if (title.tokStart === k + 1 && title.kind === 'name') return false;
    let office = false;
    for (let i = k + 1; i < title.tokStart; i++) {
      const w = this.input.tokens.text[i]!;
      const officeWord = isOfficeWord(w, 'ar') || isArabicTitleWord(w) || AR_OFFICES.test(w);
      if (!officeWord && !AR_OFFICE_COMPLEMENTS.test(w) && w !== 'في') return false;
      office ||= officeWord;
    }
    return (office || title.tokStart === k + 1) && this.holderOf(k).includes(title.actor);
  }

  protected objectOfCue(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    // "suspended its memorandum of understanding on air safety with the United States": the
    // partner of a pact or relation that a hostile verb drops is the one it is turned against
    // (also after verbs that otherwise act on things only: suspend, halt, withdraw).
    const dropped = this.droppedPactPartner(k, target);
    // A warning is against its addressee ("حذرت واشنطن طهران من …", "warned Iran"); other directives are not.
    if (
      cue.kind === 'stance' &&
      ((isDirective(cue) && !isWarning(cue)) || (isActionOnly(cue) && !dropped) || isCourseOnly(cue))
    )
      return false;
    // "an ally of Assad", "an ally of the United States", "Russia's backer": relational nouns
    // take their object with "of".
    if (this.input.lang === 'en' && cue.pos !== 'verb' && RELATIONAL_NOUNS.has(cue.lemma)) {
      const text = this.input.tokens.text;
      const before = text[target.tokStart - 1] === 'the' ? target.tokStart - 2 : target.tokStart - 1;
      if (text[before] !== 'of') return false;
    }
    // "launched the campaign with the support of the US-led coalition", "with the help of air
    // strikes by X": after "with", a help noun's of/from names the helper; the one helped is the
    // clause's subject (aidedDeeds), never the actor after it.
    if (this.input.lang === 'en' && this.namedAsHelper(target)) return false;
    // "vetoed a resolution on Syria": the actor after "on" is what the decision concerns.
    if (
      this.input.lang === 'en' &&
      cue.pos !== 'verb' &&
      target.kind !== 'topic' &&
      EN_MATTER_NOUNS.has(this.input.tokens.text[k]!) &&
      EN_MATTER_PREPS.has(this.input.tokens.text[k + 1] ?? '')
    )
      return false;
    if (this.input.lang === 'en' && this.subjectOfJoinedClause(target)) return false;
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
    // "agreed a truce for Syria": the country a pact or plan is for is where it holds, no party to it.
    if (
      this.input.lang === 'en' &&
      prep === 'for' &&
      PACT_SCOPE_NOUNS.has(this.input.tokens.text[before - 1] ?? '') &&
      target.kind === 'name' &&
      STATE_KINDS.has(this.input.compiled.codebook.actors[target.actor]?.kind ?? '')
    )
      return false;
    // "قصفت مقر قيادة ودعم لوجستي لتنظيم داعش", "استهدفت آليات عسكرية ثقيلة لميليشيات الحوثي": a
    // force's place, unit or vehicle, its qualifiers and then the ل-named owner: the act is on the owner.
    const owned = this.ownedForcePlace(k, head, before);
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
      // "وقف إلى جانب X", "وقف في وجه X", "بوجه X": the side one stands by or stands up to (وجه
      // whole: its و is no conjunction).
      const alongside = (head === 'جانب' || prep === 'وجه' || prep === 'بوجه') && cue.lemma === 'وقف';
      const office = target.official && AR_COUNTERPARTS.has(head);
      const severity = severityOfNounCue(prep, before, k, cue);
      const aimed = this.aimedBy(prep, k, cue);
      // "للقوات الأميركية": a definite noun (also with ل, لل) is qualified by the adjective
      // after it, never in construct with a name.
      if (
        !/^(ال|لل)/.test(prep) &&
        !title &&
        !alongside &&
        !office &&
        !severity &&
        !aimed &&
        !TRANSFER_HEADS.has(head) &&
        !STATE_ACTION_NOUNS.has('ال' + head) &&
        owned === undefined &&
        !AR_PARTICLES.has(prep) &&
        // "قصفت أهدافا إيرانية": the adjective after an asset noun names whose asset is struck.
        !(this.assetForce(cue) && this.assetTarget(target)) &&
        // "وأدان المتحدث باسم حماس فوزي برهوم إسرائيل": the last word of the subject's own name.
        !this.subjectNameEndingAt(k, before)
      )
        return false;
    }
    // "جددت التزامها بالاتفاق النووي مع إيران": after a prepositional object of the cue, the
    // actor after "مع" is that object's partner (the deal is with Iran), not the cue's object.
    if (this.input.lang === 'ar' && prep === 'مع' && this.prepositionalNounBetween(k, before)) return false;
    if (this.input.lang === 'ar' && prep === 'مع' && this.settlingPact(k, cue, head.tokStart)) return false;
    // "بحليف روسيا، الرئيس السوري": the possessor of a relation is not the object of an outer cue.
    if (before > k && RELATIONAL_AR.has(prep.replace(/^(و|ف|ب|ل)/, ''))) return false;
    if (this.towardOtherNoun(k, before, cue)) return false;
    // "vowed to confront the YPG", "pledged to bring X to justice": an infinitive with no cue of
    // its own takes the actor as its object; the commitment says nothing of the actor.
    if (
      this.input.lang === 'en' &&
      cue.pos === 'verb' &&
      cue.polarity > 0 &&
      target.kind !== 'topic' &&
      this.plainInfinitiveBetween(k, head.tokStart)
    )
      return false;
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
    // "reached an agreement with X": the pact's partner is the agreeing verb's own.
    const pactWith =
      this.input.lang === 'en' &&
      cue.lemma === 'agree' &&
      prep === 'with' &&
      before - k <= 5 &&
      EN_PACT_HEADS.has(this.input.tokens.text[before - 1]!);
    const droppedPactWith = dropped;
    const ownParticle =
      blamedOn ||
      firedAt ||
      pactWith ||
      droppedPactWith ||
      (cue.particle === true &&
        (before === k + 1 ||
          // "stood up to X", "distanced himself from X": the phrase's last word heads the object.
          before === k + cue.span! ||
          (before === k + 2 && EN_ADVERB_PARTICLES.has(this.input.tokens.text[k + 1]!))));
    if (
      NON_TARGET_PREPS.has(prep) &&
      !ownParticle &&
      !(prep === 'في' && cue.lemma === 'النار') &&
      // "دافع عن X", "انشق عن X": one defends someone, or breaks away from him, with عن.
      !(prep === 'عن' && takesAboutTarget(cue)) &&
      !(prep === 'الي' && isJoining(cue)) &&
      // "وجهت ضربة إلى النظام": a directed strike lands on what follows إلى.
      !(prep === 'الي' && this.directedStrike(k)) &&
      !(prep === 'from' && takesFromTarget(cue))
    )
      return false;
    // "captured the town 20 km from Turkey": a distance, not the one the ground is taken from.
    if (prep === 'from' && EN_DISTANCE_UNITS.has(this.input.tokens.text[before - 1] ?? '')) return false;
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
    // ("bombed … alongside Syrian government forces": a partner in the act as well.)
    // ("وقصفت روسيا مع قوات النظام السوري": through the actor's arm in construct after مع; verbs
    // only, as below: "القتال مع ميليشيات الحوثي" names the other side.)
    const partner = PARTNER_PREPS.has(prep) || (cue.pos === 'verb' && this.partnerBeforeConstruct(k, before));
    if (partner && cue.polarity < 0 && !ownParticle && !isClash(cue)) return false;
    // "اتهمت روسيا مع السلطات السورية الخوذ البيضاء": the same partner named by a definite noun
    // and a nationality adjective; مع stands before the noun, not right before the adjective.
    // (Verbs only: after a noun "مواجهات مع القوات الإسرائيلية" names the other side.)
    if (cue.polarity < 0 && cue.pos === 'verb' && !isClash(cue) && this.partnerBeforeNoun(before, target))
      return false;
    // "دعم قطر المستمر للإرهاب": a genitive followed by the noun's ل-object is its agent.
    if (cue.pos !== 'verb' && target.tokStart === k + 1 && this.objectAfterAgent(target)) return false;
    // "ترفضه الفصائل": a verb that carries its object as a pronoun governs nothing after it.
    if (this.cueAt(k)!.objectPronoun) return false;
    // "بدعم من روسيا", "support from Russia": after a verbal noun, من/from introduces the agent;
    // so it does past an adjective of the noun and before a force named by its nationality
    // ("بدعم جوي من الجيش الأميركي").
    if (
      cue.pos !== 'verb' &&
      !nounFromIsTarget(cue) &&
      ((before > k && before <= k + 2 && (prep === 'من' || prep === 'from')) || this.agentFromBefore(k, head))
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
    // The words of a multiword cue past its first particle ("stood up to", "paid tribute to") are
    // the cue's own and no distance.
    const from = byAgent && byAgent.tokEnd <= head.tokStart ? byAgent.tokEnd : k + Math.max(1, cue.span!);
    for (let j = from; j < target.tokStart; j++) {
      if ((blamedOn || firedAt || droppedPactWith) && j <= before) continue;
      if (adverbial !== undefined && j >= adverbial && j < head.tokStart) continue;
      // The owned place's qualifiers add no distance; the arm noun in construct with the subject
      // ("استهدفت مقاتلات التحالف …") is the subject's own.
      if (owned !== undefined && j > owned && j < head.tokStart) continue;
      if (j === k + 1 && cue.lemma === 'استهدف' && this.armOfSubject(k, j)) continue;
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
          !this.classBeforeExamples(m) &&
          !this.holderOf(k).includes(m.actor) &&
          // "استهداف الحوثيين للسعودية": the act's own agent stands before its object.
          this.hostileActAgent(k, target) !== m
        )
          return false;
        continue;
      }
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'complementizer' || kind === 'speech') return false;
      if (
        this.input.lang === 'en' &&
        EN_SUBORDINATORS.has(this.input.tokens.text[j]!) &&
        !this.endsCuePhrase(j)
      )
        return false;
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
      // (A jump to the hedge's end, not an increment: an increment reached first in a rare case
      // has no type feedback and throws this large function's optimised code away.)
      const hedgeEnd = this.atLeastEnd(j);
      if (hedgeEnd >= 0) {
        j = hedgeEnd;
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
        j !== owned &&
        !this.memberCount(j)
      )
        return false;
      // "stormed the offices of X", "targeting positions of X": an attack on X's premises is on X.
      if (attack && EN_PREMISES.has(this.input.tokens.text[j]!)) {
        premises = true;
        continue;
      }
      if (premises && EN_LIGHT_WORDS.has(this.input.tokens.text[j]!)) continue;
      // "criticized the lack of serious UN action": the missing thing is the object's own deed.
      if (EN_LACK_NOUNS.has(w) && this.input.tokens.text[j + 1] === 'of') {
        j++;
        continue;
      }
      // "fighting against terrorist groups such as the Islamic State": the class named close
      // after the cue is its object, so the examples are too.
      const examples = this.input.lang === 'en' ? this.exampleMarkerLength(j) : 0;
      if (examples > 0 && words <= 3) {
        words = 0;
        j += examples - 1;
        continue;
      }
      // "إخراج جرحى النظام الإيراني": the act is on the side's casualties, not on the side.
      if (this.input.lang === 'ar' && arabicBareForms(w).some((b) => AR_CASUALTY_NOUNS.has(b))) return false;
      if (this.input.tokens.isWord[j]) words++;
    }
    // "took the city of al-Bab from X", "captured eight villages between Aleppo and the border
    // from X": the ground taken stands between the verb and the loser.
    return words <= (prep === 'from' ? 10 : 3);
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

  /**
   * "attacked rebels, including Ahrar al-Sham": a tracked class named right before "including" or
   * "such as" leaves the cue to its examples as well.
   */
  protected classBeforeExamples(m: Mention): boolean {
    if (this.input.lang !== 'en') return false;
    const { text } = this.input.tokens;
    // Past the class's head noun ("opposition groups including …") and a comma.
    let j = EN_CLASS_HEADS.has(text[m.tokEnd]!) ? m.tokEnd + 1 : m.tokEnd;
    if (text[j] === ',') j++;
    return this.exampleMarkerLength(j) > 0;
  }

  /** The number of tokens of "such as" or "including" starting at j, or 0. */
  protected exampleMarkerLength(j: number): number {
    const { text } = this.input.tokens;
    const marker = EN_EXAMPLE_MARKERS.find((words) => words.every((w, i) => text[j + i] === w));
    return marker?.length ?? 0;
  }

  /**
   * The Arabic act of force at k has as object a force's place, unit or vehicle (مقر، مواقع،
   * آليات) whose owner is the ل-named actor `head` after at most three qualifiers ("مقر قيادة
   * ودعم لوجستي لتنظيم داعش", "آليات عسكرية ثقيلة لميليشيات الحوثي"): the index of that noun.
   */
  protected ownedForcePlace(k: number, head: Mention, before: number): number | undefined {
    if (this.input.lang !== 'ar' || before <= k) return undefined;
    const cue = this.cueAt(k)!.cue;
    if (!isAttack(cue) || (cue.pos !== 'verb' && cue.pos !== 'noun')) return undefined;
    const { tokens } = this.input;
    // "أحرقوا مقرا لـ…", "أنهما استهدفا …": a plural or dual verb has a pronoun subject here, not a
    // named one; "سقط العشرات … في غارات استهدفت …": a relative verb on a strike noun inside a
    // phrase of place or cause has an unnamed agent.
    if (/(وا|ا)$/.test(tokens.text[k]!) || this.strikeNounInPhraseBefore(k)) return undefined;
    // The owner's ل is a proclitic on its first word ("لتنظيم", "لميليشيات", "للحوثيين").
    const first = tokens.text[head.tokStart]!;
    const clitic = first.slice(0, Math.max(0, head.start - tokens.start[head.tokStart]!));
    if (!/^(ل|لل)$/.test(clitic) && !(clitic === '' && /^لل/.test(first))) return undefined;
    for (let j = before; j > k && before - j <= 3; j--) {
      const w = tokens.text[j]!;
      if (!tokens.isWord[j] || this.mentionAtToken(j) || this.cueAt(j)) return undefined;
      if (AR_PARTICLES.has(w) || this.isKind(j, 'preposition')) return undefined;
      if (TRANSFER_HEADS.has(w.replace(/^(و|ف|ب)?(ال)?/, '')) || arabicAssetHead(w)) {
        // A strike noun reaches the place only through على/ضد ("غارات عنيفة على تعزيزات للحوثيين"):
        // its genitive may be anyone's, and its frame a mere option ("خيار قصف مواقع …").
        return cue.pos === 'verb' || AR_STRIKE_PREPS.has(tokens.text[j - 1]!) ? j : undefined;
      }
      // Qualifiers in between: nouns in construct, adjectives, a و-joined noun ("ودعم").
    }
    return undefined;
  }

  /** The verb at k follows an indefinite strike noun after a preposition ("في غارات استهدفت"). */
  protected strikeNounInPhraseBefore(k: number): boolean {
    const noun = this.cueAt(k - 1)?.cue;
    const w = this.input.tokens.text[k - 1] ?? '';
    if (k - 2 < this.s || !noun || !isAttack(noun) || noun.pos === 'verb' || /^(و|ف)?(ال|لل)/.test(w))
      return false;
    const p = this.input.tokens.text[k - 2]!;
    return (
      this.isKind(k - 2, 'preposition') ||
      AR_CAUSE_PREPS.test(p) ||
      AR_TEMPORAL_PREPS.has(p) ||
      /^(و|ف)?(في|ب)/.test(w)
    );
  }

  /** Token j, between the verb at k and its subject right after, is the subject's arm in construct ("مقاتلات التحالف"). */
  protected armOfSubject(k: number, j: number): boolean {
    if (j !== k + 1) return false;
    const m = this.mentionAtToken(j + 1);
    return (
      m !== undefined &&
      m.tokStart === j + 1 &&
      m.actor >= 0 &&
      !this.cueAt(j) &&
      arabicAssetHead(this.input.tokens.text[j]!) &&
      this.holderOf(k).includes(m.actor)
    );
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

  /** The last token of "على الأقل" at j, else -1. */
  protected atLeastEnd(j: number): number {
    return this.atLeast(j) ? j + 1 : -1;
  }

  /** "ستة مسلحين من", "عشرة عناصر من": a count right before a plural of a group's members. */
  protected memberCount(j: number): boolean {
    const w = this.input.tokens.text[j]!;
    return (
      (/^\d+$/.test(w) || AR_COUNT_WORDS.has(w)) && AR_MEMBER_PLURALS.has(this.input.tokens.text[j + 1] ?? '')
    );
  }

  /** "بعد طرد المقاتلين الأكراد": after a preposition of time the homograph طرد is the noun, the name its object. */
  protected datedExpulsion(k: number): boolean {
    return (
      EXPULSION_LEMMAS.has(this.cueAt(k)!.cue.lemma) &&
      k - 1 >= this.s &&
      AR_TEMPORAL_PREPS.has(withoutConjunction(this.input.tokens.text[k - 1]!))
    );
  }

  protected subjectIsTarget(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if (this.input.lang !== 'ar' || cue.pos === 'other') return false;
    // "بتنحي الأسد": a homograph after a preposition clitic is the noun.
    const nounOnly =
      cue.pos === 'noun' &&
      (!cue.verbNoun ||
        /^(ب|ل|وب|ول|لل|بال|ال)/.test(this.input.tokens.text[k]!) ||
        this.afterManaging(k) ||
        this.datedExpulsion(k));
    // "مخاوف ترامب": a stance noun's bare genitive is its holder, never its object.
    if (nounOnly) {
      // An action noun's genitive is its object (اتهام إيران، مواجهة الحوثيين).
      if (!takesHolderGenitive(cue)) return false;
      if (target.tokStart === k + 1 && !target.afterPreposition) return true;
    }
    // "الكاظمي انتقد الولايات المتحدة": a verb whose subject stands right before it (SVO) takes
    // the name after it as its object. (Auxiliaries between: "وكان أردوغان قد انتقد إسرائيل".)
    const before = cue.pos === 'verb' ? this.mentionAtToken(this.auxiliaryStart(k) - 1) : undefined;
    if (
      before &&
      this.canHold(before) &&
      ((!this.isPrepositional(before) && !this.isGenitive(before)) || this.forcesOf(before))
    )
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

  /** "تمكنت القوات من طرد …": the word after a verb of managing and its preposition is a noun. */
  protected afterManaging(k: number): boolean {
    const t = this.input.tokens.text;
    if (k - 2 < this.s || !AR_MANAGING_PREPS.has(t[k - 1]!)) return false;
    // The verb's subject may stand between: "تمكنت القوات العراقية من طرد …".
    for (let j = k - 2; j >= this.s && j >= k - 6; j--) {
      if (isClauseMark(this.input.tokens, j)) return false;
      if (AR_MANAGING_VERBS.has(withoutConjunction(t[j]!))) return true;
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

// Adverbs of degree and manner right after a cue (folded): "جدا", "للغاية", "بشدة".
const AR_CUE_ADVERBS = new Set([...AR_REACTION_ADVERBS, 'جدا', 'للغايه']);
// Adjectives of severity (folded) on a noun of criticism or threat: "انتقادات حادة", "هجوما لاذعا".
const AR_SEVERITY_ADJECTIVES = new Set(
  ['حاد', 'لاذع', 'شديد', 'قاس', 'قاسي', 'عنيف', 'مباشر', 'صريح'].flatMap((w) => [
    w,
    w + 'ه',
    w + 'ا',
    w + 'ين',
    w + 'ات',
  ]),
);

// Pacts and plans that name the country they hold in with "for".
const STATE_KINDS = new Set(['country', 'government']);
const PACT_SCOPE_NOUNS = new Set([
  'truce',
  'ceasefire',
  'cease-fire',
  'plan',
  'deal',
  'roadmap',
  'settlement',
]);
