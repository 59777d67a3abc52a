// The validated codebook, as described in ../shared/docs/codebook-format.md (version 1).
// Names and phrases are the base forms the operator wrote; matching variants is the
// extraction engine's job.

export type ActorKind =
  'person' | 'party' | 'armed-group' | 'movement' | 'government' | 'country' | 'organization' | 'other';

/** Surface forms per language (BCP-47 tag, e.g. "ar", "en"). */
export type NamesByLang = Record<string, string[]>;

export interface Role {
  title: NamesByLang;
  /** Inclusive ISO date (YYYY-MM-DD); undefined = open-ended. */
  from?: string;
  to?: string;
}

export interface Actor {
  id: string;
  kind: ActorKind;
  names: NamesByLang;
  roles: Role[];
  memberOf: string[];
}

export interface Topic {
  id: string;
  label: Record<string, string>;
  pro: NamesByLang;
  anti: NamesByLang;
  /** Set when the topic is stance toward an actor. */
  actor?: string;
}

export interface Codebook {
  version: 1;
  name: string;
  actors: Actor[];
  topics: Topic[];
}
