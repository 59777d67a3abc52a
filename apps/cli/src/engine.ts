// The extraction engine as the CLI uses it. Loaded on demand so commands that do not
// extract (validate, and later the HTTP API commands) start without it.
import type { Codebook } from '@stance/codebook';

export interface EngineStatement {
  actor: string;
  topic: string;
  stance: 'support' | 'oppose' | 'neutral';
  confidence: number;
  evidence: string;
  start: number;
  end: number;
}

export interface EngineArticle {
  id: string;
  text: string;
  title?: string;
  lang?: string;
  published_at?: string | null;
}

export interface Extractor {
  version: string;
  extract(article: EngineArticle): EngineStatement[];
}

interface EngineModule {
  EXTRACTOR_VERSION: string;
  compileCodebook(codebook: Codebook): unknown;
  extractStatements(compiled: unknown, article: EngineArticle): EngineStatement[];
}

const ENGINE_PACKAGE = '@stance/stance-engine';

/** Compiles the codebook once; the returned extractor is then reused for every article. */
export async function createExtractor(codebook: Codebook): Promise<Extractor> {
  const engine = (await import(ENGINE_PACKAGE)) as EngineModule;
  const compiled = engine.compileCodebook(codebook);
  return {
    version: engine.EXTRACTOR_VERSION,
    extract: (article) => engine.extractStatements(compiled, article),
  };
}
