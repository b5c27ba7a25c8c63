export * from './lake-views.ts';
export * from './lake-writer.ts';
export * from './layout.ts';
export * from './open-lake.ts';
