/**
 * The dashboard read API over real stored data: each endpoint's happy path and a bad
 * parameter, CSV and GraphML exports, API-key scopes, and the OpenAPI document and UI at /docs.
 */
import { jest } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { XMLParser } from 'fast-xml-parser';
import { AggregationModule } from '../src/app.module.js';
import { ROUTES } from '../src/docs/routes.js';
import { dayBucketsAsStatements, type DayBucketRow } from '../src/read-api/decayed-positions.js';
import { currentPosition } from '@stance/positions';
import {
  getJson,
  observationSet,
  seedArticles,
  seedCodebook,
  TestEnvironment,
  waitForSets,
  type SeededCodebook,
  type Stance,
} from './harness.js';

jest.setTimeout(120_000);

const DAY = 86_400_000;

describe('read API', () => {
  const env = new TestEnvironment();
  let url: string;
  let codebook: SeededCodebook;
  const now = Date.now();

  beforeAll(async () => {
    await env.setUp();
    codebook = await seedCodebook(env.prisma, ['a1', 'a2', 'a3'], ['t1', 't2']);
    ({ url } = await env.startApp());
    // a2 supports both topics, a3 opposes both; a1 supported t1 a few weeks ago and opposes it this week.
    const plan: { actor: string; topic: string; stance: Stance; daysAgo: number }[] = [];
    for (const topic of ['t1', 't2']) {
      for (const d of [30, 20, 10, 2]) {
        plan.push({ actor: 'a2', topic, stance: 'support', daysAgo: d });
        plan.push({ actor: 'a3', topic, stance: 'oppose', daysAgo: d });
      }
    }
    for (const d of [20, 19, 18]) plan.push({ actor: 'a1', topic: 't1', stance: 'support', daysAgo: d });
    for (const d of [3, 2, 1]) plan.push({ actor: 'a1', topic: 't1', stance: 'oppose', daysAgo: d });
    plan.push({ actor: 'a1', topic: 't2', stance: 'support', daysAgo: 5 });
    const times = plan.map((p) => new Date(now - p.daysAgo * DAY));
    const ids = await seedArticles(
      env.prisma,
      times.map((t) => ({ publishedAt: t })),
    );
    await env.publishSets(
      ids.map((id, i) => observationSet(id, codebook, times[i]!, [{ ...plan[i]!, confidence: 0.8 }])),
    );
    await waitForSets(env.prisma, ids.length, codebook.id);
  });

  afterAll(() => env.tearDown());

  const get = (path: string, key = env.readKey) => getJson(`${url}${path}`, key);
  const expect400 = async (path: string, names: RegExp) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(names);
  };

  it('needs an API key with the read scope', async () => {
    expect((await fetch(`${url}/positions?actor=a1`)).status).toBe(401);
    expect((await get('/positions?actor=a1', 'stk_nonsense')).status).toBe(401);
    expect((await get('/alert-rules', env.readKey)).status).toBe(403);
    expect((await get('/health')).status).toBe(200);
  });

  it('lists actors and topics', async () => {
    expect((await get('/actors')).body.items.map((a: { id: string }) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect((await get(`/topics?codebookId=${codebook.id}`)).body.items).toHaveLength(2);
    await expect400('/actors?codebookId=nope', /codebookId/);
  });

  it("serves one actor's positions on all topics and the topic matrix, as JSON and CSV", async () => {
    const a2 = await get('/positions?actor=a2');
    expect(a2.body.items.map((p: { topic: string }) => p.topic)).toEqual(['t1', 't2']);
    expect(a2.body.items[0]).toMatchObject({ counts: { support: 4, oppose: 0, neutral: 0 }, netScore: 1 });
    expect(a2.body.items[0].interval.upper - a2.body.items[0].interval.lower).toBeLessThan(1);
    const matrix = await get('/positions?topic=t1');
    expect(matrix.body.items.map((p: { actor: string }) => p.actor)).toEqual(['a1', 'a2', 'a3']);
    const csv = await get('/positions?topic=t1&format=csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      'actor,topic,support,oppose,neutral,supportWeight,opposeWeight,neutralWeight,netScore,supportProbability,intervalLower,intervalUpper,probabilityLeansSupport',
    );
    expect(csv.body.split('\r\n')[2]).toMatch(/^a2,t1,4,0,0,3\.2,/);
    await expect400('/positions', /actor, topic or both/);
    await expect400('/positions?actor=A1', /actor/);
    await expect400('/positions?actor=a1&from=2025-02-01&to=2025-01-01', /from/);
  });

  it('serves decayed current positions whose half-life is a parameter, and their history', async () => {
    const short = await get('/positions/current?actor=a1&topic=t1&halfLifeDays=2');
    const long = await get('/positions/current?actor=a1&topic=t1&halfLifeDays=365');
    // With a short half-life the recent opposition dominates; with a long one, the earlier support still counts.
    expect(short.body.items[0].netScore).toBeLessThan(-0.9);
    expect(long.body.items[0].netScore).toBeGreaterThan(-0.2);
    expect(short.body.items[0].statementCount).toBe(6);
    // The SQL decay agrees with the maths package's currentPosition over the same day buckets.
    const days = await env.prisma.$queryRawUnsafe<DayBucketRow[]>(
      `SELECT actor_key, topic_key, bucket_start::timestamp AT TIME ZONE 'UTC' AS bucket_start, support_weight AS sw,
              oppose_weight AS ow, neutral_weight AS nw, support_count AS sc, oppose_count AS oc, neutral_count AS nc
       FROM position_buckets WHERE granularity = 'day' AND actor_key = 'a1' AND topic_key = 't1'`,
    );
    const tenDays = await get('/positions/current?actor=a1&topic=t1&halfLifeDays=10');
    const reference = currentPosition(dayBucketsAsStatements(days), new Date(tenDays.body.at), {
      halfLifeMs: 10 * DAY,
    });
    expect(tenDays.body.items[0].netScore).toBeCloseTo(reference.netScore, 9);
    expect(tenDays.body.items[0].interval.lower).toBeCloseTo(reference.interval.lower, 9);
    expect(short.body.halfLifeDays).toBe(2);
    const byDefault = await get('/positions/current?topic=t2');
    expect(byDefault.body.halfLifeDays).toBe(30);
    expect(byDefault.body.items).toHaveLength(3);
    await expect400('/positions/current?actor=a1&halfLifeDays=-3', /halfLifeDays/);

    const history = await get('/positions/history?actor=a1&topic=t1&granularity=week&halfLifeDays=7');
    expect(history.status).toBe(200);
    const points = history.body.points as { currentNetScore: number }[];
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points[0]!.currentNetScore).toBeGreaterThan(0.9);
    expect(points[points.length - 1]!.currentNetScore).toBeLessThan(0);
    await expect400('/positions/history?actor=a1&topic=t1&granularity=year', /granularity/);
    await expect400('/positions/history?actor=a1', /topic/);
  });

  it('serves the time series of a pair at a granularity and range', async () => {
    const days = await get('/timeseries?actor=a2&topic=t1&granularity=day');
    expect(days.body.points).toHaveLength(4);
    const from = new Date(now - 15 * DAY).toISOString();
    const recent = await get(`/timeseries?actor=a2&topic=t1&granularity=day&from=${from}`);
    expect(recent.body.points).toHaveLength(2);
    expect((await get('/timeseries?actor=a2&topic=t1&granularity=month&format=csv')).body).toMatch(
      /^bucketStart,support,/,
    );
    await expect400('/timeseries?actor=a2&topic=t1&from=yesterday', /from/);
  });

  it('pages observations with evidence and article links', async () => {
    const first = await get('/observations?actor=a1&limit=4');
    expect(first.body.items).toHaveLength(4);
    expect(first.body.items[0].article.url).toMatch(/^https:\/\/news\.example\//);
    const second = await get(`/observations?actor=a1&limit=4&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(3);
    expect(second.body.nextCursor).toBeNull();
    expect((await get('/observations?topic=t2&format=csv')).body.split('\r\n').filter(Boolean)).toHaveLength(
      1 + 9,
    );
    await expect400('/observations?cursor=%%%', /cursor/);
    await expect400('/observations?limit=100000', /limit/);
  });

  it('builds the congruence and conflict network with communities, as JSON and GraphML', async () => {
    const net = await get('/networks');
    expect(net.status).toBe(200);
    const edge = (a: string, b: string) =>
      net.body.edges.find((e: { source: string; target: string }) => e.source === a && e.target === b);
    expect(edge('a2', 'a3')).toMatchObject({ sharedTopics: 2, congruence: 0, conflict: 2, conflictShare: 1 });
    const community = (id: string) => net.body.nodes.find((n: { id: string }) => n.id === id).community;
    expect(community('a2')).not.toBe(community('a3'));
    expect(net.body.nodes.find((n: { id: string }) => n.id === 'a2').label).toBe('A2');
    const conflictOnly = await get('/networks?edges=conflict');
    expect(conflictOnly.body.edges.every((e: { conflict: number }) => e.conflict > 0)).toBe(true);

    const graphml = await get('/networks?format=graphml&edges=congruence');
    const doc = new XMLParser({ ignoreAttributes: false }).parse(graphml.body);
    expect(doc.graphml.graph.node).toHaveLength(3);
    await expect400('/networks?minSharedTopics=0', /minSharedTopics/);
    await expect400('/networks?format=png', /format/);
  });

  it('computes polarization per topic over time', async () => {
    const res = await get('/polarization?topic=t2&granularity=month');
    expect(res.status).toBe(200);
    const all = await get(
      `/polarization?topic=t2&granularity=day&from=${new Date(now - 11 * DAY).toISOString()}&to=${new Date(now - 9 * DAY).toISOString()}`,
    );
    // a2 at +1 and a3 at −1 with equal evidence: two equal camps, the maximum.
    expect(all.body.points).toEqual([
      expect.objectContaining({ topic: 't2', actorCount: 2, index: 1, meanPosition: 0 }),
    ]);
    expect((await get('/polarization?topic=t2&format=csv')).body).toMatch(
      /^bucketStart,topic,actorCount,meanPosition,index\r\n/,
    );
    await expect400('/polarization?weighting=loud', /weighting/);
  });

  it('summarises volume and the biggest movers for the overview', async () => {
    const overview = await get('/overview?granularity=month');
    expect(overview.status).toBe(200);
    const volume = overview.body.volume as { observations: number; statements: number; articles: number }[];
    expect(volume.reduce((n, v) => n + v.observations, 0)).toBe(await env.prisma.observation.count());
    expect(volume.reduce((n, v) => n + v.articles, 0)).toBe(await env.prisma.articleExtraction.count());
    expect(overview.body.totals.articlesProcessed).toBe(await env.prisma.articleExtraction.count());
    expect(overview.body.movers[0]).toMatchObject({
      actor: 'a1',
      topic: 't1',
      baselineNet: 1,
      currentNet: -1,
      delta: -2,
    });
    const movers = await get('/movers?limit=1&format=csv');
    expect(movers.body.split('\r\n')[1]).toMatch(/^a1,t1,1,-1,-2,3,3,/);
    await expect400('/overview?granularity=year', /granularity/);
    await expect400('/movers?limit=0', /limit/);
  });

  it('documents every route in an OpenAPI document with a browsable UI that needs no internet', async () => {
    const page = await fetch(`${url}/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/\/docs\/assets\/swagger-ui-bundle\.js/);
    const bundle = await fetch(`${url}/docs/assets/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    expect((await fetch(`${url}/docs/assets/..%2Fpackage.json`)).status).toBe(404);
    const doc = (await (await fetch(`${url}/docs/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, any>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const positions = doc.paths['/positions']!.get;
    expect(positions.parameters.map((p: { name: string }) => p.name)).toEqual([
      'codebookId',
      'actor',
      'topic',
      'from',
      'to',
      'format',
    ]);

    // Every HTTP route the app registers is in the document, and nothing else.
    const methods: Record<number, string> = {
      [RequestMethod.GET]: 'get',
      [RequestMethod.POST]: 'post',
      [RequestMethod.PATCH]: 'patch',
      [RequestMethod.DELETE]: 'delete',
    };
    const registered: string[] = [];
    for (const controller of AggregationModule.forRoot(env.config()).controllers ?? []) {
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (typeof handler !== 'function' || path === undefined || name === 'constructor') continue;
        const full = `/${[base, path].filter((p) => p && p !== '/').join('/')}`.replace(/:(\w+)/g, '{$1}');
        registered.push(`${methods[Reflect.getMetadata(METHOD_METADATA, handler)]} ${full}`);
      }
    }
    const documented = ROUTES.map((r) => `${r.method} ${r.path}`);
    const notDocs = (r: string) => !r.includes(' /docs');
    expect(registered.filter(notDocs).sort()).toEqual(documented.filter(notDocs).sort());
    expect(documented).toEqual(expect.arrayContaining(['get /docs', 'get /docs/openapi.json']));
  });
});
