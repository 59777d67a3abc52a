/** Real news articles from the shared corpus (never holdout/), for feeds and copies in tests. */
import { readFileSync } from 'node:fs';

export interface CorpusArticle {
  id: string;
  source: string | null;
  url: string | null;
  published_at: string | null;
  title: string;
  text: string;
}

const CORPUS_DIR = new URL('../../../../../shared/corpus/', import.meta.url);

/** The first `count` articles of a corpus file with at least `minWords` words. */
export function readCorpusArticles(
  file: 'news-en.jsonl' | 'news-ar.jsonl',
  count: number,
  minWords = 120,
): CorpusArticle[] {
  const picked: CorpusArticle[] = [];
  for (const line of readFileSync(new URL(file, CORPUS_DIR), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as CorpusArticle;
    if (article.text.split(/\s+/).length < minWords) continue;
    picked.push(article);
    if (picked.length === count) break;
  }
  if (picked.length < count)
    throw new Error(`${file} has only ${picked.length} articles of ${minWords}+ words`);
  return picked;
}
