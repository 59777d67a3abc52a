export * from './types.js';
export {
  parseCodebook,
  loadCodebookFile,
  parseCodebookWithWarnings,
  loadCodebookFileWithWarnings,
} from './parse.js';
export { codebookDigest, canonicalJson } from './digest.js';
export { ACTOR_KINDS } from './validate.js';
export {
  CodebookValidationError,
  CodebookReadError,
  CODEBOOK_INVALID,
  CODEBOOK_UNREADABLE,
  formatIssue,
  type CodebookIssue,
} from './errors.js';
export { findCodebookWarnings, type CodebookWarning } from './lint.js';
