export { syntheticHandles } from './handles.ts';
export { ARCHETYPES, type Archetype, TIERS } from './model.ts';
export * from './audience/index.ts';
export { createDocumentedSimulator } from './audience/documented.ts';
export { createSyntheticProvider } from './provider.ts';
export { createSyntheticTransport } from './transport.ts';
export { type SyntheticCreatorTruth, type SyntheticVideoTruth, syntheticCreatorTruth, syntheticFeedTruth, syntheticHashtagTruth } from './truth.ts';
