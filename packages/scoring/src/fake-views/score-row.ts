import { CONFIDENCE_LEVELS, CONTENT_CATEGORIES, FAKE_VIEW_COMPONENTS } from '@creator-audit/providers/fake-view-contract';
import { z } from 'zod';

/** BIGINT counts arrive as `bigint`; they are exact below 2^53, which every count we store is. */
const count = z.bigint().transform((v) => Number(v)).nullable();
const num = z.number().nullable();
const text = z.string().nullable();

/**
 * The columns of `video_fake_view_scores` that the report and its features are assembled from, parsed by name
 * (the query reads every column; the others are dropped here).
 */
export const fakeViewRowSchema = z.object({
  video_id: z.string(),
  username: z.string(),
  provider: z.string(),
  snapshot_at: z.date(),
  content_category: z.enum(CONTENT_CATEGORIES),
  plays: count,
  likes: count,
  comments: count,
  shares: count,
  saves: count,
  engagements: count,
  like_ratio: num,
  comment_ratio: num,
  favorite_ratio: num,
  share_ratio: num,
  account_age_days: num,
  followers: count,
  following: count,
  verified: z.boolean().nullable(),
  follower_tier: text,
  engagement_baseline: z.enum(['creator', 'cohort']).nullable(),
  engagement_baseline_median: num,
  creator_plays_median: num,
  cohort_reach_median: num,
  cohort_likes_per_comment_median: num,
  prev_plays: count,
  new_views: count,
  new_engagements: count,
  max_count_drop: num,
  prev_followers: count,
  follower_growth_per_day: num,
  days_since_prev_creator_snapshot: num,
  like_ratio_floor: z.number(),
  comment_ratio_floor: z.number(),
  favorite_ratio_floor: z.number(),
  share_ratio_floor: z.number(),
  account_age_risk: num,
  follow_back_risk: num,
  count_drop_risk: num,
  new_view_risk: num,
  follower_growth_risk: num,
  follower_loss_risk: num,
  engagement_score: num,
  engagement_missing: text,
  distribution_score: num,
  distribution_missing: text,
  consistency_score: num,
  consistency_missing: text,
  creator_credibility_score: num,
  creator_credibility_missing: text,
  content_authenticity_score: num,
  content_authenticity_missing: text,
  follower_correlation_score: num,
  follower_correlation_missing: text,
  racing_mechanism_score: num,
  racing_mechanism_missing: text,
  fan_growth_score: num,
  fan_growth_missing: text,
  fake_score: num,
  fake_score_missing: text,
  confidence_level: z.enum(CONFIDENCE_LEVELS).nullable(),
  is_suspicious: z.boolean().nullable(),
  estimated_fake_share: num,
  estimated_fake_views: count,
  estimated_organic_views: count,
  current_tier: z.number().int().nullable(),
  expected_tier: z.number().int().nullable(),
  main_component: z.enum(FAKE_VIEW_COMPONENTS).nullable(),
});

export type FakeViewRow = z.infer<typeof fakeViewRowSchema>;
