export * from './audience-summary.ts';
export * from './build-audience-tables.ts';
export * from './evaluate.ts';
export * from './evaluation-text.ts';
export * from './messages.ts';
export * from './sample-precision.ts';
