export { runCli, findCommand, formatCommandList } from './cli.js';
export { COMMANDS } from './commands/index.js';
export { EXIT_OK, EXIT_FAILED, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './command.js';
export { parseArgs, requireOption, type ParsedArgs, type ArgSpec } from './args.js';
export { parseArticleLine, type ArticleRow, type ArticleLineResult } from './article-line.js';
