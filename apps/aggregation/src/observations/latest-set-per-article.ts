import type { ObservationsExtracted } from '@stance/contracts';

/**
 * One set per (article, codebook): a set is the complete extraction of its article, so a later
 * one replaces an earlier one. Keeps the last of each in `sets` (in their order of last
 * appearance), which is what storing them one after the other would leave behind.
 */
export function latestSetPerArticle<S extends Pick<ObservationsExtracted, 'articleId' | 'codebookId'>>(
  sets: readonly S[],
): S[] {
  const latest = new Map<string, S>();
  for (const set of sets) {
    const key = `${set.articleId}:${set.codebookId}`;
    latest.delete(key);
    latest.set(key, set);
  }
  return [...latest.values()];
}
