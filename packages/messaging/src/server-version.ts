/** Parses `major.minor.patch` (ignoring any `-pre` suffix); undefined when unreadable. */
export function parseServerVersion(version: string | undefined): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version ?? '');
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * `+TERM <reason>` is understood from nats-server 2.10.4; older servers do not recognise it
 * as a term at all and would redeliver the message, so they get a bare `+TERM`.
 */
export function supportsTermReason(version: string | undefined): boolean {
  const parsed = parseServerVersion(version);
  if (!parsed) return false;
  const [major, minor, patch] = parsed;
  if (major !== 2) return major > 2;
  if (minor !== 10) return minor > 10;
  return patch >= 4;
}
