import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/nats-core';
import { describeError, MessagingError } from './errors.js';
import type { MessagingConnectionOptions } from './options.js';

/**
 * Connects to NATS or fails with NATS_UNREACHABLE. The first connect is not retried in the
 * background: a service that cannot reach its broker at boot should crash and be restarted,
 * not come up looking healthy. Later disconnects are handled by the client's reconnect.
 */
export async function connectToNats(options: MessagingConnectionOptions): Promise<NatsConnection> {
  const servers = Array.isArray(options.servers) ? options.servers : [options.servers];
  if (servers.length === 0 || servers.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new MessagingError('INVALID_OPTIONS', 'servers must list at least one NATS URL');
  }
  try {
    return await connect({
      servers,
      name: options.connectionName,
      timeout: options.connectTimeoutMs ?? 5_000,
      waitOnFirstConnect: false,
      maxReconnectAttempts: -1,
    });
  } catch (error) {
    throw new MessagingError(
      'NATS_UNREACHABLE',
      `cannot connect to NATS at ${servers.join(', ')}: ${describeError(error)}`,
      {
        cause: error,
      },
    );
  }
}
