import { loadCampaignReport } from '@creator-audit/scoring';
import { Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignReport } from '../src/reports/campaign-report.ts';
import { ReportInputError } from '../src/report-input-error.ts';
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

  it("flags by the screening ruleset's verdict (cohort-v1), with seed-v1's beside it in every list of creators", async () => {
    // creator_scores as score leaves it: one row per creator per ruleset (the columns the campaign models read).
    await warehouse.run(`CREATE TABLE creator_scores AS SELECT * FROM (VALUES
      ('ann', 'cohort-v1', 'ok', 'HIGH RISK', 93, 0.93), ('ann', 'seed-v1', 'ok', 'MEDIUM RISK', 35, NULL),
      ('bob', 'cohort-v1', 'ok', 'LOW RISK', 4, 0.04), ('bob', 'seed-v1', 'ok', 'HIGH RISK', 80, NULL),
      ('cy', 'cohort-v1', 'insufficient_data', NULL, NULL, NULL), ('cy', 'seed-v1', 'ok', 'LOW RISK', 10, NULL))
      AS t(username, ruleset, status, verdict, total_risk_score, fraud_probability)`);
    await landCampaign(warehouse, 'summersale', [{ at: DAY1, videos: [video('v1', 'ann', 3000), video('v2', 'bob', 800), video('v4', 'cy', 50)] }]);
    const report = await campaignReport(warehouse, 'summersale');
    expect(Object.fromEntries(report.facts)).toMatchObject({ 'flagged creators (cohort-v1: HIGH RISK)': '1', 'not screened': '1' });
    const rows = (id: string, keys: string[]) => report.tables.find((t) => t.id === id)?.rows.map((r) => keys.map((k) => r[k]));
    expect(rows('flagged', ['author', 'verdict', 'fraud_probability', 'risk_score', 'seed_v1_verdict', 'seed_v1_risk_score', 'plays'])).toEqual([
      ['ann', 'HIGH RISK', 0.93, 93, 'MEDIUM RISK', 35, 3000],
    ]);
    expect(rows('leaderboard', ['author', 'verdict', 'seed_v1_verdict'])).toEqual([
      ['ann', 'HIGH RISK', 'MEDIUM RISK'],
      ['bob', 'LOW RISK', 'HIGH RISK'],
      ['cy', null, 'LOW RISK'],
    ]);
    expect(report.tables.find((t) => t.id === 'leaderboard')?.columns.map((c) => c.label)).toContain('verdict (cohort-v1)');
    const chart = report.charts.find((c) => c.id === 'campaign-leaderboard')?.spec as { encoding: { color: { title: string } } };
    expect(chart.encoding.color.title).toBe('cohort-v1 verdict');
  });

  it('says which campaigns exist when asked for another', async () => {
    await landCampaign(warehouse, 'summersale', [{ at: DAY1, videos: [video('v1', 'ann', 1000)] }]);
    const refused = await campaignReport(warehouse, 'wintersale').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReportInputError);
    expect((refused as ReportInputError).problem).toEqual({ kind: 'no_campaign', hashtag: 'wintersale', tracked: ['summersale'] });
    expect((refused as Error).message).toBe('no campaign "#wintersale" in campaign_summary (tracked: #summersale): track it first');
  });

  it('tells the analyst to track a campaign first when there is none', async () => {
    const refused = await campaignReport(warehouse, 'summersale').catch((error: unknown) => error);
    expect((refused as ReportInputError).problem).toEqual({ kind: 'no_campaigns' });
    expect((refused as Error).message).toBe('no campaign has been tracked in this warehouse: track it first');
  });
});
