export { syntheticHandles } from './handles.ts';
export { ARCHETYPES, type Archetype, TIERS, type Tier, tierOf } from './model.ts';
export { createSyntheticProvider } from './provider.ts';
export { createSyntheticTransport, type SyntheticOptions } from './transport.ts';
export { type SyntheticCreatorTruth, type SyntheticVideoTruth, syntheticCreatorTruth, syntheticFeedTruth, syntheticHashtagTruth } from './truth.ts';
