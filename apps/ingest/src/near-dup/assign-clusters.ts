import { NearDuplicateIndex } from '@stance/news-sources';

export interface FingerprintedArticle {
  id: string;
  fingerprint: Uint32Array;
}

export interface ClusterAssignment {
  id: string;
  /** Its own id when nothing earlier is near; else the cluster of its nearest earlier copy. */
  clusterId: string;
  nearestId?: string;
  similarity?: number;
}

/**
 * Clusters for a batch of new articles, in order: each joins the cluster of its most similar
 * earlier article, whether already indexed or earlier in the same batch (ties: the indexed one).
 * The index itself is not changed: it only ever holds committed articles.
 */
export function assignClusters(
  index: NearDuplicateIndex,
  batch: readonly FingerprintedArticle[],
): ClusterAssignment[] {
  const local = new NearDuplicateIndex(index.options);
  return batch.map(({ id, fingerprint }) => {
    const known = index.queryFingerprint(fingerprint)[0];
    const sibling = local.queryFingerprint(fingerprint)[0];
    const nearest = sibling && (!known || sibling.similarity > known.similarity) ? sibling : known;
    const clusterId = nearest?.clusterId ?? id;
    local.addFingerprint(id, fingerprint, clusterId);
    return nearest
      ? { id, clusterId, nearestId: nearest.id, similarity: nearest.similarity }
      : { id, clusterId };
  });
}
