// Finds stance statements in one sentence: for every topic mention (a pro/anti phrase, or an
// actor that is a topic) it finds the cue that governs it, composes the polarity (cue × phrase
// × negations), and attributes it to a holder (VSO/SVO subject, reported-speech frame, or the
// previous sentence's holder for an elided subject).
// The rules live in a chain of classes, one module per family, each calling only its own or
// lower layers: analyzer-base → statement-frames → passives → force-acts → misdeeds →
// side-relations → reactions → governed-target → target-reading → this module, which runs them.
import type { RawStatement, SentenceResult, SentenceInput, Stance } from './sentence-view.js';
import {
  ACTIVITY_WORD,
  ANY_WORD,
  ATROCITY_WORD,
  DENIAL_WORD,
  DESIGNATING_WORD,
  DIPLOMATIC_WORD,
  EXCHANGE_WORD,
  HOSTILE_ACT_WORD,
  INVESTIGATION_WORD,
  MISDEED_WORD,
  OWN_ACT_WORD,
} from './word-classes.js';
import { isForce } from '../lexicon/cue.js';
import { EXPULSION_LEMMAS } from './word-lists.js';
import type { Emit } from './analyzer-base.js';
import { TargetReader } from './target-reading.js';

export type { RawStatement, SentenceInput, SentenceResult, Stance } from './sentence-view.js';

export class SentenceAnalyzer extends TargetReader {
  run(): SentenceResult {
    const statements: RawStatement[] = [];
    const holdersSeen = new Set<number>();
    const vetoed: number[] = [];
    const { mentions, compiled } = this.input;
    const emit: Emit = (holders, target, sign, strength, cueK, hedge) => {
      // "إذا انسحبت واشنطن من الاتفاق", "if Washington pulls out": a hypothetical is no position.
      if (
        this.hypothetical(Math.min(cueK, target.tokStart)) ||
        this.insideClaim(Math.min(cueK, target.tokStart)) ||
        this.conditionBetween(cueK, target.tokStart)
      )
        return;
      if (this.receivedCue(cueK)) return;
      // "ترامب: إيران تنتهك روح الاتفاق", "قال كوهين إن … تمثل انتهاكا لوقف إطلاق النار": a
      // violation inside someone else's words is an accusation, not the accused's position.
      const accusers = this.violationFrame(cueK);
      if (accusers) {
        holders = holders.filter((h) => accusers.includes(h));
        if (holders.length === 0) {
          vetoed.push(target.tokStart);
          return;
        }
      }
      // "اتهم X Y بدعم Z": only the accuser holds a position there (opposing Y, and Z).
      const chargers = this.chargeFrame(cueK);
      if (chargers) {
        holders = holders.filter((h) => chargers.includes(h));
        if (holders.length === 0) {
          vetoed.push(target.tokStart);
          return;
        }
      }
      // An act named as a cause is held only by agents named in it ("بسبب القتال بين X وY").
      if (this.causeCue(cueK)) {
        holders = holders.filter((h) => mentions.some((m) => m.actor === h && m.tokStart > cueK));
        if (holders.length === 0) return;
      }
      // Ministers, spokesmen and envoys named in person speak for their body too, as do persons
      // the article introduces as officials of a body ("a commander of al-Nusra").
      for (const h of [...holders]) {
        const spoken = compiled.speaksFor[h] ?? -1;
        const body = spoken >= 0 ? spoken : (this.input.officeBodies?.get(h) ?? -1);
        if (body >= 0 && !holders.includes(body)) holders = [...holders, body];
      }
      // "تمكن الجيش، بإسناد من التحالف، من …": who backs an act of force (or of driving an
      // enemy out, "من طرد داعش") takes its side.
      const c = this.cueAt(cueK)?.cue;
      if (this.input.lang === 'ar') {
        if (c && (isForce(c) || EXPULSION_LEMMAS.has(c.lemma)))
          holders = this.withBackers(holders, cueK, target);
        // "اتفق X مع Y على …": the course agreed on is Y's too.
        holders = this.withPartners(holders, cueK, target);
      } else {
        const backer = c && isForce(c) ? this.backerOfForceSubject(cueK) : undefined;
        if (backer && backer.actor !== target.actor && !holders.includes(backer.actor))
          holders = [...holders, backer.actor];
      }
      // Each holder's statement on one topic; targetActor is the actor the topic stands for, or -1.
      const toward = (topic: number, targetActor: number): void => {
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
      };
      for (const topic of this.topicsOf(target)) toward(topic, target.kind === 'topic' ? -1 : target.actor);
      // A position on an act named after its actor ("دانت الضربات التركية") is one on the actor too.
      if (target.kind === 'topic' && target.agent !== undefined)
        for (const topic of compiled.topicsForActor[target.agent] ?? []) toward(topic, target.agent);
    };

    // (Each target is read by a method of its own, and a governed one by another: V8 then
    // re-optimises only the part a rare branch deoptimises, not the whole of run.)
    for (let mi = 0; mi < mentions.length; mi++) this.readTarget(mi, emit, vetoed, holdersSeen);
    // The passes that start from a class of Arabic words run only where one of its words is.
    const words = this.input.wordClasses ?? ANY_WORD;
    this.pronounObjects(emit);
    this.passives(emit);
    if (this.input.lang === 'en') this.pressedToHalt(emit);
    if (this.input.lang === 'en') this.refusedOutcomes(emit);
    if (this.input.lang === 'en') this.evaluatedActs(emit);
    // The English agent passes need "by"/"between" or a participle of holding ground: most
    // sentences have neither, so one scan spares the others.
    const links = this.linkWords();
    if (links.agent) this.participlesOnTopics(emit);
    if (links.agent) this.actTopicsBy(emit);
    if (links.agent) this.dealPartiesOnTopics(emit);
    this.reactionsToActs(emit);
    if (this.input.lang === 'ar') this.arabicProductReactions(emit, (words & DENIAL_WORD) !== 0);
    if (this.input.lang === 'ar' && words & HOSTILE_ACT_WORD) this.agentsOfHostileActs(emit);
    this.strikesBy(emit);
    if (links.holding) this.attacksOnHeldGround(emit);
    if (links.holding && this.input.lang === 'en') this.ownAttacksOnHeldGround(emit);
    this.namedStrikesOn(emit);
    if (links.agent && this.input.lang === 'en') this.actsOnWithLaterAgent(emit);
    if (links.agent && this.input.lang === 'en') this.forcePassives(emit);
    this.possessedActs(emit);
    this.killedMembers(emit);
    this.membersKilledBy(emit);
    // "the regime and its Russian ally", "Syria and its ally Russia" are not read as siding: a
    // relation noun that only identifies a name is a label (guideline), as "regime ally Iran" is.
    this.sidingTitles(emit);
    this.alliesInFight(emit);
    this.underAttackBy(emit);
    if (this.input.lang === 'ar') this.reckonedRelations(emit);
    if (this.input.lang === 'ar') this.haltDemands(emit);
    if (this.input.lang === 'ar') this.warnedConditions(emit);
    if (this.input.lang === 'ar' && words & ACTIVITY_WORD) this.curbedActivities(emit);
    if (this.input.lang === 'ar' && words & DESIGNATING_WORD) this.designatedAntecedents(emit);
    if (links.agent) this.backedOperations(emit);
    if (this.input.lang === 'en') this.aidedDeeds(emit);
    if (this.input.lang === 'en') this.englishProductReactions(emit);
    if (this.input.lang === 'en') this.reactionsToForceActs(emit);
    if (this.input.lang === 'en') this.reactionsDrawnFrom(emit);
    if (this.input.lang === 'en') this.objectRelatives(emit);
    if (this.input.lang === 'en') this.agentsBehindActs(emit);
    if (words & OWN_ACT_WORD) this.ownActs(emit);
    this.actsByModifierAgents(emit);
    this.possessedActTopics(emit);
    this.blameForAttacks(emit);
    if (words & ATROCITY_WORD) this.atrocityAgents(emit);
    if (words & MISDEED_WORD) this.misdeedOwners(emit);
    if (links.agent) this.reportedHarmBy(emit);
    this.clashesBetween(emit);
    // Adjectives naming a relation's sides ("التوتر السعودي الإيراني") are no subject that an
    // elided one in the next sentence refers to: the sides found there are not carried.
    const seen = holdersSeen.size;
    this.pairedSidesRelations(emit);
    // (Called for every sentence, not only when sides were added: a call first reached in a rare
    // branch has no type feedback and would throw run's optimised code away.)
    forgetLaterHolders(holdersSeen, seen);
    if (this.input.lang === 'ar' && words & DIPLOMATIC_WORD) this.diplomaticDeeds(emit);
    this.chargesPastRelative(emit);
    if (this.input.lang === 'ar' && words & INVESTIGATION_WORD) this.investigationCalls(emit);
    this.relationsAmongParties(emit, (words & EXCHANGE_WORD) !== 0);
    this.jointPacts(emit);
    this.wordsSaidOf(emit);
    for (let k = this.s; k < this.e; k++) {
      if (this.isKind(k, 'speech') && !this.mentionAtToken(k))
        for (const a of this.holderOf(k, true)) holdersSeen.add(a);
    }
    // Pushed, not spread: an array spread from a Set has generic elements, and these holders
    // come back as the next sentence's previousHolders, where code optimised for the small-integer
    // arrays of every other holder list deoptimises on them (wrong map).
    const holders: number[] = [];
    for (const a of holdersSeen) holders.push(a);
    return { statements, holders, vetoed };
  }
}

/** Drops the holders added to `seen` after its first `keep` (a Set keeps insertion order). */
function forgetLaterHolders(seen: Set<number>, keep: number): void {
  if (seen.size <= keep) return;
  let n = 0;
  for (const a of [...seen]) if (n++ >= keep) seen.delete(a);
}

export function analyzeSentence(input: SentenceInput): SentenceResult {
  return new SentenceAnalyzer(input).run();
}
