import { describe, expect, it } from '@jest/globals';
import { headers } from '@nats-io/nats-core';
import { DeadLetterV1, validatePayload } from '@stance/contracts';
import { buildDeadLetter, durableNameFor, resolveConsumerPolicy, supportsTermReason } from '../src/index.js';
import { toConsumerConfig } from '../src/consumer-setup.js';
import { deadLetterMsgId } from '../src/dead-letter.js';

const info = {
  deliveryCount: 3,
  stream: 'NS_ARTICLES',
  streamSequence: 42,
  consumer: 'extraction__articles_ingested_v1',
};

describe('buildDeadLetter', () => {
  it('keeps UTF-8 payloads as text and carries headers and position', () => {
    const h = headers();
    h.set('Nats-Msg-Id', 'article:1');
    const letter = buildDeadLetter(
      { data: new TextEncoder().encode('{"a":"مرحبا"}'), headers: h, info: info as never },
      {
        logicalSubject: 'articles.ingested.v1',
        reason: 'r',
        errorCode: 'VALIDATION',
        service: 'extraction',
        failedAt: new Date('2024-01-01T00:00:00Z'),
      },
    );
    expect(letter).toEqual({
      subject: 'articles.ingested.v1',
      reason: 'r',
      errorCode: 'VALIDATION',
      deliveryCount: 3,
      payload: '{"a":"مرحبا"}',
      payloadEncoding: 'utf8',
      headers: { 'Nats-Msg-Id': ['article:1'] },
      failedAt: '2024-01-01T00:00:00.000Z',
      service: 'extraction',
      stream: 'NS_ARTICLES',
      streamSequence: 42,
    });
    expect(() => validatePayload(DeadLetterV1, letter)).not.toThrow();
  });

  it('base64-encodes bytes that are not UTF-8', () => {
    const letter = buildDeadLetter(
      { data: new Uint8Array([0xc3, 0x28]), headers: undefined, info: info as never },
      {
        logicalSubject: 's.v1',
        reason: 'r',
        errorCode: 'CONTRACT_VIOLATION',
        service: 'x',
        failedAt: new Date(),
      },
    );
    expect(letter).toMatchObject({ payloadEncoding: 'base64', payload: 'wyg=', headers: {} });
  });

  it('derives one dead-letter id per message and consumer', () => {
    expect(deadLetterMsgId({ info: info as never })).toBe(
      'dlq:NS_ARTICLES:extraction__articles_ingested_v1:42',
    );
  });
});

describe('consumer setup', () => {
  it('names durables after service and subject without dots', () => {
    expect(durableNameFor('extraction', 'articles.ingested.v1')).toBe('extraction__articles_ingested_v1');
  });

  it('builds an explicit-ack durable config from the policy, without server-side backoff', () => {
    const config = toConsumerConfig(
      'd',
      'ns.a.v1',
      resolveConsumerPolicy({ ackWaitMs: 2_000, maxDeliver: 4, maxAckPending: 7 }),
    );
    expect(config).toEqual({
      durable_name: 'd',
      ack_policy: 'explicit',
      deliver_policy: 'all',
      replay_policy: 'instant',
      filter_subject: 'ns.a.v1',
      ack_wait: 2e9,
      max_deliver: 4,
      max_ack_pending: 7,
    });
  });

  it('rejects consumer policies the server would refuse', () => {
    expect(() => resolveConsumerPolicy({ concurrency: 0 })).toThrow(/concurrency must be a positive integer/);
    expect(() => resolveConsumerPolicy({ maxDeliver: 2.5 })).toThrow(/maxDeliver/);
    expect(() => resolveConsumerPolicy({ retryDelaysMs: [] })).toThrow(/retryDelaysMs/);
    expect(resolveConsumerPolicy({ concurrency: 8 }, { ackWaitMs: 5_000 })).toMatchObject({
      concurrency: 8,
      ackWaitMs: 5_000,
      maxDeliver: 5,
    });
  });
});

describe('supportsTermReason', () => {
  it.each([
    ['2.9.10', false],
    ['2.10.3', false],
    ['2.10.4', true],
    ['2.11.0-RC.1', true],
    ['3.0.0', true],
    [undefined, false],
    ['garbage', false],
  ])('%s → %s', (version, expected) => {
    expect(supportsTermReason(version)).toBe(expected);
  });
});
