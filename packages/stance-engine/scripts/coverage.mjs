#!/usr/bin/env node
// Aggregate counts only (no text printed, so it may run on held-out sets): of a set's gold
// statements, how many have their actor and their topic (or target actor) found by the engine's
// mention finder anywhere in the article and in one sentence, and how many of those the
// predictions got. Tells mention finding apart from sentence reading as the cause of misses.
// usage: node scripts/coverage.mjs SET_DIR [PREDICTIONS.jsonl]   (SET_DIR holds codebook.yaml,
// articles.jsonl and gold.jsonl, e.g. ../../eval/fresh-mix)
import { loadGoldSet, predicts, readArticle, statementMentions } from './gold-set.mjs';

const [dir, predFile] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/coverage.mjs SET_DIR [PREDICTIONS.jsonl]');
  process.exit(2);
}
const set = await loadGoldSet(dir, predFile);
const counts = { gold: 0, actorNamed: 0, topicNamed: 0, inOneSentence: 0, found: 0, foundInOneSentence: 0 };
for (const { id, statements } of set.gold) {
  const { mentions, sentenceOf } = readArticle(set.compiled, set.articles.get(id));
  const predicted = set.predictions.get(id) ?? [];
  for (const st of statements) {
    counts.gold++;
    const { actorMentions, topicMentions } = statementMentions(set, mentions, st);
    if (actorMentions.length > 0) counts.actorNamed++;
    if (topicMentions.length > 0) counts.topicNamed++;
    const together = actorMentions.some((a) =>
      topicMentions.some((t) => t !== a && sentenceOf(a) === sentenceOf(t)),
    );
    const found = predicts(predicted, st);
    if (together) counts.inOneSentence++;
    if (found) counts.found++;
    if (together && found) counts.foundInOneSentence++;
  }
}
console.log(JSON.stringify(counts));
