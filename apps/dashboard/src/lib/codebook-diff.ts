import type { Actor, Topic } from './api-types.js';

export interface ItemChange {
  id: string;
  /** Which fields differ between the versions (e.g. names, roles, kind). */
  fields: string[];
}

export interface ListDiff {
  added: string[];
  removed: string[];
  changed: ItemChange[];
}

export interface CodebookDiff {
  actors: ListDiff;
  topics: ListDiff;
}

/** What changed from one codebook version to another, by id and by field. */
export function diffCodebooks(
  before: { actors: readonly Actor[]; topics: readonly Topic[] },
  after: { actors: readonly Actor[]; topics: readonly Topic[] },
): CodebookDiff {
  return {
    actors: diffById(before.actors, after.actors, ['kind', 'names', 'memberOf', 'roles']),
    topics: diffById(before.topics, after.topics, ['label', 'pro', 'anti', 'actor']),
  };
}

function diffById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  fields: readonly (keyof T & string)[],
): ListDiff {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const changed: ItemChange[] = [];
  for (const [id, item] of now) {
    const previous = old.get(id);
    if (!previous) continue;
    const differing = fields.filter((f) => canonicalJson(previous[f]) !== canonicalJson(item[f]));
    if (differing.length) changed.push({ id, fields: differing });
  }
  return {
    added: [...now.keys()].filter((id) => !old.has(id)).sort(),
    removed: [...old.keys()].filter((id) => !now.has(id)).sort(),
    changed: changed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** JSON with object keys sorted, so {ar, en} and {en, ar} compare equal. */
function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
          )
        : v,
    ) ?? 'undefined'
  );
}
