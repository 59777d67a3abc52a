#!/usr/bin/env node
// Near-variants of codebook topic phrases in a corpus that the matcher does not find: for each
// multi-word topic phrase, a loose pattern (each word in any inflection / with clitics, and at
// most one extra word between two of its words) is run over the folded corpus text, and each
// hit is classed by whether the engine's own mention finder has that topic there.
// usage: node scripts/phrase-variants.mjs CORPUS.jsonl LANG CODEBOOK.yaml... [--samples N]
import fs from 'node:fs';
import { loadCodebookFile } from '@stance/codebook';
import { compileCodebook, foldString } from '../dist/index.js';
import { normalizeText } from '../dist/text/normalize.js';
import { tokenize } from '../dist/text/tokens.js';
import { findMentions } from '../dist/extract/mentions.js';

const args = process.argv.slice(2);
const si = args.indexOf('--samples');
const samples = si >= 0 ? Number(args[si + 1]) : 3;
const [corpus, lang, ...books] = si >= 0 ? args.slice(0, si) : args;
const articles = fs
  .readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((a) => (a.lang ?? lang) === lang);

const AR_SUFFIX = /(يات|يين|يون|تين|تان|ات|ون|ين|ان|يه|ه|ي)$/;
function arCore(w) {
  let c = w.replace(/^(ال)/, '');
  const m = AR_SUFFIX.exec(c);
  if (m && c.length - m[0].length >= 3) c = c.slice(0, -m[0].length);
  return c;
}
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function looseWord(w) {
  if (lang === 'ar') {
    if (w.length <= 2) return `(?:[وفبلك])?${esc(w)}`; // prepositions
    return `(?:[وفبلك]|وب|ول|فب|فل)?(?:ال|لل)?${esc(arCore(w))}(?:يات|يين|يون|تين|تان|ات|ون|ين|ان|يه|ه|ي)?(?:هما|هم|هن|ها|ه)?`;
  }
  const core = w.replace(/(ies|es|s|y|ed|ing)$/, '');
  return `${esc(core.length >= 3 ? core : w)}[a-z]{0,4}(?:'s)?`;
}
const B = lang === 'ar' ? '[\\u0621-\\u064a]' : '[a-z0-9]';
function looseRegex(words) {
  const parts = words.map(looseWord);
  return new RegExp(`(?<!${B})${parts.join(`(?:[ -]+(${B}+))?[ -]+`)}(?!${B})`, 'g');
}

const out = { exact: 0, inflected: 0, inserted: 0, both: 0 };
const byPhrase = [];
for (const file of books) {
  const cb = await loadCodebookFile(file);
  const compiled = compileCodebook(cb);
  const cache = new Map();
  const mentionsOf = (a) => {
    if (!cache.has(a.id)) {
      const norm = normalizeText(a.text);
      const tokens = tokenize(norm.text);
      const { mentions } = findMentions(compiled, a.text, norm, tokens, lang, a.published_at?.slice(0, 10));
      cache.set(a.id, { norm, mentions });
    }
    return cache.get(a.id);
  };
  const folded = articles.map((a) => normalizeText(a.text).text);
  cb.topics.forEach((topic, t) => {
    for (const phrases of [topic.pro?.[lang] ?? [], topic.anti?.[lang] ?? []])
      for (const phrase of phrases) {
        const words = foldString(phrase).toLowerCase().split(' ');
        if (words.length < 2) continue;
        const re = looseRegex(words);
        const key =
          lang === 'ar'
            ? arCore(words.reduce((a, b) => (arCore(b).length > arCore(a).length ? b : a)))
            : words[0].slice(0, 3);
        const rec = { file, topic: topic.id, phrase, exact: 0, missed: [] };
        folded.forEach((text, i) => {
          if (!text.includes(key)) return;
          for (const m of text.matchAll(re)) {
            const { mentions } = mentionsOf(articles[i]);
            const s = m.index,
              e = s + m[0].length;
            const found = mentions.some((x) => x.topic === t && x.start < e && x.end > s);
            if (found) {
              rec.exact++;
              out.exact++;
              continue;
            }
            // A pattern of this topic inside the hit: found by the matcher, dropped by a later filter.
            let has = false;
            compiled.automaton.scan(m[0], (pat) => {
              if (compiled.entries[pat].some((x) => x.kind === 'topic' && x.topic === t)) has = true;
            });
            if (has) {
              out.filtered = (out.filtered ?? 0) + 1;
              continue;
            }
            const inserted = m.slice(1).some((g) => g !== undefined);
            const kind = inserted ? 'inserted' : 'inflected';
            out[kind]++;
            rec.missed.push({
              kind,
              id: articles[i].id,
              text: text.slice(Math.max(0, s - 60), e + 60).replace(/\s+/g, ' '),
              hit: m[0],
            });
          }
        });
        byPhrase.push(rec);
      }
  });
}
console.log(JSON.stringify(out));
for (const r of byPhrase.filter((r) => r.missed.length).sort((a, b) => b.missed.length - a.missed.length)) {
  console.log(
    `\n## ${r.topic} «${r.phrase}» found ${r.exact}, loose-only ${r.missed.length} (ins ${r.missed.filter((m) => m.kind === 'inserted').length})`,
  );
  const seen = new Set();
  for (const m of r.missed) {
    if (seen.has(m.hit) || seen.size >= samples) continue;
    seen.add(m.hit);
    console.log(`  [${m.kind}] ${m.hit}  ::  …${m.text}…`);
  }
}
