// Acts of force and their agents: strikes, attacks on held ground, killed members, backed
// operations and aided deeds, one's own acts, who is behind an attack.
import { mentionWith, topicMention, type Mention } from './mentions.js';
import { isClauseMark } from '../text/segment.js';
import { AR_ACT_FORMS, arabicBareActHead, arabicOwnActHead } from './word-classes.js';
import { isOfficeWord } from '../lexicon/common-words.js';
import { actionPolarity, isActionOnly, isAttack, type Cue } from '../lexicon/cue.js';
import {
  EN_DETERMINERS,
  EN_SUBORDINATORS,
  RELATIONAL_NOUNS,
  RELATIVE_AR,
  ACT_HEAD_NOUNS,
  AR_HOLDING_WORDS,
  AR_HOLDING_PREPS,
  AR_MISSILE_WORDS,
  AR_DIRECTION_PREPS,
  EN_BE_FORMS,
  EN_OPERATION_PROGRESSIVES,
  EN_FORCE_MEANS,
  EN_BATTLE_LEMMAS,
  EN_COUNT_WORDS,
  EN_KILLED_MEMBERS,
  EN_UNDER_ACTS,
  EN_UNDER_VERBS,
  EN_AUXILIARIES,
  EN_STRIKE_NOUNS,
  EN_BLAME_VERBS,
  EN_OWN_ACT_MODIFIERS,
  EN_ENDING_VERBS,
  EN_PAUSE_NOUNS,
  EN_FORCE_ACT_ON_NOUNS,
  EN_WAGING_PARTICIPLES,
  EN_SIEGE_NOUNS,
  EN_HARM_PARTICIPLES,
  EN_HOLDING_PARTICIPLES,
  EN_STRIKE_MODIFIERS,
  LOCATIVE,
  EN_AGENT_MODIFIED_ACTS,
  EN_BACKING_PARTICIPLES,
  EN_AID_NOUNS,
  EN_KILLING_ACTS,
  EN_KILLING_VERBS,
  EN_ABBREVIATED_COUNTRIES,
  EN_MEMBERS_OF_FILLERS,
  EN_KILLER_GROUP_WORDS,
  EN_TIME_WORDS,
  EN_VICTIM_GAP,
  EN_POSSESSED_ADVOCACY,
  EN_POSSESSED_AIMS,
  EN_POSSESSED_HOSTILE_ACTS,
  EN_POSSESSED_OF_ACTS,
  EN_POSSESSED_POSITIONS,
  EN_POSSESSED_SUPPORT_ACTS,
  EN_OPERATION_VERBS,
  EN_KILLER_UNITS,
  EN_UNIT_NOUNS,
  EN_WOUNDING_VERBS,
  EN_MEMBER_GROUP_WORDS,
  EN_SERIES_NOUNS,
} from './word-lists.js';
import type { Emit } from './analyzer-base.js';
import { PassiveReader } from './passives.js';

/** An act of force on its object, or a battle verb ("repelled", "battled") that no attack cue names. */
function isBattle(cue: Cue): boolean {
  return isAttack(cue) || EN_BATTLE_LEMMAS.has(cue.lemma);
}

// Military operations a deed is done in ("in a large offensive backed by …").
const EN_OPERATION_NOUNS = new Set([
  'offensive',
  'operation',
  'assault',
  'campaign',
  'push',
  'counteroffensive',
]);

/** Words between an act noun and its object or agent, copulas included: "One offensive against it is by …". */
const EN_WAGING_WORDS = new Set([...EN_WAGING_PARTICIPLES, 'is', 'was', 'are', 'were']);
/** Words before a place: "in northwest Syria". */
const LOCATIVE_WORDS = new Set([
  'in',
  'near',
  'across',
  'inside',
  'around',
  'northern',
  'southern',
  'eastern',
  'western',
  'northwest',
  'northeast',
  'southwest',
  'southeast',
  'central',
]);
/** Words that deny or only allege a deed reported after them. */
const EN_DENIAL_WORDS = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'accused',
  'accuses',
  'accuse',
  'accusing',
  'alleged',
  'allegedly',
  'claimed',
  'claims',
  'if',
  'would',
]);
/** Participles of force that no cue reads: "were targeted by". */
const EN_UNCUED_FORCE_PARTICIPLES = new Set(['targeted', 'struck', 'pounded', 'raided', 'ambushed', 'hit']);

export class ForceActReader extends PassiveReader {
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
      // "four soldiers have been killed and four others have been injured in an attack by X": the
      // victims stand before the first participle.
      for (let q = p - 1; q > this.s + 1 && q >= p - 6 && tokens.isWord[q]; q--)
        if (tokens.text[q] === 'and' && EN_HARM_PARTICIPLES.has(tokens.text[q - 1]!)) {
          p = q - 1;
          break;
        }
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
      let v = this.pastVictimGap(k - 1, k - 4);
      // "30 Nusra Front militants including three commanders were killed by …": the count included.
      const included = this.pastIncluded(v);
      if (included < v) v = this.pastVictimGap(included, included - 3);
      const victims = this.mentionAtToken(v);
      if (!victims || victims.tokEnd !== v + 1 || victims.kind === 'topic' || !this.isTarget(victims))
        continue;
      const agents = this.killingAgentAfter(k);
      if (!agents) continue;
      const holders = agents.filter((a) => a !== victims.actor);
      emit(holders, victims, -1, 0.5, k, this.hedged(victims.tokStart, k));
    }
  }

  /** Back from v (down to `to`) past the words between a casualty count's people and "killed". */
  protected pastVictimGap(v: number, to: number): number {
    const t = this.input.tokens.text;
    while (v > this.s && v >= to && EN_VICTIM_GAP.has(t[v]!) && !this.mentionAtToken(v)) v--;
    return v;
  }

  /** Back from v past "including" and a count ("including three"), to the word before it; or v. */
  protected pastIncluded(v: number): number {
    const t = this.input.tokens.text;
    let j = v;
    while (j > this.s && j > v - 3 && (EN_COUNT_WORDS.has(t[j]!) || /^\d+$/.test(t[j]!))) j--;
    return j < v && t[j] === 'including' ? j - 1 : v;
  }

  /** "killed [time] in/during (a) AGENT … ACT" or "killed by AGENT": the agents, or undefined. */
  protected killingAgentAfter(k: number): number[] | undefined {
    const { tokens } = this.input;
    let j = k + 1;
    // "killed Thursday in …", "killed overnight in …".
    while (j < this.e && j <= k + 3 && (EN_TIME_WORDS.has(tokens.text[j]!) || tokens.text[j] === 'overnight'))
      j++;
    // "killed and many injured in …", "killed and dozens wounded in …", "killed and four others
    // have been injured in …": the wounded share the act.
    if (tokens.text[j] === 'and')
      for (let w = j + 1; w < this.e && w <= j + 5 && tokens.isWord[w]; w++)
        if (tokens.text[w] === 'injured' || tokens.text[w] === 'wounded') {
          j = w + 1;
          break;
        }
    const prep = tokens.text[j];
    if (prep !== 'in' && prep !== 'during' && prep !== 'by') return undefined;
    j++;
    if (tokens.text[j] === 'a' || tokens.text[j] === 'an' || tokens.text[j] === 'the') j++;
    // "killed in a series of Russian air strikes": a number of acts before their agent.
    if (EN_SERIES_NOUNS.has(tokens.text[j]!) && tokens.text[j + 1] === 'of') j += 2;
    let agent = this.mentionAtToken(j);
    // (After "in" a name would read as a place; here it qualifies the act.)
    if (!agent || agent.tokStart !== j || agent.actor < 0 || agent.modifier) return undefined;
    if (agent.kind !== 'name' && agent.kind !== 'demonym') return undefined;
    // "in Syria strikes" names a place; "in Russian strikes", "in regime air strikes", "in US
    // strikes" (an abbreviation used as an adjective) an agent.
    const country =
      agent.kind === 'name' &&
      this.input.compiled.codebook.actors[agent.actor]!.kind === 'country' &&
      !(agent.tokEnd === agent.tokStart + 1 && EN_ABBREVIATED_COUNTRIES.has(tokens.text[agent.tokStart]!));
    if (prep === 'by') return this.strikers(agent);
    if (country) return undefined;
    const first = agent;
    for (let n = agent.tokEnd; n < this.e && n <= agent.tokEnd + 4; n++) {
      if (EN_KILLING_ACTS.has(tokens.text[n]!)) {
        if (agent === first) return this.strikers(agent);
        const actors = [...this.strikers(first), ...this.strikers(agent)];
        return actors.filter((a, i) => actors.indexOf(a) === i);
      }
      // "in Syrian and Russian joint airstrikes": adjectives coordinated before the act.
      const next = tokens.text[n] === 'and' ? this.mentionAtToken(n + 1) : undefined;
      if (next && next.tokStart === n + 1 && next.kind === 'demonym' && this.adjectivalStriker(next)) {
        agent = next;
        n = next.tokEnd - 1;
        continue;
      }
      // Only the act's modifiers between ("overnight air", "Anti-Terrorism"), no "in Syria on Monday".
      const w = tokens.text[n]!;
      if (!tokens.isWord[n] || (this.mentionAtToken(n) && this.mentionAtToken(n)!.kind !== 'topic'))
        return undefined;
      if (this.isKind(n, 'preposition') || EN_DETERMINERS.has(w)) return undefined;
    }
    return undefined;
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
      // "regime troops backed by …": the force's unit word after its name; "Turkish special
      // forces, tanks and jets backed by …": its units and means.
      const end = this.pastForceWordsBack(k - 1) + 1;
      const named = this.mentionAtToken(end - 1);
      // ("Turkish tanks and jets": a nationality before the force words names that state's forces.)
      const backed =
        named && named.kind === 'demonym' && !named.people && end < k
          ? mentionWith(named, { official: true })
          : named;
      if (!backed || backed.tokEnd !== end || !this.canHold(backed)) continue;
      const backer = this.backerAfterBy(k + 2);
      if (!backer) continue;
      if (!this.forceVerbAfter(this.pastHelpNouns(backer.tokEnd))) continue;
      // The finite act makes the backed force its subject ("since the army backed by … began").
      if (!this.isTarget(backed, true)) continue;
      this.emitHelp(emit, backer, backed, k, k);
    }
  }

  /**
   * Back from token j over up to six unit and means words of a force and the "and"/"special"
   * between them ("special forces tanks and jets"): the last token before them.
   */
  protected pastForceWordsBack(j: number): number {
    const t = this.input.tokens.text;
    const forceWord = (i: number) => this.unitWordAt(i) || (this.forceMeansAt(i) && !this.mentionAtToken(i));
    let i = j;
    for (let n = 0; n < 6 && i > this.s; n++) {
      if (forceWord(i) || (t[i] === 'special' && forceWord(i + 1))) i--;
      else if (t[i] === 'and' && i < j && forceWord(i + 1) && forceWord(i - 1)) i--;
      else break;
    }
    return i;
  }

  /** Past the helper's means and help nouns after its name ("backed by Russian air support/power/cover"). */
  protected pastHelpNouns(j: number): number {
    const { tokens } = this.input;
    const helpAt = (i: number) =>
      i < this.e && (this.forceMeansAt(i) || EN_AID_NOUNS.has(tokens.text[i]!) || tokens.text[i] === 'power');
    // "backed by Turkish tanks and air strikes": more means after "and".
    while (helpAt(j) || (j > 0 && tokens.text[j] === 'and' && helpAt(j - 1) && helpAt(j + 1))) j++;
    return j;
  }

  /**
   * "The SDF entered the town with support from the US-led coalition", "Syrian forces freed
   * Palmyra with the support of Russia": the helper named after a help noun that follows a
   * finite deed sides with the deed's subject.
   */
  protected aidedDeeds(emit: Emit): void {
    const { tokens } = this.input;
    for (let k = this.s + 2; k < this.e; k++) {
      // "captured … in a large offensive assisted by Russian airpower": the operation the deed
      // was done in, and its backer after the participle, as "with support from" names one.
      const backedOperation =
        k + 2 < this.e && EN_BACKING_PARTICIPLES.has(tokens.text[k]!) && tokens.text[k + 1] === 'by';
      if (!EN_AID_NOUNS.has(tokens.text[k]!) && !backedOperation) continue;
      // (The helper after "of"/"from" needs a word there; the one before the noun does not.)
      const of = k + 2 < this.e ? tokens.text[k + 1] : undefined;
      // "fighting with US support", "an offensive with Russian backing": the helper named before the noun.
      // ("angry with US support for the YPG": support given to another, no help to the subject.)
      const before =
        !backedOperation && of !== 'of' && of !== 'from' && !this.aidObjectAfter(k)
          ? this.helperBeforeAid(k)
          : undefined;
      if (!before && !backedOperation && of !== 'of' && of !== 'from') continue;
      const w = backedOperation ? this.inOperationBefore(k) : this.withBefore(before ? before.tokStart : k);
      if (w === undefined) continue;
      const helper = before ?? this.backerAfterBy(k + 2);
      const helped = helper && this.helpedSubject(w);
      if (!helper || !helped || !this.isTarget(helped)) continue;
      // The deed before the phrase ("entered the town with support from"), or right after it
      // when the phrase follows the subject ("forces with assistance from X are continuing").
      const deed =
        this.deedBetween(helped.tokEnd, w) || (helped.tokEnd === w && this.forceVerbAfter(helper.tokEnd));
      if (!deed) continue;
      this.emitHelp(emit, helper, helped, k, w);
    }
  }

  /**
   * The subject of the clause that holds the "with" at w: the name right after the last joining
   * word before it ("IS staged counterattacks but the rebels maintained momentum with the help
   * of …", "… province where the SDF is fighting with US support"), else the sentence's first
   * free subject.
   */
  protected helpedSubject(w: number): Mention | undefined {
    const { tokens } = this.input;
    for (let j = w - 1; j > this.s; j--) {
      if (!EN_CLAUSE_JOINERS.has(tokens.text[j]!)) continue;
      let i = j + 1;
      while (i < w && EN_DETERMINERS.has(tokens.text[i]!)) i++;
      const m = this.mentionAtToken(i);
      return m && m.tokStart === i && this.canHold(m) ? m : undefined;
    }
    return this.firstFreeSubject(w);
  }

  /**
   * A preposition after the help noun at k that names whom the help goes to ("support for the
   * YPG", "support to the rebels"); "to" before a verb is the aim ("with US support to capture").
   */
  protected aidObjectAfter(k: number): boolean {
    const text = this.input.tokens.text;
    const p = text[k + 1] ?? '';
    if (!EN_HELP_OBJECT_PREPS.has(p)) return false;
    return p !== 'to' || EN_DETERMINERS.has(text[k + 2] ?? '') || this.mentionAtToken(k + 2) !== undefined;
  }

  /** The actor or nation named right before the help noun at k ("US support", "Russian backing"). */
  protected helperBeforeAid(k: number): Mention | undefined {
    const m = this.mentionAtToken(k - 1);
    if (!m || m.tokEnd !== k) return undefined;
    return this.canHold(m) || (m.kind === 'demonym' && (m.countryOf ?? m.actor) >= 0) ? m : undefined;
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

  /** The "with" before the help noun at k, past an article and one plain modifier ("with the direct support"). */
  /** The "in" of "in a (large) offensive" right before the participle at k, or undefined. */
  protected inOperationBefore(k: number): number | undefined {
    const text = this.input.tokens.text;
    if (!EN_OPERATION_NOUNS.has(text[k - 1]!)) return undefined;
    for (let j = k - 2; j >= this.s && j >= k - 5; j--) {
      if (text[j] === 'in') return EN_DETERMINERS.has(text[j + 1]!) ? j : undefined;
      if (!this.input.tokens.isWord[j] || this.mentionAtToken(j) || this.cueAt(j)) return undefined;
    }
    return undefined;
  }

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

  /**
   * The actor is the helper in "with (the) support of / help from …" ("launched the campaign
   * with the support of the coalition", "with the help of air strikes by the coalition"): the
   * one helped is the clause's subject (aidedDeeds), never the helper.
   */
  protected namedAsHelper(target: Mention): boolean {
    const { tokens } = this.input;
    for (let j = target.tokStart - 1; j > this.s && j >= target.tokStart - 6; j--) {
      const w = tokens.text[j]!;
      if (isClauseMark(tokens, j) || EN_HELP_OBJECT_PREPS.has(w)) return false;
      const of = tokens.text[j + 1];
      if (EN_AID_NOUNS.has(w) && (of === 'of' || of === 'from')) return this.withBefore(j) !== undefined;
    }
    return false;
  }

  /** A finite verb of a deed between the subject's end and `to`, with no clause break. */
  protected deedBetween(from: number, to: number): boolean {
    const { tokens } = this.input;
    for (let j = from; j < to; j++) {
      if (isClauseMark(tokens, j) || EN_SUBORDINATORS.has(tokens.text[j]!)) return false;
      if (EN_OPERATION_VERBS.has(tokens.text[j]!)) return true;
      const tc = this.cueAt(j);
      if (tc && tc.cue.kind === 'stance' && tc.cue.pos === 'verb' && this.finiteEnglishVerb(j)) return true;
      // A progressive: "where the SDF is fighting with US support" (its cue may be read as a noun).
      if (this.progressiveAt(j)) return true;
    }
    return false;
  }

  /** Token j is an "-ing" form right after a form of "be" ("is fighting", "were advancing"). */
  protected progressiveAt(j: number): boolean {
    const text = this.input.tokens.text;
    return j > this.s && text[j]!.endsWith('ing') && EN_BE_FORMS.has(text[j - 1]!);
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

  /** The helper (and those named with it) sides with the one helped, hedged from `from` to the helper. */
  protected emitHelp(emit: Emit, helper: Mention, helped: Mention, k: number, from: number): void {
    const helpers = this.helpersNamed(helper).filter((a) => a !== helped.actor);
    emit(helpers, helped, 1, 0.6, k, this.hedged(from, helper.tokStart));
  }

  /** A nation's means of force at j ("Russian air strikes", "Syrian and Russian warplanes", "Turkish tanks"). */
  protected forceMeansAt(j: number): boolean {
    const w = this.input.tokens.text[j] ?? '';
    return EN_STRIKE_NOUNS.has(w) || EN_FORCE_MEANS.has(w);
  }

  /** Token j is a means of force followed by "from" ("air strikes from", "planes from"), or that "from". */
  protected meansFromAt(j: number): boolean {
    const text = this.input.tokens.text;
    let i = j;
    while (i < this.e && this.forceMeansAt(i)) i++;
    // "with the help of air strikes by the US-led coalition": "by" names the owner as "from" does.
    if (i > j) return text[i] === 'from' || text[i] === 'by';
    return (text[j] === 'from' || text[j] === 'by') && j > this.s && this.forceMeansAt(j - 1);
  }

  /** The helper after "by": past articles, possessives, relation nouns and units ("its Lebanese ally Hezbollah"). */
  protected backerAfterBy(from: number): Mention | undefined {
    const { tokens } = this.input;
    for (let j = from; j < this.e && j <= from + 4; j++) {
      const m = this.mentionAtToken(j);
      if (m && m.tokStart === j) {
        // "the US-led international coalition": the leader qualifies the body named after it.
        if (tokens.text[m.tokEnd] === 'led' && !this.mentionAtToken(m.tokEnd)) {
          j = m.tokEnd;
          continue;
        }
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
      // "backed by air strikes from a US-led coalition", "planes from …": the means, then their owner.
      if (this.meansFromAt(j)) continue;
      // "the Lebanese terrorist group Hezbollah": descriptive words before the name.
      const kind = this.cueAt(j)?.cue.kind;
      if (!tokens.isWord[j] || (kind && kind !== 'evaluative' && !RELATIONAL_NOUNS.has(tokens.text[j]!)))
        return undefined;
    }
    return undefined;
  }

  /**
   * "YPG ground forces backed by US-led air strikes were able to repel the IS fighters": the
   * backer named in "backed by Y" on the subject of the English act of force at k takes part in
   * the act (the English side of withBackers).
   */
  protected backerOfForceSubject(k: number): Mention | undefined {
    const subject = this.subjectBeforeBacking(k);
    if (!subject) return undefined;
    const text = this.input.tokens.text;
    for (let j = subject.tokEnd; j < k; j++)
      if (text[j] === 'by' && EN_BACKING_PARTICIPLES.has(text[j - 1]!)) {
        const backer = this.backerAfterBy(j + 1);
        return backer && backer.tokEnd <= k ? backer : undefined;
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
      const attacker = this.doerAfterBy(by);
      // The subject of the verb before "under" ("has repeatedly come under fire").
      const subject = attacker && this.subjectBeforeVerb(k - 1);
      if (!attacker || !subject) continue;
      const sign = this.negatedBefore(k - 1, 2) ? 1 : -1;
      emit(this.doersBesides(attacker, subject), subject, sign, 0.6, k + 1, this.hedged(k, by));
    }
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
      const strikeNoun = EN_STRIKE_NOUNS.has(this.input.tokens.text[k]!);
      // (Some strike nouns are no cue of their own, "airstrikes", "bombardment": they count here
      // only with their agent named.)
      if (tc ? !isAttack(tc.cue) || tc.cue.polarity >= 0 : !strikeNoun) continue;
      // "air strikes by the regime on rebel-held areas", "Russian and Syrian strikes across the
      // rebel-held east": a strike noun that names its agent is the agent's deed.
      const striker = strikeNoun ? this.namedStriker(k) : undefined;
      if (!tc && !striker) continue;
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
      emit(holders, owner, sign, (tc?.cue.strength ?? 0.6) * 0.85, k, this.hedged(k, owner.tokStart));
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
      if (!EN_KILLING_VERBS.has(w)) continue;
      if (EN_BE_FORMS.has(tokens.text[k - 1]!)) continue; // "were killed": a passive
      let j = this.pastCount(k + 1, k + 6);
      const counted = j > k + 1;
      // "killed 28 and wounded 30 Daesh militants": the wounded's count shares the victims.
      if (counted && tokens.text[j] === 'and' && EN_WOUNDING_VERBS.has(tokens.text[j + 1] ?? ''))
        j = this.pastCount(j + 2, j + 6);
      // "killed 20 members of the so-called Free Syrian Army": the group after its members' "of".
      const of = counted && EN_KILLED_MEMBERS.has(tokens.text[j]!) && tokens.text[j + 1] === 'of';
      if (of) {
        j += 2;
        while (j < this.e && j <= k + 9 && EN_MEMBERS_OF_FILLERS.has(tokens.text[j]!)) j++;
      }
      const victims = this.mentionAtToken(j);
      if (!counted || !victims || victims.tokStart !== j || victims.kind === 'topic' || victims.modifier)
        continue;
      if (
        !(
          of ||
          this.membersAfter(victims.tokEnd) ||
          this.memberPlural(victims) ||
          this.nationalForce(victims)
        ) ||
        !this.isTarget(victims)
      )
        continue;
      const holders = this.killers(k).filter((a) => a !== victims.actor);
      emit(holders, victims, this.negatedBefore(k, 2) ? 1 : -1, 0.5, k, this.hedged(k, victims.tokStart));
    }
  }

  /**
   * A members' plural at j, past a group word and a parenthesis after the group's name: "Daesh
   * militants", "Daesh terror group militants", "Daesh (outlawed in Russia) militants".
   */
  protected membersAfter(j: number): boolean {
    const t = this.input.tokens.text;
    if (t[j] === '(') {
      const close = t.indexOf(')', j);
      if (close < 0 || close >= this.e || close > j + 6) return false;
      j = close + 1;
    }
    for (let n = 0; n < 2 && EN_MEMBER_GROUP_WORDS.has(t[j] ?? '') && !this.mentionAtToken(j); n++) j++;
    return EN_KILLED_MEMBERS.has(t[j] ?? '');
  }

  /** The token after a number's words from `from` (at most up to `to`): "at least 50", "an estimated 50". */
  protected pastCount(from: number, to: number): number {
    const t = this.input.tokens.text;
    let j = from;
    while (j < this.e && j <= to && (EN_COUNT_WORDS.has(t[j]!) || /^\d+$/.test(t[j]!))) j++;
    // Count words without a number ("a few", "dozens of") still count; a lone article does not.
    return j === from + 1 && (t[from] === 'a' || t[from] === 'an') ? from : j;
  }

  /**
   * "killed 17 Turkish servicemen", "massacred 250 Syrian troops": a nationality adjective with a
   * unit of armed men names the state's forces (the mention finder reads it as official), unlike
   * "Syrian civilians".
   */
  protected nationalForce(m: Mention): boolean {
    const last = this.input.tokens.text[m.tokEnd - 1]!;
    return (
      m.kind === 'demonym' &&
      m.official === true &&
      (EN_KILLED_MEMBERS.has(last) || EN_KILLER_UNITS.has(last))
    );
  }

  /**
   * "Syrian troops killed 32 rebels": an armed group named by the common plural of its members
   * ("rebels", "jihadists"), not by a proper name, is itself the members counted.
   */
  protected memberPlural(m: Mention): boolean {
    const actor = this.input.compiled.codebook.actors[m.actor];
    const last = this.input.tokens.text[m.tokEnd - 1]!;
    return (
      m.kind === 'name' &&
      m.tokEnd - m.tokStart === 1 &&
      this.input.capitalized?.[m.tokStart] !== 1 &&
      last.endsWith('s') &&
      actor?.kind === 'armed-group'
    );
  }

  /** Who kills at k: the named subject right before it, or the named agent of strikes before it. */
  protected killers(k: number): number[] {
    let j = this.beforeAuxiliaries(k);
    if (EN_STRIKE_NOUNS.has(this.input.tokens.text[j]!)) {
      const striker = this.namedStriker(j);
      return striker ? this.strikers(striker) : [];
    }
    // "A Syrian army unit killed …", "army units kill …": the force's unit word after its name;
    // "the ISIL terrorists group killed …": the group's member and group words.
    if (this.unitWordAt(j)) {
      j--;
      // "The Syrian army's units eliminated …": the possessive's "s" after the force's name.
      if (this.input.tokens.text[j] === 's' && this.mentionAtToken(j - 1)?.tokEnd === j) j--;
      const owner = this.mentionAtToken(j);
      if (owner && owner.tokEnd === j + 1 && owner.possessive && !this.isPrepositional(owner))
        return owner.kind === 'name' && owner.actor >= 0 ? [owner.actor] : [];
    } else if (EN_KILLER_GROUP_WORDS.has(this.input.tokens.text[j]!) && !this.mentionAtToken(j)) {
      j--;
      if (EN_KILLED_MEMBERS.has(this.input.tokens.text[j]!) && !this.mentionAtToken(j)) j--;
    } else if (EN_KILLED_MEMBERS.has(this.input.tokens.text[j]!) && !this.mentionAtToken(j)) {
      // "The notorious ISIL terrorists have massacred …": the group's members' plural after its name.
      j--;
    }
    const m = this.mentionAtToken(j);
    return m && m.tokEnd === j + 1 && this.canHold(m) && !this.isPrepositional(m) ? this.coordinated(m) : [];
  }

  /**
   * "a second campaign being waged against it in northwest Syria by Turkey and Syrian rebel groups
   * allied to Ankara", "One offensive against it is by Syrian regime forces": an act of force on
   * an actor whose agent a later "by" of the same clause names, past a participle of waging it,
   * a place and "is", is that agent's act against the actor.
   */
  protected actsOnWithLaterAgent(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const t = this.input.tokens.text;
    for (let k = this.s + 1; k + 1 < this.e; k++) {
      if (t[k] !== 'against' && t[k] !== 'on') continue;
      let n = k - 1;
      while (n > this.s && n >= k - 3 && EN_WAGING_WORDS.has(t[n]!)) n--;
      if (!EN_FORCE_ACT_ON_NOUNS.has(t[n]!)) continue;
      const at = t[k + 1] === 'the' ? k + 2 : k + 1;
      const target = this.mentionAtToken(at);
      if (!target || target.tokStart !== at || target.kind === 'topic' || target.modifier) continue;
      if (!this.isTarget(target) || this.countryNameOfGovernment(target)) continue;
      const by = this.laterAgentBy(target.tokEnd);
      if (by < 0) continue;
      const agent = this.agentAfterBy(by - 1);
      if (!agent) continue;
      const holders = this.agentList(agent).filter((a) => a !== target.actor);
      // "no strikes against it by …", "denied any campaign against it by …".
      if (this.deniedOrDemanded(n) || this.deniedOrAlleged(n)) continue;
      emit(holders, target, -1, 0.6, n, this.hedged(n, by));
    }
  }

  /** "strikes carried out by X", "raids launched by X": the agent after a participle of waging the act at k. */
  protected agentAfterWaging(k: number): Mention | undefined {
    const t = this.input.tokens.text;
    let p = k + 1;
    if (t[p] === 'carried' && t[p + 1] === 'out') p++;
    else if (t[p] !== 'launched' && t[p] !== 'conducted' && t[p] !== 'waged' && t[p] !== 'mounted')
      return undefined;
    return this.agentAfterBy(p);
  }

  /** An English deed denied or alleged before k ("denied that …", "accused X of …"): no deed of record. */
  protected deniedOrAlleged(k: number): boolean {
    const t = this.input.tokens.text;
    for (let j = k - 1; j >= this.s && j >= k - 12; j--) if (EN_DENIAL_WORDS.has(t[j]!)) return true;
    return false;
  }

  /** The "by" of an act's agent from j on: past a place ("in northwest Syria"), a participle and "is"; else -1. */
  protected laterAgentBy(j: number): number {
    const { tokens } = this.input;
    const t = tokens.text;
    for (let i = j; i < this.e && i <= j + 7; i++) {
      if (t[i] === 'by') return i;
      if (isClauseMark(tokens, i) || !tokens.isWord[i]) return -1;
      const m = this.mentionAtToken(i);
      // A tracked name on the way is a place only after a locative ("in Syria").
      if (m && m.kind !== 'topic' && !(m.tokStart < i || LOCATIVE_WORDS.has(t[m.tokStart - 1] ?? '')))
        return -1;
      if (this.cueAt(i)?.cue.kind === 'stance' && !EN_WAGING_WORDS.has(t[i]!)) return -1;
    }
    return -1;
  }

  /**
   * "Syrian rebels were targeted by the regime", "Kurdish forces … as they were targeted by
   * regime planes": a participle of force that no cue reads, in a passive with its agent after
   * "by", is the agent's act against the passive's subject.
   */
  protected forcePassives(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const text = this.input.tokens.text;
    for (let k = this.s + 1; k + 2 < this.e; k++) {
      if (!EN_UNCUED_FORCE_PARTICIPLES.has(text[k]!) || text[k + 1] !== 'by' || this.cueAt(k)) continue;
      const aux = this.passiveAux(k);
      if (aux < 0) continue;
      const holders = this.passiveAgents(k);
      if (holders.length === 0) continue;
      const first =
        text[aux - 1] === 'has' || text[aux - 1] === 'have' || text[aux - 1] === 'had' ? aux - 1 : aux;
      const m = this.passiveSubject(aux, first);
      if (!m || m.kind === 'topic' || !this.isTarget(m)) continue;
      if (this.deniedOrAlleged(m.tokStart)) continue;
      const sign = this.negatedBefore(k, k - aux + 2) ? 1 : -1;
      emit(
        holders.filter((a) => a !== m.actor),
        m,
        sign,
        0.55,
        k,
        this.hedged(m.tokStart, k),
      );
    }
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
      const striker = this.namedStriker(k) ?? this.agentAfterWaging(k);
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
   * "Russia's offensive against the rebels", "Iran's support for Assad", "Moscow's campaign to
   * oust X": a named possessor is the agent of the act noun it owns, and takes that act's side
   * toward what the noun's preposition (or infinitive) names.
   */
  protected possessedActs(emit: Emit): void {
    if (this.input.lang !== 'en') return;
    const { tokens } = this.input;
    for (const owner of this.input.mentions) {
      if (owner.tokStart < this.s || owner.tokEnd >= this.e) continue;
      if (owner.actor < 0 || owner.modifier || (owner.kind !== 'name' && owner.kind !== 'role')) continue;
      // "US efforts to defeat ISIS": a name right before an effort noun and its infinitive owns it.
      if (!owner.possessive && !this.attributiveAim(owner.tokEnd)) continue;
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

  /** Tokens k, k + 1 are an effort noun and "to": "(US) efforts to", "(Russian) bid to". */
  protected attributiveAim(k: number): boolean {
    const t = this.input.tokens.text;
    return k + 1 < this.e && EN_POSSESSED_AIMS.has(t[k]!) && t[k + 1] === 'to';
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
      if (prep !== undefined && EN_POSSESSED_ADVOCACY.get(w) === prep) return this.pursuedCourse(n + 2, n);
      if (EN_POSSESSED_AIMS.has(w) && prep === 'to') {
        // "campaign to oust X": the infinitive's own cue gives the side.
        const c = this.cueAt(n + 2)?.cue;
        if (c?.kind === 'stance' && c.pos === 'verb' && c.polarity !== 0)
          return { sign: c.polarity, at: n + 3, cueAt: n + 2 };
        // "Russia's plan to hold peace talks": a plain verb of doing with a course of action
        // for its object pursues that course.
        return c ? undefined : this.pursuedCourse(n + 3, n);
      }
      // A modifier is a plain word or another act noun ("bombing campaign").
      const c = this.cueAt(n)?.cue;
      if (c && !(c.kind === 'stance' && isAttack(c))) return undefined;
    }
    return undefined;
  }

  /** A course of action (a topic phrase, after an article) starting at `at`: pursued, as the act at cueAt. */
  private pursuedCourse(at: number, cueAt: number): { sign: 1; at: number; cueAt: number } | undefined {
    const w = this.input.tokens.text[at];
    const j = w === 'the' || w === 'a' || w === 'an' ? at + 1 : at;
    const m = this.mentionAtToken(j);
    return m && m.tokStart === j && m.kind === 'topic' ? { sign: 1, at, cueAt } : undefined;
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
        // "continue a halt on air strikes", "declared a four-day pause in strikes": what the verb
        // does is the pause; the act is stopped, not launched.
        if (lang === 'en' && EN_PAUSE_NOUNS.has(tokens.text[j]!)) break;
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

  /** "…, the Civil Defence confirmed", "… said X": a speaker after the reported words. */
  protected reportedAfter(from: number): number[] {
    for (let j = from + 1; j < this.e; j++) {
      if (!this.isKind(j, 'speech')) continue;
      return this.holderOf(j, true);
    }
    return [];
  }
}

/** Prepositions after which help names its object, not its giver ("help of Russia against the rebels"). */
// Words that open a new clause with a subject of its own after a first one.
const EN_CLAUSE_JOINERS = new Set([
  'but',
  'while',
  'whereas',
  'as',
  'after',
  'before',
  'when',
  'since',
  'although',
  'where',
]);

const EN_HELP_OBJECT_PREPS = new Set(['against', 'for', 'to', 'on', 'in', 'into']);

export const AR_BELONGING = new Set(['تابعه', 'التابعه', 'تابعين', 'التابعين', 'التابع']);
