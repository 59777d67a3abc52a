import { Inject, Injectable } from '@nestjs/common';
import { AGGREGATION_CONFIG, type AggregationConfig } from '../aggregation-config.js';

/**
 * Short-lived memo for answers that summarise the whole store (networks, polarization, the
 * overview): dashboards ask for the same window again and again, and a minute-old answer is
 * fine there. Concurrent requests for one key share one computation.
 */
@Injectable()
export class ReadCache {
  private readonly entries = new Map<string, { until: number; value: Promise<unknown> }>();
  private static readonly MAX_ENTRIES = 500;

  constructor(@Inject(AGGREGATION_CONFIG) private readonly config: AggregationConfig) {}

  async remember<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    if (this.entries.size >= ReadCache.MAX_ENTRIES) this.evictExpired(now);
    const value = compute();
    this.entries.set(key, { until: now + this.config.readCacheMs, value });
    // A failed computation is not remembered.
    value.catch(() => this.entries.delete(key));
    return value;
  }

  private evictExpired(now: number): void {
    for (const [key, entry] of this.entries) if (entry.until <= now) this.entries.delete(key);
    if (this.entries.size >= ReadCache.MAX_ENTRIES) this.entries.clear();
  }
}
