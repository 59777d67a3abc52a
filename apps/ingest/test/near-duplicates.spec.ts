/**
 * Near-duplicate clusters on ingest, against the real Postgres and NATS: a light edit of a
 * stored article joins its cluster (and says so), across two service instances, and the index is
 * rebuilt from stored fingerprints when an instance starts.
 */
import { NearDuplicateClusters } from '../src/near-dup/near-duplicate-clusters.js';
import { readCorpusArticles } from './support/corpus.js';
import {
  startIngestHarness,
  waitFor,
  type IngestHarness,
  type IngestInstance,
} from './support/ingest-harness.js';

const [original, other, third] = readCorpusArticles('news-en.jsonl', 3, 200);
/** A wire copy: agency prefix, last sentence dropped. */
const wireCopy = (text: string) => `WASHINGTON (Reuters) - ${text.replace(/[^.]+\.\s*$/, '')}`;

interface ResultItem {
  articleId: string;
  status: string;
  near_duplicate_of?: string;
}

describe('near-duplicate clusters', () => {
  let harness: IngestHarness;
  let first: IngestInstance;
  let second: IngestInstance;

  beforeAll(async () => {
    harness = await startIngestHarness();
    first = await harness.startInstance();
    second = await harness.startInstance();
  }, 30_000);

  afterAll(async () => {
    await harness?.close();
  }, 30_000);

  async function post(instance: IngestInstance, articles: object[]): Promise<ResultItem[]> {
    const res = await instance.request('POST', '/articles', {
      body: JSON.stringify({ articles }),
      key: harness.keys.ingest,
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as { results: ResultItem[] }).results;
  }

  const clusterOf = async (id: string) =>
    (await harness.prisma.article.findUniqueOrThrow({ where: { id } })).nearDupClusterId;

  it('gives a new article its own cluster and stores its fingerprint', async () => {
    const [stored] = await post(first, [{ id: 'orig', title: original!.title, text: original!.text }]);
    expect(stored).toMatchObject({ status: 'accepted' });
    expect(stored!.near_duplicate_of).toBeUndefined();
    const row = await harness.prisma.article.findUniqueOrThrow({ where: { id: stored!.articleId } });
    expect(row.nearDupClusterId).toBe(row.id);
    expect(row.fingerprint?.byteLength).toBeGreaterThan(512);
    expect(row.nearDupSeq).toBe(1n);
  });

  it('puts a wire copy posted to another instance into the same cluster', async () => {
    const origId = (await harness.prisma.article.findUniqueOrThrow({ where: { externalId: 'orig' } })).id;
    // `second` booted before the original was stored: it learns of it under the cluster lock.
    const [copy, unrelated] = await post(second, [
      { id: 'copy', title: 'Another headline', text: wireCopy(original!.text) },
      { id: 'other', text: other!.text },
    ]);
    expect(copy).toMatchObject({ status: 'accepted', near_duplicate_of: origId });
    expect(await clusterOf(copy!.articleId)).toBe(origId);
    expect(unrelated!.near_duplicate_of).toBeUndefined();
    expect(await clusterOf(unrelated!.articleId)).toBe(unrelated!.articleId);
  });

  it('clusters copies within one batch', async () => {
    const [a, b] = await post(first, [
      { id: 'third', text: third!.text },
      { id: 'third-copy', text: `${third!.text}\nFollow us on social media for the latest news.` },
    ]);
    expect(b).toMatchObject({ near_duplicate_of: a!.articleId });
    expect(await clusterOf(b!.articleId)).toBe(a!.articleId);
  });

  it('rebuilds the index from stored fingerprints when an instance starts', async () => {
    const late = await harness.startInstance();
    expect(late.app.get(NearDuplicateClusters).indexedCount).toBe(5);
    const origId = (await harness.prisma.article.findUniqueOrThrow({ where: { externalId: 'orig' } })).id;
    const [again] = await post(late, [{ id: 'copy-2', text: `(AFP) - ${original!.text}` }]);
    expect(again).toMatchObject({ status: 'accepted' });
    expect(await clusterOf(again!.articleId)).toBe(origId);
    const seqs = (await harness.prisma.article.findMany({ select: { nearDupSeq: true } })).map((r) =>
      Number(r.nearDupSeq),
    );
    // Numbered in assignment order without repeats, whichever instance assigned them.
    expect(seqs.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the index within NEAR_DUP_MAX_ARTICLES: newest at boot, rebuilt when it grows past 1.5 ×', async () => {
    const bounded = await harness.startInstance({ NEAR_DUP_MAX_ARTICLES: '2' });
    const clusters = bounded.app.get(NearDuplicateClusters);
    expect(clusters.indexedCount).toBe(2);
    const extra = readCorpusArticles('news-en.jsonl', 6, 200).slice(3);
    // The index holds committed rows only: a batch's own articles join it at the next catch-up.
    await post(bounded, [{ id: 'bound-1', text: extra[0]!.text }]);
    expect(clusters.indexedCount).toBe(2);
    await post(bounded, [{ id: 'bound-2', text: extra[1]!.text }]);
    expect(clusters.indexedCount).toBe(3);
    const [copy] = await post(bounded, [{ id: 'bound-2-copy', text: `(AP) - ${extra[1]!.text}` }]);
    const latest = await harness.prisma.article.findUniqueOrThrow({ where: { externalId: 'bound-2' } });
    expect(copy!.near_duplicate_of).toBe(latest.id);
    // 4 > 1.5 × 2: rebuilt in the background to the 2 newest, which still serve their cluster.
    await waitFor('background rebuild', async () => clusters.indexedCount === 2);
    await post(bounded, [{ id: 'bound-2-again', text: `(AFP) - ${extra[1]!.text}` }]);
    expect(
      await clusterOf(
        (await harness.prisma.article.findUniqueOrThrow({ where: { externalId: 'bound-2-again' } })).id,
      ),
    ).toBe(latest.id);
  });
});
