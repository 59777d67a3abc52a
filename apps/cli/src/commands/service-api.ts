// Talking to a service's HTTP API: where it is, which key to send, what an error says.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../command.js';
import type { ParsedArgs } from '../args.js';

export type ServiceName = 'ingest' | 'extraction' | 'aggregation';

const SERVICES: Record<ServiceName, { defaultUrl: string; urlVariable: string }> = {
  ingest: { defaultUrl: 'http://127.0.0.1:3001', urlVariable: 'STANCE_INGEST_URL' },
  extraction: { defaultUrl: 'http://127.0.0.1:3002', urlVariable: 'STANCE_EXTRACTION_URL' },
  aggregation: { defaultUrl: 'http://127.0.0.1:3003', urlVariable: 'STANCE_AGGREGATION_URL' },
};

/** Where `pnpm start` keeps the checkout's local admin key. */
export const LOCAL_KEY_FILE = '.stance/api-key';

/** The options every command that calls a service accepts. */
export const SERVICE_API_OPTIONS = ['url', 'key'] as const;

export function serviceApiHelp(service: ServiceName): string {
  const { defaultUrl, urlVariable } = SERVICES[service];
  return `The ${service} service is found at --url, else $${urlVariable}, else ${defaultUrl}.
The API key is --key, else $STANCE_API_KEY, else the file ${LOCAL_KEY_FILE} (written by pnpm start).`;
}

export interface ServiceApi {
  baseUrl: string;
  key: string;
}

export async function resolveServiceApi(
  parsed: ParsedArgs,
  env: NodeJS.ProcessEnv,
  service: ServiceName,
): Promise<ServiceApi> {
  const { defaultUrl, urlVariable } = SERVICES[service];
  const raw = parsed.options.get('url') ?? env[urlVariable] ?? defaultUrl;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UsageError(`--url must be an http(s) URL, got ${JSON.stringify(raw)}`);
  }
  const key = parsed.options.get('key') ?? env.STANCE_API_KEY ?? (await readLocalKey());
  if (!key)
    throw new UsageError(
      'no API key: pass --key, set STANCE_API_KEY, or create one with "stance keys create"',
    );
  return { baseUrl: url.href.replace(/\/$/, ''), key };
}

async function readLocalKey(): Promise<string | undefined> {
  try {
    return (await readFile(LOCAL_KEY_FILE, 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** An answer of a service that is not a success, with the service's own code and message. */
export class ServiceApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceApiError';
  }
}

/** Sends JSON (or a text body with its content type) and returns the JSON answer of a 2xx. */
export async function callServiceApi(
  api: ServiceApi,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${api.key}`,
        ...(body !== undefined && { 'content-type': contentType }),
      },
      ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ServiceApiError(0, 'UNREACHABLE', `cannot reach ${api.baseUrl}: ${(error as Error).message}`);
  }
  return readAnswer(res);
}

/** The JSON body of a 2xx answer; anything else becomes a ServiceApiError. */
export async function readAnswer(res: Response): Promise<unknown> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (res.ok) return json;
  const error = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
  throw new ServiceApiError(
    res.status,
    error?.code ?? `HTTP_${res.status}`,
    error?.message ?? (text.slice(0, 200) || `HTTP ${res.status}`),
  );
}
