/** Small display helpers shared by the pages. */
export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === 'ar' ? 'ar-IQ' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatNumber(n: number, lang: string, digits = 2): string {
  return n.toLocaleString(lang === 'ar' ? 'ar-IQ' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  });
}

/** The exclusive end of a bucket that starts on `start` (yyyy-mm-dd). */
export function bucketEnd(start: string, granularity: 'day' | 'week' | 'month'): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (granularity === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (granularity === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}
