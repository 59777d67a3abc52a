#!/usr/bin/env node
// Runs the built extractor over the shared dev sets and scores it with the shared scorer.
// usage: node scripts/eval-dev.mjs [--verbose] [--out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { compileCodebook, extractStatements } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const devDir = process.env.STANCE_DEV_DIR ?? path.resolve(here, '../../../../shared/eval/dev');
const scorer = path.resolve(devDir, '../score.mjs');
const args = process.argv.slice(2);
const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : fs.mkdtempSync('/tmp/stance-dev-');
const verbose = args.includes('--verbose');
fs.mkdirSync(outDir, { recursive: true });

const sets = [
  { name: 'iraq', codebook: 'codebook.yaml', articles: 'articles.jsonl', gold: 'gold.jsonl' },
  {
    name: 'regional',
    codebook: 'codebook-regional.yaml',
    articles: 'articles-regional.jsonl',
    gold: 'gold-regional.jsonl',
  },
];

for (const set of sets) {
  const codebook = YAML.parse(fs.readFileSync(path.join(devDir, set.codebook), 'utf8'));
  const compiled = compileCodebook(codebook);
  const lines = fs
    .readFileSync(path.join(devDir, set.articles), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const out = [];
  for (const line of lines) {
    const article = JSON.parse(line);
    const statements = extractStatements(compiled, article);
    out.push(JSON.stringify({ id: article.id, statements }));
  }
  const predPath = path.join(outDir, `pred-${set.name}.jsonl`);
  fs.writeFileSync(predPath, out.join('\n') + '\n');
  console.log(`== ${set.name} (${predPath})`);
  const scoreArgs = [scorer, '--gold', path.join(devDir, set.gold), '--pred', predPath];
  if (verbose) scoreArgs.push('--verbose');
  process.stdout.write(execFileSync('node', scoreArgs, { encoding: 'utf8' }));
}
