#!/usr/bin/env node
// Aggregate counts only (no text printed, so it may run on held-out sets): of a set's gold
// statements, how many have their actor and their topic (or target actor) found by the engine's
// mention finder anywhere in the article and in one sentence, and how many of those the
// predictions got. Tells mention finding apart from sentence reading as the cause of misses.
// usage: node scripts/coverage.mjs SET_DIR [PREDICTIONS.jsonl]   (SET_DIR holds codebook.yaml,
// articles.jsonl and gold.jsonl, e.g. ../../eval/fresh-mix)
import fs from 'node:fs';
import path from 'node:path';
import { loadCodebookFile } from '@stance/codebook';
import { compileCodebook } from '../dist/index.js';
import { normalizeText } from '../dist/text/normalize.js';
import { tokenize } from '../dist/text/tokens.js';
import { splitSentences } from '../dist/text/segment.js';
import { findMentions } from '../dist/extract/mentions.js';

const [dir, predFile] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/coverage.mjs SET_DIR [PREDICTIONS.jsonl]');
  process.exit(2);
}
const readJsonl = (file) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const codebook = await loadCodebookFile(path.join(dir, 'codebook.yaml'));
const compiled = compileCodebook(codebook);
const articles = new Map(readJsonl(path.join(dir, 'articles.jsonl')).map((a) => [a.id, a]));
const predictions = new Map(predFile ? readJsonl(predFile).map((p) => [p.id, p.statements]) : []);
const counts = { gold: 0, actorNamed: 0, topicNamed: 0, inOneSentence: 0, found: 0, foundInOneSentence: 0 };
for (const { id, statements } of readJsonl(path.join(dir, 'gold.jsonl'))) {
  const article = articles.get(id);
  const norm = normalizeText(article.text);
  const tokens = tokenize(norm.text);
  const sentences = splitSentences(tokens);
  const { mentions } = findMentions(
    compiled,
    article.text,
    norm,
    tokens,
    article.lang,
    article.published_at?.slice(0, 10), // the engine's article date: YYYY-MM-DD
  );
  const sentenceOf = (m) => sentences.findIndex((s) => m.tokStart >= s.start && m.tokStart < s.end);
  const predicted = predictions.get(id) ?? [];
  for (const st of statements) {
    counts.gold++;
    const actor = compiled.actorIds.indexOf(st.actor);
    const topic = compiled.topicIds.indexOf(st.topic);
    const target = codebook.topics[topic]?.actor;
    const targetActor = target ? compiled.actorIds.indexOf(target) : -1;
    const actorMentions = mentions.filter((m) => m.actor === actor);
    const topicMentions = mentions.filter(
      (m) => m.topic === topic || (targetActor >= 0 && m.actor === targetActor),
    );
    if (actorMentions.length > 0) counts.actorNamed++;
    if (topicMentions.length > 0) counts.topicNamed++;
    const together = actorMentions.some((a) =>
      topicMentions.some((t) => t !== a && sentenceOf(a) === sentenceOf(t)),
    );
    const found = predicted.some(
      (p) => p.actor === st.actor && p.topic === st.topic && p.stance === st.stance,
    );
    if (together) counts.inOneSentence++;
    if (found) counts.found++;
    if (together && found) counts.foundInOneSentence++;
  }
}
console.log(JSON.stringify(counts));
