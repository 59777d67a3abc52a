// The per-target reading: readTarget (a target governed by a cue, else the constructions around it)
// and object pronouns standing for the previous sentence's topic.
import { EN_ARTICLES, lookupArabicCue } from './cues.js';
import { mentionWith, type Mention } from './mentions.js';
import { isClauseMark } from '../text/segment.js';
import { withoutConjunction } from '../text/tokens.js';
import { AR_RELATIONS } from './word-classes.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import {
  isResignation,
  isActionOnly,
  isForce,
  isLaunch,
  isMutual,
  isAttack,
  takesFromTarget,
  takesOnlyFrom,
  type TokenCue,
} from '../lexicon/cue.js';
import {
  EN_SUBJECT_GAP,
  EN_DETERMINERS,
  EN_POSSESSIVE_PRONOUNS,
  EN_HALT_FORMS,
  CLAIM_NOUNS,
  AR_HALT_NOUNS,
  EN_SUBJECT_PRONOUNS,
  RELATIONAL_NOUNS,
  RELATIVE_AR,
  PRESENT_VERB_WITH_OBJECT,
  AR_STRIKE_NOUNS_AGENT_LAM,
  AR_HOSTILE_WORDS,
  AR_AFFIRMING_AFTER_NEGATION,
  AR_ATTACK_HEADS,
  AR_ATTACK_PLURALS,
  AR_ATTACK_MANNER,
  ADJECTIVE_NEGATORS,
  EN_BE_FORMS,
  EN_STRIKE_NOUNS,
  SETTING_PREPS,
  AR_BACKING,
  AR_PARTICLES,
  AR_DEMONSTRATIVES,
  AR_HOLDING_VERBS,
} from './word-lists.js';
import { bareArabicNoun, type Emit } from './analyzer-base.js';
import { AR_REFUSAL_VERBS } from './misdeeds.js';
import { AR_RELATIONS_CUT, AR_RELATIONS_BUILD } from './side-relations.js';
import { GovernedTargetReader, LEAVING_LEMMAS } from './governed-target.js';

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

// Suspecting someone of a deed (folded): "يشتبه بانضمامهم", "المشتبه بتورطهم".
const AR_SUSPICION_WORDS = new Set([
  'يشتبه',
  'يشتبهون',
  'تشتبه',
  'اشتبه',
  'المشتبه',
  'مشتبه',
  'مشتبها',
  'بتهمه',
  'بتهم',
  'تهمه',
]);

// "بديل", "بديلة" (folded): an alternative to what follows.
const AR_ALTERNATIVE_WORDS = new Set(['بديل', 'بديله', 'بديلا', 'كبديل', 'وبديل', 'بدائل', 'بديلين']);

// Wanting (أراد، رغب): a hostility not wanted is still only denied.
const VOLITION_LEMMAS = new Set(['أراد', 'رغب']);

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

// "violation of", "breach of": naming an act so upholds what it violates.
const EN_VIOLATION_NOUNS = new Set(['violation', 'violations', 'breach', 'breaches']);

const VIOLATION_STRENGTH = 0.7;

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

// "carried out the attack", "claimed the bombing": the verbs that own a definite attack.
const EN_CARRY_FORMS = new Set(['carry', 'carries', 'carried', 'carrying']);
const EN_CLAIM_FORMS = new Set(['claim', 'claims', 'claimed', 'claiming']);

export class TargetReader extends GovernedTargetReader {
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
      // "الذي تصفه هي والاتحاد الأوروبي والولايات المتحدة بأنه …": a separate pronoun after the
      // verb opens the list of its subjects.
      if (AR_LIST_PRONOUNS.has(tokens.text[j]!)) {
        head = j;
        break;
      }
      if (!tokens.isWord[j] || this.cueAt(j)) break;
      const m = this.mentionAtToken(j);
      if (!m || m.tokStart !== j) continue;
      head = j;
      if (!tokens.text[j]!.startsWith('و')) break;
    }
    return head;
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

  /** "استعادة (قوات) النظام": the one who takes ground, named right after the noun at k. */
  protected takerAfter(k: number, m: Mention): boolean {
    return (
      m.tokStart === k + 1 || (m.tokStart === k + 2 && isOfficeWord(this.input.tokens.text[k + 1]!, 'ar'))
    );
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

  /**
   * A verbal noun with its own pronoun ("لانضمامها", "بانضمامهم") a few words after a verdict,
   * arrest, charge or suspicion: the pronoun's referent, the one suspected or convicted, is its
   * agent, not whoever tries or reports it.
   */
  protected convictedDeed(k: number): boolean {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'ar' || !/^(ل|ب).+(ه|ها|هم|هما)$/.test(text[k]!)) return false;
    if (!this.cueAt(k)?.pronounSuffix) return false;
    for (let j = k - 1; j >= Math.max(this.s, k - 10); j--)
      if (AR_VERDICT_WORDS.has(text[j]!) || AR_SUSPICION_WORDS.has(withoutConjunction(text[j]!))) return true;
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
    if (target.tokStart !== k + 1 || target.afterPreposition) return false;
    // "وكان هجوم التنظيم عليها …": a genitive followed by the attack's على-object is its agent.
    return AR_ATTACK_PLURALS.has(head) || /^علي(ه|ها|هم|هما)?$/.test(tokens.text[target.tokEnd] ?? '');
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
    if (lang === 'en' && this.ownedAttack(k - 1)) return false;
    return true;
  }

  /**
   * "claimed responsibility for the attack", "carried out the bombing", "claimed the attack": a
   * deed phrase before the definite attack noun's article at `the` makes the attack its subject's.
   */
  protected ownedAttack(the: number): boolean {
    const t = (i: number): string => (i >= this.s ? this.input.tokens.text[i]! : '');
    const prev = t(the - 1);
    if (prev === 'for') return t(the - 2) === 'responsibility';
    if (prev === 'out') return EN_CARRY_FORMS.has(t(the - 2));
    return EN_CLAIM_FORMS.has(prev);
  }

  /** The hostile act noun at k is what a halt noun before it ("الكف عن", "بوقف") calls to stop. */
  protected haltedAct(k: number): boolean {
    const tc = this.cueAt(k)!;
    if (tc.cue.kind !== 'stance' || tc.cue.polarity >= 0) return false;
    // "Russia stopped bombing Daesh", "halted its strikes on X": an attack stopped is neither the attacker's support for
    // its victim nor, any longer, its hostility.
    if (this.input.lang === 'en') {
      if (!isForce(tc.cue)) return false;
      let h = k - 1;
      if (
        h > this.s &&
        (EN_DETERMINERS.has(this.input.tokens.text[h]!) ||
          EN_POSSESSIVE_PRONOUNS.has(this.input.tokens.text[h]!))
      )
        h--;
      return h >= this.s && EN_HALT_FORMS.has(this.input.tokens.text[h]!);
    }
    if (this.input.lang !== 'ar') return false;
    if (!this.nounReading(k)) return false;
    const text = this.input.tokens.text;
    const h = text[k - 1] === 'عن' ? k - 2 : k - 1;
    if (h < this.s) return false;
    // ("وقف" itself opens with و: the word as written first, then without its clitics.)
    return AR_HALT_NOUNS.has(text[h]!) || AR_HALT_NOUNS.has(text[h]!.replace(/^(و|ف)?(ب|ل)?/, ''));
  }

  /** The target is what the Arabic act at k is done to: its direct genitive, or after على/ضد (not "لميليشيات الحوثي", its agent). */
  /** The target is the victim of the hostile act at k that someone is called on to halt. */
  protected haltedVictim(k: number, target: Mention): boolean {
    // (One call from screenGoverningCue: victimOf, reached there only in rare cases, would have no
    // type feedback and throw that large function's optimised code away.)
    return this.haltedAct(k) && this.victimOf(k, target);
  }

  protected victimOf(k: number, target: Mention): boolean {
    const text = this.input.tokens.text;
    if (this.input.lang === 'en') return target.tokStart > k;
    if (target.tokStart === k + 1) return text[k + 1]!.charCodeAt(0) !== 0x644; // ل
    return /^و?(علي|ضد)$/.test(text[target.tokStart - 1]!);
  }

  /** A claim noun with its complement ("reports of", "تقارير عن") between an act cue at k and the topic. */
  protected claimedBetween(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if (cue.kind !== 'stance' || !isActionOnly(cue)) return false;
    const text = this.input.tokens.text;
    for (let j = k + 1; j + 1 < target.tokStart; j++)
      if (CLAIM_NOUNS.has(text[j]!) && /^(of|about|عن)$/.test(text[j + 1]!)) return true;
    return false;
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

  /**
   * The possessive pronoun owning the English relation noun at k ("its ally", "its key backer")
   * when the target follows the noun right away, or -1.
   */
  protected appositiveOwner(k: number, target: Mention): number {
    const text = this.input.tokens.text;
    if (this.input.lang !== 'en' || target.tokStart !== k + 1 || !RELATIONAL_NOUNS.has(text[k]!)) return -1;
    for (let j = k - 1; j >= this.s && j >= k - 3; j--) {
      if (this.input.tokens.isWord[j] !== 1 || this.mentionAtToken(j)) return -1;
      if (EN_POSSESSIVE_PRONOUNS.has(text[j]!)) return j;
    }
    return -1;
  }

  /** The English participle at k stands after a determiner, as an adjective ("the escalating"). */
  protected englishAttributive(k: number): boolean {
    const text = this.input.tokens.text;
    return (
      this.input.lang === 'en' && k > this.s && /(ing|ed)$/.test(text[k]!) && EN_DETERMINERS.has(text[k - 1]!)
    );
  }

  /** "resist the Russian and Iranian invaders": only an article and nationality adjectives stand between the cue at k and the target. */
  protected adjectiveListAfter(k: number, target: Mention): boolean {
    if (this.input.lang !== 'en') return false;
    const text = this.input.tokens.text;
    let j = k + 1;
    if (EN_ARTICLES.has(text[j]!)) j++;
    while (j < target.tokStart) {
      const m = this.mentionAtToken(j);
      if (!m || m.kind !== 'demonym' || m.tokStart !== j || text[m.tokEnd] !== 'and') return false;
      j = m.tokEnd + 1;
    }
    return j === target.tokStart;
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
    const at = target.tokStart;
    const negT = this.negatedRightBefore(at);
    const found = this.governingCueBefore(target) ?? this.verbalDeed(target);
    if (!found && target.kind === 'topic' && this.input.lang === 'ar' && this.declaredAct(target, emit))
      return;
    const screened = found && this.screenGoverningCue(target, found, asset, holdersSeen);
    // A cue the rules read and set aside for this target is not for the fallback to read again;
    // nor is a target they rule out altogether. (One push for both: a call reached first in a rare
    // branch has no type feedback and throws this large function's optimised code away.)
    if (found && (!screened || screened === VETO)) vetoed.push(at);
    if (screened === VETO) return;
    if (screened) {
      this.readGovernedTarget(mi, screened, negT, emit, vetoed, holdersSeen);
      return;
    }
    if (target.kind !== 'topic' && this.calledToResign(target, emit)) return;
    if (target.kind !== 'topic' && this.evaluatedAgent(target, emit)) return;
    // Object-first: "وهو ما ترفضه الفصائل" — the cue after a relative points back to the target.
    // "لضربات جوية على سوريا، وهو ما ترفضه روسيا": an actor governed by a preposition is a
    // complement of the phrase pointed back to; the relative rejects the strikes, not Syria.
    const complement = target.kind !== 'topic' && this.inPlacePhrase(target);
    const objectFirst =
      (target.kind === 'demonym' && !target.official) || complement
        ? undefined
        : this.relativeCueAfter(target, mi);
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
    // ("التدخل التركي في الشأن العراقي مرفوض": an adjective on a state's act names the doer,
    // and the predicate judges the act.)
    if (target.kind === 'demonym' && !target.official && !this.stateActAdjective(target)) return;
    // "الهجوم على سوريا سيؤدي إلى كارثة": the predicate is about the phrase the actor sits in.
    if (target.kind !== 'topic' && this.inPlacePhrase(target)) return;
    const held = this.heldObject(target);
    let ev = this.evaluativeAfter(target, target.tokEnd, held);
    // (A held object's stance predicate counts when it charges: "انتهاكا", "تهديدا", not "امتدادا لـ".)
    if (held && ev && target.kind !== 'topic') {
      const c = this.cueAt(ev.k)!.cue;
      if (c.kind === 'stance' && c.polarity > 0) ev = undefined;
    }
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

  /**
   * "واعتبر العبادي تدخل تركيا انتهاكا": the target is the object of a verb of holding to be,
   * right after its subject, so a stance noun after it is its predicate.
   */
  private heldObject(target: Mention): boolean {
    if (this.input.lang !== 'ar') return false;
    let k = target.tokStart - 1;
    // (The noun the target qualifies or is the genitive of: "التدخل التركي", "تدخل تركيا".)
    for (
      let n = 0;
      n < 2 && k > this.s && this.plainWord(k) && !AR_PARTICLES.has(this.input.tokens.text[k]!);
      n++
    )
      k--;
    const subject = k > this.s ? this.mentionAtToken(k) : undefined;
    if (!subject || subject.tokEnd !== k + 1 || subject.kind === 'topic') return false;
    return AR_HOLDING_VERBS.test(this.input.tokens.text[subject.tokStart - 1] ?? '');
  }

  /** "انسحبت واشنطن من الاتفاق" written as the phrase itself: its verb is the governing deed. */
  protected verbalDeed(target: Mention): Governing | undefined {
    return target.verbal ? { k: target.tokStart, distance: 0 } : undefined;
  }

  /**
   * The cue found governing the target, after the rules that set it aside (undefined) or that
   * rule out reading the target at all (VETO).
   */
  protected screenGoverningCue(
    target: Mention,
    governing: Governing,
    asset: boolean,
    holdersSeen: Set<number>,
  ): Governing | undefined {
    const { mentions } = this.input;
    let found: Governing | undefined = governing;
    // "الكتل المعترضة على النتائج", "الفصائل الرافضة للانتخابات": an attributive participle is a label.
    if (found && (this.attributiveParticiple(found.k) || this.unassertedNoun(found.k))) found = undefined;
    // "a former ally of Y", "could become an ally of Y", "حليفها السابق": no side taken now.
    if (found && this.allyNoun(found.k) && this.unrealAlly(found.k)) found = undefined;
    // A bare nationality adjective is a target only right after its cue ("الرد الإسرائيلي").
    if (
      found &&
      target.kind === 'demonym' &&
      !target.official &&
      found.distance > (asset ? 4 : 2) &&
      !this.adjectiveListAfter(found.k, target)
    )
      found = undefined;
    // "the escalating Russian aggression": a participle after an article qualifies the noun.
    // ("welcomed the absence of Russian aggression": a negated act names no stance on its agent.)
    if (
      found &&
      target.kind === 'demonym' &&
      !target.official &&
      (this.englishAttributive(found.k) || this.negationBetween(found.k, target.tokStart))
    )
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
    // "in support of its ally Damascus": a relation noun owned by a pronoun is in apposition to
    // the name after it; the cue before the noun phrase governs the name.
    const owner = found && target.kind !== 'topic' ? this.appositiveOwner(found.k, target) : -1;
    if (owner >= 0)
      found = this.governingCueBefore(mentionWith(target, { tokStart: owner, tokEnd: owner + 1 }));
    if (found && target.kind !== 'topic' && !this.objectOfCue(found.k, target)) found = undefined;
    if (found && this.fromAgent(found.k, target)) found = undefined;
    if (found && target.kind !== 'topic' && this.reportedAttack(found.k)) found = undefined;
    // "continues to receive reports of aerial bombardment": an act reported to the holder is
    // someone else's act, not one the holder carries on.
    if (found && target.kind === 'topic' && this.claimedBetween(found.k, target)) found = undefined;
    // "دعت روسيا إسرائيل إلى الكف عن استهداف سوريا": a hostile act one is called on to stop is
    // the addressee's (haltDemands reads the call against it), no act of the caller's.
    if (found && this.haltedVictim(found.k, target)) return VETO;
    // "قرار المملكة بقطع علاقاتها مع إيران": relations cut or built with X are read by
    // diplomaticDeeds; the decision over the act is not a position on X.
    if (found && target.kind !== 'topic' && this.possessedParticipleBefore(found.k, target)) return VETO;
    if (found && target.kind !== 'topic' && this.relationsDeedBetween(found.k, target)) return VETO;
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
    if (found && target.kind !== 'topic' && this.agentOfOwnAttack(found.k, target)) return VETO;
    // "لا يهدف إلى إيجاد جبهة جديدة ضد إسرائيل", "لم تنفذ مطلقا أي غارة على إيران": hostility
    // denied is no position, neither against the actor nor for it.
    if (found && target.kind !== 'topic' && this.deniedHostility(found.k)) return VETO;
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
    // "تؤيد السعودية الإجراءات التي اتخذها ترمب بشأن الاتفاق النووي", "سيقرر موقف بلاده تجاه
    // الاتفاق": a topic named only as what measures, a position or a policy are about takes no
    // side from the cue over them.
    // (An anti phrase carries its own course: "أكدت مواقفها بشأن مقاطعة الانتخابات" is for the boycott.)
    if (found && target.kind === 'topic' && target.polarity > 0 && this.aboutNeutralHead(found.k, target))
      return VETO;
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
    if (found && target.kind !== 'topic' && this.carriedPastBacking(found.k, target, holdersSeen))
      found = undefined;
    // "X, backed by Y" is a label; "X was condemned by Y" is handled by the passive pass.
    if (found && this.passiveBy(found.k) !== 'none') found = undefined;
    return found;
  }

  /** The topic follows "بشأن/تجاه/إزاء" after a neutral noun (measures, position, policy) the cue at k is or governs. */
  protected aboutNeutralHead(k: number, target: Mention): boolean {
    if (this.input.lang !== 'ar') return false;
    const t = this.input.tokens.text;
    const p = target.tokStart - 1;
    if (p <= k || !AR_ABOUT_PREPOSITIONS.has(t[p]!)) return false;
    for (let j = p - 1; j >= k && j >= p - 8; j--) if (AR_NEUTRAL_HEADS.test(t[j]!)) return true;
    return false;
  }

  /**
   * The cue at k is a circumstantial backing noun (circumstantialBacking): its clause's subject is
   * added to holdersSeen, to carry to the next sentence. (One call from screenGoverningCue, where
   * the holder search, reached only in rare cases, would throw the optimised code away.)
   */
  protected carriedPastBacking(k: number, target: Mention, holdersSeen: Set<number>): boolean {
    if (!this.circumstantialBacking(k)) return false;
    for (const a of this.holderOf(k, false, target.tokStart)) holdersSeen.add(a);
    return true;
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
}

// Prepositions of "about" (folded spelling) and nouns of measures, positions and policies that
// say nothing of the side taken on what they are about.
const AR_ABOUT_PREPOSITIONS = new Set(['بشان', 'تجاه', 'ازاء', 'بخصوص', 'حيال']);
const AR_NEUTRAL_HEADS =
  /^(و|ب|ل)?(ال)?(اجراءات|خطوات|موقف|مواقف|سياسه|سياسات|رويه|مقترحات|سياست|رويت)(ها|ه|هم|هما)?$/;

// Separate subject pronouns that open a list of subjects after a verb ("تصفه هي وواشنطن").
const AR_LIST_PRONOUNS = new Set(['هي', 'هو', 'هم', 'هما']);

/** A cue governing a target: its token and its distance from the target. */
type Governing = { k: number; distance: number };

/** The target is not to be read at all (screenGoverningCue); of a cue's shape, so one map meets the checks. */
const VETO: Governing = { k: -1, distance: -1 };

/** Words between a declaring verb and the act it declares (subject, office words, dates). */
const DECLARED_ACT_REACH = 8;

/** As strong as a decision (قرر). */
const DECLARED_ACT_STRENGTH = 0.6;
