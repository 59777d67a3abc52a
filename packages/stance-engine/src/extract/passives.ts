// Passives, participles and relatives: "condemned by X", "a ceasefire brokered by X", "under siege
// by X", "a truce that X brokered".
import type { Mention } from './mentions.js';
import { isClauseMark } from '../text/segment.js';
import { actionPolarity } from '../lexicon/cue.js';
import {
  EN_DETERMINERS,
  AR_HOLDING_WORDS,
  EN_AUXILIARIES,
  EN_HOLDING_PARTICIPLES,
  AGREEMENT_NOUNS,
  EN_POSSESSED_HOSTILE_ACTS,
  EN_AGENT_PARTICIPLES,
  EN_CASUALTY_WORDS,
  EN_PHRASE_LINKS,
  EN_PACT_PARTICIPLES,
  EN_SIDING_TITLES,
} from './word-lists.js';
import type { Emit } from './analyzer-base.js';
import { StatementFrames } from './statement-frames.js';
import { ANY_WORD, HOLDING_WORD } from './word-classes.js';

// Verbs of announcing whose participle after a course of action names its author.
const ANNOUNCED_ACT_LEMMAS = new Set(['announce', 'declare']);

// "agreed by": the strength of the lexicon's "agree to/on/with".
const AGREED_BY_STRENGTH = 0.75;

// "both sides", "the two parties": the pair of a "between X and Y" phrase.
const EN_SIDE_NOUNS = new Set(['sides', 'parties']);

// Adverbs between a participle and its agent that say how much of the act is the agent's.
const EN_SHARE_ADVERBS = new Set([
  'partly',
  'partially',
  'jointly',
  'largely',
  'mainly',
  'chiefly',
  'mostly',
]);

export class PassiveReader extends StatementFrames {
  /**
   * Which linking words the sentence has: an English agent's "by"/"between", a word of holding
   * ground (English participle; Arabic "تسيطر عليها", "لسيطرة").
   */
  protected linkWords(): { agent: boolean; holding: boolean } {
    const links = { agent: false, holding: false };
    const { tokens } = this.input;
    if (this.input.lang !== 'en') {
      // (Only where the sentence's word classes hold such a word: ANY_WORD when not classed.)
      if ((this.input.wordClasses ?? ANY_WORD) & HOLDING_WORD)
        for (let k = this.s; k < this.e; k++)
          if (AR_HOLDING_WORDS.test(tokens.text[k]!)) links.holding = true;
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
    return (
      this.longPassiveSubject(first) ?? this.pactBeforeBetweenRelative(first) ?? this.nearPassiveSubject(aux)
    );
  }

  /**
   * "a ceasefire between the regime and opposition groups that was mediated by X": a relative
   * pronoun right after a "between X and Y" phrase takes the course of action before the phrase
   * as its antecedent, not the phrase's second side.
   */
  protected pactBeforeBetweenRelative(first: number): Mention | undefined {
    const rel = first - 1;
    const w = this.input.tokens.text[rel];
    if ((w !== 'that' && w !== 'which') || rel <= this.s) return undefined;
    // (A head noun after the last side: "opposition groups".)
    const head = rel - 1;
    const side = !this.mentionAtToken(head) && !this.cueAt(head) ? head - 1 : head;
    const between = this.betweenPhraseStart(side);
    if (between === undefined) return undefined;
    const pact = this.mentionAtToken(between - 1);
    return pact && pact.kind === 'topic' && pact.tokEnd === between && this.isTarget(pact) ? pact : undefined;
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
    const agent = this.mentionAtToken(this.pastDescribingCapitals(a));
    if (!agent) {
      // "backed by air strikes launched by the US-led coalition".
      const done = this.meansDoneBy(k + 2);
      return done === undefined ? [] : this.passiveAgents(done);
    }
    return this.canHold(agent) ? this.agentList(agent) : [];
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
      // (Past a title before the name: "brokered by regime ally Iran and rebel backer Qatar".)
      const a = this.pastDescribingCapitals(tokens.text[b + 1] === 'the' ? b + 2 : b + 1);
      const agent = this.mentionAtToken(a);
      if (!agent || agent.tokStart !== a || !this.canHold(agent)) continue;
      const topic = this.topicBeforeParticiple(k);
      if (!topic) continue;
      const sign = (tc && !announced ? actionPolarity(tc.cue) : 1) * topic.polarity;
      const strength = (tc && !announced ? tc.cue.strength : AGREED_BY_STRENGTH) * 0.8;
      const parties = this.partiesOfList(this.agentList(agent), a);
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
    // "brokered partly by Qatar": a degree adverb shares the act among its agents.
    if (EN_SHARE_ADVERBS.has(text[k + 1]!) && text[k + 2] === 'by') return k + 2;
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
   * "a de-escalation zone agreed under a deal earlier this year between Russia and Iran and rebel
   * backer Turkey", "… as part of a deal agreed between Russia Iran and Turkey": the parties of a
   * deal that frames a course of action named before it take that course's side.
   */
  protected dealPartiesOnTopics(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const text = this.input.tokens.text;
    for (let d = this.s + 2; d + 2 < this.e; d++) {
      if (!AGREEMENT_NOUNS.has(text[d]!) || !EN_DETERMINERS.has(text[d - 1]!)) continue;
      const between = this.betweenAfterPact(d);
      if (between < 0) continue;
      const topic = this.topicUnderPact(d - 1);
      if (!topic || topic.polarity === 0) continue;
      const a = this.pastDescribingCapitals(text[between + 1] === 'the' ? between + 2 : between + 1);
      const party = this.mentionAtToken(a);
      if (!party || party.tokStart !== a || !this.canHold(party)) continue;
      const parties = this.partiesOfList(this.agentList(party), a);
      emit(parties, topic, topic.polarity, AGREED_BY_STRENGTH * 0.8, d, this.hedged(topic.tokStart, d));
    }
  }

  /**
   * The parties of a list from token a, its siding titles read: "Russia and Iran and opposition
   * backer Turkey" lists Turkey, and the opposition only names Turkey's side.
   */
  protected partiesOfList(listed: number[], a: number): number[] {
    const text = this.input.tokens.text;
    const parties = listed.slice();
    for (const m of this.input.mentions) {
      if (m.tokStart < a || m.tokStart >= this.e || m.tokStart > a + 15) continue;
      const t = text[m.tokEnd] === 's' ? m.tokEnd + 1 : m.tokEnd;
      // (Only a title before the name it describes: not "Russia and Iran allies of the regime".)
      const named = EN_SIDING_TITLES.has(text[t] ?? '') ? this.mentionAtToken(t + 1) : undefined;
      if (!named || named.tokStart !== t + 1) continue;
      const owner = m.countryOf ?? m.actor;
      if (parties.includes(owner)) parties.splice(parties.indexOf(owner), 1);
      // "… and rebel backer Turkey": a titled name that "and" adds to the list.
      const joined = text[m.tokStart - 1] === 'and' && m.tokStart > a && this.canHold(named);
      if (joined && !parties.includes(named.countryOf ?? named.actor))
        parties.push(named.countryOf ?? named.actor);
    }
    return parties;
  }

  /** The "between" after the pact noun at d, past a participle of making it and a time adverbial; else -1. */
  protected betweenAfterPact(d: number): number {
    const text = this.input.tokens.text;
    let j = d + 1;
    if (EN_PACT_PARTICIPLES.has(text[j]!)) j++;
    if (text[j] === 'between') return j;
    // "earlier this year", "in May", "last week": at most three words, no name and no cue.
    for (let t = j; t < j + 3 && t < this.e; t++) {
      if (!this.input.tokens.isWord[t] || this.mentionAtToken(t) || this.cueAt(t)) return -1;
      if (text[t + 1] === 'between') return t + 1;
    }
    return -1;
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
    // "Ceasefire repeatedly violated by …": a manner adverb before the participle (not a hedge).
    if (/ly$/.test(tokens.text[j] ?? '') && !this.mentionAtToken(j) && !this.cueAt(j)) j--;
    // "a ceasefire in Syria brokered by …", "a ceasefire in Aleppo announced by …": a short
    // locative phrase, a tracked place or an untracked capitalised name.
    const place = this.mentionAtToken(j);
    if (place && place.kind !== 'topic' && tokens.text[place.tokStart - 1] === 'in') j = place.tokStart - 2;
    else if (!place) j = this.pastUntrackedLocative(j);
    // "a ceasefire between government forces and rebels brokered by …": the truce's sides.
    const between = this.betweenPhraseStart(j);
    if (between !== undefined) j = between - 1;
    // "agreed to destroy its weapons under a deal brokered by …": the deal frames the course of action.
    if (AGREEMENT_NOUNS.has(tokens.text[j]!) && EN_DETERMINERS.has(tokens.text[j - 1] ?? ''))
      return this.topicUnderPact(j - 1);
    // "a safe zone deal brokered by …", "a truce deal agreed by …": the deal on that course of action.
    if (AGREEMENT_NOUNS.has(tokens.text[j]!)) {
      const named = this.mentionAtToken(j - 1);
      if (named && named.kind === 'topic' && named.tokEnd === j) return named;
    }
    const m = j >= this.s ? this.mentionAtToken(j) : undefined;
    return m && m.kind === 'topic' && m.tokEnd === j + 1 ? m : undefined;
  }

  /** Before "in" and up to three capitalised words no mention covers that end at j ("in Aleppo"); else j. */
  protected pastUntrackedLocative(j: number): number {
    const { tokens, capitalized } = this.input;
    let t = j;
    while (t > j - 3 && t > this.s && capitalized?.[t] === 1 && !this.mentionAtToken(t) && !this.cueAt(t))
      t--;
    return t < j && tokens.text[t] === 'in' ? t - 1 : j;
  }

  /**
   * "agreed to destroy its weapons under a deal …", "joined the Convention under a U.S.-Russian
   * deal": the topic phrase (within five words) before "under" and the pact's first word at d,
   * which frames that course of action; undefined when no topic comes first.
   */
  protected topicUnderPact(d: number): Mention | undefined {
    const text = this.input.tokens.text;
    // "… as part of a deal": the frame's first word.
    const under =
      text[d - 1] === 'of' && text[d - 2] === 'part' ? (text[d - 3] === 'as' ? d - 3 : d - 2) : d - 1;
    if (text[under] !== 'under' && under === d - 1) return undefined;
    for (let t = under - 1; t >= Math.max(this.s, under - 5); t--) {
      const m = this.mentionAtToken(t);
      if (m) return m.kind === 'topic' ? m : undefined;
    }
    return undefined;
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
      // (The participle of a hyphenated label is no cue: "the Russian-backed regime".)
      else if (!tokens.isWord[t] || (this.cueAt(t) && this.input.hyphenated?.[t] !== 1)) return undefined;
    }
    return undefined;
  }
}
