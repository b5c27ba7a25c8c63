import { type ConfidenceLevel, CONTENT_CATEGORIES, type FakeViewComponent } from '@creator-audit/providers/fake-view-contract';

/** What the fake-view analysis tells people, in one place: report texts, reasons, and the CLI's messages. */

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (ratio: number, digits = 2) => `${(ratio * 100).toFixed(digits)}%`;
const times = (x: number) => `${x.toFixed(1)}x`;

export const detectionReasons: Record<FakeViewComponent | 'none', string> = {
  engagement_score: 'Engagement Too Low for the Views',
  distribution_score: 'Statistical View Anomalies',
  consistency_score: 'Inconsistent Counts Between Snapshots',
  creator_credibility_score: 'Low Creator Credibility',
  content_authenticity_score: 'Unnatural Likes-to-Comments Ratio',
  follower_correlation_score: 'Views Out of Proportion to Followers',
  racing_mechanism_score: 'Traffic Pool Above Organic Level',
  fan_growth_score: 'Abnormal Follower Growth',
  none: 'No Significant Anomalies',
};

/** Why a component (or the whole score) is NULL, by the code the SQL models write. */
const missingReasons: Record<string, string> = {
  no_views: 'the video has no known views (count unknown or 0)',
  views_unknown: 'the view count is unknown',
  engagement_unknown: 'likes, comments or shares are unknown',
  no_engagement_baseline:
    'no engagement baseline: the creator has fewer than 5 videos with views and engagement, and the follower-tier cohort fewer than 30 videos from 3 creators',
  few_creator_videos: 'the creator has fewer than 5 videos with views to compare with',
  no_earlier_snapshot: 'only one snapshot of this video: counts over time need two',
  counts_unknown: 'views and likes unknown at this or the previous snapshot',
  no_followers_before: 'the creator had no followers at its previous snapshot: growth from 0 has no rate',
  no_account_facts: 'account age and following count unknown, and the account is not verified',
  likes_or_comments_unknown: 'likes or comments are unknown',
  followers_unknown: 'the follower count is unknown (or 0), so there is no cohort',
  small_cohort: 'the follower-tier cohort has fewer than 30 videos from 3 creators',
  no_earlier_creator_snapshot: 'only one snapshot of the creator with a follower count: growth needs two',
  no_video_evidence: 'no video-level component could be computed',
};

export function missingReason(code: string): string {
  return missingReasons[code] ?? code;
}

export const features = {
  engagementShortfall: (rate: number, baseline: number, against: 'creator' | 'cohort') => {
    const norm = `${against === 'creator' ? "the creator's usual" : "its follower tier's usual"} ${pct(baseline)}`;
    return rate > 0
      ? `Suspicious: ${pct(rate)} engagement per view, ${times(baseline / rate)} below ${norm}`
      : `Suspicious: not one like, comment or share for its views, against ${norm} per view`;
  },
  viewsAboveCreator: (plays: number, median: number) =>
    `Suspicious: ${int(plays)} views, ${times(plays / median)} the creator's median of ${int(median)}`,
  countsFell: (drop: number, prevPlays: number | null, plays: number | null) =>
    `Suspicious: counts fell by up to ${pct(drop, 1)} between snapshots${prevPlays !== null && plays !== null ? ` (views ${int(prevPlays)} -> ${int(plays)})` : ''}`,
  newViewsWithoutEngagement: (newViews: number, newEngagements: number) =>
    `Suspicious: ${int(newViews)} views gained since the previous snapshot with only ${int(newEngagements)} new likes, comments and shares`,
  reachAboveCohort: (plays: number, followers: number, typicalPerFollower: number, tier: string) =>
    `Suspicious: ${int(plays)} views from ${int(followers)} followers, ${times(plays / followers / typicalPerFollower)} the ${tier}-tier norm of ${typicalPerFollower.toFixed(2)} views per follower`,
  /** Likes per comment with one added to each, as the models compare them (a video without comments stays finite). */
  likesPerComment: (likesPerComment: number, typical: number, tier: string) =>
    `Suspicious: ${likesPerComment.toFixed(0)} likes per comment, ${times(likesPerComment / typical)} the ${tier}-tier norm of ${typical.toFixed(0)}`,
  poolAboveOrganic: (current: number, expected: number) =>
    `Suspicious: reached traffic pool ${current} while its organic views fit pool ${expected}`,
  youngAccount: (days: number) => `Suspicious: account only ${days.toFixed(0)} days old`,
  followsMany: (following: number, followers: number) =>
    `Suspicious: follows ${int(following)} accounts with ${int(followers)} followers`,
  followerGrowth: (perDay: number, days: number, from: number, to: number) =>
    `Suspicious: followers grew ${pct(Math.expm1(perDay), 1)} a day over ${days.toFixed(1)} days (${int(from)} -> ${int(to)})`,
  followerLoss: (days: number, from: number, to: number) =>
    `Suspicious: followers fell ${pct(1 - to / from, 1)} in ${days.toFixed(1)} days (${int(from)} -> ${int(to)})`,
  belowNormal: (ratio: string, value: number, floor: number, category: string) =>
    `Below normal: ${ratio} ${pct(value, 3)} (normal from ${pct(floor, 2)} for ${category} content)`,
};

export const suggestedSteps: Record<ConfidenceLevel, readonly string[]> = {
  Minimal: ['No immediate action required', 'Include in routine monitoring'],
  Low: ['Keep monitoring: compare its counts at the next snapshot', 'Re-run the analysis after the next ingest'],
  Medium: [
    'Schedule a manual review of the video and its creator',
    "Compare with the creator's other recent videos before paying for views",
    "Ask the creator for first-party analytics (traffic sources, audience retention)",
  ],
  High: [
    'Review the video and its creator now',
    'Hold payments that depend on view counts until the review is done',
    "Ask the creator for first-party analytics (traffic sources, audience retention)",
    'Report the video to the platform if the review confirms bought views',
  ],
};

export const fakeViewMessages = {
  cannotAnalyse: (id: string, reason: string) => `cannot analyse video ${id}: ${reason}`,
  tikhubFailed: (id: string, outcome: string, detail: string) => `TikHub could not analyse video ${id}: ${outcome}: ${detail}`,
  unknownCategory: (category: string) => `unknown content category "${category}": expected one of ${CONTENT_CATEGORIES.join(', ')}`,
  noLabelledVideos: 'no scored video matches a simulator label: ingest and label the same videos first',
};
