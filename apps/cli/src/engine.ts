// The extraction engine as the CLI uses it. Loaded on demand so commands that do not
// extract (validate, and later the HTTP API commands) start without it.
import { deserialize, serialize } from 'node:v8';
import type { Codebook } from '@stance/codebook';
import type { ArticleInput, CompiledCodebookData, Statement } from '@stance/stance-engine';

export type { ArticleInput, Statement };

export interface Extractor {
  version: string;
  extract(article: ArticleInput): Statement[];
}

/**
 * Compiles a codebook into its stored form: the compiled tables as plain data in V8's
 * serialization format, which the codebook cache keeps and worker threads are handed, so
 * neither compiles again.
 */
export async function compileToBytes(codebook: Codebook): Promise<Buffer> {
  const engine = await import('@stance/stance-engine');
  return serialize(engine.toCompiledData(engine.compileCodebook(codebook)));
}

/** The extractor over a compiled codebook from compileToBytes; it is reused for every article. */
export async function createExtractor(compiledBytes: Uint8Array): Promise<Extractor> {
  const engine = await import('@stance/stance-engine');
  const compiled = engine.fromCompiledData(deserialize(compiledBytes) as CompiledCodebookData);
  return {
    version: engine.EXTRACTOR_VERSION,
    extract: (article) => engine.extractStatements(compiled, article),
  };
}
