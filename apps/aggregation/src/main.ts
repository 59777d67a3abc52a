import { runService } from '@stance/nest-platform';
import { AggregationModule } from './app.module.js';
import { readAggregationConfig } from './aggregation-config.js';

runService(() => {
  const config = readAggregationConfig(process.env);
  return {
    config,
    module: AggregationModule.forRoot(config),
    jetStream: { consumer: { concurrency: config.concurrency, maxDeliver: config.maxDeliver } },
  };
});
