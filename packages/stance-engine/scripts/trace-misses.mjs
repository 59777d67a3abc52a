// Which composition step rejected each missed gold statement whose actor and topic share a sentence
// with a polar cue between or before them (gap <= 15), development sets only.
// Needs the debug trace, which is not in the engine: `git apply scripts/gate-trace.patch`, rebuild,
// run, then `git checkout src` (the patch adds src/extract/trace.ts; delete it too). The patch also
// takes STANCE_OFF=O777,G428,O870,speech,complementizer,nounWindow to switch a guard off for measuring.
// usage: node scripts/trace-misses.mjs ../../eval/SET PRED.jsonl   (one JSON line per miss)
// Labels (line numbers of base f78e7c0): holder:other/none = cue linked, emit reached without the
// gold actor among the holders; no-governing-cue:X = governingCueBefore stopped at X
// (analyzer-base.ts); gate:R875 Onnn = objectOfCue returned false at governed-target.ts line nnn
// (O777 directive/action-only/course-only cue, O870 Arabic construct with an unrelated noun, O887
// English plain infinitive, O923 non-target preposition, O927 من after a non-from cue, Owords
// too far); G421+G428 = the cue's holder is the target itself; R835 not a target; R845 declared
// act read instead; R996 ungoverned actor after a preposition; not-a-target = the mention never
// reached readTarget. See gates16-misses.jsonl for the 98 misses of the gates16 round.
import { closestPairInSentence, loadGoldSet, predicts, readArticle, statementMentions } from './gold-set.mjs';
import { extractStatements } from '../dist/index.js';
import { trace } from '../dist/extract/trace.js';

const [dir, predFile] = process.argv.slice(2);
const set = await loadGoldSet(dir, predFile);
const { compiled } = set;
for (const { id, statements } of set.gold) {
  const article = set.articles.get(id);
  const read = readArticle(compiled, article);
  const { norm, tokens, mentions, sentenceOf } = read;
  const predicted = set.predictions.get(id) ?? [];
  for (const st of statements) {
    if (predicts(predicted, st, true)) continue;
    const { actor, topicMentions: tm, actorMentions: am } = statementMentions(set, mentions, st);
    if (!am.length || !tm.length) continue;
    const pair = closestPairInSentence(read, article, am, tm);
    if (!pair) continue;
    const { a, t, sentence: s, polar } = pair;
    const lo = Math.min(a.tokStart, t.tokStart),
      hi = Math.max(a.tokStart, t.tokStart);
    const between = polar.some((i) => i > lo && i < hi),
      before = polar.some((i) => i < lo);
    if (!(between || before) || hi - lo > 15) continue;
    trace.on = true;
    trace.events = [];
    extractStatements(compiled, article);
    trace.on = false;
    const ev = trace.events.filter((e) => e.s === s.start);
    const topic = compiled.topicIds.indexOf(st.topic);
    const tks = new Set(tm.filter((m) => sentenceOf(m) === sentenceOf(a)).map((m) => m.tokStart));
    const mine = ev.filter((e) => tks.has(e.t));
    const pushedA = ev.filter(
      (e) => (e.kind === 'push' || e.kind === 'prox') && e.actor === actor && e.topic === topic,
    );
    let cls,
      detail = '';
    const emits = mine.filter((e) => e.kind === 'emit');
    const withA = emits.filter((e) => e.holders.includes(actor));
    if (pushedA.length) cls = 'pushed-but-dropped-later';
    else if (withA.length) {
      const after = withA.filter((e) => e.label !== 'enter');
      cls = 'emit:' + (after.length ? after[after.length - 1].label : 'memberChain?/topicsOf');
    } else if (emits.length) {
      const hs = [...new Set(emits.filter((e) => e.label === 'enter').flatMap((e) => e.holders))];
      cls = hs.length ? 'holder:other' : 'holder:none';
      detail = hs.map((h) => compiled.actorIds[h]).join(',');
    } else {
      const gates = mine.filter((e) => e.kind === 'gate' || e.kind === 'veto' || e.kind === 'ret');
      const cue = mine.find((e) => e.kind === 'cue');
      if (!cue) cls = 'not-a-target';
      else if (gates.length)
        cls =
          'gate:' +
          [...new Set(gates.map((g) => g.label))].join('+') +
          ' ' +
          [...new Set(mine.filter((e) => e.kind === 'ooc').map((e) => e.label))].join('+');
      else cls = cue.label === 'none' ? 'no-governing-cue' : 'cue-found-no-emit';
      if (cue && cue.label !== 'none') detail = 'cue=' + tokens.text[+cue.label];
      if (cls === 'no-governing-cue') {
        const g = mine.find((e) => e.kind === 'gcb');
        if (g) {
          const [l, j] = g.label.split('@');
          cls += ':' + l;
          detail = +j >= 0 ? 'at=' + tokens.text[+j] : '';
        }
      }
    }
    const np = ev.find((e) => e.kind === 'noprox');
    const prox = np ? np.label : ev.some((e) => e.kind === 'prox') ? 'prox-ran' : 'prox-ran-empty';
    const text = article.text
      .slice(norm.toOriginal[tokens.start[s.start]], norm.toOriginal[tokens.end[s.end - 1]])
      .replace(/\s+/g, ' ')
      .slice(0, 300);
    console.log(
      JSON.stringify({
        set: dir.split('/').pop(),
        id,
        actor: st.actor,
        topic: st.topic,
        stance: st.stance,
        cls,
        detail,
        prox,
        aTok: a.tokStart - s.start,
        tTok: t.tokStart - s.start,
        text,
      }),
    );
  }
}
