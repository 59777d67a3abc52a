// Misdeeds and atrocities, their agents and owners, and demands to stop or curb them: atrocity
// agents, misdeed owners, harm reported, calls for investigation, halt demands, pressure to halt.
import { mentionWith, type Mention } from './mentions.js';
import { isClauseMark } from '../text/segment.js';
import { AR_DENIAL_VERBS, AR_MISDEED_FORMS, arabicActivityNoun, type MisdeedForm } from './word-classes.js';
import { isArabicTitleWord, isOfficeWord } from '../lexicon/common-words.js';
import { isDirective } from '../lexicon/cue.js';
import {
  AR_INVESTIGATION_ADJECTIVES,
  AR_INVESTIGATION_INTO,
  AR_INVESTIGATION_NOUNS,
  AR_HALT_NOUNS,
  AR_CURB_NOUNS,
  CHARGE_LEMMAS,
  EN_BE_FORMS,
  EN_AUXILIARIES,
  EN_STRIKE_NOUNS,
  HYPOTHETICAL,
  CLAIM_NOUNS,
  CHARGE_WORDS,
  EN_HARM_AGENT_PARTICIPLES,
  EN_UNIT_NOUNS,
  AR_ATROCITY_WORD,
  AR_ATROCITY_VERB,
  AR_MISDEED_VERB,
  AR_RESPONSIBLE,
  AR_INVOLVED,
  AR_INVOLVED_IN,
  AR_STANDS_BEHIND,
  EN_ATROCITY_WORDS,
  EN_ATROCITY_VERBS,
  EN_ATROCITY_BASE_VERBS,
  EN_GOING_ON_VERBS,
  EN_DENIAL_FORMS,
  AR_MALIGN_ADJECTIVE,
  AR_MISDEED_UNITS,
  MISDEED_UNASSERTING,
  EN_CASUALTY_WORDS,
  EN_MISDEED_NOUNS,
  EN_MISDEED_OF_AGENT,
  EN_MALIGN_ADJECTIVES,
  EN_CONDUCT_NOUNS,
  EN_MISDEED_MODIFIERS,
  AR_REMIT_LABELS,
} from './word-lists.js';
import type { Emit } from './analyzer-base.js';
import { ForceActReader } from './force-acts.js';
import { EN_INFINITIVE_ACT_NOUNS } from './analyzer-base.js';

// Refusal verbs and nouns of confirming (folded): "رفض تأكيد …".
export const AR_REFUSAL_VERBS = new Set(['رفض', 'رفضت', 'يرفض', 'ترفض', 'ورفض', 'ورفضت']);

// "any attempt by X to … would be unacceptable": the verb heading an act's evaluation.
const EN_ACT_PREDICATE_HEADS = new Set(['would', 'will', 'is', 'was', 'are', 'were']);
// "will not allow/permit X to …": verbs of letting, read when refused.
const EN_LET_VERBS = new Set(['allow', 'permit']);
// Outcomes of defeat: "not allow the regime to fall/collapse".
const EN_FALL_VERBS = new Set(['fall', 'collapse', 'crumble']);
// Refused outcomes that are no deed of the object: "not allow Lebanon to become a battlefield".
const NO_DEED_VERBS = new Set([
  'be',
  'become',
  'remain',
  'turn',
  'slide',
  'descend',
  'suffer',
  'go',
  'happen',
  'continue',
  'stay',
  'get',
]);
// "pressure X to halt …": the verbs of stopping whose purpose makes the pressed actors opposed.
const EN_HALT_VERBS = new Set(['halt', 'stop', 'end', 'cease', 'disband']);
// Words between a that-clause's subject and its verb: "demanded that X and Y immediately stop".
const EN_CLAUSE_SUBJECT_GAP = new Set([
  'and',
  'must',
  'should',
  'immediately',
  'its',
  'his',
  'their',
  'allies',
]);

// Tokens from the pressed actor to the purpose's "to" ("Assad and his chief backer Russia to").
const PRESSED_REACH = 8;

// Pressure on an actor is a step less direct than the stance on what it is to stop.
const PRESSED_STRENGTH = 0.85;

export class MisdeedReader extends ForceActReader {
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
      const next = k + 1 < tokens.count ? tokens.text[k + 1] : undefined;
      const doing =
        lang === 'ar'
          ? AR_ATROCITY_VERB.test(w) ||
            AR_MISDEED_VERB.test(w) ||
            (next === 'عن' && AR_RESPONSIBLE.test(w)) ||
            (next === 'وراء' && AR_STANDS_BEHIND.test(w)) ||
            (next === 'في' && AR_INVOLVED.test(w))
          : EN_ATROCITY_VERBS.has(w) ||
            (EN_ATROCITY_BASE_VERBS.has(w) &&
              tokens.text[k - 1] === 'to' &&
              EN_GOING_ON_VERBS.has(tokens.text[k - 2] ?? ''));
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
    // "إيران ضالعة في مشاكل المنطقة": involvement in a misdeed is a charge, as responsibility is.
    const involved = lang === 'ar' && text[j] === 'في' && AR_INVOLVED.test(w);
    if (lang === 'ar' && (text[j] === 'عن' || text[j] === 'وراء' || involved)) j++;
    if (lang === 'en' && w === 'carried') {
      if (text[j] !== 'out') return;
      j++;
    }
    // "has resorted once again and in breach of UN resolutions to using chemical substances".
    if (lang === 'en' && w.startsWith('resort')) {
      while (j < this.e && j <= k + RESORT_REACH && text[j] !== 'to' && !isClauseMark(tokens, j)) j++;
      if (text[j] !== 'to') return;
      j++;
    }
    if (lang === 'en' && (w === 'responsible' || w === 'guilty')) {
      if (text[j] !== 'for' && text[j] !== 'of') return;
      j++;
    }
    // "هو المسؤول عن الهجوم", "was behind the attack": responsibility for any attack is blame.
    const responsibility =
      predicate || involved || (lang === 'ar' && (text[k + 1] === 'عن' || text[k + 1] === 'وراء'));
    // "إن إيران انتهكت السيادة": a verb of violating or obstructing is the misdeed itself.
    const atrocity =
      lang === 'ar' && AR_MISDEED_VERB.test(w)
        ? k
        : involved && AR_INVOLVED_IN.test(text[j] ?? '')
          ? j
          : this.atrocityAfter(j, responsibility);
    if (atrocity === undefined) return;
    const agent = this.atrocitySubject(k, predicate);
    if (!agent || this.atrocityUnasserted(agent.tokStart)) return;
    const agents = this.coordinated(agent);
    let speakers = this.frameHolder(agent.tokStart);
    if (speakers.length === 0) speakers = this.finderBefore(agent.tokStart);
    speakers = speakers.filter((a) => !agents.includes(a));
    if (speakers.length === 0 || (!predicate && this.monitorsCountingDead(speakers))) return;
    emit(speakers, agent, -1, 0.6, k, this.hedged(agent.tokStart, atrocity));
  }

  /**
   * "Seventy-six people were killed when Syrian army helicopters dropped barrel bombs …, the
   * Observatory said": an organisation without forces telling a casualty report names the doer
   * of the deaths; it does not take a side (casualty counts are not statements).
   */
  protected monitorsCountingDead(speakers: readonly number[]): boolean {
    const { unarmed, speaksFor } = this.input.compiled;
    if (this.input.lang !== 'en' || !speakers.every((a) => unarmed[a] || unarmed[speaksFor[a] ?? -1]))
      return false;
    const text = this.input.tokens.text;
    for (let j = this.s; j < this.e; j++) if (EN_CASUALTY_WORDS.has(text[j]!)) return true;
    return false;
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
        // "the regime continues to commit massacres": the subject of the verb of going on.
        if (t === 'to' && EN_GOING_ON_VERBS.has(text[a - 1]!)) {
          a -= 2;
          continue;
        }
        if (EN_BE_FORMS.has(t)) copula = true;
        else if (!EN_AUXILIARIES.has(t) && !/ly$/.test(t) && t !== 'also' && t !== 'again' && t !== 'did')
          break;
        a--;
      }
      // "chemical weapons were used": a passive names no doer before the verb.
      if (predicate !== copula) return undefined;
      if ((EN_UNIT_NOUNS.has(text[a]!) || isOfficeWord(text[a]!, 'en')) && !this.mentionAtToken(a)) a--;
      // "Assad, who continues to commit massacres": the relative pronoun's antecedent.
      if ((text[a] === 'who' || text[a] === 'which') && !predicate) {
        a--;
        if (text[a] === ',') a--;
      }
    } else {
      // "إن إيران كانت تكذب", "إن الميليشيات لا تزال تعطل": auxiliaries between the subject
      // and the verb (a negation before them, "لم تكن", still denies).
      a = this.auxiliaryStart(k) - 1;
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
        // "وقال ماتيس "إيران ضالعة في مشاكل المنطقة"": the quoted words open with the subject.
        this.opensQuotation(h + 1);
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
      // "called on the world to stop crimes committed by X", "urged … not to ignore the crimes X
      // continues to commit": the caller of the stop opposes the misdeed's owner.
      if (this.input.lang === 'en' && tokens.text[j - 1] === 'to' && this.haltOrHeed(j))
        return this.haltCaller(j, k);
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

  /** "to stop", "to end", "to halt", "not to ignore" at j (the verb after "to"). */
  protected haltOrHeed(j: number): boolean {
    const text = this.input.tokens.text;
    const w = text[j]!;
    if (EN_HALT_VERBS.has(w) && w !== 'disband') return true;
    return (w === 'ignore' || w === 'overlook') && text[j - 2] === 'not';
  }

  /**
   * The holder of the directive ("called on", "urged", "demanded") whose purpose is the stop at j;
   * none when the stop is no one's call ("failed to stop", "the need to end").
   */
  protected haltCaller(j: number, k: number): number[] {
    const { tokens } = this.input;
    for (let i = j - 2; i >= Math.max(this.s, j - 24); i--) {
      const w = tokens.text[i]!;
      if (w === '.' || w === ';' || w === ':') return [];
      if (this.mentionAtToken(i)) continue;
      const c = this.cueAt(i)?.cue;
      if (!c) continue;
      if (c.kind === 'speech' || c.kind === 'complementizer') return [];
      if (c.kind !== 'stance' || c.polarity <= 0 || !isDirective(c) || this.negatedBefore(i, 2)) continue;
      return this.holderOf(i, false, k);
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

  /**
   * "pressure Assad and his backer Russia to halt the offensive", "pressure on the regime and its
   * allies in order to stop the onslaught", "urged Russia to stop bombing", "called on Moscow to
   * halt …", "demanded that Damascus stop …": pressing actors to stop what they do opposes them
   * (the stop itself composes with the directive like "urged X to halt …").
   */
  protected pressedToHalt(emit: Emit): void {
    const { tokens } = this.input;
    for (let k = this.s; k < this.e; k++) {
      const tc = this.cueAt(k);
      if (!tc) continue;
      const pressure = tc.cue.lemma === 'pressure';
      // The verbs addressed to someone ("urge", "call on", "demand"); a warning is read elsewhere.
      const directive =
        !pressure &&
        tc.cue.kind === 'stance' &&
        tc.cue.pos === 'verb' &&
        tc.cue.polarity > 0 &&
        isDirective(tc.cue) &&
        !this.negatedBefore(k, 2);
      if (!pressure && !directive) continue;
      let a = pressure ? (tokens.text[k + 1] === 'on' ? k + 2 : k + 1) : k + 1 + (tc.cue.span ?? 0);
      // "demanded that Damascus stop …": the addressee as the subject of a that-clause.
      const clause = directive && tokens.text[a] === 'that';
      if (clause) a++;
      if (tokens.text[a] === 'the') a++;
      const first = this.mentionAtToken(a);
      if (!first || first.tokStart !== a || first.kind === 'topic' || !this.canHold(first)) continue;
      const to = clause ? this.haltClauseVerb(first.tokEnd) : this.purposeTo(first.tokEnd);
      if (to === undefined || !this.haltAt(clause ? to : to + 1)) continue;
      const pressed = this.pressedActors(a, to);
      const holders = this.pressingHolders(k, first);
      this.emitTowardActors(emit, holders, pressed, -1, tc.cue.strength * PRESSED_STRENGTH, k, to - 1);
    }
  }

  /**
   * "Ankara will not allow the town of Azaz to fall to the Kurdish YPG forces", "will not allow
   * the regime to fall", "to not allow the PYD militant group to found any de facto Kurdish state":
   * who refuses to let a tracked actor fall supports it; who refuses to let ground fall to an actor,
   * or an actor do something, opposes that actor. A refused becoming ("not allow Lebanon to become
   * a battlefield") or passive ("to be used") names no side.
   */
  protected refusedOutcomes(emit: Emit): void {
    const text = this.input.tokens.text;
    for (let k = this.s + 1; k < this.e; k++) {
      if (EN_LET_VERBS.has(text[k]!) && this.negatedBefore(k, 3)) this.refusedOutcomeAt(emit, k);
    }
  }

  /** The refused "allow/let" at k: its object actors and the outcome verb after "to". */
  protected refusedOutcomeAt(emit: Emit, k: number): void {
    const text = this.input.tokens.text;
    if (!this.cueAt(k)) return;
    const to = this.purposeTo(k + 1);
    if (to === undefined || to <= k + 1) return;
    const verb = text[to + 1] ?? '';
    // The object is the first name after the verb ("allow the YPG", not "Syria" in "the town of
    // Azaz in northern Syria").
    const a = text[k + 1] === 'the' ? k + 2 : k + 1;
    const first = this.mentionAtToken(a);
    const objects = first && first.tokStart === a ? this.pressedActors(a, first.tokEnd) : [];
    const holders = this.holderOf(k, false, k + 1);
    if (holders.length === 0) return;
    const hedge = this.hedged(k, to + 1);
    if (EN_FALL_VERBS.has(verb)) {
      // "to fall to the Kurdish YPG forces", "to fall into the hands of X", "fall under X's control".
      let j = to + 2;
      if (text[j] === 'to' || text[j] === 'into' || text[j] === 'under') {
        j++;
        // "the hands of", "the control of", and the winner's adjectives ("the Kurdish YPG forces").
        while (j < this.e && j <= to + 6 && !this.mentionAtToken(j) && !isClauseMark(this.input.tokens, j))
          j++;
        const m = this.mentionAtToken(j);
        if (m && m.tokStart === j && m.kind !== 'topic' && this.canHold(m)) {
          const winner = m.countryOf ?? m.actor;
          const against = holders.filter((h) => h !== winner);
          this.emitTowardActors(emit, against, [winner], -1, 0.6, k, j, hedge);
          return;
        }
      }
      const kept = objects.filter((a) => !holders.includes(a));
      this.emitTowardActors(emit, holders, kept, 1, 0.6, k, to - 1, hedge);
      return;
    }
    if (!/^[a-z]+$/.test(verb) || NO_DEED_VERBS.has(verb) || this.cueAt(to + 1)?.cue.kind === 'speech')
      return;
    const acting = objects.filter((a) => !holders.includes(a));
    this.emitTowardActors(emit, holders, acting, -1, 0.6, k, to - 1, hedge);
  }

  /**
   * "Any attempt by the Trump Administration to cover up the results of this investigation …
   * would be unacceptable", "Russia's decision to … was a mistake": a speaker's evaluation of an
   * act whose agent is named ("by X", "X's") is an evaluation of the agent.
   */
  protected evaluatedActs(emit: Emit): void {
    const text = this.input.tokens.text;
    for (let k = this.s + 1; k < this.e; k++) {
      if (EN_INFINITIVE_ACT_NOUNS.has(text[k]!)) this.evaluatedActAt(emit, k);
    }
  }

  /** The act noun at k: its agent, the predicate after its infinitive, the evaluative cue there. */
  protected evaluatedActAt(emit: Emit, k: number): void {
    const { tokens } = this.input;
    const text = tokens.text;
    let agent: Mention | undefined;
    let to = k + 1;
    if (text[k + 1] === 'by') {
      const a = text[k + 2] === 'the' ? k + 3 : k + 2;
      const m = this.mentionAtToken(a);
      if (m && m.tokStart === a) {
        agent = m;
        to = m.tokEnd;
      }
    } else {
      // "X's attempt": the possessor right before the noun.
      const m = text[k - 1] === 's' && k - 2 >= this.s ? this.mentionAtToken(k - 2) : undefined;
      if (m && (m.tokEnd === k - 1 || m.tokEnd === k)) agent = m;
    }
    // "the Trump Administration": office words after the agent's name.
    for (let n = 0; agent && n < 2 && text[to] !== 'to' && isOfficeWord(text[to] ?? '', 'en'); n++) to++;
    // (A possessor holds no stance of its own, so canHold is not asked: "X's attempt".)
    if (!agent || agent.kind === 'topic' || agent.actor < 0 || agent.people || text[to] !== 'to') return;
    // The predicate: the first finite "be" or modal after the infinitive, in the same clause.
    let v = -1;
    for (let j = to + 2; j < this.e && j <= to + 18; j++) {
      if (isClauseMark(tokens, j)) return;
      const c = this.cueAt(j)?.cue;
      if (c && (c.kind === 'speech' || c.kind === 'complementizer')) return;
      if (EN_ACT_PREDICATE_HEADS.has(text[j]!)) {
        v = j;
        break;
      }
    }
    if (v < 0) return;
    for (let j = v + 1; j < this.e && j <= v + 4; j++) {
      if (this.mentionAtToken(j) || isClauseMark(tokens, j)) return;
      const c = this.cueAt(j)?.cue;
      if (!c) continue;
      if (c.kind !== 'evaluative' || c.polarity === 0) return;
      const sign = c.polarity * (this.negatedBefore(j, 3) ? -1 : 1);
      const holders = this.frameHolder(k).filter((h) => h !== agent.actor);
      emit(holders, agent, sign, 0.6, j, this.hedged(k, j));
      return;
    }
  }

  /** "that X (and Y) (must|should) stop …": the verb of the clause after its subject. */
  protected haltClauseVerb(from: number): number | undefined {
    const { tokens } = this.input;
    for (let j = from; j < this.e && j <= from + PRESSED_REACH; j++) {
      if (isClauseMark(tokens, j)) return undefined;
      if (EN_HALT_VERBS.has(tokens.text[j]!)) return j;
      const m = this.mentionAtToken(j);
      if (m) j = m.tokEnd - 1;
      else if (!EN_CLAUSE_SUBJECT_GAP.has(tokens.text[j]!)) return undefined;
    }
    return undefined;
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
}

// An Arabic attack noun (folded, with و/ب/ل): "المسؤول عن الهجوم", "تقف وراء الهجمات".
const AR_ATTACK_NOUN = /^(و)?(ب|ل)?(ال)?(هجوم|هجمات|هجوما|ضربه|ضربات|قصف|غاره|غارات|تفجير|تفجيرات)$/;

// Verbal nouns and gerunds of doing an atrocity: "مسؤولة عن استخدام غاز الأعصاب", "responsible for using".
const AR_DOING_NOUNS = /^(ال)?(استخدام|تنفيذ|ارتكاب|شن|القاء|استعمال)$/;

// Tokens from "resorted" to its "to" (past adverbials: "resorted once again and in breach of …").
const RESORT_REACH = 14;
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
