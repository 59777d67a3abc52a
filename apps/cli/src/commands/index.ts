// The command registry: one module per command, listed here in the order help shows them.
import type { CliCommand } from '../command.js';
import { ALERTS_COMMANDS } from './alerts-rules.js';
import { backfillCommand } from './backfill.js';
import { codebookImportCommand } from './codebook-import.js';
import { codebookValidateCommand } from './codebook-validate.js';
import { extractCommand } from './extract.js';
import { feedsAddCommand, feedsListCommand, feedsRemoveCommand } from './feeds.js';
import { ingestCommand } from './ingest.js';
import { keysCreateCommand, keysListCommand, keysRevokeCommand } from './keys.js';

export const COMMANDS: readonly CliCommand[] = [
  extractCommand,
  codebookValidateCommand,
  codebookImportCommand,
  backfillCommand,
  ingestCommand,
  feedsAddCommand,
  feedsListCommand,
  feedsRemoveCommand,
  keysCreateCommand,
  keysListCommand,
  keysRevokeCommand,
  ...ALERTS_COMMANDS,
];
