// Reactions to acts, products and decisions: condemning strikes, rejecting a mediation, welcoming a
// decision, words said of someone.
import { mentionWith, type Mention } from './mentions.js';
import { withoutConjunction } from '../text/tokens.js';
import { isClauseMark } from '../text/segment.js';
import { AR_DENIAL_VERBS } from './word-classes.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import { isActionOnly, isDirective, isForce, isReaction, type TokenCue } from '../lexicon/cue.js';
import {
  EN_DETERMINERS,
  EN_AUTHORING_PARTICIPLES,
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
  EN_RECEIVED_REACTIONS,
  EN_DRAWING_VERBS,
  ACT_HEAD_NOUNS,
  AR_AGENT_ACT_NOUNS,
  TIME_WORDS,
} from './word-lists.js';
import { bareArabicNoun, type Emit } from './analyzer-base.js';
import { SideRelationReader } from './side-relations.js';

export class ReactionReader extends SideRelationReader {
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
      if (
        lang === 'ar'
          ? tc.cue.pos !== 'verb' && !tc.cue.verbNoun && !this.agentGenitiveAt(k)
          : tc.cue.pos !== 'verb'
      )
        continue;
      if (isDirective(tc.cue) || isActionOnly(tc.cue)) continue;
      // "They are backed by air strikes launched by X": after a passive's "by" the act is the
      // agent's means, not the object reacted to.
      if (lang === 'en' && tokens.text[k + 1] === 'by') continue;
      const act = this.actNounAfter(k);
      if (act === undefined) continue;
      // (A method of its own: the closures over the agent would otherwise make V8 allocate a
      // context for every token of the loop.)
      this.reactionToActAt(emit, k, tc, act);
    }
  }

  /**
   * "إدانة المملكة لاستهداف المدنيين …": the Arabic stance noun at k has its agent in the genitive
   * right after it, followed by the noun's object.
   */
  private agentGenitiveAt(k: number): boolean {
    const cue = this.cueAt(k)!.cue;
    if (cue.pos !== 'noun' || cue.participle) return false;
    const next = this.mentionAtToken(k + 1);
    return (
      next !== undefined &&
      next.tokStart === k + 1 &&
      next.kind !== 'demonym' &&
      this.canHold(next) &&
      this.objectAfterAgent(next)
    );
  }

  /** reactionsToActs for the reaction cue tc at k and the act noun at act. */
  protected reactionToActAt(emit: Emit, k: number, tc: TokenCue, act: number): void {
    const { lang } = this.input;
    const actAgent = this.agentOfAct(act);
    // "اقتحام القوات الإسرائيلية": forces act for the body they belong to.
    const agent = actAgent && (lang === 'ar' ? this.sideAsTarget(actAgent) : actAgent);
    // "maintained momentum with the help of air strikes by X": the act is help the subject had.
    if (!agent || !this.isTarget(agent) || (lang === 'en' && this.namedAsHelper(agent))) return;
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
        // Verbs and verbal nouns ("رفضت إيران قرار", "ترحيب السعودية بقرار", "عن ترحيبها بقرار").
        if (tc.cue.pos === 'other') continue;
        if (tc.cue.participle || tc.objectPronoun) continue;
      }
      // (A method of its own: V8 then re-optimises only it when a rare branch deoptimises.)
      this.arabicProductReactionAt(emit, k, tc, denial);
    }
  }

  /**
   * "أعربت السعودية عن ترحيبها بـ", "أعلنت تأييدها وترحيبها بـ": a verbal noun whose attached
   * pronoun is the subject of the verb that states it (after عن, a verb, or another such noun);
   * not after a preposition of time or place ("بعد رفضها", "في رفضها"), whose pronoun may be anyone's.
   */
  protected ownedReaction(k: number, tc: TokenCue): boolean {
    if (!tc.pronounSuffix || k - 1 < this.s) return false;
    if (this.input.tokens.text[k - 1] === 'عن') return true;
    const before = this.cueAt(k - 1);
    return before !== undefined && (before.cue.pos === 'verb' || before.pronounSuffix);
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
    // "أعربت السعودية عن ترحيبها بقرار واشنطن": a verbal noun whose attached pronoun is its
    // agent has its object right after it, and its holder where a verb's would be.
    const noun = !denial && tc!.cue.pos !== 'verb' && !this.ownedReaction(k, tc!);
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
    const indefinite = !/^(ال|لل|بال)/.test(withoutConjunction(tokens.text[p]!));
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

  /** The act noun a cue takes as its object: within a few words, past the VSO subject. */
  /** "… من قبل X" after the act noun at act, within its clause and eight words. */
  private agentByQibal(act: number): boolean {
    const t = this.input.tokens.text;
    for (let j = act + 1; j + 2 < this.e && j <= act + 8; j++) {
      if (isClauseMark(this.input.tokens, j)) return false;
      if (t[j] === 'من' && t[j + 1] === 'قبل') return true;
    }
    return false;
  }

  protected actNounAfter(k: number): number | undefined {
    const { tokens } = this.input;
    for (let j = k + 1; j < this.e && j <= k + 9; j++) {
      const m = this.mentionAtToken(j);
      if (m) {
        // "condemned the war crimes committed by X": a topic phrase may name the act.
        if (m.kind === 'topic') {
          if (this.input.lang === 'en') return this.agentOfAct(m.tokEnd - 1) ? m.tokEnd - 1 : undefined;
          // "إدانة المملكة لاستهداف المدنيين الفلسطينيين من قبل قوات الاحتلال": a topic phrase
          // opening with an act noun names the act, whose agent "من قبل" names after it.
          const head = bareArabicNoun(tokens.text[m.tokStart]!);
          const act =
            ACT_HEAD_NOUNS.has(head) || AR_AGENT_ACT_NOUNS.has(head) || AR_AGENT_ACT_NOUNS.has(head.slice(1));
          return act && this.agentByQibal(m.tokStart) ? m.tokStart : undefined;
        }
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
      // "stood up to X", "sided with X": the object follows the cue's phrase.
      if (tc.cue.particle && tokens.text[j] !== 'the' && !this.mentionAtToken(j)) j += tc.cue.span!;
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
   * "Trump has drawn ire from Republican leaders", "the offensive drew strong condemnation from
   * the United States", "received backing from Saudi Arabia": the one named after "from" takes
   * the reaction's side toward the subject that received it.
   */
  protected reactionsDrawnFrom(emit: Emit): void {
    const t = this.input.tokens.text;
    for (let k = this.s + 1; k + 2 < this.e; k++) {
      if (!EN_DRAWING_VERBS.has(t[k]!)) continue;
      // One or two modifiers may stand before the reaction ("strong", "immediate and heavy").
      let n = k + 1;
      while (n < k + 3 && n + 1 < this.e && !EN_RECEIVED_REACTIONS.has(t[n]!)) n++;
      const sign = EN_RECEIVED_REACTIONS.get(t[n]!);
      if (sign === undefined || t[n + 1] !== 'from') continue;
      if (!this.plainWords(k + 1, n)) continue;
      // "did not draw criticism from X" reports no reaction either way.
      if (this.negatedBefore(k, 2)) continue;
      let by = t[n + 2] === 'the' ? n + 3 : n + 2;
      // "condemnation from Syria's opposition": the body after its country's possessive.
      const owner = this.mentionAtToken(by);
      if (owner && owner.tokStart === by && owner.possessive)
        by = owner.tokEnd + (t[owner.tokEnd] === 's' ? 1 : 0);
      const reactor = this.doerAfterBy(by);
      const subject = reactor && (this.subjectBeforeVerb(k) ?? this.openingActAgent(k));
      if (!reactor || !subject) continue;
      emit(this.doersBesides(reactor, subject), subject, sign, 0.6, n, this.hedged(k, by));
    }
  }

  /**
   * "Suspected regime strikes killed 37 civilians sparking condemnation from X", "Russian strikes
   * prompted outrage from X": an act of force that opens the sentence, past one plain word, and
   * ends before the verb at k receives the reaction for its agent.
   */
  private openingActAgent(k: number): Mention | undefined {
    for (let j = this.s; j <= this.s + 1 && j < k; j++) {
      const found = this.forceActAgentAt(j);
      if (found && found.act < k) return found.agent;
      // ("Suspected regime strikes": a hedge or an adjective before the act.)
      const kind = this.cueAt(j)?.cue.kind;
      if (!this.input.tokens.isWord[j] || (kind && kind !== 'hedge') || this.mentionAtToken(j))
        return undefined;
    }
    return undefined;
  }

  /** Tokens [from, to) are words without a cue (a reaction's modifiers: "strong", "immediate"). */
  private plainWords(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (!this.input.tokens.isWord[j] || this.cueAt(j)) return false;
    return true;
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
}

// What an actor says, decides or proposes, with clitics and plurals ("بالوساطه", "للمقترح").
const AR_PRODUCT_NOUNS =
  /^(و|ف)?(ب|ل|بال|ال|لل)?(قرار|قرارات|مشروع|مقترح|مقترحات|مقترحا|اقتراح|اقتراحات|تصريح|تصريحات|دعوه|دعوات|وساطه|مبادره|مبادرات|خطه|خطط|سياسه|سياسات|بيان|بيانات|اتهام|اتهامات|مزاعم|ادعاء|ادعاءات|جهود|مساعي|دور|تهديد|تهديدات|شروط|موقف|مواقف|اجراء|اجراءات|خطوه|خطوات|عرض|عرضا|مطالب|مطالبه|مطالبات|خطاب|تصرفات|ممارسات|سلوك|تدخل|تدخلات|اعلان|نداء|نداءات|تعهد|تعهدات|وعود|رساله|حمله|تغريده|تغريدات|كلمه|موافقه)$/;

export const AR_REACTION_ADVERBS = new Set([
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

// "ما وصفه", "ما أسماه": what the reactor calls it.
const AR_NAMED_AS = /^(وصف|اسمي|سمي)(ه|ها|ته|تها|وه|وها)$/;

const AR_ADJECTIVE = /^(و)?ال\S+(ي|يه|يين|يون|يات)$/;

const AR_RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);

// Verbs of issuing, making or voicing ("أطلقها", "تقدمت به", "أدلى بها"), past a pronoun.
const AR_AUTHORING_VERB =
  /^(و|ف)?(ي|ت|ن)?(اطلق|طلق|قدم|تقدم|طرح|اعلن|علن|اتخذ|تخذ|اصدر|صدر|اقترح|قترح|بذل|لعب|وجه|ساق|سوق|اثار|ثير|تبن|تبني|تبنا|ادلي|دلي|ادل|قام|قوم|اطلق|يطلق)(ت|وا|و|ون|ان|تا|ا)?$/;
