// Talking to the aggregation service's HTTP API (alert rules): where it is, which key to send.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../command.js';
import type { ParsedArgs } from '../args.js';
import { LOCAL_KEY_FILE, readAnswer } from './ingest-api.js';

export const DEFAULT_AGGREGATION_URL = 'http://127.0.0.1:3003';

export const AGGREGATION_API_HELP = `The aggregation service is found at --url, else $STANCE_AGGREGATION_URL, else ${DEFAULT_AGGREGATION_URL}.
The API key (admin scope) is --key, else $STANCE_API_KEY, else the file ${LOCAL_KEY_FILE} (written by pnpm start).`;

export const AGGREGATION_API_OPTIONS = ['url', 'key'] as const;

export interface AggregationApi {
  baseUrl: string;
  key: string;
}

export async function resolveAggregationApi(parsed: ParsedArgs, env: NodeJS.ProcessEnv): Promise<AggregationApi> {
  const raw = parsed.options.get('url') ?? env.STANCE_AGGREGATION_URL ?? DEFAULT_AGGREGATION_URL;
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
  if (!key) throw new UsageError('no API key: pass --key, set STANCE_API_KEY, or create one with "stance keys create"');
  return { baseUrl: url.href.replace(/\/$/, ''), key };
}

async function readLocalKey(): Promise<string | undefined> {
  try {
    return (await readFile(LOCAL_KEY_FILE, 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** JSON answer of a 2xx; anything else throws with the service's own code and message. */
export async function callAggregationApi(api: AggregationApi, method: string, path: string, body?: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${api.key}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new Error(`cannot reach the aggregation service at ${api.baseUrl}: ${(error as Error).message}`);
  }
  return readAnswer(res);
}
