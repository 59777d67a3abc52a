import fs from 'node:fs';
import { loadCodebookFile } from '@stance/codebook';
import { compileCodebook } from '/work/wt/carry/packages/stance-engine/dist/index.js';
import { readArticle, readJsonl } from '/work/wt/carry/packages/stance-engine/scripts/gold-set.mjs';
const [cbPath, articlesPath, predPath, lang] = process.argv.slice(2);
const compiled = compileCodebook(await loadCodebookFile(cbPath));
const arts = new Map(readJsonl(articlesPath).map((a) => [a.id, a]));
let n = 0;
for (const { id, statements } of readJsonl(predPath)) {
  const article = arts.get(id); if (!article || !statements.length) continue;
  const { norm, tokens, sentences, mentions } = readArticle(compiled, article);
  for (const p of statements) {
    if (p.confidence < 0.36) continue; // skip proximity
    const i = p.start;
    const s = sentences.find((s) => norm.toOriginal[tokens.start[s.start]] <= i && norm.toOriginal[tokens.end[s.end - 1] - 1] >= i);
    if (!s) continue;
    const a = compiled.actorIds.indexOf(p.actor);
    if (mentions.some((m) => m.actor === a && m.tokStart >= s.start && m.tokStart < s.end)) continue;
    const so = norm.toOriginal[tokens.start[s.start]];
    const prevS = sentences[sentences.indexOf(s) - 1];
    const po = prevS ? norm.toOriginal[tokens.start[prevS.start]] : so;
    console.log(`\n== ${id} ${p.actor} ${p.topic} ${p.stance}`);
    console.log('PREV: ' + article.text.slice(po, so).replace(/\s+/g, ' ').slice(-300));
    console.log('SENT: ' + article.text.slice(so, norm.toOriginal[tokens.end[s.end - 1] - 1] + 1).replace(/\s+/g, ' ').slice(0, 300));
    n++;
  }
}
console.error('carried', n);
