// Talking to the ingest service's HTTP API: where it is, which key to send, what an error says.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../command.js';
import type { ParsedArgs } from '../args.js';

export const DEFAULT_INGEST_URL = 'http://127.0.0.1:3001';
/** Where `pnpm start` keeps the checkout's local admin key. */
export const LOCAL_KEY_FILE = '.stance/api-key';

export const INGEST_API_HELP = `The ingest service is found at --url, else $STANCE_INGEST_URL, else ${DEFAULT_INGEST_URL}.
The API key is --key, else $STANCE_API_KEY, else the file ${LOCAL_KEY_FILE} (written by pnpm start).`;

export interface IngestApi {
  baseUrl: string;
  key: string;
}

/** The options every ingest-API command accepts. */
export const INGEST_API_OPTIONS = ['url', 'key'] as const;

export async function resolveIngestApi(parsed: ParsedArgs, env: NodeJS.ProcessEnv): Promise<IngestApi> {
  const raw = parsed.options.get('url') ?? env.STANCE_INGEST_URL ?? DEFAULT_INGEST_URL;
  let baseUrl: URL;
  try {
    baseUrl = new URL(raw);
  } catch {
    throw new UsageError(`--url must be an http(s) URL, got ${JSON.stringify(raw)}`);
  }
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') {
    throw new UsageError(`--url must be an http(s) URL, got ${JSON.stringify(raw)}`);
  }
  const key = parsed.options.get('key') ?? env.STANCE_API_KEY ?? (await readLocalKey());
  if (!key) {
    throw new UsageError(`no API key: pass --key, set STANCE_API_KEY, or create one with "stance keys create"`);
  }
  return { baseUrl: baseUrl.href.replace(/\/$/, ''), key };
}

async function readLocalKey(): Promise<string | undefined> {
  try {
    return (await readFile(LOCAL_KEY_FILE, 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** An answer of the ingest API that is not a success, with the server's own message. */
export class IngestApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'IngestApiError';
  }
}

export async function callIngestApi(
  api: IngestApi,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${api.key}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new IngestApiError(0, 'UNREACHABLE', `cannot reach the ingest service at ${api.baseUrl}: ${(error as Error).message}`);
  }
  return readAnswer(res);
}

/** The JSON body of a 2xx answer; anything else becomes an IngestApiError. */
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
  throw new IngestApiError(res.status, error?.code ?? `HTTP_${res.status}`, error?.message ?? (text.slice(0, 200) || `HTTP ${res.status}`));
}
