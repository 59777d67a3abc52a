import { nanos, type NatsConnection } from '@nats-io/nats-core';
import {
  AckPolicy,
  DeliverPolicy,
  jetstreamManager,
  ReplayPolicy,
  type ConsumerConfig,
  type ConsumerUpdateConfig,
} from '@nats-io/jetstream';
import { describeError, MessagingError } from './errors.js';
import type { ConsumerPolicy } from './options.js';
import { isApiError } from './stream-setup.js';

const CONSUMER_NOT_FOUND = 10014;
const CONSUMER_NAME_IN_USE = 10013;
const CONSUMER_ALREADY_EXISTS = 10148;

/** Durable names cannot hold '.', so `extraction` + `articles.ingested.v1` → `extraction__articles_ingested_v1`. */
export function durableNameFor(service: string, logicalSubject: string): string {
  return `${service}__${logicalSubject.replace(/[.*>\s]/g, '_')}`;
}

/**
 * No server-side `backoff`: retry delays are applied per failure with nak(delay). With a
 * backoff list, nats-server (seen on 2.9) measures a nak'd message's deadline against the
 * backoff entry for its delivery count instead of ack_wait, silently stretching nak delays.
 */
export function toConsumerConfig(
  durable: string,
  filterSubject: string,
  policy: ConsumerPolicy,
): Partial<ConsumerConfig> {
  return {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    replay_policy: ReplayPolicy.Instant,
    filter_subject: filterSubject,
    ...toConsumerUpdateConfig(policy),
  };
}

/** The part of the consumer config that follows the policy and may change between deploys. */
export function toConsumerUpdateConfig(policy: ConsumerPolicy): Partial<ConsumerUpdateConfig> {
  return {
    ack_wait: nanos(policy.ackWaitMs),
    max_deliver: policy.maxDeliver,
    max_ack_pending: policy.maxAckPending,
  };
}

/** Creates the durable pull consumer, or updates an existing one to the current policy. */
export async function ensureDurableConsumer(
  nc: NatsConnection,
  stream: string,
  durable: string,
  filterSubject: string,
  policy: ConsumerPolicy,
): Promise<void> {
  const jsm = await jetstreamManager(nc);
  const config = toConsumerConfig(durable, filterSubject, policy);
  try {
    try {
      await jsm.consumers.info(stream, durable);
    } catch (error) {
      if (!isApiError(error, CONSUMER_NOT_FOUND)) throw error;
      try {
        await jsm.consumers.add(stream, config);
        return;
      } catch (addError) {
        if (!isApiError(addError, CONSUMER_NAME_IN_USE) && !isApiError(addError, CONSUMER_ALREADY_EXISTS))
          throw addError;
      }
    }
    // An older version of this transport set `backoff`; clear it so nak delays are exact.
    await jsm.consumers.update(stream, durable, { ...toConsumerUpdateConfig(policy), backoff: [] });
  } catch (error) {
    throw new MessagingError(
      'TOPOLOGY_SETUP_FAILED',
      `cannot set up consumer ${durable} on stream ${stream}: ${describeError(error)}`,
      { cause: error },
    );
  }
}
