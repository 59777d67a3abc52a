// Finds stance statements in one sentence: for every topic mention (a pro/anti phrase, or an
// actor that is a topic) it finds the cue that governs it, composes the polarity (cue × phrase
// × negations), and attributes it to a holder (VSO/SVO subject, reported-speech frame, or the
// previous sentence's holder for an elided subject).
import type { CompiledCodebook } from '../compile.js';
import type { Tokens } from '../text/tokens.js';
import type { Language } from '../text/language.js';
import type { Mention } from './mentions.js';
import type { TokenCue } from './cues.js';
import { isClauseMark, splitClauses, type Sentence } from '../text/segment.js';
import { isArabicTitleWord, isOfficeWord } from '../lexicon/common-words.js';
import {
  actionPolarity,
  isActionOnly,
  isDirective,
  takesFromTarget,
  takesHolderGenitive,
} from '../lexicon/cue.js';
import {
  LOCATIVE,
  PLACE_NOUNS,
  AR_PLACE_NOUNS,
  NON_TARGET_PREPS,
  EN_LIGHT_WORDS,
  EN_SUBJECT_GAP,
  EN_DETERMINERS,
  EN_NOUN_PREPS,
  EN_SUBORDINATORS,
  EN_GERUND_PREPS,
  RELATIONAL_NOUNS,
  RELATIONAL_AR,
  STATE_ACTION_NOUNS,
  TRANSFER_HEADS,
  TIME_WORDS,
  CHARGE_LEMMAS,
  ANONYMOUS_SOURCES,
  NEUTRAL_HEADS,
  CLAUSE_OPENERS_BARRIER,
  ADJECTIVE_NEGATORS,
  SETTING_PREPS,
  AR_LABEL_WORDS,
  AR_PARTICLES,
} from './word-lists.js';

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
  /** Holders of the previous sentence (for elided subjects and pronouns). */
  previousHolders: number[];
}

export interface SentenceResult {
  statements: RawStatement[];
  /** Actors that held a position or spoke in this sentence. */
  holders: number[];
}

const BACKWARD_WINDOW = 14;
const FORWARD_WINDOW = 6;
const NOUN_WINDOW = 5;
const MAX_HOLDER_NESTING = 6;
// Words after which a place name is a location, not an actor taking or receiving a position.
class SentenceAnalyzer {
  private readonly s: number;
  private readonly e: number;
  constructor(private readonly input: SentenceInput) {
    this.s = input.start;
    this.e = input.end;
  }

  private cueAt(k: number): TokenCue | undefined {
    return this.input.cues[k - this.s];
  }

  private mentionAtToken(k: number): Mention | undefined {
    const m = this.input.mentionAt[k - this.s]!;
    return m >= 0 ? this.input.mentions[m] : undefined;
  }

  private isKind(k: number, kind: string): boolean {
    return this.cueAt(k)?.cue.kind === kind;
  }

  private canHold(m: Mention): boolean {
    if (m.modifier || m.actor < 0) return false;
    return m.kind === 'name' || m.kind === 'role' || (m.kind === 'demonym' && m.official);
  }

  private isPrepositional(m: Mention): boolean {
    if (m.afterPreposition) return true;
    const k = m.tokStart - 1;
    if (k < this.s) return false;
    // "للرئيس اليمني عبد ربه منصور هادي": a name in apposition shares its title's preposition.
    const before = this.mentionAtToken(k);
    if (before && before !== m && before.actor === m.actor && before.tokEnd === m.tokStart)
      return this.isPrepositional(before);
    if (this.isKind(k, 'preposition')) return true;
    // "للرئيس هادي", "بالرئيس": a title carrying the preposition.
    const w = this.input.tokens.text[k]!;
    const bare = w.startsWith('لل') ? w.slice(2) : w.startsWith('بال') ? w.slice(3) : undefined;
    return bare !== undefined && isArabicTitleWord('ال' + bare);
  }

  /** Arabic idafa: "تهدئة الفصائل" — a mention right after an indefinite noun is a genitive. */
  private isGenitive(m: Mention): boolean {
    const k = m.tokStart - 1;
    if (k < this.s || !this.input.tokens.isWord[k] || this.mentionAtToken(k)) return false;
    const w = this.input.tokens.text[k]!;
    const cue = this.cueAt(k)?.cue;
    // English: the object of a participle ("rebels fighting Assad") is no subject.
    if (this.input.lang === 'en') return /.{3}(ing|ed)$/.test(w) && !EN_SUBJECT_GAP.has(w);
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
    const bare = w.replace(/^[وف]/, '');
    if (bare.startsWith('است')) return bare.length >= 7;
    if (bare.startsWith('ان')) return bare.length >= 6;
    return /(ه|ات|ين|ون)$/.test(w) || (/^ا.{2}ا/.test(bare) && bare.length >= 5);
  }

  /** How two mentions (a before b) are joined: by "و"/"and" (with optional commas), by commas only, or not. */
  private joinBetween(a: Mention, b: Mention): 'and' | 'comma' | undefined {
    if (b.tokStart - a.tokEnd > 2) return undefined;
    let sawAnd = false;
    for (let k = a.tokEnd; k < b.tokStart; k++) {
      const w = this.input.tokens.text[k]!;
      if (w === 'and' || w === 'و') sawAnd = true;
      else if (w !== ',') return undefined;
    }
    // Arabic "و" is usually attached to the next name (وفرنسا).
    if (!sawAnd && b.tokStart === a.tokEnd) {
      const tokenStart = this.input.tokens.start[b.tokStart]!;
      return b.start - tokenStart === 1 && this.input.tokens.text[b.tokStart]!.startsWith('و')
        ? 'and'
        : undefined;
    }
    return sawAnd ? 'and' : 'comma';
  }

  /**
   * The mention and the actors coordinated with it ("A و B", "A, B and C"). Commas alone join
   * only apposition of the same actor or a list that ends in "and", so that "X، Y، Z" where Y
   * is the object is not read as a list.
   */
  private coordinated(m: Mention): number[] {
    const { mentions } = this.input;
    const actors: number[] = [];
    // "أن بلاده لن تسحب …" said by a leader: the leader holds the position.
    const spanActors = (x: Mention): number[] =>
      mentions
        .filter((o) => o.start === x.start && o.end === x.end && this.canHold(o))
        .map((o) => o.countryOf ?? o.actor);
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
      const nextActors = spanActors(next);
      if (nextActors.length === 0 || (next.afterPreposition && !current.afterPreposition)) break;
      const join = this.joinBetween(current, next);
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
    current = m;
    for (let i = idx - 1; i >= 0; i--) {
      const prev = mentions[i]!;
      if (prev.tokStart === current.tokStart) continue;
      const prevActors = spanActors(prev);
      if (prevActors.length === 0 || this.isPrepositional(prev)) break;
      const join = this.joinBetween(prev, current);
      if (!join) break;
      if (join === 'comma' && !prevActors.every((a) => actors.includes(a))) break;
      addAll(prevActors);
      current = prev;
    }
    return actors;
  }

  /** VSO subject: a holder mention within three tokens after the cue. */
  /** VSO subject after the cue; 'blocked' when it is a country outside the codebook. */
  private subjectAfter(
    k: number,
    allowMin: boolean,
    limit: number,
    maxSkip = 2,
  ): Mention | 'blocked' | undefined {
    let skipped = 0;
    for (let j = k + 1; j < this.e && j < limit; j++) {
      const m = this.mentionAtToken(j);
      if (m) {
        if (m.kind === 'topic') return undefined;
        if (m.actor < 0 && m.kind === 'name' && m.tokStart === j && !m.afterPreposition) return 'blocked';
        if (this.canHold(m) && m.tokStart === j) {
          if (m.afterPreposition) return undefined;
          const prev = j - 1 > k ? this.input.tokens.text[j - 1] : undefined;
          if (prev === 'من' && !allowMin) return undefined;
          if (prev !== undefined && prev !== 'من' && this.isKind(j - 1, 'preposition')) return undefined;
          return m;
        }
        skipped++;
        j = m.tokEnd - 1;
        if (skipped > maxSkip) return undefined;
        continue;
      }
      // "وتقول مصادر سياسية …", "قال محللون …": an anonymous source is the subject, and no holder.
      if (j === k + 1 && ANONYMOUS_SOURCES.has(this.input.tokens.text[j]!)) return 'blocked';
      const tc = this.cueAt(j);
      if (tc && tc.cue.kind !== 'preposition' && tc.cue.kind !== 'hedge') return undefined;
      if (tc?.cue.kind === 'preposition' && !(allowMin && this.input.tokens.text[j] === 'من'))
        return undefined;
      // Office words before a nationality adjective ("نائب وزير الخارجية الألماني") do not count.
      if (this.input.tokens.isWord[j] && !isOfficeWord(this.input.tokens.text[j]!, this.input.lang))
        skipped++;
      if (skipped > maxSkip) return undefined;
    }
    return undefined;
  }

  /** SVO subject: the nearest holder mention before the cue that is not a prepositional or genitive object. */
  private subjectBefore(
    k: number,
    crossComplementizer: boolean,
  ): Mention | 'frame' | 'blocked' | number | undefined {
    const ownIsNoun = this.cueAt(k)?.cue.pos !== 'verb';
    for (let j = k - 1; j >= this.s && j >= k - 25; j--) {
      const m = this.mentionAtToken(j);
      if (m) {
        const free = !this.isPrepositional(m) && !this.isGenitive(m);
        // "وقالت كندا …": a subject outside the codebook is still the subject.
        if (m.actor < 0 && m.kind === 'name' && free) return 'blocked';
        if (this.canHold(m) && free) {
          // "الذي يدعم الحكومة اليمنية في الحرب ضد …": an actor right after a stance verb is
          // that verb's subject or object; the verb's holder holds the later cue too.
          const v = m.tokStart - 1;
          const vc = v >= this.s && this.input.lang === 'ar' ? this.cueAt(v)?.cue : undefined;
          // "دعت فرنسا الاتحاد الأوروبي إلى فرض …": the addressee acts, the directive's holder holds.
          if (
            vc &&
            vc.kind === 'stance' &&
            (vc.pos === 'verb' || vc.verbNoun) &&
            (ownIsNoun || isDirective(vc)) &&
            v !== k
          )
            return v;
          return m;
        }
        j = m.tokStart;
        continue;
      }
      // English subjects stand right before the verb, auxiliaries and adverbs aside.
      if (this.input.lang === 'en' && this.cueAt(k)?.cue.pos === 'verb') {
        const w = this.input.tokens.text[j]!;
        if (
          !EN_SUBJECT_GAP.has(w) &&
          !w.endsWith('ly') &&
          !isOfficeWord(w, 'en') &&
          this.input.tokens.isWord[j]
        ) {
          // "The US and France termed … and said …": a verb after "and" shares the first verb's subject.
          if (w === 'and' || w === 'but') {
            for (let v = j - 1; v >= this.s; v--) {
              const vc = this.cueAt(v)?.cue;
              if (
                vc &&
                vc.pos === 'verb' &&
                (vc.kind === 'stance' || vc.kind === 'speech' || vc.kind === 'describe')
              )
                return v;
            }
          }
          return 'frame';
        }
      }
      const tc = this.cueAt(j);
      // A verbal noun inside a verb's clause ("طلب … توفير الحماية") shares that verb's holder.
      if (ownIsNoun && this.input.lang === 'ar' && tc && tc.cue.kind === 'stance') return j;
      const kind = tc?.cue.kind;
      if (kind === 'speech') return 'frame';
      if (kind === 'complementizer' && !crossComplementizer) return 'frame';
    }
    return undefined;
  }

  /** The speaker whose words contain token k: subject of the nearest speech cue. */
  private frameHolder(k: number): number[] {
    for (let j = k - 1; j >= this.s; j--) {
      if (this.isKind(j, 'speech') && !this.mentionAtToken(j)) {
        const speakers = this.holderOf(j, true);
        // "قال X إن … ولكنه اعتبر أن …": a speechless pronoun verb continues the earlier speaker.
        if (speakers.length > 0) return speakers;
      }
    }
    if (this.input.lang === 'en') {
      // "…, Lavrov said." — speech verb after the words, not a reduced relative ("… the
      // United States says killed 1,400").
      for (let j = k + 1; j < this.e; j++) {
        if (!this.isKind(j, 'speech')) continue;
        const next = this.input.tokens.text[j + 1];
        if (next !== undefined && this.input.tokens.isWord[j + 1] && /ed$/.test(next)) return [];
        return this.holderOf(j, true);
      }
    }
    return [];
  }

  /** The nearest reporting verb before k has an anonymous subject ("قالت مصادر", "sources said"). */
  private anonymousFrame(k: number): boolean {
    for (let j = k - 1; j >= this.s; j--) {
      if (!this.isKind(j, 'speech')) continue;
      const after = this.input.tokens.text[j + 1] ?? '';
      const before = this.input.tokens.text[j - 1] ?? '';
      return ANONYMOUS_SOURCES.has(after) || ANONYMOUS_SOURCES.has(before);
    }
    return false;
  }

  private holderCalls = 0;

  /** Holder(s) of the cue at token k; resolution may follow other cues, so nesting is bounded. */
  holderOf(k: number, isSpeech = false, before = this.e, depth = 0): number[] {
    if (this.holderCalls >= MAX_HOLDER_NESTING) return [];
    this.holderCalls++;
    try {
      return this.resolveHolder(k, isSpeech, before, depth);
    } finally {
      this.holderCalls--;
    }
  }

  private resolveHolder(k: number, isSpeech: boolean, before: number, depth: number): number[] {
    const lang = this.input.lang;
    const cue = this.cueAt(k)!;
    // Adjacent SVO subject first ("إدارة بايدن أبلغت", "Russia said").
    const adjacent =
      k - 1 >= this.s && (lang === 'en' || cue.cue.pos === 'verb') ? this.mentionAtToken(k - 1) : undefined;
    if (adjacent && this.canHold(adjacent) && !this.isPrepositional(adjacent) && !this.isGenitive(adjacent))
      return this.coordinated(adjacent);
    const opensClause = this.input.tokens.text[k]!.startsWith('و') && lang === 'ar';
    const afterPlainNoun =
      adjacent !== undefined &&
      adjacent.tokStart - 1 >= this.s &&
      !this.mentionAtToken(adjacent.tokStart - 1);
    if (
      adjacent &&
      adjacent.kind === 'demonym' &&
      cue.cue.pos === 'verb' &&
      !opensClause &&
      afterPlainNoun &&
      !adjacent.modifier &&
      !this.isPrepositional(adjacent)
    ) {
      // "الصاروخين الإسرائيليين استهدفا", "غارة روسية ضربت": the nationality is the agent.
      return adjacent.actor >= 0 && lang === 'ar' && !adjacent.people ? [adjacent.actor] : [];
    }
    // "انتقادات كندية للسعودية", "الدعم الإيراني": a nationality right after a verbal noun is its agent.
    const next = lang === 'ar' && cue.cue.pos !== 'verb' ? this.mentionAtToken(k + 1) : undefined;
    if (next && next.kind === 'demonym' && next.tokStart === k + 1)
      return next.actor >= 0 && !next.people ? [next.actor] : [];
    // "لكن المحمود أشار إلى …": a verb right after a definite noun that is not an actor we
    // know has that noun as its subject (time words aside: "في هذه الأثناء رفض …").
    if (
      lang === 'ar' &&
      cue.cue.pos === 'verb' &&
      !cue.cue.verbNoun &&
      !this.input.tokens.text[k]!.startsWith('و') &&
      this.unknownDefiniteSubject(k)
    )
      return [];
    // "بيان يدعو إلى …": a verb right after an indefinite noun has that noun as its subject.
    if (lang === 'ar' && cue.cue.pos === 'verb' && !cue.cue.verbNoun && this.indefiniteNounBefore(k)) {
      const after = this.subjectAfter(k, false, before);
      return after && after !== 'blocked' ? this.coordinated(after) : [];
    }
    // "خطابه … الذي دعا فيه", "التحالف الذي يدعم الحكومة": after a relative pronoun the subject is
    // the antecedent (if it is an actor), unless the verb carries the antecedent as its object
    // pronoun ("العمليات التي يشنها الجيش").
    const relative = k - 1 >= this.s ? this.input.tokens.text[k - 1]! : '';
    if (['الذي', 'التي', 'الذين', 'which', 'who'].includes(relative) && !cue.objectPronoun) {
      let a = k - 2;
      while (a >= this.s && isClauseMark(this.input.tokens, a)) a--;
      const antecedent = a >= this.s ? this.mentionAtToken(a) : undefined;
      // "تركيا، التي تدعم قوات المعارضة …": in Arabic a relative clause on a named actor is an
      // appositive that describes it, a label rather than a reported position.
      if (antecedent && lang === 'ar' && antecedent.kind !== 'topic') return [];
      return antecedent && this.canHold(antecedent) ? this.coordinated(antecedent) : [];
    }
    // English puts the subject after a reporting verb only in "…, said X".
    const inverted = isSpeech && lang === 'en' && k > this.s && this.input.tokens.isWord[k - 1] === 0;
    const verbLike = cue.cue.pos === 'verb' || this.clauseInitialVerb(k);
    // A verbal noun's genitive holds the position only for nouns of stance (مواقف الحزب) or after "من".
    const genitiveHolder = !verbLike && takesHolderGenitive(cue.cue);
    if (
      (lang === 'ar' &&
        cue.cue.pos !== 'other' &&
        (verbLike || genitiveHolder || this.input.tokens.text[k + 1] === 'من')) ||
      inverted
    ) {
      // A reporting verb's subject may be a long title: "قال أمين سر منظمة التحرير، صائب عريقات".
      const after = this.subjectAfter(k, !verbLike, before, isSpeech && lang === 'ar' ? 5 : 2);
      if (after === 'blocked') return [];
      if (after && !this.isChargedObject(k, after)) return this.coordinated(after);
    }
    // "قرار وقف إطلاق النار": a decision or position noun without its owner named (and without a
    // possessive pronoun, قراره) belongs to nobody we can tell.
    if (genitiveHolder && lang === 'ar' && !/(ه|ها|هم|هما)$/.test(this.input.tokens.text[k]!)) return [];
    const continued = this.continuedSubject(k, depth);
    if (continued.length > 0) return continued;
    // "استضاف ترامب … أمير قطر … وأثنى على …": a verb joined by و shares the sentence's first
    // subject, not the nearest actor (which is often the first verb's object).
    if (
      lang === 'ar' &&
      (cue.cue.pos === 'verb' || cue.cue.verbNoun) &&
      this.input.tokens.text[k]!.startsWith('و')
    ) {
      const first = this.firstFreeSubject(k);
      if (first) return this.coordinated(first);
    }
    if (lang === 'en' && cue.cue.pos === 'verb' && !isSpeech) {
      // Passive: "was condemned by X".
      const by = this.input.tokens.text[k + 1] === 'by' ? this.mentionAtToken(k + 2) : undefined;
      if (by && this.canHold(by)) return this.coordinated(by);
    }
    const bef = this.subjectBefore(k, isSpeech);
    if (bef === 'blocked') return [];
    if (typeof bef === 'number')
      return depth > 2 ? [] : this.holderOf(bef, this.isKind(bef, 'speech'), this.e, depth + 1);
    if (bef === 'frame') {
      if (isSpeech) return [];
      const speakers = this.frameHolder(k);
      if (speakers.length > 0) return speakers;
      return this.anonymousFrame(k) ? [] : this.elided(k, cue);
    }
    if (bef) return this.coordinated(bef);
    if (isSpeech) return this.elided(k, cue);
    const speakers = this.frameHolder(k);
    if (speakers.length > 0) return speakers;
    return this.elided(k, cue);
  }

  private firstFreeSubject(k: number): Mention | undefined {
    for (let j = this.s; j < k; j++) {
      const tc = this.cueAt(j);
      if (tc && (tc.cue.kind === 'speech' || tc.cue.kind === 'complementizer')) return undefined;
      const m = this.mentionAtToken(j);
      if (!m) continue;
      if (this.canHold(m) && !this.isPrepositional(m) && !this.isGenitive(m)) return m;
      j = m.tokEnd - 1;
    }
    return undefined;
  }

  private unknownDefiniteSubject(k: number): boolean {
    const j = k - 1;
    if (j < this.s || !this.input.tokens.isWord[j] || this.mentionAtToken(j) || this.cueAt(j)) return false;
    const w = this.input.tokens.text[j]!;
    if (!w.startsWith('ال') || w.length < 4 || TIME_WORDS.has(w) || isOfficeWord(w, 'ar')) return false;
    // Only at a clause start: "لكن المحمود أشار", "، المحمود أشار".
    const p = j - 1;
    return (
      p < this.s ||
      isClauseMark(this.input.tokens, p) ||
      AR_PARTICLES.has(this.input.tokens.text[p]!) ||
      this.isKind(p, 'complementizer')
    );
  }

  private indefiniteNounBefore(k: number): boolean {
    const j = k - 1;
    if (j < this.s || !this.input.tokens.isWord[j] || this.mentionAtToken(j) || this.cueAt(j)) return false;
    const w = this.input.tokens.text[j]!;
    if (AR_PARTICLES.has(w) || /^(ال|وال|بال|لل|فال)/.test(w) || w.length < 3) return false;
    // Verbs (قد، سوف are particles above) rarely precede a verb directly; nouns ending in ة/ات/ون do.
    return /(ه|ات|ون|ين)$/.test(w) || /^[^يتن]/.test(w);
  }

  /**
   * "اتهم X بالتواصل مع …", "وصفه X بالقاتل": with verbs of charging, a lone actor followed by a
   * "ب" complement is the object, and the subject is elided.
   */
  private isChargedObject(k: number, m: Mention): boolean {
    if (!CHARGE_LEMMAS.has(this.cueAt(k)!.cue.lemma)) return false;
    let j = m.tokEnd;
    // Skip actors coordinated with it ("تيار المستقبل وحزب القوات").
    let current = m;
    for (
      let next = this.mentionAtToken(j);
      next && j < this.e && this.joinBetween(current, next) === 'and';
      next = this.mentionAtToken(j)
    ) {
      current = next;
      j = next.tokEnd;
    }
    while (j < this.e && !this.input.tokens.isWord[j]) j++;
    const w = this.input.tokens.text[j] ?? '';
    return w.startsWith('ب') && w.length > 3 && !this.mentionAtToken(j);
  }

  /**
   * "قال نصر الله إن …، وطلب من اللبنانيين …": a verb opening a clause after a comma with "و"
   * or "كما" shares the subject of the sentence's first verb that has one.
   */
  private continuedSubject(k: number, depth: number): number[] {
    const { tokens, lang } = this.input;
    if (lang !== 'ar' || depth > 2) return [];
    const cue = this.cueAt(k)!.cue;
    const word = tokens.text[k]!;
    // "…، داعيا جميع الكتل إلى …", "مؤكدة أن …": a circumstantial participle after a comma.
    const circumstantial =
      (cue.participle === true || cue.kind === 'speech') &&
      /(ا|ه)$/.test(word) &&
      k - 1 >= this.s &&
      isClauseMark(tokens, k - 1);
    if (!circumstantial && (cue.pos === 'other' || (cue.pos === 'noun' && !cue.verbNoun))) return [];
    let lead = k - 1;
    if (circumstantial) lead = k - 1;
    else if (lead >= this.s && (tokens.text[lead] === 'كما' || tokens.text[lead] === 'ثم')) lead--;
    else if (!circumstantial && !tokens.text[k]!.startsWith('و')) return [];
    if (lead < this.s || !isClauseMark(tokens, lead)) return [];
    for (let j = this.s; j < lead; j++) {
      const tc = this.cueAt(j);
      if (!tc || this.mentionAtToken(j) || (tc.cue.kind !== 'speech' && tc.cue.kind !== 'stance')) continue;
      if (tc.cue.pos !== 'verb' && !this.clauseInitialVerb(j)) continue;
      const holders = this.holderOf(j, tc.cue.kind === 'speech', this.e, depth + 1);
      if (holders.length > 0) return holders;
    }
    return [];
  }

  /** Elided subject or pronoun: the previous sentence's holder, when nothing else can be. */
  private elided(k: number, cue: TokenCue): number[] {
    const prev = this.input.previousHolders;
    if (prev.length === 0) return [];
    const { tokens, lang } = this.input;
    if (lang === 'en') {
      for (let j = k - 1; j >= Math.max(this.s, k - 3); j--) if (this.isKind(j, 'pronoun')) return prev;
      return [];
    }
    if (cue.objectPronoun || cue.cue.pos === 'noun') return prev;
    let j = k + 1;
    while (j < this.e && !tokens.isWord[j]) j++;
    if (j >= this.e) return prev;
    const m = this.mentionAtToken(j);
    if (m && m.kind === 'topic') return prev;
    const kind = this.cueAt(j)?.cue.kind;
    if (kind === 'preposition' || kind === 'complementizer' || kind === 'negation') return prev;
    return [];
  }

  /** "عدم الانسحاب", "no withdrawal", "على عدم الانسحاب", "not the deal". */
  private negatedRightBefore(k: number): boolean {
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

  private negationBetween(from: number, to: number): boolean {
    for (let j = from + 1; j < to; j++) {
      // "غير قانوني", "non-binding": a negated adjective, not a negated proposition.
      if (this.isKind(j, 'negation') && !ADJECTIVE_NEGATORS.has(this.input.tokens.text[j]!)) return true;
    }
    return false;
  }

  private negatedBefore(k: number, span: number): boolean {
    let limit = Math.max(this.s, k - span);
    for (let j = k - 1; j >= limit; j--) {
      if (this.isKind(j, 'negation')) return true;
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

  /** The nearest stance/describe cue before the target, within the window, not across a speech verb. */
  private governingCueBefore(target: Mention): { k: number; distance: number } | undefined {
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
        if (tc!.cue.pos !== 'verb' && !this.clauseInitialVerb(j) && words > NOUN_WINDOW) return undefined;
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
        return { k: j, distance };
      }
      // "remained neutral on X", "موقف محايد من": an explicit neutral position governs what follows.
      if (kind === 'condition' && NEUTRAL_HEADS.has(this.input.tokens.text[j]!) && words <= 2)
        return { k: j, distance };
      if (kind === 'speech') return undefined;
      // "X backed A, but Y …": a clause-opening conjunction starts another holder's clause.
      if (CLAUSE_OPENERS_BARRIER.has(this.input.tokens.text[j]!)) return undefined;
      if (this.input.lang === 'en' && EN_SUBORDINATORS.has(this.input.tokens.text[j]!)) return undefined;
      if (kind === 'complementizer' && !this.cueGovernsComplement(j)) return undefined;
      if (this.input.tokens.isWord[j] && !EN_LIGHT_WORDS.has(this.input.tokens.text[j]!)) {
        distance++;
        words++;
      }
    }
    return undefined;
  }

  private attributiveParticiple(k: number): boolean {
    const cue = this.cueAt(k)?.cue;
    if (!cue?.participle || this.input.lang !== 'ar') return false;
    const w = this.input.tokens.text[k]!;
    if (!/^(ال|وال)/.test(w) || k - 1 < this.s) return false;
    const prev = this.input.tokens.text[k - 1]!;
    return (
      this.input.tokens.isWord[k - 1] === 1 &&
      (prev.startsWith('ال') || this.mentionAtToken(k - 1) !== undefined)
    );
  }

  /** A verb/noun homograph opening its clause ("وحث X Y على …") is the verb. */
  private clauseInitialVerb(j: number): boolean {
    const cue = this.cueAt(j)?.cue;
    if (!cue?.verbNoun) return false;
    if (j === this.s) return true;
    const prev = this.input.tokens.text[j - 1]!;
    if (
      isClauseMark(this.input.tokens, j - 1) ||
      AR_PARTICLES.has(prev) ||
      this.input.tokens.text[j]!.startsWith('و')
    )
      return true;
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

  /** "رفض أن …", "طالب بأن …", "demanded that …": the complementizer hangs on a stance cue. */
  private cueGovernsComplement(j: number): boolean {
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
  private evaluativeAfter(
    target: Mention,
    from: number,
    describing = false,
    maxWords = FORWARD_WINDOW,
  ): { k: number; polarity: 1 | -1 } | undefined {
    let words = 0;
    const window = target.kind === 'topic' ? maxWords : 4;
    for (let j = from; j < this.e && words <= window; j++) {
      const t = this.input.tokens.text[j]!;
      if (isClauseMark(this.input.tokens, j) && t !== '"') return undefined;
      const m = this.mentionAtToken(j);
      // Another topic ends the predicate, unless it restates the same one ("التصويت بهذه الانتخابات").
      if (m && m !== target && m.kind === 'topic' && m.topic !== target.topic) return undefined;
      const cue = this.cueAt(j)?.cue;
      if (cue && (cue.kind === 'evaluative' || (describing && cue.kind === 'stance')) && cue.polarity !== 0) {
        const negated = this.negatedBefore(j, 3);
        return { k: j, polarity: (negated ? -cue.polarity : cue.polarity) as 1 | -1 };
      }
      if (
        cue &&
        cue.kind === 'stance' &&
        cue.pos !== 'other' &&
        words <= 1 &&
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

  /**
   * The target is the agent of something evaluated: "these heinous actions by the Assad regime",
   * "جرائم النظام", or the possessor of a relation: "Russia has been Assad's strongest backer".
   */
  private evaluatedAgent(
    target: Mention,
    emit: (
      holders: number[],
      target: Mention,
      sign: number,
      strength: number,
      cueK: number,
      hedge: boolean,
    ) => void,
  ): boolean {
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

  /** Stances of `holders` toward the actors in `targets` that are topics (evidence spans lo..hi). */
  private emitTowardActors(
    emit: (
      holders: number[],
      target: Mention,
      sign: number,
      strength: number,
      cueK: number,
      hedge: boolean,
    ) => void,
    holders: number[],
    targets: number[],
    sign: number,
    strength: number,
    lo: number,
    hi: number,
  ): void {
    for (const a of targets) {
      if ((this.input.compiled.topicsForActor[a]?.length ?? 0) === 0) continue;
      const pseudo: Mention = {
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
      };
      emit(
        holders.filter((h) => h !== a),
        pseudo,
        sign,
        strength,
        Math.min(lo, hi),
        false,
      );
    }
  }

  /** "دعم من قوات أميركية", "support from US troops": the phrase is the noun's source, not its object. */
  private agentOfNoun(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if ((cue.pos === 'verb' && !cue.verbNoun) || cue.kind !== 'stance' || takesFromTarget(cue)) return false;
    const prev = this.input.tokens.text[target.tokStart - 1];
    return target.tokStart - 1 > k && target.tokStart - 1 <= k + 2 && (prev === 'من' || prev === 'from');
  }

  /** A setting preposition between the cue and a topic phrase ("نفذ عملية عبر خط الهدنة"). */
  private inSetting(k: number, target: Mention): boolean {
    for (let j = target.tokStart - 1; j > k && j >= target.tokStart - 3; j--) {
      if (SETTING_PREPS.has(this.input.tokens.text[j]!)) return true;
    }
    return false;
  }

  /** English "<verb> by": 'finite' after was/were/is/are/been, 'label' otherwise, else 'none'. */
  private passiveBy(k: number): 'finite' | 'label' | 'none' {
    if (this.input.lang !== 'en' || this.input.tokens.text[k + 1] !== 'by') return 'none';
    const form = this.input.tokens.text[k]!;
    if (!/(ed|en|ght|ck|pt|od)$/.test(form)) return 'none'; // "abide by" is no participle
    const aux = this.input.tokens.text[k - 1] ?? '';
    return ['was', 'were', 'is', 'are', 'been', 'be', 'being'].includes(aux) ? 'finite' : 'label';
  }

  /** "The assaults were condemned by France": holder after "by", target before the verb. */
  private passives(
    emit: (
      holders: number[],
      target: Mention,
      sign: number,
      strength: number,
      cueK: number,
      hedge: boolean,
    ) => void,
  ): void {
    if (this.input.lang !== 'en') return;
    for (let k = this.s; k < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc || tc.cue.kind !== 'stance' || this.passiveBy(k) !== 'finite') continue;
      const agent = this.mentionAtToken(this.input.tokens.text[k + 2] === 'the' ? k + 3 : k + 2);
      if (!agent || !this.canHold(agent)) continue;
      const holders = this.coordinated(agent);
      for (let j = k - 2; j >= Math.max(this.s, k - 6); j--) {
        const m = this.mentionAtToken(j);
        if (!m) continue;
        if (this.isTarget(m)) {
          const sign =
            (m.kind === 'topic' ? actionPolarity(tc.cue) * m.polarity : tc.cue.polarity) *
            (this.negatedBefore(k, 2) ? -1 : 1);
          emit(
            holders.filter((a) => m.kind === 'topic' || a !== m.actor),
            m,
            sign,
            tc.cue.strength * 0.9,
            k,
            false,
          );
        }
        break;
      }
    }
  }

  private actorBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const m = this.mentionAtToken(j);
      if (m && m.kind !== 'topic') return true;
    }
    return false;
  }

  private hedged(from: number, to: number): boolean {
    for (let j = Math.max(this.s, from - 3); j <= to && j < this.e; j++)
      if (this.isKind(j, 'hedge')) return true;
    return false;
  }

  /** "سيقرر خلال أيام", "لم يقرر بعد", "has not decided": an open decision is a neutral position. */
  private undecided(k: number): boolean {
    const cue = this.cueAt(k)?.cue;
    if (!cue || (cue.lemma !== 'قرر' && cue.lemma !== 'decide') || cue.pos !== 'verb') return false;
    const w = this.input.tokens.text[k]!;
    const prev = this.input.tokens.text[k - 1] ?? '';
    return /^و?س[يت]/.test(w) || prev === 'سوف' || prev === 'will' || this.negatedBefore(k, 3);
  }

  private clauses: Sentence[] | undefined;

  /** A neutral marker (مشروط، محايد، undecided …) in the clauses spanning the cue and the target. */
  private conditional(from: number, to: number): boolean {
    this.clauses ??= splitClauses(this.input.tokens, { start: this.s, end: this.e });
    const first = this.clauses.find((c) => c.end > from) ?? { start: this.s, end: this.e };
    const last = [...this.clauses].reverse().find((c) => c.start <= to) ?? first;
    for (let j = first.start; j < last.end; j++) if (this.isKind(j, 'condition')) return true;
    return false;
  }

  private topicsOf(target: Mention): number[] {
    if (target.kind === 'topic') return [target.topic];
    return [...(this.input.compiled.topicsForActor[target.actor] ?? [])];
  }

  private isTarget(m: Mention): boolean {
    if (m.kind === 'topic') return true;
    if (m.actor < 0) return false;
    if (m.modifier) return false;
    // English nationality adjectives head no target of their own ("the fragile Syrian truce").
    if (m.kind === 'demonym' && !m.official && this.input.lang === 'en') return false;
    if ((this.input.compiled.topicsForActor[m.actor]?.length ?? 0) === 0) return false;
    if (m.tokStart > this.s && LOCATIVE.has(this.input.tokens.text[m.tokStart - 1]!)) return false;
    if (m.kind === 'demonym' && !m.official && m.people) return false;
    if (m.kind === 'demonym' && !m.official) {
      // "نظيره السوري بشار الأسد": the adjective qualifies a person, not the country.
      const prev = m.tokStart > this.s ? this.input.tokens.text[m.tokStart - 1]! : '';
      const next = m.tokEnd < this.e ? this.mentionAtToken(m.tokEnd) : undefined;
      if (prev.startsWith('نظير') || prev === 'counterpart' || (next && this.canHold(next))) return false;
      for (let k = m.tokStart - 1; k >= Math.max(this.s, m.tokStart - 2); k--) {
        if (AR_PLACE_NOUNS.has(this.input.tokens.text[k]!.replace(/^(و|ف|ب|ل)/, ''))) return false;
      }
      if (this.input.lang === 'ar') {
        let h = m.tokStart - 1;
        while (h > this.s && /^(ال).*(ي|يه)$/.test(this.input.tokens.text[h]!) && !this.mentionAtToken(h))
          h--;
        const head =
          h >= this.s
            ? this.input.tokens.text[h]!.replace(/^(و|ف|ب|ل|لل)/, (p) => (p === 'لل' ? 'ال' : ''))
            : '';
        if (!STATE_ACTION_NOUNS.has(head)) return false;
      }
      if (m.tokEnd < this.e && this.input.tokens.text[m.tokEnd] === 'الصنع') return false;
      // English adjectives precede their noun: "the Syrian town" is a place, not the state.
      if (this.input.lang === 'en' && m.tokEnd < this.e && PLACE_NOUNS.has(this.input.tokens.text[m.tokEnd]!))
        return false;
    }
    return true;
  }

  run(): SentenceResult {
    const statements: RawStatement[] = [];
    const holdersSeen = new Set<number>();
    const { mentions, compiled } = this.input;
    const emit = (
      holders: number[],
      target: Mention,
      sign: number,
      strength: number,
      cueK: number,
      hedge: boolean,
    ): void => {
      for (const topic of this.topicsOf(target)) {
        const targetActor = target.kind === 'topic' ? -1 : target.actor;
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
      }
    };

    for (let mi = 0; mi < mentions.length; mi++) {
      const target = mentions[mi]!;
      if (!this.isTarget(target)) continue;
      const negT = this.negatedRightBefore(target.tokStart);
      let found = this.governingCueBefore(target);
      // "الكتل المعترضة على النتائج", "الفصائل الرافضة للانتخابات": an attributive participle is a label.
      if (found && this.attributiveParticiple(found.k)) found = undefined;
      // A bare nationality adjective is a target only right after its cue ("الرد الإسرائيلي").
      if (found && target.kind === 'demonym' && !target.official && found.distance > 2) found = undefined;
      if (found && target.kind !== 'topic' && !this.objectOfCue(found.k, target)) found = undefined;
      if (
        found &&
        target.kind === 'topic' &&
        (this.inSetting(found.k, target) ||
          this.cueAt(found.k)!.objectPronoun ||
          this.agentOfNoun(found.k, target))
      )
        found = undefined;
      // "X, backed by Y" is a label; "X was condemned by Y" is handled by the passive pass.
      if (found && this.passiveBy(found.k) !== 'none') found = undefined;
      if (found) {
        const tc = this.cueAt(found.k)!;
        const allHolders = this.holderOf(found.k, false, target.tokStart);
        // A target that is the cue's own subject (or named again as it) is not its object.
        if (
          target.kind !== 'topic' &&
          (allHolders.includes(target.actor) || this.subjectIsTarget(found.k, target))
        )
          continue;
        const holders = allHolders;
        let sign: number;
        if (tc.cue.kind === 'describe') {
          const ev = this.evaluativeAfter(target, target.tokEnd, true);
          if (!ev) {
            // "لمواجهة ما وصفه بالعدوان": without an evaluation, the describing verb only names the target.
            const outer = this.governingCueBefore({ ...target, tokStart: found.k, tokEnd: found.k + 1 });
            const outerCue = outer ? this.cueAt(outer.k) : undefined;
            if (!outer || !outerCue || outerCue.cue.kind !== 'stance') continue;
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
            continue;
          }
          sign = ev.polarity;
        } else if (tc.cue.kind === 'condition') {
          sign = 0;
        } else {
          sign = target.kind === 'topic' ? actionPolarity(tc.cue) * target.polarity : tc.cue.polarity;
          if (this.negatedBefore(found.k, 2)) sign = -sign;
          // A negation between the cue and the target ("يجب ألا تكون على شكل انسحاب", "urged him not to withdraw").
          if (negT || (target.kind === 'topic' && this.negationBetween(found.k, target.tokStart)))
            sign = -sign;
        }
        // A verbal noun or particle inside another verb's complement takes that verb's polarity
        // too: "تتهم … المركز بالمساعدة … لصالح النظام" opposes the regime.
        if (tc.cue.kind === 'stance' && tc.cue.pos !== 'verb' && this.input.lang === 'ar') {
          const gv = this.subjectBefore(found.k, false);
          const gc = typeof gv === 'number' ? this.cueAt(gv)?.cue : undefined;
          if (gc && gc.kind === 'stance' && (gc.pos === 'verb' || gc.verbNoun) && typeof gv === 'number')
            sign *= actionPolarity(gc) * (this.negatedBefore(gv, 2) ? -1 : 1);
        }
        const hedge = this.hedged(found.k, target.tokStart);
        const strength = tc.cue.strength * (1 - Math.min(0.4, found.distance * 0.02));
        // "warns that continuing to shy away from …": a subjectless deed under another cue
        // is that cue's content, not a position of its own.
        if (isActionOnly(tc.cue) && target.kind === 'topic') {
          const outer = this.governingCueBefore({ ...target, tokStart: found.k, tokEnd: found.k + 1 });
          const outerCue = outer ? this.cueAt(outer.k) : undefined;
          if (outer && outer.distance <= 2 && outerCue && outerCue.cue.kind === 'stance') {
            const outerHolders = this.holderOf(outer.k, false, found.k);
            emit(
              outerHolders,
              target,
              sign * outerCue.cue.polarity,
              outerCue.cue.strength * strength,
              outer.k,
              hedge,
            );
            continue;
          }
        }
        emit(holders, target, sign, strength, found.k, hedge);
        // A cue governed by another cue: "رفض بوتين مقترح أردوغان إعلان هدنة", "asked Congress to approve …".
        // "to approve …", "for breaking …": an English infinitive or gerund depends on an earlier cue.
        const infinitive =
          this.input.lang === 'en' &&
          (this.input.tokens.text[found.k - 1] === 'to' ||
            (/ing$/.test(this.input.tokens.text[found.k]!) &&
              EN_GERUND_PREPS.has(this.input.tokens.text[found.k - 1]!)));
        if (tc.cue.pos === 'noun' || tc.cue.kind === 'describe' || infinitive) {
          const outer = this.governingCueBefore({ ...target, tokStart: found.k, tokEnd: found.k + 1 });
          const outerCue = outer ? this.cueAt(outer.k)! : undefined;
          if (
            outer &&
            outer.distance <= (infinitive ? 3 : 2) &&
            outerCue &&
            outerCue.cue.kind === 'stance' &&
            tc.cue.kind === 'stance'
          ) {
            const outerHolders = this.holderOf(outer.k, false, found.k).filter((a) => !holders.includes(a));
            const outerSign = outerCue.cue.polarity * (this.negatedBefore(outer.k, 2) ? -1 : 1);
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
        continue;
      }
      if (target.kind !== 'topic' && this.evaluatedAgent(target, emit)) continue;
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
        emit(
          holders,
          target,
          sign,
          tc.cue.strength * 0.9,
          objectFirst,
          this.hedged(objectFirst, objectFirst),
        );
        continue;
      }
      // Predicate after the target, in reported words: "قال X إن الهجوم جاء بنتيجة عكسية".
      if (target.kind === 'demonym' && !target.official) continue;
      const ev = this.evaluativeAfter(target, target.tokEnd);
      if (ev) {
        const speakers = this.frameHolder(target.tokStart).filter(
          (a) => target.kind === 'topic' || a !== target.actor,
        );
        const sign = ev.polarity * (target.kind === 'topic' ? target.polarity : 1) * (negT ? -1 : 1);
        emit(speakers, target, sign, 0.6, ev.k, this.hedged(target.tokStart, ev.k));
      }
    }
    this.passives(emit);
    for (let k = this.s; k < this.e; k++) {
      if (this.isKind(k, 'speech') && !this.mentionAtToken(k))
        for (const a of this.holderOf(k, true)) holdersSeen.add(a);
    }
    return { statements, holders: [...holdersSeen] };
  }

  /**
   * An actor is the object of a cue only when close to it (at most three words, coordinated
   * actors aside), not behind a complementizer ("warned that Iran …"), and not as the
   * addressee of a directive ("urged Trump to …").
   */
  private objectOfCue(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if (cue.kind === 'stance' && (isDirective(cue) || isActionOnly(cue))) return false;
    // "an ally of Assad", "Russia's backer": relational nouns take their object with "of".
    if (
      this.input.lang === 'en' &&
      RELATIONAL_NOUNS.has(cue.lemma) &&
      this.input.tokens.text[target.tokStart - 1] !== 'of'
    )
      return false;
    let words = 0;
    // Walk back over actors coordinated with the target ("من روسيا وإيران").
    let head = target;
    for (let i = this.input.mentions.indexOf(target) - 1; i >= 0; i--) {
      const prev = this.input.mentions[i]!;
      if (prev.tokEnd > head.tokStart || prev.tokStart <= k) continue;
      if (this.joinBetween(prev, head) !== 'and') break;
      head = prev;
    }
    const before = head.tokStart - 1;
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
      const head = prep.replace(/^(و|ف|ب|ل)/, '');
      // Titles are transparent: "دعما للرئيس هادي".
      const title = isArabicTitleWord(prep.startsWith('لل') ? 'ال' + prep.slice(2) : head);
      if (
        !/^ال/.test(prep) &&
        !title &&
        !TRANSFER_HEADS.has(head) &&
        !STATE_ACTION_NOUNS.has('ال' + head) &&
        !AR_PARTICLES.has(prep)
      )
        return false;
    }
    // "بحليف روسيا، الرئيس السوري": the possessor of a relation is not the object of an outer cue.
    if (before > k && RELATIONAL_AR.has(prep.replace(/^(و|ف|ب|ل)/, ''))) return false;
    // "plan to eliminate Syria's weapons": a possessor is the object only right after its cue.
    if (target.possessive && before - k > 1) return false;
    if (NON_TARGET_PREPS.has(prep)) return false;
    if (prep === 'من' && !takesFromTarget(cue)) return false;
    // "ترفضه الفصائل": a verb that carries its object as a pronoun governs nothing after it.
    if (this.cueAt(k)!.objectPronoun) return false;
    // "بدعم من روسيا", "support from Russia": after a verbal noun, من/from introduces the agent.
    if (cue.pos !== 'verb' && before > k && before <= k + 2 && (prep === 'من' || prep === 'from'))
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
    for (let j = before; j > k && j >= before - 1; j--) {
      if (AR_LABEL_WORDS.has(this.input.tokens.text[j]!)) return false;
    }
    if (target.kind === 'demonym' && !target.official && before === k && cue.pos !== 'verb') return false; // "الدعم الإيراني": agent
    for (let j = k + 1; j < target.tokStart; j++) {
      const m = this.mentionAtToken(j);
      if (m) {
        j = m.tokEnd - 1;
        if (m.kind === 'topic') return false;
        // "مساندته لتركيا في أزمتها مع الولايات المتحدة": the cue's object is the first actor.
        if (
          m.tokStart < head.tokStart &&
          m.actor >= 0 &&
          m.actor !== target.actor &&
          this.isTarget(m) &&
          !this.holderOf(k).includes(m.actor)
        )
          return false;
        continue;
      }
      const kind = this.cueAt(j)?.cue.kind;
      if (kind === 'complementizer' || kind === 'speech') return false;
      if (this.input.lang === 'en' && EN_SUBORDINATORS.has(this.input.tokens.text[j]!)) return false;
      if (this.input.tokens.isWord[j]) words++;
    }
    return words <= 3;
  }

  private subjectIsTarget(k: number, target: Mention): boolean {
    const cue = this.cueAt(k)!.cue;
    if (this.input.lang !== 'ar' || cue.pos === 'other') return false;
    // "مخاوف ترامب": a stance noun's bare genitive is its holder, never its object.
    if (cue.pos === 'noun' && !cue.verbNoun) {
      // An action noun's genitive is its object (اتهام إيران، مواجهة الحوثيين).
      if (!takesHolderGenitive(cue)) return false;
      if (target.tokStart === k + 1) return true;
    }
    const after = this.subjectAfter(k, this.cueAt(k)!.cue.pos !== 'verb', this.e);
    return after !== undefined && after !== 'blocked' && after.tokStart === target.tokStart;
  }

  private relativeCueAfter(target: Mention, mi: number): number | undefined {
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

export function analyzeSentence(input: SentenceInput): SentenceResult {
  return new SentenceAnalyzer(input).run();
}
