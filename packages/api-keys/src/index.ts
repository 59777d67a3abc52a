export * from './api-key.js';
export * from './api-key.repository.js';
