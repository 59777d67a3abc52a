import { formatSignatureHeader, SIGNATURE_HEADER } from '@stance/positions';

export interface SendResult {
  ok: boolean;
  /** HTTP status, when the receiver answered. */
  status?: number;
  error?: string;
}

/**
 * POSTs one signed body. The signature covers `${t}.${body}` (t = Unix seconds now), so the
 * receiver can verify the exact bytes and refuse replays (docs/aggregation-maths.md §9).
 * Any 2xx is success; anything else, a timeout or a network error is a failure to retry.
 */
export async function sendSignedWebhook(
  url: string,
  secret: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  now: Date = new Date(),
): Promise<SendResult> {
  const timestamp = Math.floor(now.getTime() / 1000);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'stance-tracker-webhooks/1',
        [SIGNATURE_HEADER]: formatSignatureHeader(secret, timestamp, body),
        ...headers,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Drain so the connection can be reused; the body itself does not matter.
    await res.arrayBuffer().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
    return { ok: false, status: res.status, error: `receiver answered ${res.status}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: cause ? `${message} (${cause})` : message };
  }
}
