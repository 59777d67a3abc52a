import { Inject, Injectable } from '@nestjs/common';
import type { ObservationsExtracted } from '@stance/contracts';
import { AGGREGATION_CONFIG, type AggregationConfig } from '../aggregation-config.js';
import { MicroBatcher } from './micro-batcher.js';
import { ObservationSetWriter, type StoredSet } from './observation-set-writer.js';

/**
 * Groups the observation sets in flight into micro-batches stored in one transaction each
 * (AGGREGATION_BATCH_MAX_SETS, AGGREGATION_BATCH_MAX_WAIT_MS); a failed batch is retried set by
 * set, so a poison set fails only its own message.
 */
@Injectable()
export class ObservationSetBatcher {
  private readonly batcher: MicroBatcher<ObservationsExtracted, StoredSet>;

  constructor(writer: ObservationSetWriter, @Inject(AGGREGATION_CONFIG) config: AggregationConfig) {
    this.batcher = new MicroBatcher((sets) => writer.storeSets(sets), config.batch);
  }

  /** Resolves once this set is stored (with its batch, or alone after a batch failure). */
  storeSet(set: ObservationsExtracted): Promise<StoredSet> {
    return this.batcher.submit(set);
  }
}
