#!/usr/bin/env node
// What a looser reading would give: adds to a prediction file, for every sentence in which a
// tracked actor (not after a preposition, not a modifier) and a topic co-occur and the pair is not
// yet predicted, the side of the nearest polar stance cue at most W tokens before the topic
// mention (W=0: anywhere in the sentence), composed with the topic phrase's frame. The result is
// scored like any prediction file; counts only, so it may run on held-out sets ("Seen in session
// 19" in docs/extraction.md: why the engine does not read this way).
// usage: W=8 node scripts/cooccurrence-probe.mjs SET_DIR PREDICTIONS.jsonl OUT.jsonl [suffix]
import fs from 'node:fs';
import { loadGoldSet, polarCues, readArticle, sentenceCues, sentenceTopics } from './gold-set.mjs';

const [dir, predFile, outFile, suffix = ''] = process.argv.slice(2);
if (!dir || !predFile || !outFile) {
  console.error(
    'usage: W=8 node scripts/cooccurrence-probe.mjs SET_DIR PREDICTIONS.jsonl OUT.jsonl [suffix]',
  );
  process.exit(2);
}
const window = Number(process.env.W ?? 0);
const set = await loadGoldSet(dir, predFile, suffix);
const { compiled, codebook } = set;
const lines = [];
let added = 0;
for (const [id, article] of set.articles) {
  const statements = [...(set.predictions.get(id) ?? [])];
  const predicted = new Set(statements.map((s) => `${s.actor}|${s.topic}`));
  const read = readArticle(compiled, article);
  for (const sentence of read.sentences) {
    const { inSentence, cues } = sentenceCues(read, article, sentence);
    const holders = inSentence.filter((m) => m.actor >= 0 && !m.modifier && !m.afterPreposition);
    const topics = holders.length ? sentenceTopics(set, inSentence) : [];
    if (!topics.length) continue;
    const polar = polarCues(cues, sentence);
    for (const holder of holders)
      for (const { mention, topic, frame } of topics) {
        const actorId = compiled.actorIds[holder.actor];
        const topicId = compiled.topicIds[topic];
        const key = `${actorId}|${topicId}`;
        if (mention === holder || codebook.topics[topic].actor === actorId || predicted.has(key)) continue;
        const reach = polar.filter(
          (c) =>
            !window ||
            (c.at < mention.tokStart &&
              mention.tokStart - c.at <= window &&
              Math.abs(holder.tokStart - c.at) <= window),
        );
        if (!reach.length) continue;
        const nearest = reach.reduce((b, c) =>
          Math.abs(c.at - mention.tokStart) < Math.abs(b.at - mention.tokStart) ? c : b,
        );
        const side = nearest.cue.polarity * (frame === 0 ? 1 : frame);
        predicted.add(key);
        added++;
        statements.push({
          actor: actorId,
          topic: topicId,
          stance: side > 0 ? 'support' : 'oppose',
          confidence: 0.1,
        });
      }
  }
  lines.push(JSON.stringify({ id, statements }));
}
fs.writeFileSync(outFile, lines.join('\n') + '\n');
console.error(`${added} statements added`);
