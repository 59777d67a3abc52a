// Compares insertObservations (unnest) with createMany on a fresh database.
// Run: pnpm --filter @stance/db build && node packages/db/bench/insert-observations.bench.mjs [rows]
// Uses ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres) to create a throwaway database.
import { randomUUID } from 'node:crypto';
import { createPrismaClient, insertObservations } from '../dist/index.js';
import { createTestDatabase } from '../dist/testing.js';

const rowCount = Number(process.argv[2] ?? 50_000);
const batchSize = 5_000;
const stances = ['support', 'oppose', 'neutral'];

function makeRows(articleIds, codebookId, count) {
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    rows.push({
      articleId: articleIds[i % articleIds.length],
      codebookId,
      actorKey: `actor-${i % 97}`,
      topicKey: `topic-${Math.floor(i / articleIds.length) % 1000}`,
      stance: stances[i % 3],
      confidence: 0.5 + (i % 50) / 100,
      evidence: `evidence sentence number ${i}, long enough to look like a real clause from an article`,
      evidenceStart: i % 4000,
      evidenceEnd: (i % 4000) + 90,
      extractorVersion: 'bench-1',
      observedAt: new Date(Date.UTC(2024, 0, 1) + (i % 365) * 86_400_000),
    });
  }
  return rows;
}

async function timeBatches(label, rows, insertBatch) {
  const started = process.hrtime.bigint();
  let inserted = 0;
  for (let i = 0; i < rows.length; i += batchSize)
    inserted += await insertBatch(rows.slice(i, i + batchSize));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${label}: ${inserted} rows in ${seconds.toFixed(2)} s = ${Math.round(inserted / seconds)} rows/s`,
  );
}

const db = await createTestDatabase(process.env.ADMIN_URL ? { adminUrl: process.env.ADMIN_URL } : {});
const prisma = createPrismaClient({ databaseUrl: db.url });
try {
  const codebook = await prisma.codebook.create({
    data: { name: 'bench', version: 1, sha256: '0'.repeat(64), content: {} },
  });
  const articleIds = [];
  for (let i = 0; i < 200; i += 1) {
    const id = randomUUID();
    articleIds.push(id);
    await prisma.article.create({
      data: {
        id,
        source: 'bench',
        url: `https://bench/${i}`,
        title: 't',
        text: 'x',
        lang: 'en',
        contentHash: id.replaceAll('-', '').padEnd(64, '0'),
      },
    });
  }
  const rows = makeRows(articleIds, codebook.id, rowCount);
  await timeBatches('insertObservations (unnest)', rows, (batch) => insertObservations(prisma, batch));
  await prisma.observation.deleteMany();
  await timeBatches(
    'createMany (skipDuplicates)',
    rows,
    async (batch) =>
      (
        await prisma.observation.createMany({
          data: batch.map((r) => ({ ...r, score: { support: 1, oppose: -1, neutral: 0 }[r.stance] })),
          skipDuplicates: true,
        })
      ).count,
  );
} finally {
  await prisma.$disconnect();
  await db.drop();
}
