// Runs the built `stance` CLI as a real process, the way users and scripts run it.
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

// The tests' codebook cache, so runs do not write into the user's ~/.cache.
const TEST_CACHE_HOME = join(tmpdir(), 'stance-cli-test-cache');

/** Runs `stance args`; `env` adds to (or, with undefined values, removes from) the test environment. */
export function runStance(args: string[], stdin?: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_MAIN, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE_HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

export function parseJsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}
