import type { z } from 'zod';
import { TopologyError } from './errors.js';

/**
 * A message contract: the versioned subject a message travels on and the schema of its
 * payload. Breaking payload changes get a new version (and so a new subject), which lets old
 * and new consumers run side by side during a rollout.
 */
export interface MessageContract<S extends z.ZodType = z.ZodType, Subject extends string = string> {
  /** Unversioned message name, e.g. `articles.ingested`. */
  readonly id: string;
  readonly version: number;
  /** `${id}.v${version}` — the logical (un-namespaced) NATS subject. */
  readonly subject: Subject;
  readonly schema: S;
}

/** The payload type a contract carries (what handlers receive after validation). */
export type PayloadOf<C extends MessageContract> = z.output<C['schema']>;
/** The payload type a publisher may pass (before defaults are applied). */
export type InputOf<C extends MessageContract> = z.input<C['schema']>;

const MESSAGE_ID = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

/** Declares a contract; the subject is derived from id and version so the two never disagree. */
export function defineMessage<
  const Id extends string,
  const V extends number,
  S extends z.ZodType,
>(definition: { id: Id; version: V; schema: S }): MessageContract<S, `${Id}.v${V}`> {
  const { id, version, schema } = definition;
  if (!MESSAGE_ID.test(id)) {
    throw new TopologyError('INVALID_CONTRACT', `message id "${id}" must be dot-separated lowercase tokens`);
  }
  if (!Number.isInteger(version) || version < 1) {
    throw new TopologyError(
      'INVALID_CONTRACT',
      `message "${id}" version must be a positive integer, got ${version}`,
    );
  }
  return Object.freeze({ id, version, subject: `${id}.v${version}` as `${Id}.v${V}`, schema });
}
