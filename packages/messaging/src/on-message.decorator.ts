import { EventPattern } from '@nestjs/microservices';
import type { MessageContract, PayloadOf } from '@stance/contracts';
import type { JetStreamContext } from './context.js';
import { JETSTREAM_TRANSPORT } from './transport-id.js';

/**
 * `@OnMessage(ArticlesIngestedV1)` = `@EventPattern('articles.ingested.v1')` bound to the
 * JetStream transport, with the handler's payload typed from the contract. (Nest 12's own
 * `EventPattern` typing rejects a typed `@Ctx()` parameter.)
 */
export function OnMessage<C extends MessageContract>(contract: C) {
  return <H extends (payload: PayloadOf<C>, context: JetStreamContext) => unknown>(
    target: object,
    propertyKey: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ): void => {
    (EventPattern(contract.subject, JETSTREAM_TRANSPORT) as MethodDecorator)(target, propertyKey, descriptor);
  };
}
