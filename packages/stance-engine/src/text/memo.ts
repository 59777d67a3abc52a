/**
 * Memoises a function of a token form. News vocabulary repeats, so most lookups hit; the table
 * is dropped whole once it holds `limit` forms, so that a long-running process stays bounded.
 * `compute` must not return undefined (use null), which marks a form not seen yet.
 */
export function memoByForm<T extends NonNullable<unknown> | null>(
  compute: (form: string) => T,
  limit = 200_000,
): (form: string) => T {
  let cache = new Map<string, T>();
  return (form) => {
    let value = cache.get(form);
    if (value === undefined) {
      value = compute(form);
      if (cache.size >= limit) cache = new Map();
      cache.set(form, value);
    }
    return value;
  };
}
