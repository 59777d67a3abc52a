// The extraction engine as the CLI uses it. Loaded on demand so commands that do not
// extract (validate, and later the HTTP API commands) start without it.
import type { Codebook } from '@stance/codebook';
import type { ArticleInput, Statement } from '@stance/stance-engine';

export type { ArticleInput, Statement };

export interface Extractor {
  version: string;
  extract(article: ArticleInput): Statement[];
}

/** Compiles the codebook once; the returned extractor is then reused for every article. */
export async function createExtractor(codebook: Codebook): Promise<Extractor> {
  const engine = await import('@stance/stance-engine');
  const compiled = engine.compileCodebook(codebook);
  return {
    version: engine.EXTRACTOR_VERSION,
    extract: (article) => engine.extractStatements(compiled, article),
  };
}
