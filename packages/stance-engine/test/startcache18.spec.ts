// A compiled codebook as plain data (src/compiled-data.ts): what the CLI stores in its cache and
// hands to worker threads must extract exactly what the compiled codebook itself does.
import fs from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import {
  compileCodebook,
  extractStatements,
  fromCompiledData,
  toCompiledData,
  type ArticleInput,
} from '../src/index.js';

const SHARED = path.resolve(process.cwd(), '../../../shared');
const compiled = compileCodebook(
  YAML.parse(fs.readFileSync(path.join(SHARED, 'eval/dev/codebook-regional.yaml'), 'utf8')) as Codebook,
);
// Through V8's serializer, as the CLI's cache and worker threads see it.
const restored = fromCompiledData(deserialize(serialize(toCompiledData(compiled))));

/** The first articles of the shared corpus (not the holdout). */
function corpusArticles(lang: 'ar' | 'en', count: number): ArticleInput[] {
  return fs
    .readFileSync(path.join(SHARED, 'corpus', `news-${lang}.jsonl`), 'utf8')
    .split('\n')
    .slice(0, count)
    .map((line) => JSON.parse(line) as ArticleInput);
}

describe('compiled codebook data', () => {
  it('holds only what structured clone keeps: the automaton as typed arrays', () => {
    const data = toCompiledData(compiled);
    expect(data.automaton.edgeTarget).toBeInstanceOf(Int32Array);
    expect(() => structuredClone(data)).not.toThrow();
  });

  it('scans like the automaton it came from', () => {
    const text = 'ورحب الصدر بعمليات عسكرية في شمال سوريا، and Sadr rejected the US strikes.';
    const matches = (automaton: typeof compiled.automaton): number[][] => {
      const out: number[][] = [];
      automaton.scan(text, (pattern, start, end) => out.push([pattern, start, end]));
      return out;
    };
    expect(matches(restored.automaton).length).toBeGreaterThan(0);
    expect(matches(restored.automaton)).toEqual(matches(compiled.automaton));
    expect(restored.automaton.stateCount).toBe(compiled.automaton.stateCount);
    expect(restored.automaton.patternCount).toBe(compiled.automaton.patternCount);
  });

  it.each(['ar', 'en'] as const)('extracts the same statements from %s corpus articles', (lang) => {
    const articles = corpusArticles(lang, 150);
    const found = articles.flatMap((a) => extractStatements(compiled, a));
    expect(found.length).toBeGreaterThan(0);
    expect(articles.flatMap((a) => extractStatements(restored, a))).toEqual(found);
  });
});
