#!/usr/bin/env node
// Prints statements with surrounding context for manual precision checks (debugging aid).
// usage: node scripts/sample-context.mjs CODEBOOK ARTICLES.jsonl [every-nth]
import fs from 'node:fs';
import YAML from 'yaml';
import { compileCodebook, extractStatements } from '../dist/index.js';

const [codebookPath, articlesPath, nth = '1'] = process.argv.slice(2);
const compiled = compileCodebook(YAML.parse(fs.readFileSync(codebookPath, 'utf8')));
let i = 0;
for (const line of fs.readFileSync(articlesPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line);
  for (const s of extractStatements(compiled, article)) {
    if (i++ % Number(nth) !== 0) continue;
    const ctx = article.text
      .slice(Math.max(0, s.start - 80), Math.min(article.text.length, s.end + 60))
      .replace(/\s+/g, ' ');
    console.log(`${s.actor} / ${s.topic} / ${s.stance}\n    ${ctx}\n`);
  }
}
