#!/usr/bin/env node
// Process entry for `stance`: everything else is importable without side effects.
import v8 from 'node:v8';
import { runCli } from './cli.js';
import { COMMANDS } from './commands/index.js';

// A run is one cold pass over the articles, and V8's background compiles of the engine's many
// functions (re-optimised as rare branches first run) took a quarter to a third of its CPU.
// Optimising later (about 4× Node 20's default budget of 67,584, 2× Node 22's) compiles less:
// some 8 % less CPU over news-ar, same output. Set before the engine's functions first run
// (they compile lazily); worker threads share the flag.
v8.setFlagsFromString('--interrupt-budget=264000');

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
