/**
 * Memoises a function of a token form. News vocabulary repeats, so most lookups hit; the table
 * is dropped whole once it holds `limit` forms, so that a long-running process stays bounded.
 * `compute` must not return undefined (use null), which marks a form not seen yet.
 *
 * The table is open addressing over the forms' own code units rather than a Map: token forms
 * are fresh strings sliced from each story, and a Map lookup with such a key (hashing it, then
 * comparing it with the stored form in the runtime's generic code) cost about 300 ns, three to
 * four times this table's probe, on the engine's commonest call (one per Arabic word).
 */
export function memoByForm<T extends NonNullable<unknown> | null>(
  compute: (form: string) => T,
  limit = 200_000,
): (form: string) => T {
  const table = new FormTable<T>();
  return (form) => {
    let value = table.get(form);
    if (value === undefined) {
      value = compute(form);
      if (table.size >= limit) table.clear();
      table.set(form, value);
    }
    return value;
  };
}

const INITIAL_SLOTS = 1 << 12;

/** String keys to values, linear probing; kept at most half full so probes stay short. */
class FormTable<T> {
  size = 0;
  private mask = 0;
  private keys: (string | undefined)[] = [];
  private values: (T | undefined)[] = [];

  constructor() {
    this.allocate(INITIAL_SLOTS);
  }

  get(form: string): T | undefined {
    const keys = this.keys;
    const mask = this.mask;
    for (let slot = hashForm(form) & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === undefined) return undefined;
      if (key === form) return this.values[slot];
    }
  }

  /** Stores a form that get() did not find. */
  set(form: string, value: T): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.place(form, value);
    this.size++;
  }

  clear(): void {
    this.size = 0;
    this.allocate(INITIAL_SLOTS);
  }

  /** Empty slots, a power of two of them. */
  private allocate(slots: number): void {
    this.mask = slots - 1;
    this.keys = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<T | undefined>(slots).fill(undefined);
  }

  private place(form: string, value: T): void {
    const keys = this.keys;
    const mask = this.mask;
    let slot = hashForm(form) & mask;
    while (keys[slot] !== undefined) slot = (slot + 1) & mask;
    keys[slot] = form;
    this.values[slot] = value;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.allocate(2 * oldKeys.length);
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i];
      if (key !== undefined) this.place(key, oldValues[i] as T);
    }
  }
}

/** FNV-1a over the UTF-16 code units, its high bits folded down (the mask keeps the low ones). */
function hashForm(form: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < form.length; i++) h = Math.imul(h ^ form.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
