import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ObservationsExtractedV1, type ObservationsExtracted } from '@stance/contracts';
import { AlertWorker } from '../alerts/alert-work.js';
import { ObservationsRepository } from './observations.repository.js';

/** What aggregation consumes: complete observation sets, one per (article, codebook). */
@Controller()
export class ObservationsHandlers {
  constructor(
    private readonly observations: ObservationsRepository,
    private readonly alertWorker: AlertWorker,
  ) {}

  @EventPattern(ObservationsExtractedV1.subject)
  async onObservationsExtracted(@Payload() set: ObservationsExtracted): Promise<void> {
    const { alertWorkQueued } = await this.observations.replaceObservationSet(set);
    if (alertWorkQueued) this.alertWorker.poke();
  }
}
