import { features } from './messages.ts';
import type { FakeViewRow } from './score-row.ts';

/** A component (or one part of it) is worth naming from half its scale: below that it is within the noise. */
const LISTED_FROM = 50;

const fires = (risk: number | null): boolean => risk !== null && risk >= LISTED_FROM;

/** The anomalies behind a video's scores, with their numbers, strongest evidence first. */
export function suspiciousFeatures(row: FakeViewRow): string[] {
  const out: string[] = [];
  const { plays, followers, engagements } = row;
  const tier = row.follower_tier ?? '';
  if (fires(row.engagement_score) && plays && engagements !== null && row.engagement_baseline && row.engagement_baseline_median !== null) {
    out.push(features.engagementShortfall(engagements / plays, Math.exp(row.engagement_baseline_median), row.engagement_baseline));
  }
  if (fires(row.new_view_risk) && row.new_views !== null && row.new_engagements !== null) {
    out.push(features.newViewsWithoutEngagement(row.new_views, row.new_engagements));
  }
  if (fires(row.count_drop_risk) && row.max_count_drop !== null) out.push(features.countsFell(row.max_count_drop, row.prev_plays, plays));
  if (fires(row.racing_mechanism_score) && row.current_tier !== null && row.expected_tier !== null) {
    out.push(features.poolAboveOrganic(row.current_tier, row.expected_tier));
  }
  if (fires(row.follower_correlation_score) && plays && followers && row.cohort_reach_median !== null) {
    out.push(features.reachAboveCohort(plays, followers, Math.exp(row.cohort_reach_median), tier));
  }
  if (fires(row.distribution_score) && plays && row.creator_plays_median !== null) {
    out.push(features.viewsAboveCreator(plays, Math.exp(row.creator_plays_median)));
  }
  if (fires(row.content_authenticity_score) && row.likes !== null && row.comments !== null && row.cohort_likes_per_comment_median !== null) {
    out.push(features.likesPerComment((row.likes + 1) / (row.comments + 1), Math.exp(row.cohort_likes_per_comment_median), tier));
  }
  const days = row.days_since_prev_creator_snapshot;
  if (fires(row.follower_growth_risk) && row.follower_growth_per_day !== null && days !== null && row.prev_followers && followers) {
    out.push(features.followerGrowth(row.follower_growth_per_day, days, row.prev_followers, followers));
  }
  if (fires(row.follower_loss_risk) && days !== null && row.prev_followers && followers !== null) {
    out.push(features.followerLoss(days, row.prev_followers, followers));
  }
  if (fires(row.account_age_risk) && row.account_age_days !== null) out.push(features.youngAccount(row.account_age_days));
  if (fires(row.follow_back_risk) && row.following !== null && followers !== null) out.push(features.followsMany(row.following, followers));
  const ratios = [
    ['like ratio', row.like_ratio, row.like_ratio_floor],
    ['comment ratio', row.comment_ratio, row.comment_ratio_floor],
    ['favorite ratio', row.favorite_ratio, row.favorite_ratio_floor],
    ['share ratio', row.share_ratio, row.share_ratio_floor],
  ] as const;
  for (const [name, value, floor] of ratios) {
    if (value !== null && value < floor) out.push(features.belowNormal(name, value, floor, row.content_category));
  }
  return out;
}
