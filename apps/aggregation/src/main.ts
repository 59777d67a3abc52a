import { runService } from '@stance/nest-platform';
import { AggregationModule } from './app.module.js';
import { readAggregationConfig } from './aggregation-config.js';

runService(() => {
  const config = readAggregationConfig(process.env);
  return {
    config,
    module: AggregationModule.forRoot(config),
    // Unacked messages of all instances together: room for several instances' batches in flight.
    jetStream: {
      consumer: {
        concurrency: config.concurrency,
        maxDeliver: config.maxDeliver,
        maxAckPending: Math.max(1_000, 4 * config.concurrency),
      },
    },
  };
});
