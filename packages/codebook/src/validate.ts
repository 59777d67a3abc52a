// Checks a parsed codebook node by node against docs/codebook-format.md (version 1) and
// builds the typed Codebook. Every problem is collected with its position; nothing stops
// at the first one.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { IssueCollector } from './source.js';
import type { Actor, ActorKind, Codebook, NamesByLang, Role, Topic } from './types.js';

export const ACTOR_KINDS: readonly ActorKind[] = [
  'person',
  'party',
  'armed-group',
  'movement',
  'government',
  'country',
  'organization',
  'other',
];

const ID_PATTERN = /^[a-z0-9-]+$/;
// BCP-47 in the shape codebooks use: a 2–3 letter language, then optional subtags (ar, en-GB, ar-IQ, zh-Hant).
const LANG_TAG_PATTERN = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const ROOT_KEYS = ['version', 'name', 'actors', 'topics'];
const ACTOR_KEYS = ['id', 'kind', 'names', 'roles', 'memberOf'];
const ROLE_KEYS = ['title', 'from', 'to'];
const TOPIC_KEYS = ['id', 'label', 'pro', 'anti', 'actor'];

type MaybeNode = YamlNode | null | undefined;

interface Entry {
  keyOffset: number;
  value: MaybeNode;
}

/** Where each id was defined and where references to ids were made, for the cross checks. */
interface IdSite {
  id: string;
  offset: number;
  path: string;
}

class CodebookReader {
  private readonly definitions = new Map<string, IdSite & { what: 'actor' | 'topic' }>();
  private readonly memberRefs: Array<IdSite & { from: string }> = [];
  private readonly topicActorRefs: IdSite[] = [];

  constructor(
    private readonly doc: Document.Parsed,
    private readonly issues: IssueCollector,
  ) {}

  read(): Codebook {
    const root = this.asMap(
      this.doc.contents,
      '',
      'the codebook (a mapping with version, name, actors, topics)',
    );
    const entries = root ? this.entries(root, '', ROOT_KEYS, ROOT_KEYS) : new Map<string, Entry>();
    this.checkVersion(entries.get('version'));
    const name = this.optionalString(entries.get('name')?.value, 'name') ?? '';
    const actors = this.list(entries.get('actors')?.value, 'actors', (node, path) =>
      this.readActor(node, path),
    );
    const topics = this.list(entries.get('topics')?.value, 'topics', (node, path) =>
      this.readTopic(node, path),
    );
    this.checkReferences(actors);
    return { version: 1, name, actors, topics };
  }

  // ---- structure helpers ----

  private resolve(node: MaybeNode): MaybeNode {
    return isAlias(node) ? (node.resolve(this.doc) as MaybeNode) : node;
  }

  private offsetOf(node: MaybeNode, fallback = 0): number {
    return node?.range?.[0] ?? fallback;
  }

  private describe(node: MaybeNode): string {
    if (node == null) return 'nothing';
    if (isMap(node)) return 'a mapping';
    if (isSeq(node)) return 'a list';
    if (isScalar(node)) {
      if (node.value === null) return 'nothing';
      if (typeof node.value === 'string') return `the text ${JSON.stringify(node.value)}`;
      return `${typeof node.value} ${String(node.value)}`;
    }
    return 'an unsupported value';
  }

  private asMap(raw: MaybeNode, path: string, what: string, fallbackOffset = 0): YAMLMap | undefined {
    const node = this.resolve(raw);
    if (isMap(node)) return node;
    this.issues.addAt(
      this.offsetOf(node, fallbackOffset),
      path,
      `expected ${what}, found ${this.describe(node)}`,
    );
    return undefined;
  }

  /** Reads a mapping's keys, reporting unknown keys where they are and missing ones where the mapping starts. */
  private entries(map: YAMLMap, path: string, allowed: string[], required: string[]): Map<string, Entry> {
    const found = new Map<string, Entry>();
    for (const pair of map.items) {
      const keyNode = this.resolve(pair.key as MaybeNode);
      const keyOffset = this.offsetOf(keyNode, this.offsetOf(map));
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof key !== 'string') {
        this.issues.addAt(keyOffset, path, `keys must be text, found ${this.describe(keyNode)}`);
        continue;
      }
      if (!allowed.includes(key)) {
        this.issues.addAt(
          keyOffset,
          join(path, key),
          `unknown key "${key}" (allowed here: ${allowed.join(', ')})`,
        );
        continue;
      }
      found.set(key, { keyOffset, value: pair.value as MaybeNode });
    }
    for (const key of required) {
      if (!found.has(key)) this.issues.addAt(this.offsetOf(map), path, `missing required key "${key}"`);
    }
    return found;
  }

  private list<T>(
    raw: MaybeNode,
    path: string,
    readItem: (node: MaybeNode, path: string) => T | undefined,
  ): T[] {
    if (raw === undefined) return [];
    const node = this.resolve(raw);
    if (!isSeq(node)) {
      this.issues.addAt(this.offsetOf(node), path, `expected a list, found ${this.describe(node)}`);
      return [];
    }
    const out: T[] = [];
    node.items.forEach((item, i) => {
      const value = readItem(item as MaybeNode, `${path}[${i}]`);
      if (value !== undefined) out.push(value);
    });
    return out;
  }

  private optionalString(raw: MaybeNode, path: string): string | undefined {
    if (raw === undefined) return undefined;
    const node = this.resolve(raw);
    if (isScalar(node) && typeof node.value === 'string') {
      if (node.value.trim() === '') {
        this.issues.addAt(this.offsetOf(node), path, 'must not be empty');
        return undefined;
      }
      return node.value;
    }
    this.issues.addAt(this.offsetOf(node), path, `expected text, found ${this.describe(node)}`);
    return undefined;
  }

  // ---- fields ----

  private checkVersion(entry: Entry | undefined): void {
    if (!entry) return;
    const node = this.resolve(entry.value);
    if (!isScalar(node) || node.value !== 1) {
      this.issues.addAt(
        this.offsetOf(node, entry.keyOffset),
        'version',
        `unsupported version ${this.describe(node)}; only version 1 exists`,
      );
    }
  }

  private readId(entry: Entry | undefined, path: string, what: 'actor' | 'topic'): string | undefined {
    if (!entry) return undefined;
    const id = this.optionalString(entry.value, path);
    if (id === undefined) return undefined;
    const offset = this.offsetOf(this.resolve(entry.value), entry.keyOffset);
    if (!ID_PATTERN.test(id)) {
      this.issues.addAt(offset, path, `invalid id "${id}": use lowercase letters, digits and '-' only`);
      return id;
    }
    const earlier = this.definitions.get(id);
    if (earlier) {
      const where = `${earlier.what} at line ${this.issues.lineAt(earlier.offset)}`;
      this.issues.addAt(
        offset,
        path,
        `duplicate id "${id}": already used by the ${where} (ids are unique across actors and topics)`,
      );
    } else {
      this.definitions.set(id, { id, offset, path, what });
    }
    return id;
  }

  private readKind(entry: Entry | undefined, path: string): ActorKind | undefined {
    if (!entry) return undefined;
    const kind = this.optionalString(entry.value, path);
    if (kind === undefined) return undefined;
    if (!(ACTOR_KINDS as readonly string[]).includes(kind)) {
      const offset = this.offsetOf(this.resolve(entry.value), entry.keyOffset);
      this.issues.addAt(offset, path, `unknown actor kind "${kind}" (one of: ${ACTOR_KINDS.join(', ')})`);
      return undefined;
    }
    return kind as ActorKind;
  }

  private checkLangTag(tag: string, offset: number, path: string): boolean {
    if (LANG_TAG_PATTERN.test(tag)) return true;
    this.issues.addAt(offset, path, `"${tag}" is not a language tag (BCP-47, e.g. "ar", "en", "en-GB")`);
    return false;
  }

  /** A language-tag → list-of-strings mapping (actor names, role titles, topic phrases). */
  private readNames(entry: Entry | undefined, path: string, what: string, requireSome: boolean): NamesByLang {
    const names: NamesByLang = {};
    if (!entry) return names;
    const map = this.asMap(
      entry.value,
      path,
      `${what} by language (e.g. ar: [...], en: [...])`,
      entry.keyOffset,
    );
    if (!map) return names;
    const langs = this.langEntries(map, path);
    for (const [lang, langEntry] of langs) {
      const langPath = join(path, lang);
      const seq = this.resolve(langEntry.value);
      if (!isSeq(seq)) {
        this.issues.addAt(
          this.offsetOf(seq, langEntry.keyOffset),
          langPath,
          `expected a list of ${what}, found ${this.describe(seq)}`,
        );
        continue;
      }
      if (seq.items.length === 0) {
        this.issues.addAt(
          this.offsetOf(seq, langEntry.keyOffset),
          langPath,
          `empty list of ${what}: add one or remove the key`,
        );
        continue;
      }
      const forms: string[] = [];
      seq.items.forEach((item, i) => {
        const form = this.optionalString(this.resolve(item as MaybeNode) ?? null, `${langPath}[${i}]`);
        if (form !== undefined) forms.push(form);
      });
      names[lang] = forms;
    }
    if (requireSome && map.items.length === 0)
      this.issues.addAt(
        this.offsetOf(map, entry.keyOffset),
        path,
        `needs at least one language with ${what}`,
      );
    return names;
  }

  /** Keys of a by-language mapping: each a language tag, each once. */
  private langEntries(map: YAMLMap, path: string): Map<string, Entry> {
    const out = new Map<string, Entry>();
    for (const pair of map.items) {
      const keyNode = this.resolve(pair.key as MaybeNode);
      const keyOffset = this.offsetOf(keyNode, this.offsetOf(map));
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof key !== 'string') {
        this.issues.addAt(keyOffset, path, `expected a language tag as key, found ${this.describe(keyNode)}`);
        continue;
      }
      if (this.checkLangTag(key, keyOffset, join(path, key)))
        out.set(key, { keyOffset, value: pair.value as MaybeNode });
    }
    return out;
  }

  private readLabel(entry: Entry | undefined, path: string): Record<string, string> {
    const label: Record<string, string> = {};
    if (!entry) return label;
    const map = this.asMap(entry.value, path, 'a label by language (e.g. en: ..., ar: ...)', entry.keyOffset);
    if (!map) return label;
    const langs = this.langEntries(map, path);
    for (const [lang, langEntry] of langs) {
      const text = this.optionalString(langEntry.value ?? null, join(path, lang));
      if (text !== undefined) label[lang] = text;
    }
    if (map.items.length === 0)
      this.issues.addAt(this.offsetOf(map, entry.keyOffset), path, 'needs a label in at least one language');
    return label;
  }

  private readDate(entry: Entry | undefined, path: string): { value: string; offset: number } | undefined {
    if (!entry) return undefined;
    const node = this.resolve(entry.value);
    const offset = this.offsetOf(node, entry.keyOffset);
    // YAML 1.1 documents may turn dates into timestamps; accept those as the day they name.
    const raw =
      isScalar(node) && node.value instanceof Date
        ? node.value.toISOString().slice(0, 10)
        : isScalar(node)
          ? node.value
          : undefined;
    if (typeof raw !== 'string' || !isCalendarDate(raw)) {
      this.issues.addAt(offset, path, `expected an ISO date YYYY-MM-DD, found ${this.describe(node)}`);
      return undefined;
    }
    return { value: raw, offset };
  }

  // ---- records ----

  private readRole(raw: MaybeNode, path: string): Role | undefined {
    const map = this.asMap(raw, path, 'a role (a mapping with title, from, to)');
    if (!map) return undefined;
    const e = this.entries(map, path, ROLE_KEYS, ['title']);
    const title = this.readNames(e.get('title'), join(path, 'title'), 'titles', true);
    const from = this.readDate(e.get('from'), join(path, 'from'));
    const to = this.readDate(e.get('to'), join(path, 'to'));
    if (from && to && from.value > to.value) {
      this.issues.addAt(
        to.offset,
        join(path, 'to'),
        `role ends (${to.value}) before it starts (${from.value})`,
      );
    }
    const role: Role = { title };
    if (from) role.from = from.value;
    if (to) role.to = to.value;
    return role;
  }

  private readActor(raw: MaybeNode, path: string): Actor | undefined {
    const map = this.asMap(raw, path, 'an actor (a mapping with id, kind, names)');
    if (!map) return undefined;
    const e = this.entries(map, path, ACTOR_KEYS, ['id', 'kind', 'names']);
    const id = this.readId(e.get('id'), join(path, 'id'), 'actor');
    const kind = this.readKind(e.get('kind'), join(path, 'kind'));
    const names = this.readNames(e.get('names'), join(path, 'names'), 'names', true);
    const roles = this.list(e.get('roles')?.value, join(path, 'roles'), (node, p) => this.readRole(node, p));
    const memberOf = this.readMemberOf(e.get('memberOf'), join(path, 'memberOf'), id);
    if (id === undefined || kind === undefined) return undefined;
    return { id, kind, names, roles, memberOf };
  }

  private readMemberOf(entry: Entry | undefined, path: string, ownId: string | undefined): string[] {
    if (!entry) return [];
    return this.list(entry.value, path, (node, p) => {
      const ref = this.optionalString(this.resolve(node) ?? null, p);
      if (ref === undefined) return undefined;
      this.memberRefs.push({
        id: ref,
        offset: this.offsetOf(this.resolve(node)),
        path: p,
        from: ownId ?? '',
      });
      return ref;
    });
  }

  private readTopic(raw: MaybeNode, path: string): Topic | undefined {
    const map = this.asMap(raw, path, 'a topic (a mapping with id, label, pro, anti or actor)');
    if (!map) return undefined;
    const e = this.entries(map, path, TOPIC_KEYS, ['id', 'label']);
    const id = this.readId(e.get('id'), join(path, 'id'), 'topic');
    const label = this.readLabel(e.get('label'), join(path, 'label'));
    const pro = this.readNames(e.get('pro'), join(path, 'pro'), 'phrases', false);
    const anti = this.readNames(e.get('anti'), join(path, 'anti'), 'phrases', false);
    const actorEntry = e.get('actor');
    const actor = this.optionalString(actorEntry?.value, join(path, 'actor'));
    if (actor !== undefined && actorEntry) {
      this.topicActorRefs.push({
        id: actor,
        offset: this.offsetOf(this.resolve(actorEntry.value), actorEntry.keyOffset),
        path: join(path, 'actor'),
      });
    }
    const hasPhrases = Object.keys(pro).length > 0 || Object.keys(anti).length > 0;
    if (!actorEntry && !hasPhrases) {
      // Without phrases or a target actor nothing in a text could ever mention the topic.
      this.issues.addAt(
        this.offsetOf(map),
        path,
        'a topic needs "pro" or "anti" phrases, or "actor" naming the actor it is about',
      );
    }
    if (id === undefined) return undefined;
    const topic: Topic = { id, label, pro, anti };
    if (actor !== undefined) topic.actor = actor;
    return topic;
  }

  // ---- cross references ----

  private checkReferences(actors: Actor[]): void {
    for (const ref of this.memberRefs) {
      const target = this.definitions.get(ref.id);
      if (ref.id === ref.from)
        this.issues.addAt(ref.offset, ref.path, `actor "${ref.id}" cannot be a member of itself`);
      else if (!target)
        this.issues.addAt(ref.offset, ref.path, `memberOf refers to unknown actor "${ref.id}"`);
      else if (target.what !== 'actor')
        this.issues.addAt(
          ref.offset,
          ref.path,
          `memberOf refers to "${ref.id}", which is a topic, not an actor`,
        );
    }
    for (const ref of this.topicActorRefs) {
      const target = this.definitions.get(ref.id);
      if (!target) this.issues.addAt(ref.offset, ref.path, `topic refers to unknown actor "${ref.id}"`);
      else if (target.what !== 'actor')
        this.issues.addAt(
          ref.offset,
          ref.path,
          `topic refers to "${ref.id}", which is a topic, not an actor`,
        );
    }
    this.checkMembershipCycles(actors);
  }

  /** A cycle in memberOf would make "speaks for" chains endless for the engine. */
  private checkMembershipCycles(actors: Actor[]): void {
    const parents = new Map(actors.map((a) => [a.id, a.memberOf]));
    const reported = new Set<string>();
    for (const actor of actors) {
      const trail = findCycle(actor.id, parents);
      if (!trail) continue;
      const key = [...trail].sort().join(',');
      if (reported.has(key)) continue;
      reported.add(key);
      const site = this.definitions.get(actor.id);
      this.issues.addAt(
        site?.offset ?? 0,
        site?.path ?? 'actors',
        `memberOf forms a cycle: ${[...trail, trail[0]].join(' → ')}`,
      );
    }
  }
}

function findCycle(start: string, parents: Map<string, string[]>): string[] | undefined {
  const walk = (id: string, trail: string[]): string[] | undefined => {
    for (const parent of parents.get(id) ?? []) {
      // Self-membership is reported on its own, as a direct error.
      if (parent === start && id !== start) return trail;
      if (trail.includes(parent) || parent === id) continue;
      const found = walk(parent, [...trail, parent]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}

function isCalendarDate(text: string): boolean {
  const m = ISO_DATE_PATTERN.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function readCodebook(doc: Document.Parsed, issues: IssueCollector): Codebook {
  return new CodebookReader(doc, issues).read();
}
