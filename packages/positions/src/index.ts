export { PositionsError, type PositionsErrorCode } from './errors.js';
export {
  STANCES,
  type Stance,
  type Observation,
  validateObservation,
  validateObservations,
} from './observation.js';
export { MICRO_PER_UNIT, toMicro, fromMicro } from './weights.js';
export {
  GRANULARITIES,
  type Granularity,
  assertGranularity,
  bucketStart,
  bucketEnd,
  listBucketStarts,
} from './time-buckets.js';
export {
  type Statement,
  type StatementSet,
  statementKey,
  statementFromObservation,
  mergeStatements,
  buildStatementSet,
  mergeStatementSets,
  compareStatements,
  dedupeObservations,
  sortStatements,
} from './statements.js';
export {
  type Tally,
  type MutableTally,
  type StanceWeights,
  EMPTY_TALLY,
  addToTally,
  mergeTallies,
  subtractTallies,
  tallyStatements,
  tallyCount,
  tallyWeights,
  createTallyAccumulator,
  accumulateIntoTally,
} from './tally.js';
export {
  logGamma,
  logBeta,
  regularizedIncompleteBeta,
  inverseRegularizedIncompleteBeta,
  betaDensity,
  equalTailedInterval,
  type CredibleInterval,
} from './beta.js';
export {
  type BetaPrior,
  PRIORS,
  type PositionOptions,
  type PositionEstimate,
  netScore,
  probabilityLeansSupport,
  estimatePosition,
  estimateTallyPosition,
} from './posterior.js';
export { type BucketTally, bucketizeStatements, mergeBucketSeries, statementsInWindow } from './series.js';
export { type BucketDelta, statementBucketDeltas, applyBucketDeltas } from './incremental.js';
export {
  type DecayOptions,
  type CurrentPosition,
  type PositionHistoryPoint,
  type HistoryOptions,
  decayFactor,
  decayedWeights,
  currentPosition,
  positionHistory,
} from './decay.js';
export {
  type AlertKind,
  ALERT_KINDS,
  type AlertRule,
  DEFAULT_RULE_SETTINGS,
  validateAlertRule,
  ruleMatches,
} from './alert-rule.js';
export { type Alert, type DetectionContext, computeAlertId, detectAlerts } from './change-detection.js';
export {
  type ActorTopicLeaning,
  type ActorTopicTally,
  computeLeanings,
  leaningsFromTallies,
  tallyByActorTopic,
} from './leanings.js';
export { type WeightedEdge, detectCommunities, computeModularity } from './communities.js';
export {
  type NetworkNode,
  type NetworkEdge,
  type ActorNetwork,
  type NetworkOptions,
  buildActorNetwork,
  buildActorNetworkFromTallies,
} from './network.js';
export {
  type ActorWeighting,
  type WeightedPosition,
  type TopicPolarization,
  type PolarizationOptions,
  type PolarizationPoint,
  polarizationIndex,
  polarizationByTopic,
  polarizationFromTallies,
  polarizationSeries,
} from './polarization.js';
export { type CsvValue, type CsvColumn, type CsvOptions, toCsv } from './csv.js';
export { escapeXml } from './xml.js';
export {
  type GraphAttributeValue,
  type GraphMLGraph,
  type GraphMLOptions,
  writeGraphML,
  toGraphML,
} from './graphml.js';
export {
  SIGNATURE_HEADER,
  type WebhookVerification,
  signWebhook,
  formatSignatureHeader,
  verifyWebhook,
} from './webhook.js';
export { type RetryPolicy, type RetryDecision, DEFAULT_RETRY_POLICY, nextRetryDelay } from './retry.js';
