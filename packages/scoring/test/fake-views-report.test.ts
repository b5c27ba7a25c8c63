import { detectFakeViewsExample } from '@creator-audit/providers/testing';
import { Warehouse } from '@creator-audit/warehouse';
import { FAKE_VIEW_COMPONENTS, fakeViewReportSchema } from '@creator-audit/providers/fake-view-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleFakeViewReport } from '../src/fake-views/assemble-report.ts';
import { readFakeViewRows, scoreFakeViews } from '../src/fake-views/score-fake-views.ts';
import { cohortOf, DAY1, DAY2, landSnapshots, ordinaryVideo, ordinaryVideos } from './fake-views-rows.ts';

/** The example response of seed 001, byte for byte as the seed prints it. */
const example = detectFakeViewsExample();

describe("TikHub's example response (seed 001)", () => {
  it('parses with the contract schema our own reports are validated with', () => {
    const report = fakeViewReportSchema.parse(example.data);
    expect(report.fake_view_analysis).toMatchObject({ fake_score: 7.16, confidence_level: 'Minimal', is_suspicious: false });
    expect(report.fake_view_analysis.missing_component_reasons).toBeUndefined();
  });

  it('computes its figures on different bases, so its fake and organic views do not add up to the total', () => {
    const { video_metrics: v, fake_view_analysis: a, traffic_pool: t, mcn_report: m } = example.data;
    expect(v.engagement_rates.like_ratio).toBe(Number((v.total_likes / v.total_views).toFixed(5)));
    expect(a.estimated_fake_views).toBe(Math.floor((v.total_views * a.fake_view_percentage) / 100));
    expect(t.estimated_organic_views).toBe(Math.floor(v.total_views * (1 - a.fake_score / 100)));
    expect(a.estimated_fake_views + t.estimated_organic_views).not.toBe(v.total_views);
    expect(m.summary.estimated_revenue_impact).toBeCloseTo(a.estimated_fake_views / 1000, 9);
  });
});

describe('our report, assembled from a row of video_fake_view_scores', () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await Warehouse.open(':memory:');
    const base = { followers: 50_000, following: 200, verified: false };
    await landSnapshots(w, [
      ...cohortOf(50_000, DAY1, 20_000),
      { ...base, username: 'botted', snapshotAt: DAY1, videos: [...ordinaryVideos('botted', 9, 20_000), ordinaryVideo('botted-x', 200_000, 0.008)] },
      { ...base, username: 'botted', snapshotAt: DAY2, videos: [...ordinaryVideos('botted', 9, 21_000), ordinaryVideo('botted-x', 150_000, 0.0107)] },
      { ...base, username: 'lonely', snapshotAt: DAY1, followers: null, videos: ordinaryVideos('lonely', 3, 20_000) },
      { ...base, username: 'silent', snapshotAt: DAY1, videos: [...ordinaryVideos('silent', 9, 20_000), { id: 'silent-x', plays: 0, likes: 0, comments: 0, shares: 0 }] },
    ]);
    await scoreFakeViews(w, 'default');
  });
  afterAll(() => w.close());

  const reportOf = async (id: string, mcnReport = false) => {
    const [row] = await readFakeViewRows(w, [id]);
    if (!row) throw new Error(`no row for ${id}`);
    return { row, assembled: assembleFakeViewReport(row, { mcnReport }) };
  };

  it("reads a video's latest snapshot, and only the videos asked for", async () => {
    const rows = await readFakeViewRows(w, ['botted-x', 'lonely-0', 'not-there']);
    expect(rows.map((r) => [r.video_id, r.snapshot_at.toISOString()])).toEqual([
      ['botted-x', DAY2.toISOString()],
      ['lonely-0', DAY1.toISOString()],
    ]);
  });

  it('fills the whole contract for a botted video: flagged, its evidence named with numbers, a review asked for', async () => {
    const { row, assembled } = await reportOf('botted-x');
    if (!assembled.ok) throw new Error(assembled.reason);
    const r = assembled.report;
    expect(fakeViewReportSchema.parse(r)).toEqual(r);
    expect(r.video_metrics).toMatchObject({ total_views: 150_000, total_likes: row.likes, total_favorites: row.saves });
    expect(r.video_metrics.engagement_rates.like_ratio).toBeCloseTo((row.likes as number) / 150_000, 15);
    expect(r.fake_view_analysis).toMatchObject({ is_suspicious: true, main_detection_reason: expect.any(String) });
    expect(['Medium', 'High']).toContain(r.fake_view_analysis.confidence_level);
    expect(r.suspicious_features.join('\n')).toMatch(/engagement per view/);
    expect(r.suspicious_features.join('\n')).toMatch(/counts fell by up to 25\.0% between snapshots \(views 200,000 -> 150,000\)/);
    expect(['scheduled_review', 'immediate_review']).toContain(r.recommendations.action);
    expect(r.mcn_report).toBeUndefined();
  });

  it('makes estimated fake and organic views add up to the total, the percentage at full precision', async () => {
    const { row, assembled } = await reportOf('botted-x');
    if (!assembled.ok) throw new Error(assembled.reason);
    const { fake_view_analysis: a, traffic_pool: t, video_metrics: v } = assembled.report;
    expect((a.estimated_fake_views ?? 0) + (t.estimated_organic_views ?? 0)).toBe(v.total_views);
    expect(a.fake_view_percentage).toBe((row.estimated_fake_share as number) * 100);
    expect(t).toMatchObject({ current_tier: 4, current_tier_name: '4th-Level Traffic Pool', current_views_range: '100K-150K' });
  });

  it('gives trust as 100 - creator credibility, and AI generation and upload quality as unknown, never false', async () => {
    const { row, assembled } = await reportOf('botted-x');
    if (!assembled.ok) throw new Error(assembled.reason);
    expect(assembled.report.creator_metrics.trust_score).toBe(100 - (row.creator_credibility_score as number));
    expect(assembled.report.content_metrics).toEqual({ content_type: 'video', created_by_ai: null, high_quality_upload: null });
  });

  it('adds the MCN report when asked: $1 per thousand estimated fake views', async () => {
    const { assembled } = await reportOf('botted-x', true);
    if (!assembled.ok) throw new Error(assembled.reason);
    const fake = assembled.report.fake_view_analysis.estimated_fake_views ?? 0;
    expect(assembled.report.mcn_report?.summary.estimated_revenue_impact).toBeCloseTo(fake / 1000, 9);
    expect(assembled.report.mcn_report?.business_impact.revenue_impact.estimated_amount).toBeCloseTo(fake / 1000, 9);
  });

  it('reports a missing component as null, and says why in missing_component_reasons', async () => {
    const { assembled } = await reportOf('silent-x');
    if (!assembled.ok) throw new Error(assembled.reason);
    const { component_scores: scores, missing_component_reasons: reasons } = assembled.report.fake_view_analysis;
    for (const c of FAKE_VIEW_COMPONENTS) {
      if (scores[c] === null) expect(reasons?.[c], c).toMatch(/\w/);
      else expect(reasons?.[c], c).toBeUndefined();
    }
    expect(scores.engagement_score).toBeNull();
    expect(reasons?.engagement_score).toBe('the video has no known views (count unknown or 0)');
  });

  it('has no report for a video without video-level evidence, and says why', async () => {
    const { assembled } = await reportOf('lonely-1');
    expect(assembled).toEqual({ ok: false, reason: 'no video-level component could be computed' });
  });
});
