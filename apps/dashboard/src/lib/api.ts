import { useEffect, useRef, useState } from 'react';

/** The services the dashboard server proxies under /api/<service>/. */
export type Service = 'aggregation' | 'ingest' | 'extraction';

const KEY_STORAGE = 'stance.apiKey';

export function readApiKey(): string {
  return window.localStorage.getItem(KEY_STORAGE) ?? '';
}

export function saveApiKey(key: string): void {
  if (key) window.localStorage.setItem(KEY_STORAGE, key.trim());
  else window.localStorage.removeItem(KEY_STORAGE);
}

/** A failed API call; `missing` marks an endpoint the server does not have (yet). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly missing: boolean,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | undefined | null>;

export function apiUrl(service: Service, path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api/${service}${path}${qs ? `?${qs}` : ''}`;
}

export async function callApi<T>(
  service: Service,
  path: string,
  options: { query?: Query; method?: string; body?: unknown; contentType?: string } = {},
): Promise<T> {
  const key = readApiKey();
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  const res = await fetch(apiUrl(service, path, options.query), {
    method: options.method ?? 'GET',
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { 'content-type': options.contentType ?? 'application/json' }),
    },
    body,
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const message = describeError(json) ?? `${res.status} ${res.statusText}`;
    // A 404 without a domain error body is the framework's "no such route": the endpoint is missing.
    const missing = res.status === 404 && !isDomainNotFound(json);
    throw new ApiError(res.status, message, missing);
  }
  return json as T;
}

/** The services answer errors as {"error": {"code", "message"}} (@stance/nest-platform). */
function errorBody(json: unknown): { code?: string; message?: string } | undefined {
  if (json && typeof json === 'object' && 'error' in json) {
    const e = (json as { error: unknown }).error;
    if (e && typeof e === 'object') return e as { code?: string; message?: string };
  }
  return undefined;
}

function describeError(json: unknown): string | undefined {
  return errorBody(json)?.message;
}

function isDomainNotFound(json: unknown): boolean {
  return errorBody(json)?.code === 'NOT_FOUND';
}

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; error: ApiError | Error };

/** Loads something from the API whenever `deps` change (or on reload); stale answers are dropped. */
export function useApi<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
): Loadable<T> & { reload: () => void } {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const seenGeneration = useRef(generation);
  useEffect(() => {
    let current = true;
    // A reload keeps showing the current data until the new answer arrives (no flash).
    const reloading = seenGeneration.current !== generation;
    seenGeneration.current = generation;
    if (!reloading) setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'ready', data }),
      (error: unknown) =>
        current &&
        setResult({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [...deps, generation]);
  return { ...result, reload: () => setGeneration((g) => g + 1) };
}
