import { BaseRpcContext } from '@nestjs/microservices';
import type { JsMsg } from '@nats-io/jetstream';

/**
 * What a JetStream handler gets with `@Ctx()`: the raw message, its logical subject and the
 * delivery count. The transport acks/naks/terms for you; call working() only if you want to
 * extend the ack deadline yourself (the transport already does it while the handler runs).
 */
export class JetStreamContext extends BaseRpcContext<[JsMsg, string]> {
  private capturedError: { error: unknown } | undefined;

  getMessage(): JsMsg {
    return this.args[0];
  }

  /** Logical (un-namespaced) subject, e.g. `articles.ingested.v1`. */
  getSubject(): string {
    return this.args[1];
  }

  /** 1 on the first delivery. */
  getDeliveryCount(): number {
    return this.args[0].info.deliveryCount;
  }

  getHeaders(): Record<string, string[]> {
    return headersToRecord(this.args[0]);
  }

  /** Tells the server the message is still being worked on (resets its ack timer). */
  working(): void {
    this.args[0].working();
  }

  /** @internal Keeps the handler's original error, which Nest's default filter would replace. */
  captureError(error: unknown): void {
    this.capturedError ??= { error };
  }

  /** @internal */
  getCapturedError(): { error: unknown } | undefined {
    return this.capturedError;
  }
}

export function headersToRecord(msg: Pick<JsMsg, 'headers'>): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  if (!msg.headers) return record;
  for (const key of msg.headers.keys()) record[key] = msg.headers.values(key);
  return record;
}
