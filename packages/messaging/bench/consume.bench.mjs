// End-to-end consume throughput: N messages already in ARTICLES, a JetStreamServer with a no-op
// handler (validation + ack per message) drains them. Random namespace, deleted afterwards.
// Run after `pnpm --filter @stance/messaging build`: node bench/consume.bench.mjs [count] [concurrency]
import { randomBytes, randomUUID } from 'node:crypto';
import { ArticlesIngestedV1, resolveTopology } from '@stance/contracts';
import { connectToNats, deleteStreams, JetStreamPublisher, JetStreamServer } from '../dist/index.js';

const servers = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const count = Number(process.argv[2] ?? 5000);
const concurrency = Number(process.argv[3] ?? 16);
const namespace = `bench-${randomBytes(4).toString('hex')}`;

const publisher = await JetStreamPublisher.connect({ servers, namespace });
const admin = await connectToNats({ servers });
const server = new JetStreamServer({ servers, namespace, service: 'bench', consumer: { concurrency } });
try {
  const batch = Array.from({ length: count }, () => {
    const payload = { articleId: randomUUID(), ingestedAt: new Date().toISOString() };
    return { payload, msgId: payload.articleId };
  });
  await publisher.publishMany(ArticlesIngestedV1, batch);

  let handled = 0;
  let done;
  const allHandled = new Promise((resolve) => (done = resolve));
  // Plain Server API (what Nest's listener registration calls), so no decorators are needed here.
  server.addHandler(
    ArticlesIngestedV1.subject,
    async () => {
      if (++handled === count) done();
    },
    true,
  );
  const start = performance.now();
  await new Promise((resolve, reject) => server.listen((err) => (err ? reject(err) : resolve())));
  await allHandled;
  const ms = performance.now() - start;
  console.log(
    `consumed ${count} msgs, concurrency ${concurrency}: ${ms.toFixed(0)} ms, ${Math.round((count / ms) * 1000)} msg/s`,
  );
} finally {
  await server.close();
  await publisher.close();
  await deleteStreams(admin, resolveTopology(namespace));
  await admin.close();
}
