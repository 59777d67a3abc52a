import { compareStrings } from './compare.js';
import type { Statement } from './statements.js';
import {
  accumulateIntoTally,
  createTallyAccumulator,
  mergeTallies,
  type Tally,
  tallyWeights,
} from './tally.js';

/** One actor's side on one topic within a window. */
export interface ActorTopicLeaning {
  readonly actor: string;
  readonly topic: string;
  readonly tally: Tally;
  /** Support share S / (S + O) of the weighted non-neutral evidence, in [0, 1]. */
  readonly supportShare: number;
  /** Side position (S − O) / (S + O) in [−1, 1] (neutral statements excluded). */
  readonly position: number;
  /** Non-neutral evidence weight S + O. */
  readonly evidence: number;
}

/** A tally of one (actor, topic) pair, e.g. one stored bucket row. */
export interface ActorTopicTally {
  readonly actor: string;
  readonly topic: string;
  readonly tally: Tally;
}

/** Tallies per (actor, topic) of a collection of statements. */
export function tallyByActorTopic(statements: Iterable<Statement>): ActorTopicTally[] {
  // Nested maps (topic → actor → tally) avoid encoding composite keys on this hot path.
  const byTopic = new Map<string, Map<string, ReturnType<typeof createTallyAccumulator>>>();
  for (const s of statements) {
    let byActor = byTopic.get(s.topic);
    if (!byActor) byTopic.set(s.topic, (byActor = new Map()));
    let tally = byActor.get(s.actor);
    if (!tally) byActor.set(s.actor, (tally = createTallyAccumulator()));
    accumulateIntoTally(tally, s.stance, s.weightMicro);
  }
  const rows: ActorTopicTally[] = [];
  for (const [topic, byActor] of byTopic)
    for (const [actor, tally] of byActor) rows.push({ actor, topic, tally });
  return rows;
}

/**
 * Leanings of every (actor, topic) pair with at least `minStatements` non-neutral statements,
 * sorted by topic then actor. Rows of one pair (e.g. one per stored bucket of a window) are summed
 * first. Neutral-only pairs take no side and are left out.
 */
export function leaningsFromTallies(rows: Iterable<ActorTopicTally>, minStatements = 1): ActorTopicLeaning[] {
  const byTopic = new Map<string, Map<string, Tally>>();
  for (const { actor, topic, tally } of rows) {
    let byActor = byTopic.get(topic);
    if (!byActor) byTopic.set(topic, (byActor = new Map()));
    const existing = byActor.get(actor);
    byActor.set(actor, existing ? mergeTallies(existing, tally) : tally);
  }
  const leanings: ActorTopicLeaning[] = [];
  for (const [topic, byActor] of byTopic) {
    for (const [actor, tally] of byActor) {
      const { support, oppose } = tallyWeights(tally);
      const evidence = support + oppose;
      if (tally.supportCount + tally.opposeCount < Math.max(minStatements, 1) || evidence <= 0) continue;
      leanings.push({
        actor,
        topic,
        tally,
        supportShare: support / evidence,
        position: (support - oppose) / evidence,
        evidence,
      });
    }
  }
  return leanings.sort((a, b) => compareStrings(a.topic, b.topic) || compareStrings(a.actor, b.actor));
}

/** Leanings of the (actor, topic) pairs of a collection of statements (see leaningsFromTallies). */
export function computeLeanings(statements: Iterable<Statement>, minStatements = 1): ActorTopicLeaning[] {
  return leaningsFromTallies(tallyByActorTopic(statements), minStatements);
}

/** Leanings grouped by topic (topics in sorted order, actors sorted inside each). */
export function groupLeaningsByTopic(
  leanings: readonly ActorTopicLeaning[],
): Map<string, ActorTopicLeaning[]> {
  const byTopic = new Map<string, ActorTopicLeaning[]>();
  for (const l of leanings) {
    const list = byTopic.get(l.topic);
    if (list) list.push(l);
    else byTopic.set(l.topic, [l]);
  }
  return byTopic;
}
