import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { runCli } from '../cli.js';
import type { CliIo } from '../command.js';
import { ALERTS_COMMANDS } from './alerts-rules.js';

const RULE = {
  id: '6f1c1c1e-1111-4222-8333-444455556666',
  name: 'sadr flips',
  actors: ['sadr'],
  topics: [],
  kinds: ['flip'],
  muted: false,
  settings: { windowDays: 7, baselineDays: 28, cooldownDays: 7, minEvidence: 3 },
};

function memoryIo(): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdin: new PassThrough(), stdout, stderr, out: () => out, err: () => err };
}

/** A stand-in for the aggregation API on loopback that records what the CLI sends. */
describe('stance alerts rules', () => {
  const requests: { method: string; url: string; auth: string; body: unknown }[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        requests.push({
          method: req.method!,
          url: req.url!,
          auth: String(req.headers.authorization),
          body: raw ? JSON.parse(raw) : undefined,
        });
        res.setHeader('content-type', 'application/json');
        if (req.url?.includes('missing')) {
          res.statusCode = 404;
          res.end(
            JSON.stringify({ error: { code: 'NOT_FOUND', message: 'alert rule missing does not exist' } }),
          );
        } else if (req.method === 'GET') res.end(JSON.stringify({ items: [RULE] }));
        else if (req.url?.endsWith('/evaluate')) res.end(JSON.stringify({ found: 4, stored: 1 }));
        else res.end(JSON.stringify(req.url?.endsWith('/mute') ? { ...RULE, muted: true } : RULE));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((r) => server.close(r)));

  const run = async (...argv: string[]) => {
    const io = memoryIo();
    const code = await runCli(ALERTS_COMMANDS, [...argv, '--url', base, '--key', 'stk_test'], io);
    return { code, out: io.out(), err: io.err() };
  };

  it('adds a rule with its scope and thresholds', async () => {
    const res = await run(
      'alerts',
      'rules',
      'add',
      '--name',
      'sadr flips',
      '--actors',
      'sadr',
      '--kinds',
      'flip,shift',
      '--window-days',
      '14',
      '--flip-probability',
      '0.95',
      '--muted',
    );
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^6f1c1c1e-.*sadr flips {2}\[flip\] {2}actors=sadr topics=\*/);
    expect(requests.at(-1)).toEqual({
      method: 'POST',
      url: '/alert-rules',
      auth: 'Bearer stk_test',
      body: {
        name: 'sadr flips',
        actors: ['sadr'],
        kinds: ['flip', 'shift'],
        settings: { windowDays: 14, flipProbability: 0.95 },
        muted: true,
      },
    });
  });

  it('lists, mutes, unmutes, evaluates and removes', async () => {
    expect((await run('alerts', 'rules', 'list')).out).toMatch(/sadr flips/);
    expect((await run('alerts', 'rules', 'mute', RULE.id)).out).toMatch(/MUTED sadr flips/);
    await run('alerts', 'rules', 'mute', RULE.id, '--unmute');
    expect(requests.at(-1)).toMatchObject({ method: 'POST', url: `/alert-rules/${RULE.id}/unmute` });
    expect((await run('alerts', 'rules', 'evaluate', RULE.id)).out).toBe('found 4 alerts, stored 1 new\n');
    expect((await run('alerts', 'rules', 'remove', RULE.id)).out).toBe(`removed ${RULE.id}\n`);
    expect(requests.at(-1)).toMatchObject({ method: 'DELETE', url: `/alert-rules/${RULE.id}` });
  });

  it("reports the service's error and exits 1", async () => {
    const res = await run('alerts', 'rules', 'remove', 'missing');
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/alert rule missing does not exist/);
  });

  it('refuses bad command lines before calling the service', async () => {
    const before = requests.length;
    expect((await run('alerts', 'rules', 'add', '--name', 'x', '--window-days', 'soon')).err).toMatch(
      /--window-days must be a number/,
    );
    expect((await run('alerts', 'rules', 'add', '--actors', 'x')).code).toBe(2);
    expect((await run('alerts', 'rules', 'mute')).err).toMatch(/exactly one rule id/);
    expect(requests.length).toBe(before);
  });
});
