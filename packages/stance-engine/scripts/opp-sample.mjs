#!/usr/bin/env node
// Seeded sample of English corpus sentences (eval-set articles left out) naming two different tracked
// actors with a hostile cue, where the base output has no oppose statement between them (either way).
// usage: node scripts/opp-sample.mjs BASEDIR SEED [N=80]
import { excludedIds } from '../../../eval/selection.mjs';
import { loadCodebookFile } from '@stance/codebook';
import { compileCodebook } from '../dist/index.js';
import { readArticle, readJsonl } from './gold-set.mjs';
import { annotateCues } from '../dist/extract/cues.js';
const CUE = process.argv.includes('--cue');

const [base, seedArg, nArg = '80'] = process.argv.slice(2);
const repo = new URL('../../../', import.meta.url).pathname;
const CODEBOOKS = [
  ['fen', repo + 'eval/fresh-en/codebook.yaml'],
  ['tune', repo + 'eval/tune/codebook.yaml'],
  ['iraq', repo + 'codebooks/iraq-regional.yaml'],
];
const HOSTILE =
  /\b(attack|strike|struck|shell|bomb|air ?raid|raid|accus|blam|condemn|denounc|sanction|fight|fought|clash|threat|demand|kill|assault|offensive|target|retaliat|war\b|warn|invad|invasion|besieg|siege|ambush|hit\b|fire[sd]? (?:on|at)|opposi|oppose|against|crackdown|crush|battl|pound|drove|expel|hostil|aggress|punish|veto|reject|boycott|isolat|arrest|detain|execut)/i;
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const evalIds = excludedIds(undefined);
const articles = readJsonl('/work/shared/corpus/news-en.jsonl').filter(
  (a) => !evalIds.has(a.id) && a.lang === 'en',
);
const pool = [];
const seen = new Set();
for (const [cbName, path] of CODEBOOKS) {
  const codebook = await loadCodebookFile(path);
  const compiled = compileCodebook(codebook);
  const targetOf = new Map(codebook.topics.filter((t) => t.actor).map((t) => [t.actor, t.id]));
  const basePred = new Map(readJsonl(`${base}/${cbName}-en.jsonl`).map((p) => [p.id, p.statements]));
  for (const article of articles) {
    const { norm, tokens, sentences, mentions, sentenceOf } = readArticle(compiled, article);
    const preds = basePred.get(article.id) ?? [];
    const opp = new Set(preds.filter((s) => s.stance === 'oppose').map((s) => `${s.actor}|${s.topic}`));
    const bySentence = new Map();
    for (const m of mentions) {
      if (m.actor < 0) continue;
      const k = sentenceOf(m);
      if (!bySentence.has(k)) bySentence.set(k, []);
      bySentence.get(k).push(m);
    }
    for (const [k, ms] of bySentence) {
      const actors = [...new Set(ms.map((m) => compiled.actorIds[m.actor]))];
      if (actors.length < 2) continue;
      const s = sentences[k];
      const a0 = norm.toOriginal[tokens.start[s.start]];
      const a1 = norm.toOriginal[tokens.end[s.end - 1] - 1] + 1;
      const text = article.text.slice(a0, a1).replace(/\s+/g, ' ');
      if (!HOSTILE.test(text)) continue;
      let cueWords = [];
      if (CUE) {
        const inS = mentions.filter((m) => m.tokStart >= s.start && m.tokStart < s.end);
        const mentionAt = new Int32Array(s.end - s.start).fill(-1);
        inS.forEach((m, i) => {
          for (let q = m.tokStart; q < m.tokEnd && q < s.end; q++) mentionAt[q - s.start] = i;
        });
        const { cues } = annotateCues(
          tokens,
          s.start,
          s.end,
          article.lang,
          mentionAt,
          article.text,
          norm.toOriginal,
        );
        cueWords = cues
          .map((c, i) => (c?.cue.kind === 'stance' && c.cue.polarity < 0 ? tokens.text[i + s.start] : null))
          .filter(Boolean);
        if (!cueWords.length) continue;
      }
      const pairs = [];
      for (const a of actors)
        for (const b of actors) {
          if (a === b || !targetOf.has(b)) continue;
          if (opp.has(`${a}|${targetOf.get(b)}`) || opp.has(`${b}|${targetOf.get(a)}`)) continue;
          pairs.push(`${a}>${b}`);
        }
      if (!pairs.length) continue;
      const key = article.id + '@' + a0;
      if (seen.has(key)) continue;
      seen.add(key);
      pool.push({ cb: cbName, id: article.id, at: a0, pairs, cues: cueWords, text });
    }
  }
}
const rand = mulberry32(Number(seedArg));
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
console.error('pool', pool.length);
pool.slice(0, Number(nArg)).forEach((r, n) => console.log(JSON.stringify({ n: n + 1, ...r })));
