export * from './temp-warehouse.ts';
