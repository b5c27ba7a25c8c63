import type { Warehouse } from '@creator-audit/warehouse';

/** How many rows each list of the report shows; the seed shows five top posts and five creators. */
export const REPORT_LIMITS = { topPosts: 5, leaderboard: 5, days: 14, fastest: 5, decreases: 10, disappeared: 10, flagged: 10 } as const;

export interface CampaignSummaryRow {
  hashtag: string;
  provider: string;
  snapshot_at: Date;
  snapshot_number: number;
  previous_snapshot_at: Date | null;
  scan_outcome: string;
  paging_stop: string;
  is_complete: boolean;
  pages: number;
  credits: number;
  reported_video_count: number | null;
  total_videos: number;
  unique_creators: number;
  total_plays: number;
  total_likes: number;
  total_comments: number;
  total_shares: number;
  total_saves: number;
  total_engagement: number;
  repeat_creators: number;
  new_videos: number;
  new_creators: number;
  videos_with_decreases: number;
  videos_disappeared: number;
  unscreened_creators: number;
  flagged_creators: number;
  flagged_videos: number;
  flagged_plays: number;
  flagged_engagement: number;
  screened_plays: number;
  screened_engagement: number;
  days_since_previous: number | null;
  plays_growth: number | null;
  engagement_rate: number | null;
  screened_engagement_rate: number | null;
  avg_plays_per_video: number | null;
  repeat_creator_share: number | null;
  coverage: number | null;
  plays_growth_per_day: number | null;
  emv: number | null;
  emv_net_of_flagged: number | null;
  emv_currency: string | null;
}

export interface PostRow {
  video_id: string;
  author: string | null;
  plays: number | null;
  likes: number | null;
  caption: string;
}

export interface CreatorRow {
  author: string | null;
  videos: number;
  plays: number;
  likes: number;
}

export interface DayRow {
  day: Date;
  total_videos: number;
  unique_creators: number;
  total_plays: number;
  new_videos: number;
  new_creators: number;
  plays_growth: number | null;
  plays_growth_per_day: number | null;
}

export interface VelocityRow extends PostRow {
  plays_delta: number;
  plays_per_day: number;
  days_since_previous: number;
}

export interface DecreaseRow {
  video_id: string;
  author: string | null;
  previous_seen_at: Date;
  decreased_metrics: string[];
  previous_plays: number | null;
  plays: number | null;
  previous_likes: number | null;
  likes: number | null;
  previous_comments: number | null;
  comments: number | null;
  previous_shares: number | null;
  shares: number | null;
}

export interface DisappearedRow {
  video_id: string;
  author: string | null;
  last_seen_at: Date;
  last_plays: number | null;
}

export interface FlaggedRow {
  author: string;
  verdict: string;
  risk_score: number | null;
  videos: number;
  plays: number;
}

export interface UnscreenedRow {
  status: string;
  creators: number;
}

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

/**
 * DuckDB hands BIGINT (and sums) back as `bigint`; the report does arithmetic and formatting on numbers. Every
 * count here is far below 2^53, and one that is not is refused rather than rounded.
 */
function plain(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (typeof value !== 'bigint') {
      out[key] = value;
      continue;
    }
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`campaign report: ${key} = ${value} is beyond exact double range`);
    out[key] = n;
  }
  return out;
}

async function select<T>(warehouse: Warehouse, sql: string, params: Record<string, string | number>): Promise<T[]> {
  return (await warehouse.rows(sql, params)).map((r) => plain(r) as T);
}

const KEY = `hashtag = $hashtag AND provider = $provider AND snapshot_at = $at::TIMESTAMP`;

/** Everything the text report prints for one hashtag at one snapshot, read from the campaign tables. */
export async function loadCampaignReport(
  warehouse: Warehouse,
  key: { hashtag: string; provider: string; snapshotAt: Date },
): Promise<CampaignReportData | null> {
  const params = { hashtag: key.hashtag, provider: key.provider, at: key.snapshotAt.toISOString() };
  const [summary] = await select<CampaignSummaryRow>(warehouse, `SELECT * FROM campaign_summary WHERE ${KEY}`, params);
  if (!summary) return null;
  const limit = REPORT_LIMITS;
  // One connection runs one query at a time: these are awaited in turn, never interleaved.
  const topPosts = await select<PostRow>(
    warehouse,
    `SELECT video_id, author, plays, likes, caption FROM campaign_videos WHERE ${KEY}
     ORDER BY plays DESC NULLS LAST, list_position LIMIT ${limit.topPosts}`,
    params,
  );
  // Ties keep list order, as the seed's stable sort over a dict filled in list order does.
  const leaderboard = await select<CreatorRow>(
    warehouse,
    `SELECT author, count(*) AS videos, coalesce(sum(plays), 0) AS plays, coalesce(sum(likes), 0) AS likes
     FROM campaign_videos WHERE ${KEY}
     GROUP BY author ORDER BY plays DESC, min(list_position) LIMIT ${limit.leaderboard}`,
    params,
  );
  const days = await select<DayRow>(
    warehouse,
    `SELECT * FROM (
       SELECT day, total_videos, unique_creators, total_plays, new_videos, new_creators, plays_growth, plays_growth_per_day
       FROM campaign_daily
       WHERE hashtag = $hashtag AND provider = $provider AND snapshot_at <= $at::TIMESTAMP
       ORDER BY day DESC LIMIT ${limit.days}
     ) ORDER BY day`,
    params,
  );
  const fastest = await select<VelocityRow>(
    warehouse,
    `SELECT video_id, author, plays, likes, caption, plays_delta, plays_per_day, days_since_previous
     FROM campaign_videos WHERE ${KEY} AND plays_per_day > 0
     ORDER BY plays_per_day DESC, list_position LIMIT ${limit.fastest}`,
    params,
  );
  const decreases = await select<DecreaseRow>(
    warehouse,
    `SELECT video_id, author, previous_seen_at, decreased_metrics,
            previous_plays, plays, previous_likes, likes, previous_comments, comments, previous_shares, shares
     FROM campaign_videos WHERE ${KEY} AND count_went_down
     ORDER BY coalesce(plays_delta, 0), coalesce(likes_delta, 0), list_position LIMIT ${limit.decreases}`,
    params,
  );
  const disappeared = await select<DisappearedRow>(
    warehouse,
    `SELECT video_id, author, last_seen_at, last_plays FROM int_campaign_disappeared WHERE ${KEY}
     ORDER BY last_plays DESC NULLS LAST, video_id LIMIT ${limit.disappeared}`,
    params,
  );
  const flagged = await select<FlaggedRow>(
    warehouse,
    `SELECT author, any_value(author_verdict) AS verdict, any_value(author_risk_score) AS risk_score,
            count(*) AS videos, coalesce(sum(plays), 0) AS plays
     FROM campaign_videos WHERE ${KEY} AND is_flagged
     GROUP BY author ORDER BY plays DESC, author LIMIT ${limit.flagged}`,
    params,
  );
  const unscreened = await select<UnscreenedRow>(
    warehouse,
    `SELECT coalesce(author_status, 'not fetched') AS status, count(DISTINCT author) AS creators
     FROM campaign_videos WHERE ${KEY} AND author IS NOT NULL AND author_verdict IS NULL
     GROUP BY ALL ORDER BY creators DESC, status`,
    params,
  );
  return { summary, topPosts, leaderboard, days, fastest, decreases, disappeared, flagged, unscreened };
}
