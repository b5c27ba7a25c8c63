export { FAKE_FOLLOWER_KINDS, FOLLOWER_KINDS, type FollowerKind } from './audience-model.ts';
export { COMMENT_KINDS, type CommentKind } from './comments.ts';
export { type AudienceCohortMember, type AudienceCohortOptions, syntheticAudienceCohort } from './cohort.ts';
export { SyntheticDirectory } from './directory.ts';
export { createSyntheticAudienceTransport, type SyntheticAudienceOptions } from './transport.ts';
export {
  type SyntheticAudienceTruth,
  type SyntheticCommentTruth,
  type SyntheticFollowerTruth,
  type SyntheticVideoCommentsTruth,
  syntheticAudienceTruth,
  syntheticCommentTruth,
  syntheticFollowerTruth,
  syntheticVideoCommentsTruth,
} from './truth.ts';
