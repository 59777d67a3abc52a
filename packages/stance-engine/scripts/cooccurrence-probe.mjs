#!/usr/bin/env node
// What a looser reading would give: adds to a prediction file, for every sentence in which a
// tracked actor (not after a preposition, not a modifier) and a topic co-occur and the pair is not
// yet predicted, the side of the nearest polar stance cue at most W tokens before the topic
// mention (W=0: anywhere in the sentence), composed with the topic phrase's frame. The result is
// scored like any prediction file; counts only, so it may run on held-out sets ("Seen in session
// 19" in docs/extraction.md: why the engine does not read this way).
// usage: W=8 node scripts/cooccurrence-probe.mjs SET_DIR PREDICTIONS.jsonl OUT.jsonl [suffix]
import fs from 'node:fs';
import { loadGoldSet, looseReadings, readArticle } from './gold-set.mjs';

const [dir, predFile, outFile, suffix = ''] = process.argv.slice(2);
if (!dir || !predFile || !outFile) {
  console.error(
    'usage: W=8 node scripts/cooccurrence-probe.mjs SET_DIR PREDICTIONS.jsonl OUT.jsonl [suffix]',
  );
  process.exit(2);
}
const window = Number(process.env.W ?? 0);
const set = await loadGoldSet(dir, predFile, suffix);
const { compiled } = set;
const lines = [];
let added = 0;
for (const [id, article] of set.articles) {
  const statements = [...(set.predictions.get(id) ?? [])];
  const predicted = new Set(statements.map((s) => `${s.actor}|${s.topic}`));
  const read = readArticle(compiled, article);
  for (const sentence of read.sentences)
    for (const r of looseReadings(set, read, article, sentence, predicted, window).readings) {
      added++;
      statements.push({ actor: r.actorId, topic: r.topicId, stance: r.side, confidence: 0.1 });
    }
  lines.push(JSON.stringify({ id, statements }));
}
fs.writeFileSync(outFile, lines.join('\n') + '\n');
console.error(`${added} statements added`);
