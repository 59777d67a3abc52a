#!/usr/bin/env node
// Prints extracted statements with evidence for dev articles (debugging aid).
// usage: node scripts/show.mjs CODEBOOK.yaml ARTICLES.jsonl [id-substring]
import fs from 'node:fs';
import YAML from 'yaml';
import { compileCodebook, extractStatements } from '../dist/index.js';

const [codebookPath, articlesPath, filter] = process.argv.slice(2);
const compiled = compileCodebook(YAML.parse(fs.readFileSync(codebookPath, 'utf8')));
for (const line of fs.readFileSync(articlesPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const article = JSON.parse(line);
  if (filter && !article.id.includes(filter)) continue;
  console.log(`# ${article.id}`);
  for (const s of extractStatements(compiled, article)) {
    console.log(
      `  ${s.actor} / ${s.topic} / ${s.stance} ${s.confidence} | ${s.evidence.replace(/\s+/g, ' ').slice(0, 160)}`,
    );
  }
}
