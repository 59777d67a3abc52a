/**
 * Every message the services exchange, in one place: subject (with its version) and payload
 * schema. Adding a message = declare it here and add it to MESSAGE_CONTRACTS; the stream that
 * stores it is found by subject (see streams.ts).
 *
 * Objects are not strict: unknown keys are dropped on parse, so an additive, optional field
 * can ship inside the same version without breaking older consumers.
 */
import { z } from 'zod';
import { defineMessage, type PayloadOf } from './define-message.js';

const isoDateTime = () => z.iso.datetime({ offset: true });
const nonEmpty = () => z.string().min(1);

export const ArticlesIngestedV1 = defineMessage({
  id: 'articles.ingested',
  version: 1,
  // The text stays in Postgres (system of record); extraction loads it by id.
  schema: z.object({
    articleId: z.uuid(),
    externalId: nonEmpty().optional(),
    // BCP-47 tag; 'ar' and 'en' are the ones the engine knows, others are carried through.
    lang: nonEmpty().optional(),
    publishedAt: isoDateTime().nullable().optional(),
    ingestedAt: isoDateTime(),
  }),
});

export const StanceSchema = z.enum(['support', 'oppose', 'neutral']);

export const StatementSchema = z
  .object({
    actor: nonEmpty(),
    topic: nonEmpty(),
    stance: StanceSchema,
    confidence: z.number().min(0).max(1),
    evidence: z.string(),
    // UTF-16 offsets into the article text (codebook-format.md).
    start: z.int().min(0),
    end: z.int().min(0),
  })
  .refine((s) => s.end >= s.start, { message: 'end must be >= start', path: ['end'] });

export const ObservationsExtractedV1 = defineMessage({
  id: 'observations.extracted',
  version: 1,
  // One message per (article, codebook); it REPLACES that article's earlier observations for the
  // codebook, so an empty `statements` clears them.
  schema: z.object({
    articleId: z.uuid(),
    codebookId: nonEmpty(),
    codebookVersion: nonEmpty(),
    extractorVersion: nonEmpty(),
    observedAt: isoDateTime(),
    statements: z.array(StatementSchema),
  }),
});

export const ExtractionBackfillRequestedV1 = defineMessage({
  id: 'extraction.backfill.requested',
  version: 1,
  schema: z
    .object({
      codebookId: nonEmpty(),
      articleIds: z.array(z.uuid()).min(1).optional(),
      from: isoDateTime().optional(),
      to: isoDateTime().optional(),
    })
    .refine((b) => b.from === undefined || b.to === undefined || Date.parse(b.from) <= Date.parse(b.to), {
      message: 'from must not be after to',
      path: ['from'],
    }),
});

export const AlertKindSchema = z.enum(['flip', 'shift', 'first', 'surge']);

export const AlertsFiredV1 = defineMessage({
  id: 'alerts.fired',
  version: 1,
  schema: z.object({
    alertId: nonEmpty(),
    ruleId: nonEmpty(),
    actor: nonEmpty(),
    topic: nonEmpty(),
    kind: AlertKindSchema,
    // True when raised while replaying history (backfill), so notifiers can stay quiet.
    historical: z.boolean(),
    firedAt: isoDateTime(),
    eventTime: isoDateTime(),
    summary: z.string(),
    evidence: z.array(
      z.object({
        observationId: nonEmpty(),
        articleId: z.uuid(),
        url: z.url().optional(),
      }),
    ),
  }),
});

export const DeadLetterV1 = defineMessage({
  id: 'deadletter',
  version: 1,
  schema: z.object({
    /** Logical (un-namespaced) subject the message was consumed from. */
    subject: nonEmpty(),
    reason: z.string(),
    errorCode: nonEmpty(),
    deliveryCount: z.int().min(1),
    /** The original bytes: UTF-8 text, or base64 when they were not valid UTF-8. */
    payload: z.string(),
    payloadEncoding: z.enum(['utf8', 'base64']).default('utf8'),
    headers: z.record(z.string(), z.array(z.string())),
    failedAt: isoDateTime(),
    /** The consuming service that gave up. */
    service: nonEmpty(),
    stream: nonEmpty().optional(),
    streamSequence: z.int().min(1).optional(),
  }),
});

/** All contracts; the transport refuses handlers for subjects missing here. */
export const MESSAGE_CONTRACTS = [
  ArticlesIngestedV1,
  ObservationsExtractedV1,
  ExtractionBackfillRequestedV1,
  AlertsFiredV1,
  DeadLetterV1,
] as const;

export type AnyMessageContract = (typeof MESSAGE_CONTRACTS)[number];
/** Union of every versioned subject, e.g. `'articles.ingested.v1' | …`. */
export type MessageSubject = AnyMessageContract['subject'];
/** Subject → payload type (like a job-name → job-data map). */
export type MessagePayloads = { [C in AnyMessageContract as C['subject']]: PayloadOf<C> };

export type ArticleIngested = PayloadOf<typeof ArticlesIngestedV1>;
export type ObservationsExtracted = PayloadOf<typeof ObservationsExtractedV1>;
export type Statement = z.output<typeof StatementSchema>;
export type Stance = z.output<typeof StanceSchema>;
export type ExtractionBackfillRequested = PayloadOf<typeof ExtractionBackfillRequestedV1>;
export type AlertFired = PayloadOf<typeof AlertsFiredV1>;
export type AlertKind = z.output<typeof AlertKindSchema>;
export type DeadLetter = PayloadOf<typeof DeadLetterV1>;
