// Regression floor for extraction quality: runs the built CLI on the shared dev sets, on the
// in-repo sets (eval/tune, eval/own, eval/fresh-ar, eval/fresh-en, eval/fresh-iq, eval/fresh-en2, eval/fresh-mix, eval/fresh-mix2, eval/fresh-mix3, eval/fresh-ar2, eval/fresh-en3, and the held-out eval/blind) and on eval/basil (built from
// the shared BASIL copy into a temporary directory first), scores with the shared scorer, and
// fails when stance-F1 drops below the floor recorded in eval/floors.json.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runStance } from './run-cli.js';

const run = promisify(execFile);
// ../shared next to the project root (the workplace's shared evaluation kit).
const SHARED_EVAL = fileURLToPath(new URL('../../../../shared/eval', import.meta.url));
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
  ...[
    'tune',
    'own',
    'fresh-ar',
    'fresh-en',
    'fresh-iq',
    'fresh-en2',
    'fresh-mix',
    'fresh-mix2',
    'fresh-mix3',
    'fresh-ar2',
    'fresh-en3',
    'blind',
  ].map((name) => ({
    name,
    articles: join(REPO_EVAL, name, 'articles.jsonl'),
    codebook: join(REPO_EVAL, name, 'codebook.yaml'),
    gold: join(REPO_EVAL, name, 'gold.jsonl'),
  })),
  // BASIL's texts may not be redistributed: eval/basil/build.mjs writes the articles and gold
  // from the shared copy into the temporary directory (paths filled in by beforeAll).
  { name: 'basil', articles: '', codebook: join(REPO_EVAL, 'basil', 'codebook.yaml'), gold: '' },
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

/** Article id → language, from the articles file (every set here gives `lang`). */
async function readLanguages(articles: string): Promise<Map<string, string>> {
  const langs = new Map<string, string>();
  for (const line of (await readFile(articles, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { id: string; lang?: string };
    langs.set(row.id, row.lang ?? 'unknown');
  }
  return langs;
}

/** Writes the lines of a JSON Lines file whose id is in `ids`, for scoring one language alone. */
async function writeSubset(source: string, ids: Set<string>, target: string): Promise<void> {
  const lines = (await readFile(source, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '' && ids.has((JSON.parse(line) as { id: string }).id));
  await writeFile(target, lines.join('\n') + '\n');
}

function formatScore(name: string, score: Score): string {
  const { F1, P, R } = score.stance;
  return `quality ${name}: stance-F1 ${F1.toFixed(3)} P ${P.toFixed(3)} R ${R.toFixed(3)} (gold ${score.gold}, predicted ${score.predicted})\n`;
}

// STANCE_UPDATE_FLOORS=1 records what the engine reaches now as the new floors (reached
// minus 0.02, rounded down to two decimals, never below the old floor) instead of checking the
// old ones, the way snapshot tests are updated. Run it only when the engine got better on purpose.
const UPDATE_FLOORS = process.env.STANCE_UPDATE_FLOORS === '1';
const FLOOR_MARGIN = 0.02;
const reached = new Map<string, number>();

function floorFor(f1: number): number {
  return Math.max(0, Math.floor((f1 - FLOOR_MARGIN) * 100 + 1e-9) / 100);
}

async function writeFloors(): Promise<void> {
  const path = join(REPO_EVAL, 'floors.json');
  const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  const names = [...reached.keys()].sort();
  file.setAt = new Date().toISOString().slice(0, 10);
  file.reached = Object.fromEntries(names.map((n) => [n, Number(reached.get(n)!.toFixed(3))]));
  // A floor only rises: reached minus the margin can sit below a floor set from a score that
  // rounded higher.
  const old = (file.stanceF1 ?? {}) as Record<string, number>;
  file.stanceF1 = Object.fromEntries(names.map((n) => [n, Math.max(old[n] ?? 0, floorFor(reached.get(n)!))]));
  await writeFile(path, JSON.stringify(file, null, 2) + '\n');
}

let floors: Record<string, number>;
let dir = '';
/** Set name → its languages when it has more than one (each then has its own floor). */
const splits = new Map<string, Map<string, string>>();
beforeAll(async () => {
  const file = JSON.parse(await readFile(join(REPO_EVAL, 'floors.json'), 'utf8')) as {
    stanceF1: Record<string, number>;
  };
  floors = file.stanceF1;
  dir = await mkdtemp(join(tmpdir(), 'stance-quality-'));
  const basil = SETS.find((set) => set.name === 'basil')!;
  await run(process.execPath, [join(REPO_EVAL, 'basil', 'build.mjs'), join(dir, 'basil')]);
  basil.articles = join(dir, 'basil', 'articles.jsonl');
  basil.gold = join(dir, 'basil', 'gold.jsonl');
  for (const set of SETS) splits.set(set.name, await readLanguages(set.articles));
});
afterAll(async () => {
  if (UPDATE_FLOORS && reached.size === SETS.flatMap(scoredNames).length) await writeFloors();
  await rm(dir, { recursive: true, force: true });
});

function scoredNames(set: EvalSet): string[] {
  const langs = [...new Set(splits.get(set.name)!.values())].sort();
  return langs.length > 1 ? [set.name, ...langs.map((lang) => `${set.name}/${lang}`)] : [set.name];
}

describe('extraction quality regression floors', () => {
  it('rounds floors down from what was reached', () => {
    expect(floorFor(0.941)).toBe(0.92);
    expect(floorFor(0.64)).toBe(0.62);
    expect(floorFor(0.01)).toBe(0);
  });

  it('has a floor for every set and, in mixed sets, for every language', () => {
    expect(Object.keys(floors).sort()).toEqual(SETS.flatMap(scoredNames).sort());
  });

  it.each(SETS)('$name: stance-F1 stays at or above its floors', async (set) => {
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
    const scores = new Map<string, Score>([[set.name, await scorePredictions(set.gold, pred)]]);
    for (const name of scoredNames(set).slice(1)) {
      const lang = name.slice(set.name.length + 1);
      const ids = new Set([...splits.get(set.name)!].filter(([, l]) => l === lang).map(([id]) => id));
      const [gold, predicted] = [
        join(dir, `${set.name}.${lang}.gold.jsonl`),
        join(dir, `${set.name}.${lang}.pred.jsonl`),
      ];
      await writeSubset(set.gold, ids, gold);
      await writeSubset(pred, ids, predicted);
      scores.set(name, await scorePredictions(gold, predicted));
    }
    // Printed so a run shows where each set stands, not only pass or fail.
    for (const [name, score] of scores) {
      process.stdout.write(formatScore(name, score));
      reached.set(name, score.stance.F1);
    }
    if (UPDATE_FLOORS) return;
    const belowFloor = [...scores]
      .filter(([name, score]) => score.stance.F1 < floors[name]!)
      .map(([name, score]) => `${name}: stance-F1 ${score.stance.F1.toFixed(3)} < floor ${floors[name]}`);
    expect(belowFloor).toEqual([]);
  });
});
