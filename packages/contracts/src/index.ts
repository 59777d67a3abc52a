export { ContractViolation, TopologyError } from './errors.js';
export { defineMessage, type InputOf, type MessageContract, type PayloadOf } from './define-message.js';
export * from './messages.js';
export { STREAM_DEFINITIONS, type StreamDefinition, type StreamKey } from './streams.js';
export { resolveTopology, type ResolvedStream, type Topology } from './topology.js';
export { matchesSubject } from './subject-match.js';
export { encodeMessage, parseMessage, validatePayload } from './parse-message.js';
