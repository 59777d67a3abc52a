#!/usr/bin/env node
// Aggregate counts only (no text printed, so it may run on held-out sets): why the gold
// statements a prediction file misses were missed, by what the engine's own mention finder and
// cue lexicon see in the sentence holding actor and topic. With --list (development sets only)
// it prints each missed statement's sentence with its category. With --by-evidence it counts the
// misses by where the actor and the topic are found: inside the gold evidence span, only
// elsewhere in the article, or nowhere (a holder named outside the evidence is a discourse miss;
// both inside it, a construction the rules do not read).
// usage: node scripts/miss-profile.mjs SET_DIR PREDICTIONS.jsonl [--list | --by-evidence]
import { closestPairInSentence, loadGoldSet, predicts, readArticle, statementMentions } from './gold-set.mjs';

const [dir, predFile, flag] = process.argv.slice(2);
const list = flag === '--list';
const byEvidence = flag === '--by-evidence';
const set = await loadGoldSet(dir, predFile);
const { compiled } = set;
const counts = {};
const bump = (k) => (counts[k] = (counts[k] ?? 0) + 1);
for (const { id, statements } of set.gold) {
  const article = set.articles.get(id);
  const lang = article.lang;
  const read = readArticle(compiled, article);
  const { norm, tokens, mentions } = read;
  const predicted = set.predictions.get(id) ?? [];
  for (const st of statements) {
    const { actor, targetActor, actorMentions: am, topicMentions: tm } = statementMentions(set, mentions, st);
    const tag = [lang, st.stance, targetActor >= 0 ? 'actorTopic' : 'issue'];
    if (predicts(predicted, st)) {
      bump(`${lang} found`);
      continue;
    }
    if (byEvidence) {
      bump(`${lang} miss ${evidenceClass(article, norm, st, am, tm, predicted)}`);
      continue;
    }
    let cat;
    let sent;
    if (predicts(predicted, st, true)) cat = 'wrongStance';
    else if (!am.length) cat = 'actorNotFound';
    else if (!tm.length) cat = 'topicNotFound';
    else {
      const pair = closestPairInSentence(read, article, am, tm);
      if (!pair) cat = 'notInOneSentence';
      else {
        const { a, t, inSentence: inS, polar } = pair;
        sent = pair.sentence;
        const order = a.tokStart < t.tokStart ? 'actorFirst' : 'topicFirst';
        const lo = Math.min(a.tokStart, t.tokStart),
          hi = Math.max(a.tokStart, t.tokStart);
        const between = polar.filter((i) => i > lo && i < hi).length;
        const before = polar.filter((i) => i < lo).length;
        const gap = hi - lo;
        const others = inS.filter(
          (m) =>
            m.actor >= 0 &&
            m.actor !== actor &&
            m.actor !== targetActor &&
            m.tokStart > lo &&
            m.tokStart < hi,
        ).length;
        cat = `oneSentence ${order} cue:${polar.length ? (between ? 'between' : before ? 'before' : 'after') : 'none'} gap:${gap <= 6 ? '<=6' : gap <= 15 ? '<=15' : '>15'}${others ? ' otherActorBetween' : ''}`;
      }
    }
    bump(`${lang} MISS ${cat.split(' ')[0]}`);
    if (cat.startsWith('oneSentence')) bump(`${lang} ${cat}`);
    bump(`${lang} miss ${tag.slice(1).join(' ')}`);
    if (list) {
      console.log(`\n[${cat}] ${id} ${st.actor} -> ${st.topic} ${st.stance}`);
      if (sent)
        console.log(
          '   ' +
            article.text
              .slice(norm.toOriginal[tokens.start[sent.start]], norm.toOriginal[tokens.end[sent.end - 1]])
              .replace(/\s+/g, ' ')
              .slice(0, 400),
        );
      else if (st.evidence) console.log('   ev: ' + String(st.evidence).slice(0, 300));
    }
  }
}
/** Where actor and topic were found relative to the gold evidence (`ev`, `article`, `none`). */
function evidenceClass(article, norm, st, actorMentions, topicMentions, predicted) {
  if (predicts(predicted, st, true)) return 'wrongStance';
  const start = st.evidence ? article.text.indexOf(st.evidence) : -1;
  if (start < 0) return 'evidenceNotInText';
  const end = start + st.evidence.length;
  const where = (ms) =>
    ms.length === 0
      ? 'none'
      : ms.some((m) => norm.toOriginal[m.start] >= start && norm.toOriginal[m.start] < end)
        ? 'ev'
        : 'article';
  return `actor:${where(actorMentions)} topic:${where(topicMentions)}`;
}

for (const k of Object.keys(counts).sort()) console.log(String(counts[k]).padStart(4), k);
