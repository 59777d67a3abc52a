import {
  CodebookReadError,
  CodebookValidationError,
  formatIssue,
  loadCodebookFile,
  type Codebook,
} from '@stance/codebook';
import type { CliIo } from './command.js';

/** Loads a codebook, printing its problems (file:line:column each) to stderr when it is unusable. */
export async function loadCodebookOrReport(path: string, io: CliIo): Promise<Codebook | undefined> {
  try {
    return await loadCodebookFile(path);
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
