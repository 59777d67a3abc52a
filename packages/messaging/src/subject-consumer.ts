import type { Consumer, ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import type { LoggerService } from '@nestjs/common';
import type { ConsumerPolicy } from './options.js';
import { Semaphore } from './semaphore.js';

/**
 * Pulls one durable consumer and runs `process` for each message, at most
 * `policy.concurrency` at a time, heartbeating (`working()`) while a message is in progress so
 * a slow but alive handler is not redelivered elsewhere. `process` owns the ack decision.
 */
export class SubjectConsumer {
  private readonly slots: Semaphore;
  private readonly inFlight = new Set<Promise<void>>();
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly consumer: Consumer,
    private readonly policy: ConsumerPolicy,
    private readonly process: (msg: JsMsg) => Promise<void>,
    private readonly logger: LoggerService,
    private readonly label: string,
  ) {
    this.slots = new Semaphore(policy.concurrency);
  }

  async start(): Promise<void> {
    // Buffer no more than we can run: buffered messages' ack timers are already ticking.
    this.messages = await this.consumer.consume({ max_messages: this.policy.concurrency });
    this.loop = this.run(this.messages);
    void this.watchStatus(this.messages);
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /**
   * Stops pulling, hands back buffered messages, and waits for running handlers to settle —
   * at most `timeoutMs`; handlers still running then are abandoned and their messages
   * redelivered after ack_wait. Resolves to the number abandoned.
   */
  async stop(timeoutMs: number): Promise<number> {
    this.stopping = true;
    this.slots.close();
    // Resolves once the iterator has yielded (and we nak'ed) what it had buffered.
    await this.messages?.close();
    await this.loop;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>(
      (resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)),
    );
    const settled = Promise.allSettled([...this.inFlight]).then(() => 'settled' as const);
    const result = await Promise.race([settled, timedOut]);
    clearTimeout(timer);
    return result === 'timeout' ? this.inFlight.size : 0;
  }

  private async run(messages: ConsumerMessages): Promise<void> {
    try {
      for await (const msg of messages) {
        // Once stopping, buffered messages go straight back for another instance to take.
        if (this.stopping || !(await this.slots.acquire())) {
          msg.nak();
          continue;
        }
        const task = this.processWithHeartbeat(msg).finally(() => {
          this.inFlight.delete(task);
          this.slots.release();
        });
        this.inFlight.add(task);
      }
    } catch (error) {
      if (!this.stopping) this.logger.error(`${this.label}: consumer stopped: ${String(error)}`);
    }
  }

  private async processWithHeartbeat(msg: JsMsg): Promise<void> {
    const heartbeat = setInterval(
      () => this.heartbeat(msg),
      Math.max(Math.floor(this.policy.ackWaitMs / 3), 100),
    );
    try {
      await this.process(msg);
    } catch (error) {
      // `process` maps every handler outcome itself; reaching here is a transport bug. Leave the
      // message unacked: it is redelivered after ack_wait.
      this.logger.error(`${this.label}: message ${msg.seq} left unacknowledged: ${String(error)}`);
    } finally {
      clearInterval(heartbeat);
    }
  }

  private heartbeat(msg: JsMsg): void {
    try {
      msg.working();
    } catch (error) {
      // Connection gone (shutdown timed out, or lost): the server redelivers after ack_wait anyway.
      this.logger.warn(`${this.label}: heartbeat for message ${msg.seq} failed: ${String(error)}`);
    }
  }

  private async watchStatus(messages: ConsumerMessages): Promise<void> {
    for await (const status of messages.status()) {
      if (
        status.type === 'heartbeats_missed' ||
        status.type === 'consumer_deleted' ||
        status.type === 'consumer_not_found' ||
        status.type === 'stream_not_found'
      ) {
        this.logger.warn(`${this.label}: ${status.type}`);
      }
    }
  }
}
