/**
 * Change alerts against the real Postgres and NATS JetStream: rules through the API, a flip
 * from a scripted sequence of observation sets, the cooldown, historical vs live alerts, muted
 * rules, evaluation over history, and publication on alerts.fired.v1 with msgId = alert id.
 */
import { jest } from '@jest/globals';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { AlertsFiredV1, resolveTopology, validatePayload } from '@stance/contracts';
import { dedupeObservations, detectAlerts } from '@stance/positions';
import { toAlertRule } from '../src/alerts/rule-settings.js';
import { connectToNats } from '@stance/messaging';
import {
  getJson,
  NATS_URL,
  observationSet,
  seedArticles,
  seedCodebook,
  sendJson,
  TestEnvironment,
  waitFor,
  waitForAlertWork,
  waitForSets,
  type SeededCodebook,
  type Stance,
} from './harness.js';

jest.setTimeout(120_000);

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('change alerts', () => {
  const env = new TestEnvironment();
  let url: string;
  let codebook: SeededCodebook;
  let nc: NatsConnection;
  let setsSent = 0;

  beforeAll(async () => {
    await env.setUp();
    codebook = await seedCodebook(env.prisma, ['sadr', 'maliki'], ['us-presence', 'elections', 'budget']);
    ({ url } = await env.startApp(env.config({ ALERT_LIVE_HORIZON_HOURS: '48' })));
    nc = await connectToNats({ servers: NATS_URL });
  });

  afterAll(async () => {
    await nc?.close();
    await env.tearDown();
  });

  /** One article per statement, published in the given order; waits until all are stored. */
  async function publishSequence(
    actor: string,
    topic: string,
    steps: readonly { at: number; stance: Stance }[],
  ) {
    const ids = await seedArticles(
      env.prisma,
      steps.map((s) => ({ publishedAt: new Date(s.at) })),
    );
    await env.publishSets(
      ids.map((id, i) =>
        observationSet(id, codebook, new Date(steps[i]!.at), [{ actor, topic, stance: steps[i]!.stance }]),
      ),
    );
    setsSent += ids.length;
    await waitForSets(env.prisma, setsSent, codebook.id);
    await waitForAlertWork(env.prisma);
  }

  const flipRule = (name: string, topics: string[], extra: Record<string, unknown> = {}) => ({
    name,
    actors: ['sadr'],
    topics,
    kinds: ['flip', 'first'],
    settings: { windowDays: 7, baselineDays: 28, minEvidence: 3, cooldownDays: 14, flipProbability: 0.9 },
    ...extra,
  });

  async function alertsStream() {
    const jsm = await jetstreamManager(nc);
    return jsm.streams.info(resolveTopology(env.namespace).streams.ALERTS.name);
  }

  it('manages rules over the API with clear 4xx for bad input and the admin scope', async () => {
    const created = await sendJson('POST', `${url}/alert-rules`, env.adminKey, flipRule('crud', ['budget']));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'crud',
      kinds: ['flip', 'first'],
      muted: false,
      settings: { windowDays: 7, surgeFactor: 3 },
    });
    const id = created.body.id as string;

    const bad = await sendJson('POST', `${url}/alert-rules`, env.adminKey, { name: 'x', kinds: ['explode'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/kinds/);
    const badSetting = await sendJson('POST', `${url}/alert-rules`, env.adminKey, {
      name: 'x',
      settings: { flipProbability: 2 },
    });
    expect(badSetting.status).toBe(400);
    expect(badSetting.body.error.message).toMatch(/settings\.flipProbability/);
    expect((await sendJson('POST', `${url}/alert-rules`, env.readKey, flipRule('no', []))).status).toBe(403);

    const patched = await sendJson('PATCH', `${url}/alert-rules/${id}`, env.adminKey, {
      settings: { cooldownDays: 3 },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.settings).toMatchObject({ cooldownDays: 3, windowDays: 7 });
    expect((await sendJson('POST', `${url}/alert-rules/${id}/mute`, env.adminKey)).body.muted).toBe(true);
    expect((await sendJson('POST', `${url}/alert-rules/${id}/unmute`, env.adminKey)).body.muted).toBe(false);
    const list = await getJson(`${url}/alert-rules`, env.adminKey);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(id);
    expect((await sendJson('DELETE', `${url}/alert-rules/${id}`, env.adminKey)).status).toBe(200);
    expect((await getJson(`${url}/alert-rules/${id}`, env.adminKey)).status).toBe(404);
    expect((await getJson(`${url}/alert-rules/not-a-uuid`, env.adminKey)).status).toBe(400);
  });

  it('flags a flip in backfilled history as historical and does not publish it', async () => {
    const rule = await sendJson(
      'POST',
      `${url}/alert-rules`,
      env.adminKey,
      flipRule('history', ['us-presence']),
    );
    const now = Date.now();
    await publishSequence('sadr', 'us-presence', [
      ...[60, 59, 58, 57].map((d) => ({ at: now - d * DAY, stance: 'support' as const })),
      ...[40, 39, 38].map((d) => ({ at: now - d * DAY, stance: 'oppose' as const })),
    ]);
    const alerts = await env.prisma.alert.findMany({
      where: { ruleId: rule.body.id, supersededAt: null },
      orderBy: { eventTime: 'asc' },
    });
    expect(alerts.map((a) => [a.kind, a.historical])).toEqual([
      ['first', true],
      ['flip', true],
    ]);
    const flip = alerts[1]!;
    expect(flip.eventTime.getTime()).toBe(now - 38 * DAY); // the third oppose statement
    expect(flip.summary).toMatch(/sadr on us-presence: flipped from support to oppose/);
    const evidence = flip.evidence as { observationId: string; articleId: string; url: string }[];
    expect(evidence).toHaveLength(3);
    expect(evidence[0]!.url).toMatch(/^https:\/\/news\.example\//);

    // Dispatched (so no worker will pick them up again) but not published as news.
    await waitFor(
      'dispatch',
      async () =>
        (await env.prisma.alert.count({
          where: { ruleId: rule.body.id, dispatchedAt: null, supersededAt: null },
        })) === 0,
    );
    expect((await alertsStream()).state.messages).toBe(0);

    // Redelivering the whole history stores nothing new.
    const before = await env.prisma.alert.count();
    const articles = await env.prisma.observation.findMany({
      where: { topicKey: 'us-presence' },
      select: { articleId: true, stance: true, observedAt: true },
    });
    await env.publishSets(
      articles.map((o) =>
        observationSet(o.articleId, codebook, o.observedAt, [
          { actor: 'sadr', topic: 'us-presence', stance: o.stance },
        ]),
      ),
    );
    await new Promise((r) => setTimeout(r, 1500));
    await waitForAlertWork(env.prisma);
    expect(await env.prisma.alert.count()).toBe(before);
  });

  it('fires a live flip once per cooldown, publishes it with msgId = alert id, and keeps muted rules quiet', async () => {
    const withCooldown = await sendJson(
      'POST',
      `${url}/alert-rules`,
      env.adminKey,
      flipRule('cooldown', ['elections']),
    );
    const noCooldown = await sendJson(
      'POST',
      `${url}/alert-rules`,
      env.adminKey,
      flipRule('eager', ['elections'], {
        settings: { cooldownDays: 0, minEvidence: 3, flipProbability: 0.9 },
      }),
    );
    const muted = await sendJson(
      'POST',
      `${url}/alert-rules`,
      env.adminKey,
      flipRule('muted', ['elections'], { muted: true }),
    );
    const now = Date.now();
    await publishSequence('sadr', 'elections', [
      ...[20, 19, 18, 17].map((d) => ({ at: now - d * DAY, stance: 'support' as const })),
      ...[4, 3, 2, 1].map((h) => ({ at: now - DAY - h * HOUR, stance: 'oppose' as const })),
    ]);
    const flips = async (ruleId: string) =>
      env.prisma.alert.findMany({
        where: { ruleId, kind: 'flip', supersededAt: null },
        orderBy: { eventTime: 'asc' },
      });
    const cooled = await flips(withCooldown.body.id);
    const eager = await flips(noCooldown.body.id);
    // The third and the fourth oppose statement both satisfy the flip; the cooldown keeps the second quiet.
    expect(cooled).toHaveLength(1);
    expect(eager).toHaveLength(2);
    expect(cooled[0]!.historical).toBe(false);
    expect(cooled[0]!.eventTime.getTime()).toBe(now - DAY - 2 * HOUR);
    expect(await env.prisma.alert.count({ where: { ruleId: muted.body.id } })).toBe(0);
    // The first-ever stance 20 days ago is history, not news.
    const first = await env.prisma.alert.findFirst({
      where: { ruleId: withCooldown.body.id, kind: 'first', supersededAt: null },
    });
    expect(first?.historical).toBe(true);

    // Live alerts go out on alerts.fired.v1, deduplicated by the alert id.
    await waitFor('publication', async () => (await alertsStream()).state.messages >= 3);
    const jsm = await jetstreamManager(nc);
    const stream = resolveTopology(env.namespace).streams.ALERTS.name;
    const seen = new Map<string, unknown>();
    for (let seq = 1; seq <= (await alertsStream()).state.last_seq; seq++) {
      const msg = await jsm.streams.getMessage(stream, { seq });
      if (!msg) continue;
      const payload = validatePayload(AlertsFiredV1, msg.json());
      expect(msg.header?.get('Nats-Msg-Id')).toBe(payload.alertId);
      expect(payload.historical).toBe(false);
      seen.set(payload.alertId, payload);
    }
    expect(seen.has(cooled[0]!.id)).toBe(true);
    expect(seen.size).toBe(3); // cooled flip + two eager flips
    expect(seen.get(cooled[0]!.id)).toMatchObject({
      kind: 'flip',
      actor: 'sadr',
      topic: 'elections',
      ruleId: withCooldown.body.id,
    });

    // The read API lists them with evidence, filterable and as CSV.
    const listed = await getJson(
      `${url}/alerts?codebookId=${codebook.id}&topic=elections&kind=flip&historical=false`,
      env.readKey,
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(3);
    expect(listed.body.items[0].evidence.length).toBeGreaterThanOrEqual(3);
    expect(listed.body.items[0].evidenceCount).toBe(listed.body.items[0].evidence.length);
    const page = await getJson(`${url}/alerts?codebookId=${codebook.id}&limit=1`, env.readKey);
    expect(page.body.nextCursor).toEqual(expect.any(String));
    const next = await getJson(
      `${url}/alerts?codebookId=${codebook.id}&limit=1&cursor=${page.body.nextCursor}`,
      env.readKey,
    );
    expect(next.body.items[0].id).not.toBe(page.body.items[0].id);
    const csv = await fetch(`${url}/alerts?codebookId=${codebook.id}&format=csv`, {
      headers: { authorization: `Bearer ${env.readKey}` },
    });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // BOM: spreadsheets read Arabic as UTF-8
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('id,eventTime,firedAt,kind,historical,actor,topic,ruleName,summary,evidenceCount');
    expect(lines.filter(Boolean)).toHaveLength(
      1 + (await env.prisma.alert.count({ where: { codebookId: codebook.id, supersededAt: null } })),
    );
    expect((await getJson(`${url}/alerts?kind=wobble`, env.readKey)).status).toBe(400);
    expect((await getJson(`${url}/alerts/${cooled[0]!.id}`, env.readKey)).body.id).toBe(cooled[0]!.id);
  });

  it('ends with the alerts of the whole series whatever order the statements arrive in', async () => {
    const created = await sendJson('POST', `${url}/alert-rules`, env.adminKey, {
      name: 'all kinds',
      actors: ['maliki'],
      topics: ['budget'],
      kinds: ['first', 'flip', 'shift', 'surge'],
      settings: {
        windowDays: 5,
        baselineDays: 15,
        minEvidence: 2,
        cooldownDays: 4,
        flipProbability: 0.8,
        shiftDelta: 0.5,
        surgeFactor: 2,
        surgeMinCount: 3,
      },
    });
    let seed = 42;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const now = Date.now();
    const steps = Array.from({ length: 80 }, (_, i) => ({
      at: now - 200 * DAY + Math.floor(random() * 198 * DAY),
      // Sides drift: mostly support early, mostly oppose late, bursts in between.
      stance: (random() < (i < 40 ? 0.8 : 0.25)
        ? 'support'
        : random() < 0.8
          ? 'oppose'
          : 'neutral') as Stance,
    }));
    // publishSequence publishes all sets at once; the service takes them in any order.
    await publishSequence(
      'maliki',
      'budget',
      steps.sort(() => random() - 0.5),
    );

    const observations = await env.prisma.observation.findMany({
      where: { actorKey: 'maliki', topicKey: 'budget' },
    });
    const statements = dedupeObservations(
      observations.map((o) => ({
        ...o,
        id: String(o.id),
        actor: o.actorKey,
        topic: o.topicKey,
        clusterId: null,
      })),
    );
    const rule = toAlertRule(created.body);
    const expected = detectAlerts(statements, rule, { now: new Date(), liveHorizonMs: 48 * 3_600_000 });
    expect(expected.length).toBeGreaterThan(5);
    const standing = await env.prisma.alert.findMany({ where: { ruleId: rule.id, supersededAt: null } });
    expect(standing.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
  });

  it('evaluates a new rule over stored history once, as historical alerts', async () => {
    const rule = await sendJson(
      'POST',
      `${url}/alert-rules`,
      env.adminKey,
      flipRule('late', ['us-presence']),
    );
    const first = await sendJson(
      'POST',
      `${url}/alert-rules/${rule.body.id}/evaluate?codebookId=${codebook.id}`,
      env.adminKey,
    );
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ found: 2, stored: 2 });
    const again = await sendJson(
      'POST',
      `${url}/alert-rules/${rule.body.id}/evaluate?codebookId=${codebook.id}`,
      env.adminKey,
    );
    expect(again.body).toMatchObject({ found: 2, stored: 0 });
    const stored = await env.prisma.alert.findMany({ where: { ruleId: rule.body.id, supersededAt: null } });
    expect(stored.every((a) => a.historical)).toBe(true);
    expect(
      (await sendJson('POST', `${url}/alert-rules/${rule.body.id}/evaluate?from=yesterday`, env.adminKey))
        .status,
    ).toBe(400);
  });
});
