#!/usr/bin/env node
// Statements one prediction file has and the other lacks, over corpus articles that are in no
// eval set: how a rule round is checked ("Error analysis" in docs/extraction.md). Run the CLI
// over ../shared/corpus/news-*.jsonl with the old and the new build, then
// usage: node scripts/corpus-diff.mjs OLD.jsonl NEW.jsonl   (prints "- id actor|topic|stance :: evidence", "+ …")
import fs from 'node:fs';
import { excludedIds } from '../../../eval/selection.mjs';

const [oldFile, newFile] = process.argv.slice(2);
if (!oldFile || !newFile) {
  console.error('usage: node scripts/corpus-diff.mjs OLD.jsonl NEW.jsonl');
  process.exit(2);
}
const evalIds = excludedIds(undefined);
const read = (file) =>
  new Map(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .filter((p) => !evalIds.has(p.id))
      .map((p) => [p.id, p.statements]),
  );
const key = (s) => `${s.actor}|${s.topic}|${s.stance}`;
const before = read(oldFile);
const after = read(newFile);
let removed = 0;
let added = 0;
for (const id of new Set([...before.keys(), ...after.keys()])) {
  const a = before.get(id) ?? [];
  const b = after.get(id) ?? [];
  const inA = new Set(a.map(key));
  const inB = new Set(b.map(key));
  for (const s of a.filter((x) => !inB.has(key(x)))) {
    removed++;
    console.log(`- ${id} ${key(s)} :: ${s.evidence}`);
  }
  for (const s of b.filter((x) => !inA.has(key(x)))) {
    added++;
    console.log(`+ ${id} ${key(s)} :: ${s.evidence}`);
  }
}
console.log(`# removed ${removed} added ${added}`);
