// Regression floor for extraction quality: runs the built CLI on the shared dev sets and on
// the in-repo held-out set (eval/own), scores with the shared scorer, and fails when
// stance-F1 drops below the floor recorded in eval/floors.json.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runStance } from './run-cli.js';

const run = promisify(execFile);
const SHARED_EVAL = '/work/shared/eval';
const REPO_EVAL = fileURLToPath(new URL('../../../eval/', import.meta.url));

interface EvalSet {
  name: string;
  articles: string;
  codebook: string;
  gold: string;
}

const SETS: EvalSet[] = [
  {
    name: 'dev',
    articles: `${SHARED_EVAL}/dev/articles.jsonl`,
    codebook: `${SHARED_EVAL}/dev/codebook.yaml`,
    gold: `${SHARED_EVAL}/dev/gold.jsonl`,
  },
  {
    name: 'dev-regional',
    articles: `${SHARED_EVAL}/dev/articles-regional.jsonl`,
    codebook: `${SHARED_EVAL}/dev/codebook-regional.yaml`,
    gold: `${SHARED_EVAL}/dev/gold-regional.jsonl`,
  },
  {
    name: 'own',
    articles: join(REPO_EVAL, 'own/articles.jsonl'),
    codebook: join(REPO_EVAL, 'own/codebook.yaml'),
    gold: join(REPO_EVAL, 'own/gold.jsonl'),
  },
];

interface Score {
  stance: { P: number; R: number; F1: number };
  gold: number;
  predicted: number;
}

async function scorePredictions(gold: string, pred: string): Promise<Score> {
  const { stdout } = await run(process.execPath, [
    `${SHARED_EVAL}/score.mjs`,
    '--gold',
    gold,
    '--pred',
    pred,
    '--json',
  ]);
  // --json prints the JSON object on the first line, then a human-readable summary.
  return JSON.parse(stdout.split('\n')[0]!) as Score;
}

let floors: Record<string, number>;
let dir = '';
beforeAll(async () => {
  const file = JSON.parse(await readFile(join(REPO_EVAL, 'floors.json'), 'utf8')) as {
    stanceF1: Record<string, number>;
  };
  floors = file.stanceF1;
  dir = await mkdtemp(join(tmpdir(), 'stance-quality-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extraction quality regression floors', () => {
  it('has a floor for every set', () => {
    expect(Object.keys(floors).sort()).toEqual(SETS.map((s) => s.name).sort());
  });

  it.each(SETS)('$name: stance-F1 stays at or above its floor', async (set) => {
    const pred = join(dir, `${set.name}.pred.jsonl`);
    const extraction = await runStance([
      'extract',
      '--codebook',
      set.codebook,
      '--in',
      set.articles,
      '--out',
      pred,
    ]);
    expect(extraction.stderr).toBe('');
    expect(extraction.code).toBe(0);
    const score = await scorePredictions(set.gold, pred);
    // Printed so a run shows where each set stands, not only pass or fail.
    process.stdout.write(
      `quality ${set.name}: stance-F1 ${score.stance.F1.toFixed(3)} P ${score.stance.P.toFixed(3)} R ${score.stance.R.toFixed(3)} (gold ${score.gold}, predicted ${score.predicted})\n`,
    );
    expect(score.stance.F1).toBeGreaterThanOrEqual(floors[set.name]!);
  });
});
