import type { JsMsg } from '@nats-io/jetstream';
import type { DeadLetter } from '@stance/contracts';
import { headersToRecord } from './context.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The dead-letter envelope for a message a consumer gives up on; keeps the original bytes. */
export function buildDeadLetter(
  msg: Pick<JsMsg, 'data' | 'headers' | 'info'>,
  failure: { logicalSubject: string; reason: string; errorCode: string; service: string; failedAt: Date },
): DeadLetter {
  const { payload, payloadEncoding } = encodePayload(msg.data);
  return {
    subject: failure.logicalSubject,
    reason: failure.reason,
    errorCode: failure.errorCode,
    deliveryCount: msg.info.deliveryCount,
    payload,
    payloadEncoding,
    headers: headersToRecord(msg),
    failedAt: failure.failedAt.toISOString(),
    service: failure.service,
    stream: msg.info.stream,
    streamSequence: msg.info.streamSequence,
  };
}

/** Same message + same consumer → same id, so a dead letter republished after a crash is stored once. */
export function deadLetterMsgId(msg: Pick<JsMsg, 'info'>): string {
  return `dlq:${msg.info.stream}:${msg.info.consumer}:${msg.info.streamSequence}`;
}

function encodePayload(data: Uint8Array): { payload: string; payloadEncoding: 'utf8' | 'base64' } {
  try {
    return { payload: utf8.decode(data), payloadEncoding: 'utf8' };
  } catch {
    return { payload: Buffer.from(data).toString('base64'), payloadEncoding: 'base64' };
  }
}
