#!/usr/bin/env node
// Loads the default codebook and the sample news into a running system, waits until the
// sample articles' observations are readable, and prints where to look.
// Used by `pnpm start` and by the docker-compose `seed` service.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ingestUrl = process.env.INGEST_URL ?? 'http://127.0.0.1:3001';
const extractionUrl = process.env.EXTRACTION_URL ?? 'http://127.0.0.1:3002';
const aggregationUrl = process.env.AGGREGATION_URL ?? 'http://127.0.0.1:3003';
const codebookFile = process.env.CODEBOOK_FILE ?? path.join(root, 'codebooks/iraq-regional.yaml');
const articlesFile = process.env.SAMPLES_FILE ?? path.join(root, 'samples/articles.jsonl');

let apiKey = process.env.STANCE_API_KEY;

async function call(method, url, body, contentType = 'application/json') {
  const res = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${apiKey}`,
      ...(body === undefined ? {} : { 'content-type': contentType }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status}: ${text.slice(0, 500)}`);
  return json;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function loadSamples({ log = console.log, key = apiKey } = {}) {
  if (!key)
    throw new Error(
      'STANCE_API_KEY is not set: create one with `pnpm stance keys create --name me --scopes admin`',
    );
  apiKey = key;
  const codebookText = await readFile(codebookFile, 'utf8');
  const codebook = await call('POST', `${extractionUrl}/codebooks`, codebookText, 'application/yaml');
  log(
    `codebook ${codebook.name} v${codebook.version} (${codebook.actors} actors, ${codebook.topics} topics)${codebook.created ? '' : ' already loaded'}`,
  );

  const articles = (await readFile(articlesFile, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const accepted = await call('POST', `${ingestUrl}/articles`, { articles });
  const byStatus = {};
  for (const r of accepted.results) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  log(`ingested ${articles.length} sample articles: ${JSON.stringify(byStatus)}`);

  // Wait until every sample article has been through extraction and aggregation.
  const ids = accepted.results.map((r) => r.articleId);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await call('GET', `${aggregationUrl}/articles/status?ids=${ids.join(',')}`);
    if (status.pending === 0) break;
    if (Date.now() > deadline)
      throw new Error(`samples not processed after 120 s: ${status.pending} pending`);
    await sleep(500);
  }
  const seed = accepted.results.find((r) => r.externalId === 'seed-kadhimi-washington');
  const seedObs = await call('GET', `${aggregationUrl}/observations?articleId=${seed.articleId}&limit=50`);
  log(`\nThe seed article's observations (${seedObs.items.length}):`);
  for (const o of seedObs.items) {
    log(`  ${o.actor.padEnd(24)} ${o.stance.padEnd(8)} ${o.topic.padEnd(28)} «${o.evidence.slice(0, 70)}»`);
  }
  log(`\nRead the results (send the key as "Authorization: Bearer <key>"):`);
  log(
    `  curl -H "Authorization: Bearer ${key}" '${aggregationUrl}/observations?articleId=${seed.articleId}'`,
  );
  log(`  curl -H "Authorization: Bearer ${key}" '${aggregationUrl}/positions?actor=kadhimi'`);
  log(`  ${aggregationUrl}/actors   ${aggregationUrl}/topics   ${aggregationUrl}/timeseries?actor=…&topic=…`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  loadSamples().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
