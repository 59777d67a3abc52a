import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements, type ArticleInput, type Statement } from '../src/index.js';
import { TEST_CODEBOOK } from './fixtures.js';

const compiled = compileCodebook(TEST_CODEBOOK);

export function extract(text: string, extra: Partial<ArticleInput> = {}): Statement[] {
  return extractStatements(compiled, { id: 't', text, ...extra });
}

/** "actor/topic/stance" triples of statements, sorted, for compact assertions. */
function toTriples(statements: readonly Statement[]): string[] {
  return statements.map((s) => `${s.actor}/${s.topic}/${s.stance}`).sort();
}

/** "actor/topic/stance" triples, sorted, for compact assertions. */
export function triples(text: string, extra: Partial<ArticleInput> = {}): string[] {
  return toTriples(extract(text, extra));
}

/**
 * `triples` for a codebook of the test's own, compiled once; `article` gives the test articles'
 * other fields (language, date), `extra` one article's own.
 */
export function triplesWith(
  codebook: Codebook,
  article: Partial<ArticleInput> = {},
): (text: string, extra?: Partial<ArticleInput>) => string[] {
  const own = compileCodebook(codebook);
  return (text, extra = {}) => toTriples(extractStatements(own, { id: 't', text, ...article, ...extra }));
}

type TestActor = Codebook['actors'][number];

/** A builder of test actors named in one language: `actorsNamedIn('en')('syria', 'government', ['Syria'])`. */
export function actorsNamedIn(
  lang: 'ar' | 'en',
): (id: string, kind: TestActor['kind'], names: string[], extra?: Partial<TestActor>) => TestActor {
  return (id, kind, names, extra = {}) => ({
    id,
    kind,
    names: lang === 'ar' ? { ar: names } : { en: names },
    roles: [],
    memberOf: [],
    ...extra,
  });
}

/**
 * Topics that are the given actors as targets (`<id>-as-target`), each labelled with its id in
 * the given languages (a label's country names scope a topic, so tests keep theirs as written).
 */
export function targetTopics(ids: string[], langs: ('ar' | 'en')[] = ['en']): Codebook['topics'] {
  return ids.map((id) => ({
    id: `${id}-as-target`,
    actor: id,
    label: Object.fromEntries(langs.map((l) => [l, id])),
    pro: {},
    anti: {},
  }));
}
