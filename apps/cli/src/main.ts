#!/usr/bin/env node
// Process entry for `stance`: everything else is importable without side effects.
import { runCli } from './cli.js';
import { COMMANDS } from './commands/index.js';

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

// A closed downstream pipe (`stance extract ... | head`) is a normal way to stop reading.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

runCli(COMMANDS, process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`stance: ${message}\n`);
    process.exitCode = 1;
  },
);
