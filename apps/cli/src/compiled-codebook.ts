// The compiled codebook `stance extract` runs on: from the codebook cache when it holds this
// codebook file's contents, else read, validated and compiled (and then stored there).
import { readFile } from 'node:fs/promises';
import type { CodebookCache } from './codebook-cache.js';
import type { CliIo } from './command.js';
import { compileToBytes } from './engine.js';
import { loadCodebookOrReport, parseCodebookOrReport } from './load-codebook.js';

/** The compiled codebook (see compileToBytes), or undefined after reporting why the codebook is unusable. */
export async function loadCompiledCodebook(
  path: string,
  io: CliIo,
  cache: CodebookCache | undefined,
): Promise<Uint8Array | undefined> {
  const bytes = await readFile(path).catch(() => undefined);
  const cached = bytes && cache ? await cache.read(path, bytes) : undefined;
  if (cached) return cached;
  // A file that cannot be read is reported by the loader, as without a cache.
  const codebook = bytes
    ? await parseCodebookOrReport(path, bytes, io)
    : await loadCodebookOrReport(path, io);
  if (!codebook) return undefined;
  const compiled = await compileToBytes(codebook);
  if (bytes && cache) await cache.write(path, bytes, compiled);
  return compiled;
}
