export * from './json-body.js';
export * from './domain-error.filter.js';
export * from './env-config.js';
export * from './prisma.module.js';
export * from './database-health.controller.js';
export * from './api-key.guard.js';
