// The command registry: one module per command, listed here in the order help shows them.
import type { CliCommand } from '../command.js';
import { ALERTS_COMMANDS } from './alerts-rules.js';
import { codebookValidateCommand } from './codebook-validate.js';
import { extractCommand } from './extract.js';
import { keysCreateCommand, keysListCommand, keysRevokeCommand } from './keys.js';

export const COMMANDS: readonly CliCommand[] = [
  extractCommand,
  codebookValidateCommand,
  keysCreateCommand,
  keysListCommand,
  keysRevokeCommand,
  ...ALERTS_COMMANDS,
];
