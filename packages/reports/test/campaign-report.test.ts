import { loadCampaignReport } from '@creator-audit/scoring';
import { Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignReport } from '../src/reports/campaign-report.ts';
import { type CampaignVideo, landCampaign } from './campaign-warehouse.ts';

const DAY1 = new Date('2026-05-20T12:00:00Z');
const DAY2 = new Date('2026-05-21T12:00:00Z');
const video = (id: string, author: string, plays: number): CampaignVideo => ({ id, author, caption: `#summersale ${id}`, plays, likes: plays / 10 });

describe('campaign report from the campaign marts', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  it('growth over every snapshot; leaderboard and top posts of the latest', async () => {
    await landCampaign(warehouse, 'summersale', [
      { at: DAY1, videos: [video('v1', 'ann', 1000), video('v2', 'bob', 500)] },
      { at: DAY2, videos: [video('v1', 'ann', 3000), video('v2', 'bob', 800), video('v3', 'bob', 900), video('v4', 'cy', 50)] },
    ]);
    const report = await campaignReport(warehouse, 'summersale', { leaderboardLimit: 2 });
    expect(report.slug).toBe('campaign-summersale');
    const growth = report.charts.find((c) => c.id === 'campaign-growth')?.spec as { data: { values: unknown[] } };
    expect(growth.data.values).toEqual([
      { provider: 'synthetic', snapshot_at: DAY1.toISOString(), total_videos: 2, total_plays: 1500, unique_creators: 2 },
      { provider: 'synthetic', snapshot_at: DAY2.toISOString(), total_videos: 4, total_plays: 4750, unique_creators: 3 },
    ]);
    const leaderboard = report.tables.find((t) => t.id === 'leaderboard');
    expect(leaderboard?.rows.map((r) => [r.author, r.videos, r.plays])).toEqual([
      ['ann', 1, 3000],
      ['bob', 2, 1700],
    ]);
    expect(report.tables.find((t) => t.id === 'top-posts')?.rows.map((r) => r.video_id)).toEqual(['v1', 'v3', 'v2', 'v4']);
    expect(Object.fromEntries(report.facts)).toMatchObject({ videos: '4', 'unique creators': '3', plays: '4,750' });
  });

  it('breaks ties as the terminal report does: list order, for top posts and the leaderboard alike', async () => {
    // Every post and every creator has 500 plays: only the tie-breaking rule orders them.
    await landCampaign(warehouse, 'summersale', [
      { at: DAY1, videos: [video('v9', 'zed', 500), video('v1', 'amy', 300), video('v2', 'amy', 200), video('v5', 'bob', 500)] },
    ]);
    const report = await campaignReport(warehouse, 'summersale');
    const html = (id: string, key: string) => report.tables.find((t) => t.id === id)?.rows.map((r) => r[key]);
    expect(html('top-posts', 'video_id')).toEqual(['v9', 'v5', 'v1', 'v2']);
    expect(html('leaderboard', 'author')).toEqual(['zed', 'amy', 'bob']);
    const terminal = await loadCampaignReport(warehouse, { hashtag: 'summersale', provider: 'synthetic', snapshotAt: DAY1 });
    expect(terminal?.topPosts.map((p) => p.video_id)).toEqual(html('top-posts', 'video_id')?.slice(0, 5));
    expect(terminal?.leaderboard.map((c) => c.author)).toEqual(html('leaderboard', 'author'));
  });

  it('says which campaigns exist when asked for another', async () => {
    await landCampaign(warehouse, 'summersale', [{ at: DAY1, videos: [video('v1', 'ann', 1000)] }]);
    await expect(campaignReport(warehouse, 'wintersale')).rejects.toThrow(/no campaign "#wintersale" in campaign_summary \(tracked: #summersale\)/);
  });

  it('tells the analyst to track a campaign first when there is none', async () => {
    await expect(campaignReport(warehouse, 'summersale')).rejects.toThrow(/run creator-audit track-campaign --hashtag TAG first/);
  });
});
