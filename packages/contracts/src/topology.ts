import type { MessageContract } from './define-message.js';
import { TopologyError } from './errors.js';
import { STREAM_DEFINITIONS, type StreamDefinition, type StreamKey } from './streams.js';
import { matchesSubject } from './subject-match.js';

/** A stream with concrete (namespaced) name and subjects. */
export interface ResolvedStream extends StreamDefinition {
  readonly name: string;
}

/**
 * Concrete subjects and streams for one namespace. Handlers and contracts use logical subjects
 * (`articles.ingested.v1`); only the transport sees concrete ones (`test-1a2b.articles.ingested.v1`).
 */
export interface Topology {
  readonly namespace: string | undefined;
  /** `''` or `'<namespace>.'` */
  readonly subjectPrefix: string;
  /** `''` or `'<NAMESPACE>_'` */
  readonly streamPrefix: string;
  readonly streams: Readonly<Record<StreamKey, ResolvedStream>>;
  /** Concrete subject for a contract or logical subject. */
  subjectFor(target: MessageContract | string): string;
  /** Logical subject for a concrete one; throws if it is outside this namespace. */
  logicalSubjectOf(concreteSubject: string): string;
  /** The stream storing a contract's (or logical subject's) messages. */
  streamFor(target: MessageContract | string): ResolvedStream;
}

// Lowercase letters, digits and '-' only: '_' or upper case would make two namespaces share
// stream names (both are upper-cased with '-' → '_').
const NAMESPACE = /^[a-z0-9][a-z0-9-]{0,31}$/;

export function resolveTopology(namespace?: string): Topology {
  const ns = namespace === undefined || namespace === '' ? undefined : namespace;
  if (ns !== undefined && !NAMESPACE.test(ns)) {
    throw new TopologyError(
      'INVALID_NAMESPACE',
      `namespace "${ns}" is invalid: use 1-32 lowercase letters, digits or '-', starting with a letter or digit`,
    );
  }
  const subjectPrefix = ns ? `${ns}.` : '';
  const streamPrefix = ns ? `${ns.toUpperCase().replace(/-/g, '_')}_` : '';

  const streams = Object.fromEntries(
    STREAM_DEFINITIONS.map((def) => [
      def.key,
      Object.freeze({
        ...def,
        name: `${streamPrefix}${def.key}`,
        subjects: Object.freeze(def.subjects.map((s) => `${subjectPrefix}${s}`)),
      }),
    ]),
  ) as Record<StreamKey, ResolvedStream>;

  const logicalOf = (target: MessageContract | string): string =>
    typeof target === 'string' ? target : target.subject;

  return Object.freeze({
    namespace: ns,
    subjectPrefix,
    streamPrefix,
    streams: Object.freeze(streams),
    subjectFor: (target: MessageContract | string) => `${subjectPrefix}${logicalOf(target)}`,
    logicalSubjectOf(concreteSubject: string): string {
      if (!concreteSubject.startsWith(subjectPrefix)) {
        throw new TopologyError(
          'NO_STREAM_FOR_SUBJECT',
          `subject "${concreteSubject}" is outside namespace "${ns ?? ''}"`,
        );
      }
      return concreteSubject.slice(subjectPrefix.length);
    },
    streamFor(target: MessageContract | string): ResolvedStream {
      const logical = logicalOf(target);
      const def = STREAM_DEFINITIONS.find((d) => d.subjects.some((p) => matchesSubject(p, logical)));
      if (!def) {
        throw new TopologyError('NO_STREAM_FOR_SUBJECT', `no stream stores subject "${logical}"`);
      }
      return streams[def.key];
    },
  });
}
