import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ObservationsExtractedV1, type ObservationsExtracted } from '@stance/contracts';
import { AlertDispatcher } from '../alerts/alert-dispatcher.js';
import { ObservationsRepository } from './observations.repository.js';

/** What aggregation consumes: complete observation sets, one per (article, codebook). */
@Controller()
export class ObservationsHandlers {
  constructor(
    private readonly observations: ObservationsRepository,
    private readonly dispatcher: AlertDispatcher,
  ) {}

  @EventPattern(ObservationsExtractedV1.subject)
  async onObservationsExtracted(@Payload() set: ObservationsExtracted): Promise<void> {
    const { alertIds } = await this.observations.replaceObservationSet(set);
    if (alertIds.length > 0) this.dispatcher.poke();
  }
}
