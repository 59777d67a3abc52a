// Publish throughput against the local NATS: sequential publish() vs pipelined publishMany(),
// and a duplicate replay. Uses a random namespace and deletes its streams afterwards.
// Run after `pnpm --filter @stance/messaging build`: node bench/publish.bench.mjs [count]
import { randomBytes, randomUUID } from 'node:crypto';
import { ArticlesIngestedV1, resolveTopology } from '@stance/contracts';
import { connectToNats, deleteStreams, JetStreamPublisher } from '../dist/index.js';

const servers = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const count = Number(process.argv[2] ?? 5000);
const namespace = `bench-${randomBytes(4).toString('hex')}`;

function makeBatch(n) {
  return Array.from({ length: n }, () => {
    const payload = {
      articleId: randomUUID(),
      lang: 'ar',
      publishedAt: null,
      ingestedAt: new Date().toISOString(),
    };
    return { payload, msgId: `article:${payload.articleId}` };
  });
}

async function timed(label, n, fn) {
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  console.log(
    `${label.padEnd(34)} ${String(n).padStart(6)} msgs  ${ms.toFixed(0).padStart(6)} ms  ${Math.round((n / ms) * 1000)} msg/s`,
  );
}

const publisher = await JetStreamPublisher.connect({ servers, namespace });
const admin = await connectToNats({ servers });
try {
  const sequential = makeBatch(Math.min(count, 2000));
  await timed('publish() one at a time', sequential.length, async () => {
    for (const m of sequential) await publisher.publish(ArticlesIngestedV1, m.payload, { msgId: m.msgId });
  });
  const bulk = makeBatch(count);
  await timed('publishMany() maxInFlight=256', bulk.length, () =>
    publisher.publishMany(ArticlesIngestedV1, bulk),
  );
  await timed('publishMany() replay (duplicates)', bulk.length, () =>
    publisher.publishMany(ArticlesIngestedV1, bulk),
  );
} finally {
  await publisher.close();
  await deleteStreams(admin, resolveTopology(namespace));
  await admin.close();
}
