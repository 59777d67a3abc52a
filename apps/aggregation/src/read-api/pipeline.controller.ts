import { Controller, Get } from '@nestjs/common';
import { DomainError } from '@stance/errors';
import { JetStreamPublisher, type PipelineStatus } from '@stance/messaging';
import { RequireScopes } from '@stance/nest-platform';

/** How the message pipeline is doing: stream sizes, consumer lag, dead letters with reasons. */
@RequireScopes('read')
@Controller('pipeline')
export class PipelineController {
  constructor(private readonly publisher: JetStreamPublisher) {}

  @Get()
  async getPipelineStatus(): Promise<PipelineStatus> {
    try {
      return await this.publisher.describePipeline(10);
    } catch (error) {
      throw new DomainError('DEPENDENCY_UNAVAILABLE', (error as Error).message);
    }
  }
}
