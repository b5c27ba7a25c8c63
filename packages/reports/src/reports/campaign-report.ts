import { loadCampaignFlagged, loadCampaignLeaderboard, loadCampaignTopPosts, loadLatestCampaignSummary } from '@creator-audit/scoring';
import type { Warehouse } from '@creator-audit/warehouse';
import { ReportInputError } from '../report-input-error.ts';
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
  flaggedLimit?: number;
}

/**
 * A campaign's report from the marts `track-campaign` builds (campaign_summary, campaign_videos): growth over
 * every snapshot, and the leaderboard, top posts and flagged creators of the latest one, read with the same queries
 * (and the same tie-breaking: list order) as the terminal report. Verdicts are the screening ruleset's (cohort-v1
 * unless the tables were built with another), seed-v1's beside them. Captions and handles are untrusted text: they go into tables
 * and chart data as they are and are escaped on output. `hashtag` is normalised already (lower case, no `#`).
 */
export async function campaignReport(warehouse: Warehouse, hashtag: string, options: CampaignReportOptions = {}): Promise<Report> {
  if (!(await warehouse.hasTable('campaign_summary'))) throw new ReportInputError({ kind: 'no_campaigns' });
  const latest = await loadLatestCampaignSummary(warehouse, hashtag);
  if (!latest) {
    const known = await warehouse.rows(`select distinct hashtag from campaign_summary order by 1 limit 20`);
    throw new ReportInputError({ kind: 'no_campaign', hashtag, tracked: known.map((r) => String(r.hashtag)) });
  }
  const snapshot = { hashtag, provider: latest.provider, snapshotAt: latest.snapshot_at };
  const leaderboard: LeaderboardRow[] = (await loadCampaignLeaderboard(warehouse, snapshot, options.leaderboardLimit ?? 20)).map((c) => ({
    ...c,
    author: c.author ?? UNKNOWN_AUTHOR,
  }));
  const topPosts = (await loadCampaignTopPosts(warehouse, snapshot, options.topPostsLimit ?? 10)).map((p) => ({ ...p, author: p.author ?? UNKNOWN_AUTHOR }));
  const flagged = await loadCampaignFlagged(warehouse, snapshot, options.flaggedLimit ?? 50);
  const growth = await queryRows(warehouse, 'campaign_growth', campaignSnapshotRow, { hashtag });
  const ruleset = latest.screening_ruleset;
  const flaggedAs = latest.flag_verdicts.join(' or ');
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
      [`flagged creators (${ruleset}: ${flaggedAs})`, formatCell(latest.flagged_creators, 'int')],
      ['not screened', formatCell(latest.unscreened_creators, 'int')],
      ['coverage of the reported count', formatCell(latest.coverage, 'pct')],
    ],
    charts: [campaignGrowthChart(hashtag, growth), campaignLeaderboardChart(hashtag, leaderboard, ruleset)],
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
          { key: 'verdict', label: `creator verdict (${ruleset})` },
          { key: 'seed_v1_verdict', label: 'seed-v1' },
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
          { key: 'verdict', label: `verdict (${ruleset})` },
          { key: 'seed_v1_verdict', label: 'seed-v1' },
        ],
        rows: leaderboard,
      },
      {
        id: 'flagged',
        title: `Flagged creators (latest snapshot; ${ruleset}: ${flaggedAs})`,
        note: reportMessages.campaignFlaggedNote(flagged.length, latest.flagged_creators),
        columns: [
          { key: 'author', label: 'creator' },
          { key: 'verdict', label: `verdict (${ruleset})` },
          { key: 'fraud_probability', label: 'fraud probability', format: 'pct' },
          { key: 'risk_score', label: 'risk score', format: 'int' },
          { key: 'seed_v1_verdict', label: 'seed-v1 verdict' },
          { key: 'seed_v1_risk_score', label: 'seed-v1 risk', format: 'int' },
          { key: 'videos', label: 'videos', format: 'int' },
          { key: 'plays', label: 'plays', format: 'int' },
        ],
        rows: flagged,
      },
    ],
    notes: [],
  };
}
