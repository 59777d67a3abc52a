// Throughput of the per-item ingest steps on corpus articles (never holdout/): feed parsing,
// article extraction, language detection, content hashing, URL canonicalisation.
// Usage: node bench/parsing.bench.mjs [--corpus DIR]   (build first)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { canonicalizeUrl, contentHash, detectLanguage, extractArticle, parseFeed } from '../dist/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const at = process.argv.indexOf('--corpus');
const corpusDir = path.resolve(at >= 0 ? process.argv[at + 1] : path.join(here, '../../../../shared/corpus'));
const articles = ['news-ar.jsonl', 'news-en.jsonl'].flatMap((file) =>
  readFileSync(path.join(corpusDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line)),
);
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Runs `work` over `items` repeatedly for about a second and returns items per second. */
function measure(items, work) {
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) {
    for (const item of items) work(item);
    done += items.length;
  }
  return done / ((performance.now() - started) / 1000);
}

const sample = articles.filter((_, i) => i % 20 === 0).slice(0, 200);
const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>bench</title>${sample
  .map(
    (a, i) =>
      `<item><title>${escapeXml(a.title)}</title><link>https://news.example/${i}?utm_source=rss</link><guid>${escapeXml(a.id)}</guid>` +
      `<pubDate>${new Date(a.published_at ?? Date.now()).toUTCString()}</pubDate><description>${escapeXml(`<p>${a.text.slice(0, 400)}</p>`)}</description></item>`,
  )
  .join('')}</channel></rss>`;
const feedsPerSecond = measure([rss], (xml) => parseFeed(xml));
console.log(
  `parseFeed: ${(feedsPerSecond * sample.length).toFixed(0)} items/s (RSS of ${sample.length} items, ${(rss.length / 1024).toFixed(0)} KiB)`,
);

const pages = sample.slice(0, 50).map(
  (a) =>
    `<!doctype html><html lang="${a.lang}"><head><title>${escapeXml(a.title)}</title><link rel="canonical" href="https://news.example/a"></head>` +
    `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${escapeXml(a.title)}</h1>` +
    a.text
      .split('\n')
      .map((p) => `<p>${escapeXml(p)}</p>`)
      .join('') +
    `</article><footer>© news.example</footer></body></html>`,
);
console.log(`extractArticle: ${measure(pages, (html) => extractArticle(html)).toFixed(0)} pages/s`);
console.log(`detectLanguage: ${measure(sample, (a) => detectLanguage(a.text)).toFixed(0)} texts/s`);
console.log(`contentHash: ${measure(sample, (a) => contentHash(a.text)).toFixed(0)} texts/s`);
const urls = articles
  .filter((a) => a.url)
  .slice(0, 200)
  .map((a) => a.url);
console.log(`canonicalizeUrl: ${measure(urls, (u) => canonicalizeUrl(u)).toFixed(0)} urls/s`);
