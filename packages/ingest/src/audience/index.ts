export * from './audience-items.ts';
export * from './audience-kind.ts';
export * from './audience-labels.ts';
export * from './audience-plan.ts';
export * from './fetch-audience.ts';
