#!/usr/bin/env node
// Aggregate counts only (no text printed, so it may run on held-out sets): why the gold
// statements a prediction file misses were missed, by what the engine's own mention finder and
// cue lexicon see in the sentence holding actor and topic. With --list (development sets only)
// it prints each missed statement's sentence with its category.
// usage: node scripts/miss-profile.mjs SET_DIR PREDICTIONS.jsonl [--list]
import { loadGoldSet, predicts, readArticle, statementMentions } from './gold-set.mjs';
import { annotateCues } from '../dist/extract/cues.js';

const [dir, predFile, flag] = process.argv.slice(2);
const list = flag === '--list';
const set = await loadGoldSet(dir, predFile);
const { compiled } = set;
const counts = {};
const bump = (k) => (counts[k] = (counts[k] ?? 0) + 1);
for (const { id, statements } of set.gold) {
  const article = set.articles.get(id);
  const lang = article.lang;
  const { norm, tokens, sentences, mentions, sentenceOf } = readArticle(compiled, article);
  const predicted = set.predictions.get(id) ?? [];
  for (const st of statements) {
    const { actor, targetActor, actorMentions: am, topicMentions: tm } = statementMentions(set, mentions, st);
    const tag = [lang, st.stance, targetActor >= 0 ? 'actorTopic' : 'issue'];
    if (predicts(predicted, st)) {
      bump(`${lang} found`);
      continue;
    }
    let cat;
    let sent;
    if (predicts(predicted, st, true)) cat = 'wrongStance';
    else if (!am.length) cat = 'actorNotFound';
    else if (!tm.length) cat = 'topicNotFound';
    else {
      const pairs = [];
      for (const a of am)
        for (const t of tm) if (a !== t && sentenceOf(a) === sentenceOf(t)) pairs.push([a, t]);
      if (!pairs.length) cat = 'notInOneSentence';
      else {
        // The closest pair is the one a reader would link.
        pairs.sort(
          (x, y) => Math.abs(x[0].tokStart - x[1].tokStart) - Math.abs(y[0].tokStart - y[1].tokStart),
        );
        const [a, t] = pairs[0];
        const s = sentences[sentenceOf(a)];
        sent = s;
        const inS = mentions.filter((m) => m.tokStart >= s.start && m.tokStart < s.end);
        const mentionAt = new Int32Array(s.end - s.start).fill(-1);
        inS.forEach((m, i) => {
          for (let k = m.tokStart; k < m.tokEnd && k < s.end; k++) mentionAt[k - s.start] = i;
        });
        const { cues } = annotateCues(tokens, s.start, s.end, lang, mentionAt, article.text, norm.toOriginal);
        const polar = cues
          .map((c, i) => (c?.cue.kind === 'stance' && c.cue.polarity !== 0 ? i + s.start : -1))
          .filter((i) => i >= 0);
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
for (const k of Object.keys(counts).sort()) console.log(String(counts[k]).padStart(4), k);
