import type { Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { exactInteger } from '../models/exact-integer.ts';
import { queryRows } from '../models/queries.ts';

/** How many rows each list of the report shows; the seed shows five top posts and five creators. */
const REPORT_LIMITS = { topPosts: 5, leaderboard: 5, days: 14, fastest: 5, decreases: 10, disappeared: 10, flagged: 10 } as const;

const int = exactInteger;
const maybeInt = exactInteger.nullable();
const num = z.number();
const maybeNum = z.number().nullable();
const text = z.string();
const maybeText = z.string().nullable();
const date = z.date();

/** A snapshot's row of campaign_summary, as both campaign reports read it. */
const campaignSummaryRow = z.object({
  hashtag: text,
  provider: text,
  snapshot_at: date,
  snapshot_number: int,
  previous_snapshot_at: date.nullable(),
  scan_outcome: text,
  paging_stop: text,
  is_complete: z.boolean(),
  pages: int,
  credits: num,
  reported_video_count: maybeInt,
  total_videos: int,
  unique_creators: int,
  total_plays: int,
  total_likes: int,
  total_comments: int,
  total_shares: int,
  total_saves: int,
  total_engagement: int,
  repeat_creators: int,
  new_videos: int,
  new_creators: int,
  videos_with_decreases: int,
  videos_disappeared: int,
  unscreened_creators: int,
  flagged_creators: int,
  flagged_videos: int,
  flagged_plays: int,
  flagged_engagement: int,
  screened_plays: int,
  screened_engagement: int,
  days_since_previous: maybeNum,
  plays_growth: maybeInt,
  engagement_rate: maybeNum,
  screened_engagement_rate: maybeNum,
  avg_plays_per_video: maybeNum,
  repeat_creator_share: maybeNum,
  coverage: maybeNum,
  plays_growth_per_day: maybeNum,
  emv: maybeNum,
  emv_net_of_flagged: maybeNum,
  emv_currency: maybeText,
  screening_ruleset: text,
  flag_verdicts: z.array(text),
});

/** A post of a snapshot's top list (campaign_top_posts.sql). */
const campaignPostRow = z.object({
  video_id: text,
  author: maybeText,
  caption: text,
  plays: maybeInt,
  likes: maybeInt,
  engagement_rate: maybeNum,
  verdict: maybeText,
  seed_v1_verdict: maybeText,
});

/** A creator of a snapshot's leaderboard (campaign_leaderboard.sql): author NULL for videos of no known author. */
const campaignCreatorRow = z.object({ author: maybeText, videos: int, plays: int, likes: int, verdict: maybeText, seed_v1_verdict: maybeText });

const dayRow = z.object({
  day: date,
  total_videos: int,
  unique_creators: int,
  total_plays: int,
  new_videos: int,
  new_creators: int,
  plays_growth: maybeInt,
  plays_growth_per_day: maybeNum,
});

const velocityRow = z.object({
  video_id: text,
  author: maybeText,
  plays: maybeInt,
  likes: maybeInt,
  caption: text,
  plays_delta: int,
  plays_per_day: num,
  days_since_previous: num,
});

const decreaseRow = z.object({
  video_id: text,
  author: maybeText,
  previous_seen_at: date,
  decreased_metrics: z.array(text),
  previous_plays: maybeInt,
  plays: maybeInt,
  previous_likes: maybeInt,
  likes: maybeInt,
  previous_comments: maybeInt,
  comments: maybeInt,
  previous_shares: maybeInt,
  shares: maybeInt,
});

const disappearedRow = z.object({ video_id: text, author: maybeText, last_seen_at: date, last_plays: maybeInt });
const flaggedRow = z.object({
  author: text,
  verdict: text,
  risk_score: maybeInt,
  fraud_probability: maybeNum,
  seed_v1_verdict: maybeText,
  seed_v1_risk_score: maybeInt,
  videos: int,
  plays: int,
});
const unscreenedRow = z.object({ status: text, creators: int });

export type CampaignSummaryRow = z.infer<typeof campaignSummaryRow>;
export type PostRow = z.infer<typeof campaignPostRow>;
export type CreatorRow = z.infer<typeof campaignCreatorRow>;
type DayRow = z.infer<typeof dayRow>;
type VelocityRow = z.infer<typeof velocityRow>;
export type DecreaseRow = z.infer<typeof decreaseRow>;
type DisappearedRow = z.infer<typeof disappearedRow>;
type FlaggedRow = z.infer<typeof flaggedRow>;
type UnscreenedRow = z.infer<typeof unscreenedRow>;

export interface CampaignReportData {
  summary: CampaignSummaryRow;
  topPosts: PostRow[];
  leaderboard: CreatorRow[];
  days: DayRow[];
  fastest: VelocityRow[];
  decreases: DecreaseRow[];
  disappeared: DisappearedRow[];
  flagged: FlaggedRow[];
  unscreened: UnscreenedRow[];
}

/** One campaign snapshot: the key of every campaign query. */
export interface CampaignSnapshotKey {
  hashtag: string;
  provider: string;
  snapshotAt: Date;
}

const keyParams = (key: CampaignSnapshotKey) => ({ hashtag: key.hashtag, provider: key.provider, snapshot_at: key.snapshotAt.toISOString() });

/** A snapshot's campaign_summary row, or null when the campaign tables hold none. */
async function loadCampaignSummary(warehouse: Warehouse, key: CampaignSnapshotKey): Promise<CampaignSummaryRow | null> {
  const [summary] = await queryRows(warehouse, 'campaign_summary', campaignSummaryRow, keyParams(key));
  return summary ?? null;
}

/** A campaign's latest snapshot, across providers (ties: by provider name), or null when it was never tracked. */
export async function loadLatestCampaignSummary(warehouse: Warehouse, hashtag: string): Promise<CampaignSummaryRow | null> {
  const [summary] = await queryRows(warehouse, 'campaign_latest_summary', campaignSummaryRow, { hashtag });
  return summary ?? null;
}

/** A snapshot's `limit` most-played posts; ties keep list order (the rule of every campaign ranking). */
export function loadCampaignTopPosts(warehouse: Warehouse, key: CampaignSnapshotKey, limit: number): Promise<PostRow[]> {
  return queryRows(warehouse, 'campaign_top_posts', campaignPostRow, { ...keyParams(key), limit });
}

/** A snapshot's flagged creators, most plays first (ties in list order), with seed-v1's verdict beside. */
export function loadCampaignFlagged(warehouse: Warehouse, key: CampaignSnapshotKey, limit: number): Promise<FlaggedRow[]> {
  return queryRows(warehouse, 'campaign_flagged', flaggedRow, { ...keyParams(key), limit });
}

/** A snapshot's `limit` creators with most plays; ties keep list order (first video first). */
export function loadCampaignLeaderboard(warehouse: Warehouse, key: CampaignSnapshotKey, limit: number): Promise<CreatorRow[]> {
  return queryRows(warehouse, 'campaign_leaderboard', campaignCreatorRow, { ...keyParams(key), limit });
}

/** Everything the text report prints for one hashtag at one snapshot, read from the campaign tables. */
export async function loadCampaignReport(warehouse: Warehouse, key: CampaignSnapshotKey): Promise<CampaignReportData | null> {
  const summary = await loadCampaignSummary(warehouse, key);
  if (!summary) return null;
  const params = keyParams(key);
  const limit = REPORT_LIMITS;
  // One connection runs one query at a time: these are awaited in turn, never interleaved.
  return {
    summary,
    topPosts: await loadCampaignTopPosts(warehouse, key, limit.topPosts),
    leaderboard: await loadCampaignLeaderboard(warehouse, key, limit.leaderboard),
    days: await queryRows(warehouse, 'campaign_days', dayRow, { ...params, limit: limit.days }),
    fastest: await queryRows(warehouse, 'campaign_fastest', velocityRow, { ...params, limit: limit.fastest }),
    decreases: await queryRows(warehouse, 'campaign_decreases', decreaseRow, { ...params, limit: limit.decreases }),
    disappeared: await queryRows(warehouse, 'campaign_disappeared', disappearedRow, { ...params, limit: limit.disappeared }),
    flagged: await loadCampaignFlagged(warehouse, key, limit.flagged),
    unscreened: await queryRows(warehouse, 'campaign_unscreened', unscreenedRow, params),
  };
}
