import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements, type ArticleInput, type Statement } from '../src/index.js';
import { TEST_CODEBOOK } from './fixtures.js';

const compiled = compileCodebook(TEST_CODEBOOK);

export function extract(text: string, extra: Partial<ArticleInput> = {}): Statement[] {
  return extractStatements(compiled, { id: 't', text, ...extra });
}

/** "actor/topic/stance" triples, sorted, for compact assertions. */
export function triples(text: string, extra: Partial<ArticleInput> = {}): string[] {
  return extract(text, extra)
    .map((s) => `${s.actor}/${s.topic}/${s.stance}`)
    .sort();
}

/** `triples` for another codebook, compiled once. */
export function triplesWith(codebook: Codebook): (text: string) => string[] {
  const own = compileCodebook(codebook);
  return (text) =>
    extractStatements(own, { id: 't', text })
      .map((s) => `${s.actor}/${s.topic}/${s.stance}`)
      .sort();
}
