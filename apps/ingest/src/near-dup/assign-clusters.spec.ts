import { NearDuplicateIndex } from '@stance/news-sources';
import { assignClusters } from './assign-clusters.js';

/** 150 pseudo-random words from a 400-word vocabulary: different seeds share almost no 3-word shingles. */
const story = (seed: number) => {
  let state = seed * 7919 + 17;
  return Array.from({ length: 150 }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return `w${state % 400}`;
  }).join(' ');
};

describe('assignClusters', () => {
  const index = new NearDuplicateIndex();
  const fp = (text: string) => index.fingerprintOf(text);

  it('starts a cluster for a new story and joins an indexed copy', () => {
    index.addFingerprint('a', fp(story(1)), 'a');
    const [copy, other] = assignClusters(index, [
      { id: 'b', fingerprint: fp(`(Reuters) - ${story(1)}`) },
      { id: 'c', fingerprint: fp(story(2)) },
    ]);
    expect(copy).toMatchObject({ id: 'b', clusterId: 'a', nearestId: 'a' });
    expect(copy!.similarity).toBeGreaterThan(0.5);
    expect(other).toEqual({ id: 'c', clusterId: 'c' });
  });

  it('groups copies within one batch and leaves the index unchanged', () => {
    const size = index.size;
    const [first, second] = assignClusters(index, [
      { id: 'd', fingerprint: fp(story(3)) },
      { id: 'e', fingerprint: fp(`${story(3)} Follow us for more.`) },
    ]);
    expect(first).toEqual({ id: 'd', clusterId: 'd' });
    expect(second).toMatchObject({ clusterId: 'd', nearestId: 'd' });
    expect(index.size).toBe(size);
    expect(index.has('d')).toBe(false);
  });
});
