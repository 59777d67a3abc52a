// The frames a statement stands in: hypotheticals and expectations, unnamed claims, violations and
// charges in someone else's words, conditions and open decisions, backers of an act of force.
import { vergeOf } from './ar-auxiliaries.js';
import type { Mention } from './mentions.js';
import { withoutConjunction } from '../text/tokens.js';
import { EXPECTING_VERBS } from './holders.js';
import { isClauseMark, splitClauses, type Sentence } from '../text/segment.js';
import { actionPolarity, isActionOnly, isLaunch, isWarning, isAttack } from '../lexicon/cue.js';
import {
  CHARGE_LEMMAS,
  AR_BACKING,
  AR_BACKING_FILLERS,
  AR_LEADER_WORDS,
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
  EN_BELIEF_VERBS,
} from './word-lists.js';
import { AnalyzerBase, NOUN_WINDOW, type Emit } from './analyzer-base.js';

// Pronouns after which "ما لم" is the relative "which … not", not "unless".
const UNLESS_NOT_AFTER = new Set(['هو', 'وهو', 'هي', 'وهي', 'هذا', 'وهذا', 'ذلك', 'وذلك']);

// Violations (lemmas): inside someone else's words they are accusations.
const VIOLATION_LEMMAS = new Set(['انتهك', 'خرق']);

// The lemma of agreeing (اتفق): a course agreed on with a partner is the partner's too.
const AGREE_LEMMA = 'اتفق';

export class StatementFrames extends AnalyzerBase {
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

  protected chargeFrame(k: number): number[] | undefined {
    const { tokens } = this.input;
    if (this.input.lang === 'en') return this.chargedGerund(k) ? [] : undefined;
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

  /**
   * "accuses Saudi Arabia Turkey and Qatar of funding and arming … groups": a gerund, or a later
   * one of coordinated gerunds, after the "of" of a charge is the charge, which the accused holds
   * no position by and the accuser holds only through the charge read as a whole.
   */
  protected chargedGerund(k: number): boolean {
    const { tokens } = this.input;
    if (!/.{3}ing$/.test(tokens.text[k]!)) return false;
    let j = k - 1;
    while (
      j > this.s &&
      (tokens.text[j] === 'and' || tokens.text[j] === 'or' || /.{3}ing$/.test(tokens.text[j]!))
    )
      j--;
    if (tokens.text[j] !== 'of' || j === k - 1) return false;
    for (let p = j - 1; p >= this.s && p >= j - 8; p--) {
      // (A comma inside the list of the accused: "Saudi Arabia, Turkey and Qatar".)
      if (isClauseMark(tokens, p) && !(tokens.text[p] === ',' && this.mentionAtToken(p + 1))) return false;
      const m = this.mentionAtToken(p);
      if (m) {
        p = m.tokStart;
        continue;
      }
      const c = this.cueAt(p)?.cue;
      if (c) return EN_CHARGE_LEMMAS.has(c.lemma);
      if (tokens.text[p] !== 'and' && tokens.text[p] !== ',') return false;
    }
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
      // "القوات على وشك دخول المدينة", "كنا قريبين من حدوث صراع": an act about to happen has not.
      if (ar && vergeOf(this.input.tokens.text, j, k)) return true;
      if (ar && this.expectingBefore(j, k)) return true;
      if (isClauseMark(this.input.tokens, j)) return false;
    }
    return ar ? this.expectedAfter(k) : this.predictedOfOther(k);
  }

  /**
   * "I dont believe the United States will be ready to join Russia": what someone believes or
   * expects a named actor will do is a prediction, not that actor's position (nor the believer's);
   * so is what an actor "were to" do.
   */
  protected predictedOfOther(k: number): boolean {
    const t = this.input.tokens.text;
    for (let f = k - 1; f > this.s && f >= k - 6; f--) {
      if (isClauseMark(this.input.tokens, f)) return false;
      // "If the Supreme Court were to rule in favor of X": a subjunctive is no position.
      if (t[f] === 'were' && t[f + 1] === 'to') return true;
      if (t[f] !== 'will' && t[f] !== 'would') continue;
      const m = this.mentionAtToken(f - 1);
      if (!m || m.tokEnd !== f || m.kind === 'topic') return false;
      let b = m.tokStart - 1;
      if (t[b] === 'the') b--;
      if (t[b] === 'that') b--;
      return b >= this.s && EN_BELIEF_VERBS.has(t[b]!);
    }
    return false;
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
    if (!AR_EXPECTING.has(w) && !AR_EXPECTING.has(withoutConjunction(w))) return false;
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
      if (AR_INTENT_VERBS.has(withoutConjunction(w))) return true;
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
    // "two hard choices: either to accept Assads terms … or …": one of the alternatives put before
    // someone, not a position taken.
    if (text[j] === 'either' && text[j + 1] === 'to') return true;
    // "ما لم" (unless): "هدد بفرض عقوبات ما لم توافق بريطانيا على مراجعة الاتفاق"; not the relative
    // "وهو ما لم تقبله روسيا" (which Russia did not accept) after a pronoun.
    if (text[j] === 'ما' && text[j + 1] === 'لم' && !UNLESS_NOT_AFTER.has(text[j - 1] ?? '')) return true;
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
    return this.futureVerb(k) || this.negatedBefore(k, 3);
  }

  /** The verb at k is in the future tense: "سيقرر", "ستتفق", "سوف يتحالف", "will agree", "would agree". */
  protected futureVerb(k: number): boolean {
    const w = this.input.tokens.text[k]!;
    const prev = this.input.tokens.text[k - 1] ?? '';
    return /^و?س[يتن]/.test(w) || prev === 'سوف' || prev === 'will' || prev === 'would';
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

  protected backers: Mention[] | undefined;

  /** Actors named after a backing noun in this sentence ("بإسناد من X"), found once. */
  protected backersInSentence(): Mention[] {
    if (this.backers) return this.backers;
    const found: Mention[] = [];
    const text = this.input.tokens.text;
    for (const m of this.input.mentions) {
      if (m.kind === 'topic' || !this.canHold(m)) continue;
      let j = this.pastLedBody(m.tokStart - 1);
      const from = j + 1;
      let min = false;
      // (One step per filler, whatever was seen before: a short-circuit here would not move j.)
      while (j > this.s && j >= from - 3 && AR_BACKING_FILLERS.has(text[j]!)) {
        if (text[j] === 'من') min = true;
        j--;
      }
      // "بدعم الحوثيين" is support given to them; only "بدعم من" names the backer ("بإسناد" both).
      if (j >= this.s && AR_BACKING.has(text[j]!) && (min || /اسناد$/.test(text[j]!))) found.push(m);
    }
    return (this.backers = found);
  }

  /**
   * "بإسناد من تحالف دولي تقوده الولايات المتحدة": before a leader's name, past the leading word
   * and up to two words of a body we do not track (whose backing is its leader's); j itself when
   * there is no such body.
   */
  protected pastLedBody(j: number): number {
    const text = this.input.tokens.text;
    if (j <= this.s || !AR_LEADER_WORDS.has(text[j]!)) return j;
    let h = j - 1;
    while (
      h > this.s &&
      h >= j - 2 &&
      !this.mentionAtToken(h) &&
      this.input.tokens.isWord[h] &&
      !AR_BACKING_FILLERS.has(text[h]!)
    )
      h--;
    return h < j - 1 && AR_BACKING_FILLERS.has(text[h]!) ? h : j;
  }

  /**
   * "أكد ماكرون أنه اتفق مع ولي العهد السعودي على ضرورة الحد من …", "اتفق بوتين مع أردوغان على
   * تقديم موعد التسليم": a course its holders agreed on with a partner is the partner's too. The
   * partner is the actor right after مع, which follows the agreeing verb (or its subject) and is
   * followed by على before the cue at cueK, in one clause; a negated agreement binds nobody.
   */
  protected agreementPartners(cueK: number): number[] {
    const text = this.input.tokens.text;
    let on = -1;
    for (let j = cueK - 1; j >= this.s; j--) {
      if (isClauseMark(this.input.tokens, j) || this.isKind(j, 'speech')) return [];
      if (text[j] === 'علي') on = j;
      const cue = this.cueAt(j)?.cue;
      if (!cue || cue.lemma !== AGREE_LEMMA || cue.pos !== 'verb' || on < 0) continue;
      if (this.negatedBefore(j, 2)) return [];
      let w = j + 1;
      const subject = this.mentionAtToken(w);
      if (subject && subject.tokStart === w) w = subject.tokEnd;
      if (text[w] !== 'مع') return [];
      const partner = this.mentionAtToken(w + 1);
      if (!partner || partner.tokStart !== w + 1 || partner.kind === 'topic' || !this.canHold(partner))
        return [];
      // (At most a word or two of the partner's apposition before على: "مع نظيره السوداني عمر البشير، على".)
      if (on < partner.tokEnd || on > partner.tokEnd + 2) return [];
      return this.coordinated(partner);
    }
    return [];
  }

  protected withPartners(holders: number[], cueK: number, target: Mention): number[] {
    if (holders.length === 0) return holders;
    const partners = this.agreementPartners(cueK).filter((a) => a !== target.actor && !holders.includes(a));
    return partners.length > 0 ? [...holders, ...partners] : holders;
  }

  protected withBackers(holders: number[], cueK: number, target: Mention): number[] {
    let out = holders;
    for (const b of this.backersInSentence()) {
      if (Math.abs(b.tokStart - cueK) > 12 || b.actor === target.actor || out.includes(b.actor)) continue;
      out = [...out, b.actor];
    }
    return out;
  }
}

/** Tokens from a warning to the conditional word of what it warns of. */
const WARNED_CONDITION_REACH = 16;

// English verbs of charging someone "of" an act.
const EN_CHARGE_LEMMAS = new Set(['accuse', 'suspect', 'convict']);
