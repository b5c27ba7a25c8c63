export * from './creator-job.ts';
export * from './enqueue-creators.ts';
export * from './open-redis.ts';
export * from './queue-ledger.ts';
export * from './queue-names.ts';
export * from './redis-url.ts';
export * from './run-worker.ts';
export * from './wait-for-run.ts';
