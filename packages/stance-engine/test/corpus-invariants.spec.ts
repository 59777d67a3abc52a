// Runs the extractor over real news (the shared corpus, not the holdout) with the regional dev
// codebook: it must never throw, and every statement must satisfy the output contract.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements, type ArticleInput } from '../src/index.js';

const SHARED = path.resolve(process.cwd(), '../../../shared');

function firstArticles(file: string, limit: number): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const line of fs.readFileSync(path.join(SHARED, 'corpus', file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as ArticleInput);
    if (out.length >= limit) break;
  }
  return out;
}

describe('output contract on real news', () => {
  const compiled = compileCodebook(
    YAML.parse(fs.readFileSync(path.join(SHARED, 'eval/dev/codebook-regional.yaml'), 'utf8')) as Codebook,
  );
  const actorIds = new Set(compiled.actorIds);
  const topicIds = new Set(compiled.topicIds);

  it.each([
    ['news-en.jsonl', 800],
    ['news-ar.jsonl', 600],
  ])('%s: offsets, ids, one statement per triple, confidence in (0,1]', (file, limit) => {
    let statements = 0;
    for (const article of firstArticles(file, limit)) {
      const found = extractStatements(compiled, article);
      const keys = new Set<string>();
      for (const s of found) {
        expect(article.text.slice(s.start, s.end)).toBe(s.evidence);
        expect(actorIds.has(s.actor) && topicIds.has(s.topic)).toBe(true);
        expect(s.confidence).toBeGreaterThan(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
        const key = `${s.actor}/${s.topic}/${s.stance}`;
        expect(keys.has(key)).toBe(false);
        keys.add(key);
      }
      statements += found.length;
    }
    expect(statements).toBeGreaterThan(10);
  });
});
