import { Inject, Injectable } from '@nestjs/common';
import type { ObservationsExtracted } from '@stance/contracts';
import type { PrismaClient } from '@stance/db';
import { PRISMA } from '@stance/nest-platform';
import { REBUILD_CODEBOOK_BUCKETS_SQL } from '../buckets/bucket-sql.js';
import { ObservationSetBatcher } from './observation-set-batcher.js';
import type { StoredSet } from './observation-set-writer.js';

export type { StoredSet } from './observation-set-writer.js';

/**
 * Stores observation sets (batched with the others in flight) and rebuilds a codebook's
 * buckets from rows.
 */
@Injectable()
export class ObservationsRepository {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    private readonly batcher: ObservationSetBatcher,
  ) {}

  /** Replaces the set's article's observations for its codebook and recounts what it touched. */
  async replaceObservationSet(set: ObservationsExtracted): Promise<StoredSet> {
    return this.batcher.storeSet(set);
  }

  /**
   * Recomputes every bucket of a codebook from its stored observations: after a bulk load, or to
   * rebuild a codebook version's aggregates from scratch. Returns the number of bucket rows.
   */
  async rebuildCodebookBuckets(codebookId: string): Promise<number> {
    return this.prisma.$transaction(
      async (tx) => {
        // Exclusive against per-set recounts of this codebook for the whole rebuild.
        await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `rebuild:${codebookId}`);
        await tx.$executeRawUnsafe('DELETE FROM position_buckets WHERE codebook_id = $1::uuid', codebookId);
        return tx.$executeRawUnsafe(REBUILD_CODEBOOK_BUCKETS_SQL, codebookId);
      },
      { timeout: 30 * 60_000 },
    );
  }
}
