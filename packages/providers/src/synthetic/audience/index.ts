export { syntheticAudienceCohort } from './cohort.ts';
export { syntheticAudienceTruth, syntheticCommentTruth, syntheticFollowerTruth, syntheticVideoCommentsTruth } from './truth.ts';
