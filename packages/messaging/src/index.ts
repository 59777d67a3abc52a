export { JetStreamServer, type JetStreamServerEvents, type JetStreamServerOptions } from './server.js';
export { JETSTREAM_TRANSPORT } from './transport-id.js';
export { OnMessage } from './on-message.decorator.js';
export { supportsTermReason } from './server-version.js';
export {
  JetStreamPublisher,
  type PublishManyOptions,
  type PublishOptions,
  type PublishResult,
  type PublisherConnectOptions,
} from './publisher.js';
export { MessagingModule, MESSAGING_OPTIONS, type MessagingModuleOptions } from './messaging.module.js';
export { JetStreamContext } from './context.js';
export { JetStreamErrorInterceptor } from './error-capture.interceptor.js';
export { MessagingError, type MessagingErrorCode } from './errors.js';
export {
  DEFAULT_CONSUMER_POLICY,
  resolveConsumerPolicy,
  type ConsumerPolicy,
  type MessagingConnectionOptions,
} from './options.js';
export { decideOutcome, errorCodeOf, type Outcome, type OutcomeInput } from './outcome.js';
export { connectToNats } from './connection.js';
export { deleteStreams, ensureStreams } from './stream-setup.js';
export { durableNameFor } from './consumer-setup.js';
export { buildDeadLetter } from './dead-letter.js';
export {
  describePipeline,
  type PipelineStatus,
  type StreamStatus,
  type ConsumerStatus,
} from './pipeline-status.js';
