import type { Observation, Stance } from '../src/index.js';

/** Small seeded PRNG (mulberry32) so property tests are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);

let counter = 0;

/** An observation with sensible defaults; `day` is days after 2024-01-01 UTC. */
export function makeObservation(overrides: Partial<Observation> & { day?: number } = {}): Observation {
  counter += 1;
  const { day, ...rest } = overrides;
  return {
    id: `obs-${counter}`,
    articleId: `art-${counter}`,
    clusterId: null,
    actor: 'sadr',
    topic: 'us-presence',
    stance: 'support',
    confidence: 1,
    observedAt: new Date(T0 + (day ?? 0) * DAY),
    ...rest,
  };
}

/** A random batch with syndicated copies (shared clusters), redeliveries and mixed stances. */
export function randomObservations(count: number, random: () => number): Observation[] {
  const actors = ['sadr', 'maliki', 'الحلبوسي', 'kadhimi'];
  const topics = ['us-presence', 'elections', 'budget'];
  const stances: Stance[] = ['support', 'oppose', 'neutral'];
  const out: Observation[] = [];
  for (let i = 0; i < count; i++) {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const cluster = random() < 0.5 ? `cl-${Math.floor((random() * count) / 4)}` : null;
    out.push({
      id: `r-${i}`,
      articleId: `a-${Math.floor(random() * count)}`,
      clusterId: cluster,
      actor: pick(actors),
      topic: pick(topics),
      stance: pick(stances),
      confidence: Math.round(random() * 1000) / 1000,
      observedAt: new Date(T0 + Math.floor(random() * 400 * DAY)),
    });
    // Redelivery of the same observation.
    if (random() < 0.1) out.push({ ...out[out.length - 1]! });
  }
  return out;
}
