/** One problem found in a codebook file, located at the line and column where it is. */
export interface CodebookIssue {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Where in the structure, e.g. `actors[3].roles[0].from`; empty for the document itself. */
  path: string;
  message: string;
}

export const CODEBOOK_INVALID = 'CODEBOOK_INVALID';
export const CODEBOOK_UNREADABLE = 'CODEBOOK_UNREADABLE';

/** Formats an issue the way compilers do, so editors can jump to it. */
export function formatIssue(issue: CodebookIssue): string {
  const where = issue.path ? `${issue.path}: ` : '';
  return `${issue.file}:${issue.line}:${issue.column}: ${where}${issue.message}`;
}

/** Thrown with every problem found, not just the first, so an operator fixes them in one go. */
export class CodebookValidationError extends Error {
  readonly code = CODEBOOK_INVALID;
  readonly issues: readonly CodebookIssue[];

  constructor(issues: readonly CodebookIssue[]) {
    const count = issues.length === 1 ? '1 error' : `${issues.length} errors`;
    const file = issues[0]?.file ?? 'codebook';
    super(`invalid codebook ${file} (${count}):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'CodebookValidationError';
    this.issues = issues;
  }
}

/** The file could not be read at all (missing, a directory, no permission). */
export class CodebookReadError extends Error {
  readonly code = CODEBOOK_UNREADABLE;
  readonly file: string;

  constructor(file: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`cannot read codebook ${file}: ${reason}`, { cause });
    this.name = 'CodebookReadError';
    this.file = file;
  }
}
