export * from './audience-charts.ts';
export * from './audience-section.ts';
