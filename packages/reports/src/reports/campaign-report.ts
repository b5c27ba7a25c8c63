import { loadCampaignLeaderboard, loadCampaignTopPosts, loadLatestCampaignSummary } from '@creator-audit/scoring';
import type { Warehouse } from '@creator-audit/warehouse';
import { campaignGrowthChart } from '../charts/campaign-growth.ts';
import { campaignLeaderboardChart } from '../charts/campaign-leaderboard.ts';
import { formatCell } from '../format.ts';
import { reportMessages } from '../messages.ts';
import { queryRows } from '../queries.ts';
import { type Report, slugFor } from '../report.ts';
import { campaignSnapshotRow, type LeaderboardRow } from '../rows.ts';

/** How the report names the videos of no known author, as one creator. */
const UNKNOWN_AUTHOR = '(unknown)';

export interface CampaignReportOptions {
  leaderboardLimit?: number;
  topPostsLimit?: number;
}

/**
 * A campaign's report from the marts `track-campaign` builds (campaign_summary, campaign_videos): growth over
 * every snapshot, and the leaderboard and top posts of the latest one, read with the same queries (and the same
 * tie-breaking: list order) as the terminal report. Captions and handles are untrusted text: they go into tables
 * and chart data as they are and are escaped on output. `hashtag` is normalised already (lower case, no `#`).
 */
export async function campaignReport(warehouse: Warehouse, hashtag: string, options: CampaignReportOptions = {}): Promise<Report> {
  if (!(await warehouse.hasTable('campaign_summary'))) throw new Error(reportMessages.noCampaignTables);
  const latest = await loadLatestCampaignSummary(warehouse, hashtag);
  if (!latest) {
    const known = await warehouse.rows(`select distinct hashtag from campaign_summary order by 1 limit 20`);
    throw new Error(reportMessages.noCampaign(hashtag, known.map((r) => String(r.hashtag))));
  }
  const snapshot = { hashtag, provider: latest.provider, snapshotAt: latest.snapshot_at };
  const leaderboard: LeaderboardRow[] = (await loadCampaignLeaderboard(warehouse, snapshot, options.leaderboardLimit ?? 20)).map((c) => ({
    ...c,
    author: c.author ?? UNKNOWN_AUTHOR,
  }));
  const topPosts = (await loadCampaignTopPosts(warehouse, snapshot, options.topPostsLimit ?? 10)).map((p) => ({ ...p, author: p.author ?? UNKNOWN_AUTHOR }));
  const growth = await queryRows(warehouse, 'campaign_growth', campaignSnapshotRow, { hashtag });
  return {
    kind: 'campaign',
    slug: slugFor('campaign', hashtag),
    title: `Campaign #${hashtag}`,
    subtitle: `Latest snapshot ${formatCell(latest.snapshot_at, 'date')} via ${latest.provider} (snapshot ${latest.snapshot_number} of ${growth.length})`,
    facts: [
      ['videos', formatCell(latest.total_videos, 'int')],
      ['unique creators', formatCell(latest.unique_creators, 'int')],
      ['plays', formatCell(latest.total_plays, 'int')],
      ['likes / comments / shares', [latest.total_likes, latest.total_comments, latest.total_shares].map((n) => formatCell(n, 'int')).join(' / ')],
      ['engagement rate', `${formatCell(latest.engagement_rate, 'pct')} ((likes + comments + shares) / plays)`],
      ['repeat creators', formatCell(latest.repeat_creators, 'int')],
      ['flagged creators (seed-v1)', formatCell(latest.flagged_creators, 'int')],
      ['not screened', formatCell(latest.unscreened_creators, 'int')],
      ['coverage of the reported count', formatCell(latest.coverage, 'pct')],
    ],
    charts: [campaignGrowthChart(hashtag, growth), campaignLeaderboardChart(hashtag, leaderboard)],
    tables: [
      {
        id: 'top-posts',
        title: 'Top posts (latest snapshot)',
        columns: [
          { key: 'author', label: 'creator' },
          { key: 'caption', label: 'caption' },
          { key: 'plays', label: 'plays', format: 'int' },
          { key: 'likes', label: 'likes', format: 'int' },
          { key: 'engagement_rate', label: 'engagement rate', format: 'pct' },
          { key: 'verdict', label: 'creator verdict' },
        ],
        rows: topPosts,
      },
      {
        id: 'leaderboard',
        title: 'Creator leaderboard (latest snapshot)',
        columns: [
          { key: 'author', label: 'creator' },
          { key: 'videos', label: 'videos', format: 'int' },
          { key: 'plays', label: 'plays', format: 'int' },
          { key: 'likes', label: 'likes', format: 'int' },
          { key: 'verdict', label: 'verdict' },
        ],
        rows: leaderboard,
      },
    ],
    notes: [],
  };
}
