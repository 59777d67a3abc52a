import type { Alert } from '@stance/positions';

const pct = (x: number | string | undefined) => (typeof x === 'number' ? `${Math.round(x * 100)}%` : '?');
const signed = (x: number | string | undefined) =>
  typeof x === 'number' ? `${x >= 0 ? '+' : ''}${x.toFixed(2)}` : '?';

/** One line saying what changed, for notifications and alert lists. */
export function summarizeAlert(alert: Pick<Alert, 'kind' | 'actor' | 'topic' | 'details'>): string {
  const d = alert.details;
  const who = `${alert.actor} on ${alert.topic}`;
  switch (alert.kind) {
    case 'first':
      return `${who}: first stance (${String(d.stance)})`;
    case 'flip':
      return `${who}: flipped from ${String(d.from)} to ${String(d.to)} (P ${pct(d.baselineProbability)} → ${pct(d.currentProbability)})`;
    case 'shift':
      return `${who}: net score moved ${signed(d.delta)} (${signed(d.baselineNet)} → ${signed(d.currentNet)})`;
    case 'surge':
      return `${who}: surge of ${String(d.count)} statements (expected ${typeof d.expected === 'number' ? d.expected.toFixed(1) : '?'})`;
  }
}
