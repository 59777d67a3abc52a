// Regression floors on the shared dev sets and on the in-repo tuning set (eval/tune): micro
// stance-F1 over (article, actor, topic, stance) triples, computed exactly as
// ../shared/eval/score.mjs does. Floors, not targets: raise them when quality improves.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Codebook } from '@stance/codebook';
import { compileCodebook, extractStatements } from '../src/index.js';

const DEV_DIR = path.resolve(process.cwd(), '../../../shared/eval/dev');
/** 36 articles (24 ar, 12 en) coded after the rules were written: the generality check. */
const TUNE_DIR = path.resolve(process.cwd(), '../../eval/tune');

interface Score {
  P: number;
  R: number;
  F1: number;
}

function readJsonl(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function microF1(gold: Map<string, Set<string>>, pred: Map<string, Set<string>>): Score {
  let tp = 0;
  let nGold = 0;
  let nPred = 0;
  for (const [id, g] of gold) {
    const p = pred.get(id) ?? new Set<string>();
    for (const t of p) if (g.has(t)) tp++;
    nGold += g.size;
    nPred += p.size;
  }
  const P = nPred ? tp / nPred : 0;
  const R = nGold ? tp / nGold : 0;
  return { P, R, F1: P + R ? (2 * P * R) / (P + R) : 0 };
}

function scoreSet(codebookFile: string, articlesFile: string, goldFile: string, dir = DEV_DIR): Score {
  const compiled = compileCodebook(
    YAML.parse(fs.readFileSync(path.join(dir, codebookFile), 'utf8')) as Codebook,
  );
  const gold = new Map<string, Set<string>>();
  for (const row of readJsonl(path.join(dir, goldFile))) {
    const statements = row.statements as { actor: string; topic: string; stance: string }[];
    gold.set(row.id as string, new Set(statements.map((s) => `${s.actor}\t${s.topic}\t${s.stance}`)));
  }
  const pred = new Map<string, Set<string>>();
  for (const row of readJsonl(path.join(dir, articlesFile))) {
    const statements = extractStatements(compiled, row as never);
    pred.set(row.id as string, new Set(statements.map((s) => `${s.actor}\t${s.topic}\t${s.stance}`)));
  }
  return microF1(gold, pred);
}

describe('dev-set regression floor', () => {
  it('finds the shared dev sets', () => {
    expect(fs.existsSync(path.join(DEV_DIR, 'gold.jsonl'))).toBe(true);
  });

  it('Iraq seed article (dev-iraq-2021): stance-F1 >= 0.90', () => {
    const s = scoreSet('codebook.yaml', 'articles.jsonl', 'gold.jsonl');
    expect(s.F1).toBeGreaterThanOrEqual(0.9);
  });

  // Precision 0.90 → 0.87 when ministers named in person began to speak for their government
  // too (the analyst guideline and eval/tune code both; this set's gold codes the person only).
  it('regional set (dev-regional-2018, 18 articles): stance-F1 >= 0.72, precision >= 0.86', () => {
    const s = scoreSet('codebook-regional.yaml', 'articles-regional.jsonl', 'gold-regional.jsonl');
    expect(s.F1).toBeGreaterThanOrEqual(0.72);
    expect(s.P).toBeGreaterThanOrEqual(0.86);
  });
});

describe('tuning-set regression floor', () => {
  // Recall on articles the rules were not written for is far below the dev sets' (0.16 against
  // 0.58 when this set was made, 0.36 after the rules for deeds of force, reactions to acts and
  // accusations): alliances (mutual support), officials named by title, English battle reports
  // and anaphora remain. Work on those as general rules; see eval/tune/README.md.
  it('tuning set (eval/tune, 36 articles): stance-F1 >= 0.47', () => {
    const s = scoreSet('codebook.yaml', 'articles.jsonl', 'gold.jsonl', TUNE_DIR);
    console.log(`eval/tune: stance-F1 ${s.F1.toFixed(3)} P ${s.P.toFixed(3)} R ${s.R.toFixed(3)}`);
    expect(s.F1).toBeGreaterThanOrEqual(0.47);
  });
});
