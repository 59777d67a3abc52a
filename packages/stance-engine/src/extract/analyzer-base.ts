// Shared analyser helpers: the Emit type, hedging, emitting toward actors, the agent of an act, the
// governing cue before a target, passive "by", attributive participles.
import { perfectQad } from './ar-auxiliaries.js';
import { mentionWith, newMention, type Mention } from './mentions.js';
import { HolderResolver } from './holders.js';
import { isClauseMark } from '../text/segment.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import { isStanceVerbLemma } from '../lexicon/arabic-cues.js';
import { AR_DEFINITE, lookupArabicCue } from './cues.js';
import { isDirective, isAttack, isForce, isGroundTaking, takesOnlyFrom } from '../lexicon/cue.js';
import {
  EN_LIGHT_WORDS,
  EN_DETERMINERS,
  EN_NOUN_PREPS,
  EN_SUBORDINATORS,
  EN_SUBJECT_PRONOUNS,
  TRANSFER_HEADS,
  AR_ATTACK_HEADS,
  AR_STRIKE_LIGHT_VERBS,
  AR_TEMPORAL_PREPS,
  EN_AGENT_VERBS,
  EN_BE_FORMS,
  EN_AGENTIVE_OF_NOUNS,
  EN_AUXILIARIES,
  NEUTRAL_HEADS,
  CLAUSE_OPENERS_BARRIER,
  SETTING_PREPS,
  AR_PARTICLES,
  TIME_WORDS,
  EN_ACT_SETTINGS,
} from './word-lists.js';

/** Act nouns that take an infinitive: "any attempt by X to …", "X's effort to …". */
export const EN_INFINITIVE_ACT_NOUNS = new Set([
  'attempt',
  'attempts',
  'effort',
  'efforts',
  'bid',
  'move',
  'decision',
  'plan',
  'plans',
  'push',
  'refusal',
]);
/** Words between a relative clause's subject and its verb of doing: "Russia continues to commit". */
const EN_RELATIVE_ASPECT = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'been',
  'still',
  'continues',
  'continue',
  'continued',
  'keeps',
  'keep',
  'to',
]);
/** Verbs of doing a deed whose object is the act noun: "the crimes X commits / carried out". */
const EN_DOING_FORMS = new Set([
  'commit',
  'commits',
  'committed',
  'committing',
  'perpetrate',
  'perpetrates',
  'perpetrated',
  'perpetrating',
  'carry',
  'carries',
  'carried',
  'carrying',
]);

/** Records a statement of `holders` toward `target` (see `run`). */
export type Emit = (
  holders: number[],
  target: Mention,
  sign: number,
  strength: number,
  cueK: number,
  hedge: boolean,
) => void;

// Adverbs between "be" and its participle in a passive: "has been repeatedly violated".
const PASSIVE_ADVERB = /^([a-z]{3,}ly|also|often|still|already)$/;

const BACKWARD_WINDOW = 14;

// Folded verbal-noun shapes of derived verbs: تفعيل (توفير), مفاعلة (محاربه), إفعال (اطلاق),
// إفعالة (اقاله، اعاده), افتعال (انسحاب، اعتقال), استفعال (استبعاد).
const VERBAL_NOUN_SHAPE = /^(ت..ي.|م.ا..ه|ا..ا.|ا.ا.ه|ا...ا.|است..ا.)$/;
// ب-words that are prepositions or adverbs, not a complement act noun.
const B_NON_ACTS = new Set([
  'بسبب',
  'بعد',
  'بشان',
  'بحق',
  'بدون',
  'بفعل',
  'بحسب',
  'بينما',
  'بعض',
  'بلاده',
  'بلادها',
  'بلاد',
]);

// Words a list of act nouns stands under as the complement: "إلى إطلاق …", "على وقف العنف
// وحماية …", "ضرورة وقف العنف وحماية …" (the list is not the first act's object).
const LIST_HEAD_GOVERNORS = new Set(['الي', 'علي', 'ضروره']);

// Nouns of a party to a relation (the stance lexicon's حليف، حلفاء، شريك، أنصار).
const PARTY_NOUN_LEMMAS = new Set(['حليف', 'حلفاء', 'شريك', 'أنصار']);

export const FORWARD_WINDOW = 6;

/** Adjectives that only strengthen the evaluative noun after them: "a flagrant violation". */
const EN_INTENSIFIERS = new Set([
  'flagrant',
  'blatant',
  'clear',
  'serious',
  'grave',
  'gross',
  'outright',
  'brazen',
  'naked',
  'full-fledged',
  'real',
]);

export const NOUN_WINDOW = 5;

// Prepositions of an act noun's own complement.
const FELLOW_ACT_PREPS = new Set(['من', 'عن', 'علي', 'في', 'الي', 'ضد', 'مع']);

// English words that name a state's government, not its land.
const GOVERNMENT_WORD = /\b(government|regime|authorities|administration)\b/;

// Relative pronouns opening a clause set off by commas (folded).
const AR_PARENTHETICAL_RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي']);

export class AnalyzerBase extends HolderResolver {
  /**
   * The head of the first act in a list the target continues: the target opens with "و" and an
   * act noun (توفير، محاربة، إطلاق، a verbal noun of the cue lexicon), the word before it closes a
   * noun phrase (a definite word or a name), and a ب- or إلى-complement act noun ("بإقالة",
   * "إلى إطلاق", not "بمسؤولياته") stands at most eleven words back within the clause. -1 when
   * there is none.
   */
  protected firstConjunctHead(target: Mention): number {
    const text = this.input.tokens.text;
    const t = target.tokStart;
    const w = text[t]!;
    if (t - 1 <= this.s || !w.startsWith('و') || !this.actNounConjunct(target, w.slice(1))) return -1;
    const prev = text[t - 1]!;
    // A word with the article closes the noun phrase before the conjunction.
    const closed = AR_DEFINITE.test(prev) || this.mentionAtToken(t - 1)?.tokEnd === t;
    if (!closed || !this.adjacentWords(t - 1, t)) return -1;
    for (let j = t - 2; j > this.s && j >= t - 12; j--) {
      if (isClauseMark(this.input.tokens, j) && text[j] !== '"') return -1;
      const x = text[j]!;
      // A finite verb opens another clause; the list is not under one complement.
      if (this.cueAt(j)?.cue.pos === 'verb' && !this.cueAt(j)!.cue.verbNoun) return -1;
      const bComplement = x.length > 3 && x.startsWith('ب') && !B_NON_ACTS.has(x);
      if ((bComplement || LIST_HEAD_GOVERNORS.has(text[j - 1]!)) && this.actHead(x, bComplement)) return j;
    }
    return -1;
  }

  /**
   * Whether the target is a second object of the act noun that opens the topic phrase right
   * before it: the target is a topic opening with "و" and no act noun of its own.
   */
  protected objectOfPhraseAct(target: Mention): boolean {
    const t = target.tokStart;
    const text = this.input.tokens.text;
    if (!this.secondObjectOpener(target)) return false;
    const previous = this.mentionAtToken(t - 1);
    if (!previous || previous.kind !== 'topic' || previous.tokEnd !== t) return false;
    const opener = lookupArabicCue(text[previous.tokStart]!)?.cue;
    return opener !== undefined && opener.kind === 'stance' && opener.pos === 'noun' && opener.polarity < 0;
  }

  /** The listed act phrase ("وتوفير الخدمات") the target follows as a second object, if any. */
  protected objectOfListedAct(target: Mention): Mention | undefined {
    const t = target.tokStart;
    if (!this.secondObjectOpener(target)) return undefined;
    const previous = this.mentionAtToken(t - 1);
    if (!previous || previous.kind !== 'topic' || previous.tokEnd !== t) return undefined;
    return this.firstConjunctHead(previous) >= 0 ? previous : undefined;
  }

  /**
   * Whether the target opens as a second noun object: a topic phrase whose first word is "و" and
   * a noun that is no act noun, written right after the word before it (no quote or mark between).
   */
  protected secondObjectOpener(target: Mention): boolean {
    const t = target.tokStart;
    const w = this.input.tokens.text[t]!;
    if (target.kind !== 'topic' || target.verbal || t - 1 <= this.s || !w.startsWith('و') || w.length < 4)
      return false;
    if (!this.adjacentWords(t - 1, t) || lookupArabicCue(w)?.cue.pos === 'verb') return false;
    return !this.actNounConjunct(target, w.slice(1));
  }

  /** Whether tokens a and b are separated by a single space only. */
  protected adjacentWords(a: number, b: number): boolean {
    return this.input.tokens.start[b]! - this.input.tokens.end[a]! === 1;
  }

  /** Whether the complement word x ("بإقالة", "إطلاق") is an act noun: a cue noun or a verbal-noun shape. */
  protected actHead(x: string, withB: boolean): boolean {
    const cue = lookupArabicCue(x)?.cue;
    if (cue && cue.kind === 'stance' && cue.pos === 'noun' && !cue.participle) return true;
    const bare = withB ? x.slice(1) : x;
    return VERBAL_NOUN_SHAPE.test(bare.startsWith('ال') ? bare.slice(2) : bare);
  }

  /** Whether the word after the conjunction is an act noun (a verbal-noun pattern or a cue noun). */
  protected actNounConjunct(target: Mention, w: string): boolean {
    // (A topic phrase hides the cues inside it from cueAt: the word is looked up itself.)
    const cue = lookupArabicCue(this.input.tokens.text[target.tokStart]!)?.cue;
    if (cue && cue.kind === 'stance' && cue.pos === 'noun' && !cue.participle && isStanceVerbLemma(cue.lemma))
      return true;
    // An act noun in a list is indefinite (in construct): "والسلام" is a thing, not an act.
    return target.kind === 'topic' && !w.startsWith('ال') && VERBAL_NOUN_SHAPE.test(w);
  }

  /** The nearest stance/describe cue before the target, within the window, not across a speech verb. */
  /** The topic phrase opens with an Arabic act word joined by و, after the act noun at k. */
  private fellowAct(k: number, target: Mention): boolean {
    if (this.input.lang !== 'ar' || this.cueAt(k)!.cue.pos !== 'noun') return false;
    const first = this.input.tokens.text[target.tokStart]!;
    // (The word after و: "وقف" is a word of its own.)
    if (!first.startsWith('و') || lookupArabicCue(first.slice(1))?.cue.kind !== 'stance') return false;
    // "رفض الانسحاب ووقف الدعم": acts listed as the noun's object are its objects.
    const next = this.mentionAtToken(k + 1);
    if (next && next.kind === 'topic' && next.tokStart === k + 1) return false;
    // The act noun has its own complement after a preposition ("انسحاب أمريكا من الاتفاق"); an
    // owner alone ("قرار ترامب والانسحاب") leaves the next act its object.
    for (let j = k + 1; j < target.tokStart; j++)
      if (FELLOW_ACT_PREPS.has(this.input.tokens.text[j]!)) return true;
    return false;
  }

  /**
   * "طالبوا بإقالة المحافظ وتوفير الخدمات": a coordinated act noun is governed by what governs
   * the first act of the list, not by that act (إقالة), whose object closed before "و".
   * When the list's own governor is not found, the nearest cue reads the act as before.
   * (A method of its own, called for every Arabic target: the recursion, reached only for lists,
   * would have no type feedback in governingCueBefore and throw its optimised code away.)
   */
  protected governingCueOfList(target: Mention): { k: number; distance: number } | undefined {
    const head = this.firstConjunctHead(target);
    return head >= 0
      ? this.governingCueBefore(mentionWith(target, { tokStart: head, tokEnd: head + 1 }))
      : undefined;
  }

  protected governingCueBefore(target: Mention): { k: number; distance: number } | undefined {
    const listGovernor = this.input.lang === 'ar' ? this.governingCueOfList(target) : undefined;
    if (listGovernor) return listGovernor;
    // "مواجهة الفساد وسوء الخدمات": a second object after a topic phrase that opens with an act
    // noun of the lexicon is governed by that act, which the phrase hides from the cue search;
    // the cue before the phrase (دعا إلى) would read it with the opposite sign.
    if (this.input.lang === 'ar' && this.objectOfPhraseAct(target)) return undefined;
    // "بإقالة المحافظ وتوفير الخدمات وفرص العمل": a second object of a listed act shares its governor.
    const listed = this.input.lang === 'ar' ? this.objectOfListedAct(target) : undefined;
    if (listed) return this.governingCueBefore(listed);
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
      const open =
        this.timeParentheticalEnding(j) ??
        this.subjectAppositionEnding(j) ??
        this.relativeParentheticalEnding(j);
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
        if (target.kind === 'topic' && (this.actInFrame(j) || this.groundTakenInFrame(j, target)))
          return undefined;
        // "إعلان ترامب انسحاب أمريكا من الاتفاق وفرض عقوبات على إيران": an act joined by و after
        // another act noun's complement is that act's fellow, governed by what governs both.
        if (words > 0 && target.kind === 'topic' && this.fellowAct(j, target)) {
          distance++;
          words++;
          continue;
        }
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
      if (
        this.input.lang === 'en' &&
        EN_SUBORDINATORS.has(this.input.tokens.text[j]!) &&
        !this.endsCuePhrase(j)
      )
        return undefined;
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

  /**
   * "retook the city following a ferocious assault", "seized 70 villages in the offensive": a
   * course of action after an English verb of taking ground and a word of setting is the
   * operation it was taken in, not its object ("seized shipments of UN aid" is).
   */
  protected groundTakenInFrame(j: number, target: Mention): boolean {
    if (this.input.lang !== 'en' || !isGroundTaking(this.cueAt(j)!.cue)) return false;
    for (let t = j + 1; t < target.tokStart; t++)
      if (EN_ACT_SETTINGS.has(this.input.tokens.text[t]!)) return true;
    return false;
  }

  /**
   * "ووجهت الولايات المتحدة ضربة صاروخية إلى …", "شنت طائرات تركية غارات على …": a strike noun
   * carried by a light verb before it (past the verb's subject) stands for a finite verb of force.
   */
  protected directedStrike(k: number): boolean {
    return this.strikeLightVerb(k) !== undefined;
  }

  /** The light verb carrying the strike noun at k (see directedStrike), if any. */
  protected strikeLightVerb(k: number): number | undefined {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || !AR_ATTACK_HEADS.has(bareArabicNoun(tokens.text[k]!))) return undefined;
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
      if (AR_STRIKE_LIGHT_VERBS.test(w)) return w.startsWith('ب') ? undefined : j;
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'stance' || kind === 'speech' || kind === 'complementizer' || kind === 'describe')
        return undefined;
      if (CLAUSE_OPENERS_BARRIER.has(w) || w === ':') return undefined;
    }
    return undefined;
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
   * The opening comma of an Arabic relative clause set off by commas after a noun when token j
   * is its closing comma: "وطالب السيستاني في الخطبة، التي ألقاها ممثل عنه في مدينة كربلاء،
   * الحكومة إلى …". The clause qualifies the noun and does not part the verb from its object.
   */
  protected relativeParentheticalEnding(j: number): number | undefined {
    const { tokens } = this.input;
    if (this.input.lang !== 'ar' || tokens.text[j] !== ',') return undefined;
    for (let p = j - 2; p > this.s + 1 && p >= j - 12; p--) {
      const w = tokens.text[p]!;
      if (w === ',') {
        if (!AR_PARENTHETICAL_RELATIVES.has(tokens.text[p + 1]!) || !tokens.isWord[p - 1]) return undefined;
        // "…، الذي يتزعمه ليبرمان، وسيتم التصويت", "…، حيث نجحت …": after the clause another opens.
        const next = tokens.text[j + 1] ?? '';
        if (
          next.startsWith('و') ||
          next.startsWith('ف') ||
          next === 'حيث' ||
          CLAUSE_OPENERS_BARRIER.has(next)
        )
          return undefined;
        // "وتلقى دي ميستورا، الذي يشارك في …، قوائم": a clause on the subject (the apposition
        // test's concern) does not reach the verb's object.
        const antecedent = this.mentionAtToken(p - 1);
        if (antecedent && this.input.compiled.codebook.actors[antecedent.actor]?.kind === 'person')
          return undefined;
        return p;
      }
      // (A clause holding a cue of its own is no mere qualifier: "منذ قرار الرئيس الأمريكي،".)
      const kind = this.cueAt(p)?.cue.kind;
      if (
        !tokens.isWord[p] ||
        kind === 'speech' ||
        kind === 'complementizer' ||
        kind === 'stance' ||
        kind === 'describe'
      )
        return undefined;
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
    // (Past a quotation mark: "جماعة «إرهابية» متحالفة مع …".)
    const p = k - 1 > this.s && /^["«»“”]$/.test(this.input.tokens.text[k - 1]!) ? k - 2 : k - 1;
    if (p < this.s || this.input.tokens.isWord[p] !== 1) return false;
    const prev = this.input.tokens.text[p]!;
    // Definite: "الكتل المعترضة"; indefinite after an indefinite noun: "تحالفين مؤيدين لإيران".
    if (/^(ال|وال)/.test(w))
      return (prev.startsWith('ال') || this.mentionAtToken(p) !== undefined) && !this.positionOwner(k);
    // "خروقات جسيمة متهما المفوضية": a masculine accusative participle (-ًا) agrees only with a noun
    // written with the same alif ("بيانا متهما"); after any other noun it is circumstantial.
    if (w.endsWith('ا') && !w.endsWith('ان') && !prev.endsWith('ا')) return false;
    return (
      !prev.startsWith('ال') &&
      // (An evaluative adjective is a modifier of the same noun: "جماعة إرهابية متحالفة".)
      (!this.cueAt(p) || this.cueAt(p)!.cue.kind === 'evaluative') &&
      !this.mentionAtToken(p) &&
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
      const cue = this.cueAt(k)?.cue;
      const kind = cue?.kind;
      // "وقال الرئيس الروسي خلال لقائه حليفه السوري إن …": a noun of a party (ally, partner)
      // names someone, not an act, and takes no clause.
      if (kind === 'stance' && PARTY_NOUN_LEMMAS.has(cue!.lemma)) return false;
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
    // "any attempt by X to fire Mueller would be unacceptable": a name inside an act noun's
    // infinitive is not what the predicate judges (evaluatedActs gives it to the act's agent).
    if (this.input.lang === 'en' && this.insideActInfinitive(target.tokStart) !== undefined) return undefined;
    let words = 0;
    // "خط وقف إطلاق النار منذ انسحاب إسرائيل": a cue after a setting preposition is no predicate.
    let setting = false;
    let window = target.kind === 'topic' ? maxWords : 4;
    for (let j = from; j < this.e && words <= window; j++) {
      const t = this.input.tokens.text[j]!;
      if (SETTING_PREPS.has(t)) setting = true;
      // "described Turkey's incursion into Syria as a violation": the label after "as" is what
      // the describing verb says of its object, however long that object's phrase.
      // (Not "…, as the army advanced": after a comma "as" opens a clause of its own.)
      if (describing && t === 'as' && this.input.lang === 'en' && this.input.tokens.text[j - 1] !== ',')
        window = words + 3;
      // "was a flagrant violation": an intensifying adjective adds no distance.
      if (EN_INTENSIFIERS.has(t) && this.input.lang === 'en') continue;
      if (isClauseMark(this.input.tokens, j) && t !== '"') {
        // "وصفها زعيم حزب الله، حسن نصر الله، بأنها …": commas around an apposed name.
        // ("… للعراق، مما عزز …": a comma before a clause opener ends the description.)
        const apposition =
          t === ',' &&
          !CLAUSE_OPENERS_BARRIER.has(this.input.tokens.text[j + 1] ?? '') &&
          (this.mentionAtToken(j - 1) !== undefined || this.mentionAtToken(j + 1) !== undefined);
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
        // (Multiplied, not negated in a branch: a negation reached first in a rare case has no
        // type feedback and throws the optimised code away.)
        const negated = this.negatedBefore(j, 3);
        return { k: j, polarity: (cue.polarity * (negated ? -1 : 1)) as 1 | -1 };
      }
      if (
        cue &&
        cue.kind === 'stance' &&
        cue.pos !== 'other' &&
        !takesOnlyFrom(cue) &&
        words <= 1 &&
        !setting &&
        target.kind === 'topic' &&
        !this.actorBetween(target.tokEnd, j) &&
        // "said the bombardment targeted an area": an act of force the topic does tells what it
        // hit, not what the speaker thinks of it (calling it "an aggression" still judges it).
        // (The part of speech first: read only after an act of force, the rarer case, its test
        // would have no type feedback and throw the optimised code away.)
        !(cue.pos === 'verb' && isForce(cue))
      ) {
        // The topic is the verb's subject: "… أن عملية عفرين ستستمر", "the withdrawal threatens …".
        // (Multiplied, not negated in a branch: a negation reached first in a rare case has no
        // type feedback and throws the optimised code away.)
        const negated = this.negatedBefore(j, 3);
        return { k: j, polarity: (cue.polarity * (negated ? -1 : 1)) as 1 | -1 };
      }
      if (cue && (cue.kind === 'stance' || cue.kind === 'speech')) return undefined;
      if (this.input.tokens.isWord[j]) words++;
    }
    return undefined;
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
      if (aux > 0 && !EN_AGENT_VERBS.has(tokens.text[j + aux] ?? '')) return this.relativeSubjectOfAct(act);
      j += aux;
      if (EN_AGENT_VERBS.has(tokens.text[j] ?? '')) j++;
      if (tokens.text[j] === 'out') j++;
      if (tokens.text[j] !== 'by') return this.relativeSubjectOfAct(act);
      j++;
      if (tokens.text[j] === 'the') j++;
    }
    // "المقاتلات الحربية التركية": office words before a nationality adjective belong to the agent.
    for (let n = 0; n < 3 && !this.mentionAtToken(j) && isOfficeWord(tokens.text[j] ?? '', lang); n++) j++;
    const m = this.mentionAtToken(j);
    return m && m.kind !== 'topic' && m.actor >= 0 && m.tokStart === j ? m : undefined;
  }

  /**
   * The act noun ("attempt", "effort", "move") whose infinitive holds token k: "any attempt by
   * the administration to cover up the results of this investigation into Russia's attack" (k at
   * "Russia"); undefined when a clause mark, a cue other than the infinitive's verb, or eight
   * words come first.
   */
  protected insideActInfinitive(k: number): number | undefined {
    const text = this.input.tokens.text;
    for (let j = k - 1, words = 0; j > this.s && words < 12; j--) {
      if (isClauseMark(this.input.tokens, j)) return undefined;
      if (text[j] === 'to') {
        // "attempt to …", "attempt by X to …".
        const agent = this.mentionAtToken(j - 1);
        const noun = agent && text[agent.tokStart - 1] === 'by' ? agent.tokStart - 2 : j - 1;
        if (EN_INFINITIVE_ACT_NOUNS.has(text[noun] ?? '')) return noun;
      }
      const m = this.mentionAtToken(j);
      if (m) {
        j = m.tokStart;
        continue;
      }
      const c = this.cueAt(j)?.cue;
      if (c && (c.kind === 'speech' || c.kind === 'complementizer')) return undefined;
      if (this.input.tokens.isWord[j]) words++;
    }
    return undefined;
  }

  /**
   * "the horrible crimes Russia continues to commit against the Syrian people", "the massacres
   * that the regime has perpetrated", "the attacks which X carried out": an English act noun
   * whose relative clause (with or without "that") has a tracked actor as subject and a verb of
   * doing (commit, perpetrate, carry out) with the noun as its object names that actor as agent.
   */
  protected relativeSubjectOfAct(act: number): Mention | undefined {
    const text = this.input.tokens.text;
    let j = act + 1;
    if (text[j] === 'that' || text[j] === 'which') j++;
    if (text[j] === 'the') j++;
    const m = this.mentionAtToken(j);
    if (!m || m.tokStart !== j || m.kind === 'topic' || m.actor < 0 || m.people || m.modifier)
      return undefined;
    let v = m.tokEnd;
    // "continues to commit", "has been committing", "still commits": auxiliaries and aspect verbs.
    for (let n = 0; n < 3 && v < this.e && EN_RELATIVE_ASPECT.has(text[v]!); n++) v++;
    const verb = text[v] ?? '';
    if (!EN_DOING_FORMS.has(verb)) return undefined;
    // "carried out", "carry out": the particle is needed with "carry".
    if (verb.startsWith('carr') && text[v + 1] !== 'out') return undefined;
    return m;
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

  protected countryNameOfGovernment(m: Mention): boolean {
    const actor = this.input.compiled.codebook.actors[m.actor];
    if (m.kind !== 'name' || actor?.kind !== 'government') return false;
    const { tokens } = this.input;
    const surface = tokens.text.slice(m.tokStart, m.tokEnd).join(' ');
    // "attacks on regime troops", "government positions": government words name the government's
    // men, never its land (government-words.ts gives them the government's actor).
    if (GOVERNMENT_WORD.test(surface)) return false;
    return !(actor.names.en ?? []).some((n) => n.toLowerCase().replace(/-/g, ' ') === surface);
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

  protected actorBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const m = this.mentionAtToken(j);
      if (m && m.kind !== 'topic') return true;
    }
    return false;
  }

  /** The last token before k that is no English auxiliary or "-ly" adverb ("has repeatedly drawn"). */
  protected beforeAuxiliaries(k: number): number {
    const t = this.input.tokens.text;
    let j = k - 1;
    while (j > this.s && (EN_AUXILIARIES.has(t[j]!) || /ly$/.test(t[j]!))) j--;
    return j;
  }

  /** The English subject ending right before the verb at k, past auxiliaries and adverbs. */
  protected subjectBeforeVerb(k: number): Mention | undefined {
    const j = this.beforeAuxiliaries(k);
    const m = this.mentionAtToken(j);
    return m && m.tokEnd === j + 1 && this.isTarget(m) ? m : undefined;
  }

  /**
   * The actor named at `by`, right after "by"/"from", as the doer of an act or reaction: tracked,
   * no topic and no plain nationality adjective. (Not canHold: a name after "from" would be read
   * as a place.)
   */
  protected doerAfterBy(by: number): Mention | undefined {
    const m = this.mentionAtToken(by);
    if (!m || m.tokStart !== by || m.actor < 0 || m.modifier) return undefined;
    if (m.kind === 'topic' || (m.kind === 'demonym' && !m.official)) return undefined;
    return m;
  }

  /** The doer and the names coordinated with it, less the subject they act on. */
  protected doersBesides(doer: Mention, subject: Mention): number[] {
    const doers = this.canHold(doer) ? this.coordinated(doer) : [doer.actor];
    return doers.filter((a) => a !== subject.actor);
  }

  protected hedged(from: number, to: number): boolean {
    for (let j = Math.max(this.s, from - 3); j <= to && j < this.e; j++)
      if (this.isKind(j, 'hedge') && !perfectQad(this.input.tokens.text, j)) return true;
    return false;
  }

  protected forceLink(j: number): boolean {
    const w = this.input.tokens.text[j]!;
    if (this.isKind(j, 'preposition') || AR_PARTICLES.has(w)) return true;
    const bare = w.replace(/^(و|ف|ب|ل)/, '');
    return TRANSFER_HEADS.has(bare) || TRANSFER_HEADS.has(bare.replace(/^ال/, ''));
  }
}

/** "وبالضربات" → "الضربات", "للقرار" → "القرار": an Arabic noun without its proclitics. */
export function bareArabicNoun(w: string): string {
  return w.replace(/^(و|ف)?ب?/, '').replace(/^لل/, 'ال');
}
