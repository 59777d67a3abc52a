/**
 * Webhook delivery to real HTTP receivers on loopback: every request carries a signature the
 * receiver verifies; a receiver that is down (503) for its first attempts gets the alert on a
 * later one (exponential backoff); one that stays down ends dead after the last attempt; the
 * delivery log says what happened. Historical alerts reach only webhooks that ask for them.
 */
import { jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifyWebhook } from '@stance/positions';
import {
  getJson,
  observationSet,
  seedArticles,
  seedCodebook,
  sendJson,
  TestEnvironment,
  waitFor,
  waitForAlertWork,
  waitForSets,
} from './harness.js';

jest.setTimeout(120_000);

interface Received {
  path: string;
  verified: boolean;
  alertId: string;
  historical: boolean;
  at: number;
}

/** A receiver that verifies signatures and answers 503 to the first `failures[path]` requests of each path. */
async function startReceiver(secrets: Record<string, string>, failures: Record<string, number>) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      const check = verifyWebhook(
        secrets[path] ?? '-',
        String(req.headers[SIGNATURE_HEADER.toLowerCase()] ?? ''),
        raw,
        300,
        new Date(),
      );
      const body = JSON.parse(raw) as { alertId: string; historical: boolean };
      received.push({
        path,
        verified: check.ok,
        alertId: body.alertId,
        historical: body.historical,
        at: Date.now(),
      });
      const seen = received.filter((r) => r.path === path && r.alertId === body.alertId).length;
      res.statusCode = !check.ok ? 401 : seen <= (failures[path] ?? 0) ? 503 : 200;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { received, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('webhook delivery', () => {
  const env = new TestEnvironment();
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    await env.setUp();
    const secrets = {
      '/flaky': 'flaky-secret-0123456789',
      '/down': 'down-secret-0123456789',
      '/archive': 'archive-secret-0123456789',
    };
    receiver = await startReceiver(secrets, { '/flaky': 2, '/down': 1_000 });
  });

  afterAll(async () => {
    await new Promise((r) => receiver?.server.close(r));
    await env.tearDown();
  });

  it('signs, retries with backoff until the receiver is up, and marks a receiver that stays down dead', async () => {
    const codebook = await seedCodebook(env.prisma, ['sadr'], ['budget']);
    const { url } = await env.startApp(
      env.config({
        WEBHOOK_BASE_DELAY_MS: '200',
        WEBHOOK_MAX_DELAY_MS: '2000',
        WEBHOOK_MAX_ATTEMPTS: '4',
        ALERT_POLL_MS: '50',
      }),
    );
    const hook = async (path: string, secret: string, includeHistorical = false) => {
      const res = await sendJson('POST', `${url}/webhooks`, env.adminKey, {
        url: `${receiver.base}${path}`,
        secret,
        includeHistorical,
      });
      expect(res.status).toBe(201);
      expect(res.body.secret).toBe(secret);
      return res.body.id as string;
    };
    const flaky = await hook('/flaky', 'flaky-secret-0123456789');
    const down = await hook('/down', 'down-secret-0123456789');
    const archive = await hook('/archive', 'archive-secret-0123456789', true);
    expect((await sendJson('POST', `${url}/webhooks`, env.adminKey, { url: 'ftp://x' })).status).toBe(400);
    expect(
      (await sendJson('POST', `${url}/webhooks`, env.adminKey, { url: 'http://x', secret: 'short' })).body
        .error.message,
    ).toMatch(/secret/);
    const listed = await getJson(`${url}/webhooks`, env.adminKey);
    expect(listed.body.items).toHaveLength(3);
    expect(JSON.stringify(listed.body)).not.toMatch(/secret-0123/); // secrets are shown once only

    await sendJson('POST', `${url}/alert-rules`, env.adminKey, { name: 'first words', kinds: ['first'] });
    const now = Date.now();
    const [old, fresh] = await seedArticles(env.prisma, [
      { publishedAt: new Date(now - 90 * 86_400_000) },
      { publishedAt: new Date(now - 3_600_000) },
    ]);
    // A historical first stance on one topic (backfill) and a live one on another.
    await env.publishSets([
      observationSet(old!, codebook, new Date(now - 90 * 86_400_000), [
        { actor: 'sadr', topic: 'budget', stance: 'oppose' },
      ]),
    ]);
    await waitForSets(env.prisma, 1, codebook.id);
    await env.prisma.codebookTopic.create({
      data: { codebookId: codebook.id, key: 'elections', label: {}, pro: {}, anti: {} },
    });
    await env.publishSets([
      observationSet(fresh!, codebook, new Date(now - 3_600_000), [
        { actor: 'sadr', topic: 'elections', stance: 'support' },
      ]),
    ]);
    await waitForSets(env.prisma, 2, codebook.id);
    await waitForAlertWork(env.prisma);

    const live = await waitFor('the live alert', () =>
      env.prisma.alert.findFirst({ where: { topicKey: 'elections', historical: false } }),
    );
    const historical = await env.prisma.alert.findFirstOrThrow({ where: { topicKey: 'budget' } });
    expect(historical.historical).toBe(true);

    const delivery = (webhookId: string, alertId: string) =>
      env.prisma.webhookDelivery.findUnique({ where: { webhookId_alertId: { webhookId, alertId } } });
    await waitFor('flaky delivered', async () => (await delivery(flaky, live.id))?.status === 'delivered');
    await waitFor('down dead', async () => (await delivery(down, live.id))?.status === 'dead', 60_000);
    await waitFor(
      'archive delivered',
      async () => (await delivery(archive, historical.id))?.status === 'delivered',
    );

    const flakyRow = (await delivery(flaky, live.id))!;
    expect(flakyRow).toMatchObject({ attempts: 3, lastStatus: 200, lastError: null });
    const downRow = (await delivery(down, live.id))!;
    expect(downRow).toMatchObject({ status: 'dead', attempts: 4, lastStatus: 503 });
    expect(downRow.lastError).toMatch(/503/);

    // Every request was signed correctly; the flaky receiver saw 503, 503, 200 with growing gaps.
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    const flakyCalls = receiver.received.filter((r) => r.path === '/flaky');
    expect(flakyCalls.map((r) => r.alertId)).toEqual([live.id, live.id, live.id]);
    const gaps = flakyCalls.slice(1).map((r, i) => r.at - flakyCalls[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(90); // base 200 ms with up to 50 % jitter
    expect(gaps[1]).toBeGreaterThanOrEqual(190); // doubled
    expect(receiver.received.filter((r) => r.path === '/down')).toHaveLength(4);
    // Historical alerts only reach the webhook that asked for them.
    expect(receiver.received.some((r) => r.alertId === historical.id && r.path !== '/archive')).toBe(false);
    expect(await delivery(flaky, historical.id)).toBeNull();

    const log = await getJson(`${url}/webhooks/${down}/deliveries?status=dead`, env.adminKey);
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({ alertId: live.id, status: 'dead', attempts: 4, lastStatus: 503 }),
    ]);
    expect((await getJson(`${url}/webhooks/${down}/deliveries?status=lost`, env.adminKey)).status).toBe(400);

    const paused = await sendJson('PATCH', `${url}/webhooks/${down}`, env.adminKey, { active: false });
    expect(paused.body.active).toBe(false);
    expect((await sendJson('DELETE', `${url}/webhooks/${down}`, env.adminKey)).status).toBe(200);
    expect((await getJson(`${url}/webhooks/${down}/deliveries`, env.adminKey)).status).toBe(404);
  });
});
