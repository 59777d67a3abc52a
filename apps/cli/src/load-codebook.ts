import type { Codebook } from '@stance/codebook';
import type { CliIo } from './command.js';

/**
 * Runs a codebook loader, printing why the codebook is unusable (file:line:column for each
 * problem) to stderr and returning undefined in that case.
 */
export async function loadOrReport<T>(
  path: string,
  io: CliIo,
  load: (path: string) => Promise<T>,
): Promise<T | undefined> {
  // Imported here: the YAML parser it loads is not needed when extract finds its codebook cached.
  const { CodebookReadError, CodebookValidationError, formatIssue } = await import('@stance/codebook');
  try {
    return await load(path);
  } catch (err) {
    if (err instanceof CodebookValidationError) {
      for (const issue of err.issues) io.stderr.write(formatIssue(issue) + '\n');
      const count = err.issues.length === 1 ? '1 error' : `${err.issues.length} errors`;
      io.stderr.write(`${path}: invalid codebook (${count})\n`);
      return undefined;
    }
    if (err instanceof CodebookReadError) {
      io.stderr.write(`${err.message}\n`);
      return undefined;
    }
    throw err;
  }
}

/** Reads and validates a codebook file, reporting why it is unusable (see loadOrReport). */
export async function loadCodebookOrReport(path: string, io: CliIo): Promise<Codebook | undefined> {
  const { loadCodebookFile } = await import('@stance/codebook');
  return loadOrReport(path, io, loadCodebookFile);
}

/** Like loadCodebookOrReport, for a codebook file's contents already read. */
export async function parseCodebookOrReport(
  path: string,
  bytes: Buffer,
  io: CliIo,
): Promise<Codebook | undefined> {
  const { parseCodebook } = await import('@stance/codebook');
  return loadOrReport(path, io, async () => parseCodebook(bytes.toString('utf8'), path));
}
