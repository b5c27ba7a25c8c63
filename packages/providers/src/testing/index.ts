export * from './answers.ts';
export * from './backend.ts';
export * from './dialect.ts';
export * from './feed.ts';
export * from './requests.ts';
export * from './script.ts';
export * from './start-wire-server.ts';
export * from './validate-params.ts';
