// The low-confidence fallback for sentences the analyser could not parse into a statement:
// the sentence's subject-like actor takes the side that the nearest stance cue gives each
// target right after it. On articles the rules were not written for, most missed statements
// sit in sentences whose actor, cue and target were all found but whose construction no rule
// covers; measured on four annotated sets, reading them this way finds more right statements
// than wrong ones (docs/extraction.md). Its confidence stays low so that aggregates lean on the
// analysed statements.
import type { Mention } from './mentions.js';
import type { RawStatement, SentenceInput } from './sentence-view.js';
import { SentenceAnalyzer } from './analyze.js';
import { isArabicTitleWord, isOfficeWord } from '../lexicon/common-words.js';
import { actionPolarity, isDirective, isForce, takesHolderGenitive, takesOnlyFrom } from '../lexicon/cue.js';
import {
  ANONYMOUS_SOURCES,
  AR_LABEL_WORDS,
  CLAUSE_OPENERS_BARRIER,
  EN_BE_FORMS,
  EN_AUXILIARIES,
  EN_DETERMINERS,
  EN_PREPOSITIONS,
  EN_NOT_NOUNS,
  EN_UNIT_NOUNS,
  EN_SUBJECT_PRONOUNS,
  EN_SUBORDINATORS,
  HYPOTHETICAL,
} from './word-lists.js';

const LEADER_LABELS = new Set(['بقياده', 'بزعامه', 'برياسه', 'وبقياده', 'وبزعامه', 'وبرياسه']);

const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'which', 'who']);
// Auxiliaries between a relative pronoun and its verb: "الذين ما زالوا يدعمون", "التي كانت تدعم".
const AR_RELATIVE_AUXILIARIES = new Set([
  'ما',
  'لا',
  'زال',
  'زالت',
  'زالوا',
  'يزال',
  'تزال',
  'يزالون',
  'كان',
  'كانت',
  'كانوا',
  'ظل',
  'ظلت',
  'ظلوا',
]);

/** How far (in tokens) a target may follow the cue that governs it. */
const CUE_REACH = 6;
/** How far a VSO subject may follow its cue. */
const SUBJECT_AFTER_CUE = 3;
/** Cues below this strength are wishes and plans ("seek", "want", "ask"), not positions. */
const WANTING_STRENGTH = 0.7;
/** Fallback statements weigh this much of their cue's strength. */
const PROXIMITY_WEIGHT = 0.35;

class ProximityReader extends SentenceAnalyzer {
  constructor(
    input: SentenceInput,
    private readonly holder: Mention,
    private readonly vetoed: readonly number[],
  ) {
    super(input);
  }

  read(): RawStatement[] {
    const out: RawStatement[] = [];
    // "تحالف بقيادة X", "a coalition led by X": X names who leads the subject, it is not it.
    // A place or a possessive modifier ("in northern Syria", "Syria's war") does not act.
    if (
      !this.canHold(this.holder) ||
      this.insideLabel(this.holder) ||
      (this.holder.tokStart > 0 && LEADER_LABELS.has(this.input.tokens.text[this.holder.tokStart - 1]!))
    )
      return out;
    const { compiled } = this.input;
    // "ضرورة تعاون روسيا وإيران وتركيا": names coordinated with the holder share its part; none
    // is its target.
    const coHolders = this.coordinated(this.holder);
    for (const target of this.input.mentions) {
      if (target === this.holder || !this.isTarget(target) || this.vetoed.includes(target.tokStart)) continue;
      if (target.kind !== 'topic' && coHolders.includes(target.actor)) continue;
      // An English nationality adjective is a target only of the cue governing its noun.
      if (target.kind === 'demonym' && !target.official && this.input.lang === 'en') continue;
      // "brokered deals to ease the fighting between rebels and the government": the sides named
      // after "between" are the event's, not the subject's foes (their clash is read elsewhere).
      if (target.kind !== 'topic' && this.sideAfterBetween(target)) continue;
      const k = this.cueBefore(target);
      if (k === undefined) continue;
      // The subject precedes its cue (SVO) or, in Arabic, follows it closely (VSO); an English
      // name after the cue is its object ("the case against Russia and Syria").
      const reach = this.input.lang === 'en' ? 0 : SUBJECT_AFTER_CUE;
      if (this.holder.tokStart > k + reach || this.holder.tokStart >= target.tokStart) continue;
      // "ويتهم السكان الحكومة بالفساد": a source or crowd right after the verb is its subject,
      // and the actor after them its object.
      if (this.holder.tokStart > k && ANONYMOUS_SOURCES.has(this.input.tokens.text[k + 1]!)) continue;
      // "دعا الولايات المتحدة إلى …": a name the verb does not agree with is its addressee.
      if (this.holder.tokStart > k && this.addresseeByAgreement(k, this.holder)) continue;
      if (this.outsideCueObject(k, target) || this.relativeOfOther(k, coHolders)) continue;
      if (this.speakerAfter(target)) continue;
      const cue = this.cueAt(k)!.cue;
      if (!this.asserted(k) || (target.kind !== 'topic' && isDirective(cue))) continue;
      if (target.kind !== 'topic' && this.rejectedAttack(k, target)) continue;
      // "وهو اقتراح رفضه إردوغان": a word that carries a pronoun (a verb's object, a noun's
      // owner) has no room for the actor right after it as its object: that is the subject
      // (a ل-object, "دعمها لوحدات حماية الشعب", is still one).
      const carried = this.cueAt(k)!.objectPronoun || this.cueAt(k)!.pronounSuffix;
      if (carried && target.kind !== 'topic' && !target.afterPreposition && this.namedRightAfter(k, target))
        continue;
      // "retaken villages in a new offensive": the operation the ground was taken in.
      if (target.kind === 'topic' && this.groundTakenInFrame(k, target)) continue;
      // "عيد المقاومة والتحرير": ground is taken only from someone named after "من".
      if (takesOnlyFrom(cue) && !this.groundTakenFrom(k, target.tokStart)) continue;
      if (this.insideLabel(target) || this.namedAsLeader(target, k) || !this.holderIsSubjectOf(k)) continue;
      let sign = target.kind === 'topic' ? actionPolarity(cue) * target.polarity : cue.polarity;
      const negated = this.negatedBefore(k, 2) || this.negationBetween(k, target.tokStart);
      // No act of force is no support. (The tests and the sign's turn run for every target: reached
      // only under a negation, the rarer case, they would throw this function's optimised code away.)
      if (target.kind !== 'topic' && isForce(cue) && negated) continue;
      sign *= negated ? -1 : 1;
      if (sign === 0) continue;
      const lo = Math.min(k, target.tokStart);
      const hi = Math.max(k, target.tokEnd - 1);
      for (const holder of this.listedHolders(coHolders)) {
        if (
          target.kind !== 'topic' &&
          (target.actor === holder ||
            compiled.memberChain[holder]!.has(target.actor) ||
            compiled.memberChain[target.actor]!.has(holder))
        )
          continue;
        for (const topic of this.topicsOf(target)) {
          out.push({
            actor: holder,
            topic,
            stance: sign > 0 ? 'support' : 'oppose',
            confidence: Math.max(0.05, cue.strength * PROXIMITY_WEIGHT),
            start: this.input.tokens.start[lo]!,
            end: this.input.tokens.end[hi]!,
          });
        }
      }
    }
    return out;
  }

  /**
   * "ووجهت الولايات المتحدة وبريطانيا وفرنسا ضربة …": an Arabic list of subjects after its verb
   * holds the position together; a list opened by punctuation ("(الولايات المتحدة وبريطانيا …)")
   * or an English one only names the subject's company.
   */
  private listedHolders(coHolders: readonly number[]): readonly number[] {
    const before = this.tokenBefore(this.holder);
    const listed = this.input.lang === 'ar' && before >= this.s && this.input.tokens.isWord[before] === 1;
    if (listed) return coHolders;
    // "Abu Mohammad al-Golani a commander of al-Nusra threatened …": the body an official was
    // introduced in holds what he holds (as in analyze.ts).
    const body = this.input.officeBodies?.get(this.holder.actor) ?? -1;
    return body >= 0 ? [this.holder.actor, body] : [this.holder.actor];
  }

  /** The actor is named right after token k, past only titles and other names ("رفضه الرئيس التركي رجب طيب إردوغان"). */
  private namedRightAfter(k: number, target: Mention): boolean {
    for (let j = k + 1; j < target.tokStart; j++) {
      const m = this.mentionAtToken(j);
      if (m) j = m.tokEnd - 1;
      else if (!isArabicTitleWord(this.input.tokens.text[j]!)) return false;
    }
    return true;
  }

  /**
   * "قاطعت دول السعودية والإمارات … النظام القطري الذي يصر على دعم …": the cue at k is in a
   * relative clause on another actor named after the holder, and that actor is its subject.
   */
  private relativeOfOther(k: number, coHolders: readonly number[]): boolean {
    for (let j = this.holder.tokEnd; j < k; j++) {
      if (!RELATIVE_PRONOUNS.has(this.input.tokens.text[j]!)) continue;
      const antecedent = this.mentionAtToken(j - 1);
      if (antecedent && antecedent.kind !== 'topic' && !coHolders.includes(antecedent.actor)) return true;
    }
    return false;
  }

  /** The target is one of the sides of an English "between X and Y" (no cue between them). */
  private sideAfterBetween(target: Mention): boolean {
    if (this.input.lang !== 'en') return false;
    const t = this.input.tokens.text;
    for (let j = target.tokStart - 1; j >= Math.max(this.s, target.tokStart - 8); j--) {
      const m = this.mentionAtToken(j);
      if (m) {
        j = m.tokStart;
        continue;
      }
      if (t[j] === 'between') return true;
      if (!this.input.tokens.isWord[j] || this.cueAt(j)) return false;
    }
    return false;
  }

  /** The nearest stance cue before the target, close to it and in the same reported clause. */
  private cueBefore(target: Mention): number | undefined {
    for (let j = target.tokStart - 1; j >= Math.max(this.s, target.tokStart - CUE_REACH); j--) {
      const cue = this.cueAt(j)?.cue;
      // "said that …": what follows a complementizer is someone's words, not this cue's object.
      if (cue?.kind === 'complementizer' || cue?.kind === 'speech') return undefined;
      // "… بينما ساعدت إيران …", "… مما يسمح بـ…": another clause, as for the analysed
      // statements (Arabic only: measured on the Arabic corpus; the English reading is unchanged).
      if (this.input.lang === 'ar' && CLAUSE_OPENERS_BARRIER.has(this.input.tokens.text[j]!))
        return undefined;
      if (cue?.kind === 'stance' && cue.polarity !== 0) return j;
    }
    return undefined;
  }

  /**
   * An English target in another clause than the cue ("the attack on a school since Syria's
   * war began", "the strike if X …") or an unknown verb's object; places ("strikes in Syria")
   * are no targets at all.
   */
  private outsideCueObject(k: number, target: Mention): boolean {
    if (this.input.lang !== 'en') return false;
    const text = this.input.tokens.text;
    const weak = this.cueAt(k)!.cue.strength < WANTING_STRENGTH;
    // "trying to capture in a weeks-long offensive": an act named after "in a" is the means or
    // frame of the verb, not what it is done to.
    if (target.kind === 'topic' && text[k + 1] === 'in' && (text[k + 2] === 'a' || text[k + 2] === 'an'))
      return true;
    for (let j = k + 1; j < target.tokStart; j++) {
      if (EN_SUBORDINATORS.has(text[j]!) || HYPOTHETICAL.has(text[j]!)) return true;
      // "escalating Russian aggression on Syria": a hostile act noun between takes the target as
      // its victim; the cue is on the act (whose agent opposes the target), not on the target.
      const c = this.cueAt(j)?.cue;
      if (
        c &&
        c.polarity < 0 &&
        c.kind === 'evaluative' &&
        (text[j + 1] === 'on' || text[j + 1] === 'against')
      )
        return true;
      // "seek ways to pressure X": after a weak cue of wanting, an infinitive of a verb we do not
      // know takes X as its object (a strong cue keeps it: "refused to give X any money").
      if (
        weak &&
        text[j] === 'to' &&
        j + 1 < target.tokStart &&
        this.plainWord(j + 1) &&
        !EN_DETERMINERS.has(text[j + 1]!)
      )
        return true;
    }
    return false;
  }

  /**
   * "… to launch terrorist attacks abroad US Secretary of Defense Ashton Carter said": a name
   * before an official's title and a speech verb opens the speaker's attribution (its comma lost
   * on the page), so it is no object of the cue before it.
   */
  private speakerAfter(target: Mention): boolean {
    const { tokens, capitalized } = this.input;
    if (this.input.lang !== 'en' || target.kind === 'topic') return false;
    // "US Secretary of Defense": the title may be inside the mention or right after it.
    const titled = [target.tokEnd - 1, target.tokEnd].some((j) => isOfficeWord(tokens.text[j] ?? '', 'en'));
    if (!titled) return false;
    for (let j = target.tokEnd; j < this.e && j <= target.tokEnd + 6; j++) {
      if (this.isKind(j, 'speech')) return true;
      const w = tokens.text[j]!;
      if (!tokens.isWord[j] || (w !== 'of' && capitalized?.[j] !== 1)) return false;
    }
    return false;
  }

  /** "الفصائل المدعومة من X", "militias backed by X", "الموالية لX": X is named by a label. */
  private insideLabel(target: Mention): boolean {
    const tokens = this.input.tokens;
    let j = target.tokStart - 1;
    if (j < this.s) return false;
    if (AR_LABEL_WORDS.has(tokens.text[j]!)) return true;
    if (this.input.lang === 'en' && this.namedAsHelper(target)) return true;
    if (tokens.text[j] !== 'من' && tokens.text[j] !== 'by') return false;
    j--;
    return j >= this.s && (AR_LABEL_WORDS.has(tokens.text[j]!) || /(ed|en)$/.test(tokens.text[j]!));
  }

  /**
   * Between an SVO subject and its cue, a reporting verb or complementizer opens someone's
   * words. A noun cue there names an event of the reported clause ("said the attack on X …",
   * "قال إن الهجوم على X …"), and a verb cue whose clause opens with a noun of its own ("قال إن
   * العملية تستهدف …", "said the strikes hit …") has that noun as subject.
   */
  private holderIsSubjectOf(k: number): boolean {
    let opener = -1;
    for (let j = this.holder.tokEnd; j < k; j++) {
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'speech' || kind === 'complementizer' || this.subordinator(j)) opener = j;
    }
    if (opener < 0) return true;
    if (this.cueAt(k)!.cue.pos !== 'verb') return false;
    let first = opener + 1;
    while (first < k && (!this.input.tokens.isWord[first] || this.isKind(first, 'complementizer'))) first++;
    if (first === k) return true;
    // "after seizing X" keeps the subject; "after the group seized X" has its own.
    if (this.subordinator(opener)) return false;
    const word = this.input.tokens.text[first]!;
    const ownSubject =
      EN_DETERMINERS.has(word) ||
      // "rebels do not trust the YPG because they say it cooperates …": the pronoun is the name's.
      (EN_SUBJECT_PRONOUNS.has(word) && this.nameBetween(this.holder.tokEnd, opener)) ||
      (/^(ال|وال)/.test(word) && !this.cueAt(first) && !this.mentionAtToken(first)) ||
      this.englishNounSubject(first, k);
    return !ownSubject;
  }

  /**
   * "stated that armed terrorist groups breached the truce": in English reported words a noun
   * (or a name) right before the verb is the clause's own subject (a violation reported by the
   * speaker is the violator's act, not the speaker's stance).
   */
  private englishNounSubject(first: number, k: number): boolean {
    if (this.input.lang !== 'en' || first >= k || !this.input.tokens.isWord[k - 1] || this.cueAt(k - 1))
      return false;
    const text = this.input.tokens.text;
    // "said it had long supported X": a pronoun subject is the holder's (see above).
    if (EN_SUBJECT_PRONOUNS.has(text[first]!)) return false;
    // "in a state of civil war with government forces fighting": a preposition right after a
    // speech word shows it was a noun.
    if (EN_PREPOSITIONS.has(text[first]!)) return false;
    const noun = text[k - 1]!;
    return !EN_AUXILIARIES.has(noun) && !EN_NOT_NOUNS.has(noun) && !noun.endsWith('ly') && noun !== 'to';
  }

  /** "رغم قرار الهدنة": a decision or position noun whose owner is not named is nobody's act. */
  private ownerlessDecision(k: number): boolean {
    const tc = this.cueAt(k)!;
    return tc.cue.pos === 'noun' && takesHolderGenitive(tc.cue) && !tc.pronounSuffix && !this.issuedBy(k);
  }

  /**
   * An English cue right after a plain noun, either as "that" + verb or as an "-ing" form,
   * modifies that noun ("forces that support X", "protests demanding reforms").
   */
  private englishNounClause(k: number): boolean {
    if (this.input.lang !== 'en') return false;
    const text = this.input.tokens.text;
    const relative = text[k - 1] === 'that';
    if (!relative && !/ing$/.test(text[k]!)) return false;
    const noun = relative ? k - 2 : k - 1;
    if (noun < this.s || !(this.plainWord(noun) || this.mentionAtToken(noun)?.kind === 'topic')) return false;
    if (this.mentionAtToken(noun)) return true;
    const word = text[noun]!;
    if (EN_NOT_NOUNS.has(word)) return false;
    // After "-ing" only a plural noun is sure to be one ("peaceful protests demanding …", not
    // "fierce fighting"), and not the holder's own forces ("its jets bombing X") unless another
    // actor's ("killed by Russian airstrikes targeting X").
    if (!relative && EN_UNIT_NOUNS.has(word)) {
      const owner = noun - 1 >= this.s ? this.mentionAtToken(noun - 1) : undefined;
      if (owner) return owner.actor >= 0 && owner.actor !== this.holder.actor;
      // "US-backed Syrian Kurdish forces fighting X", "foreign Shiite fighters supporting X": units
      // of a people we do not track are theirs, not the sentence's subject's.
      return noun - 1 >= this.s && this.input.capitalized?.[noun - 1] === 1 && this.plainWord(noun - 1);
    }
    return relative || word.endsWith('s');
  }

  /**
   * "Idlib is regularly targeted in Syrian and Russian air strikes", "Nusra was excluded from a
   * February ceasefire": the subject of an English passive undergoes the act, it does not take it.
   */
  private englishPassive(k: number): boolean {
    if (this.input.lang !== 'en' || this.cueAt(k)!.cue.pos !== 'verb') return false;
    const text = this.input.tokens.text;
    if (!/(ed|en)$/.test(text[k]!)) return false;
    let j = k - 1;
    // "is regularly targeted", "were also excluded": adverbs between auxiliary and participle.
    while (j > this.s && j >= k - 2 && (text[j]!.endsWith('ly') || text[j] === 'also')) j--;
    return j >= this.s && EN_BE_FORMS.has(text[j]!);
  }

  /** "after", "when", "because" … open an English clause with a subject of its own. */
  private subordinator(j: number): boolean {
    return this.input.lang === 'en' && EN_SUBORDINATORS.has(this.input.tokens.text[j]!);
  }

  /**
   * The cue states its subject's position: not a label ("المدعومة من", "backed by"), not a
   * hypothetical, not a noun naming someone's act ("the attack on X", "a rally in support of").
   */
  private asserted(k: number): boolean {
    // "a rally in support of": after a preposition that follows a plain noun, the cue names
    // what the noun is for ("launched strikes in support of" is left to the analyser).
    if (k - 2 >= this.s && this.isKind(k - 1, 'preposition') && this.plainWord(k - 2)) return false;
    // "وحدات مقاومة سنجار، التي تصدت لداعش": a relative clause's subject is its antecedent
    // (unless the verb carries the antecedent as its object: "العملية التي يشنها الجيش").
    // ("الحلفاء الغربيين الذين ما زالوا يدعمون": past "still"/"was" auxiliaries too.)
    let r = k - 1;
    while (r > this.s && r >= k - 3 && AR_RELATIVE_AUXILIARIES.has(this.input.tokens.text[r]!)) r--;
    if (r >= this.s && RELATIVE_PRONOUNS.has(this.input.tokens.text[r]!) && !this.cueAt(k)!.objectPronoun)
      return false;
    // "forces that support X", "protests demanding reforms": a clause on the noun before the
    // cue, whose subject that noun is.
    if (this.englishNounClause(k) || this.identifyingCombatClause(k)) return false;
    if (this.englishPassive(k)) return false;
    return !(
      this.insideClaim(k) ||
      this.causeCue(k) ||
      this.receivedCue(k) ||
      this.ownerlessDecision(k) ||
      this.hypothetical(k) ||
      this.hypothetical(this.holder.tokStart) ||
      this.attributiveParticiple(k) ||
      this.unassertedNoun(k) ||
      this.passiveBy(k) !== 'none'
    );
  }
}

/**
 * Fallback statements of one sentence for its subject-like actor (`holder`, see
 * `carriedActor`); call it only for sentences the analyser found no statement in, and not for
 * the targets whose cue the analyser rejected (`vetoed`).
 */
export function readByProximity(
  input: SentenceInput,
  holder: Mention,
  vetoed: readonly number[],
): RawStatement[] {
  return new ProximityReader(input, holder, vetoed).read();
}
