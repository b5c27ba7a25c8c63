import { appendRows, type Row, tikhubFakeViewReports, Warehouse } from '@creator-audit/warehouse';
import { sampleCorrelation, sampleRankCorrelation } from 'simple-statistics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeViewAgreement } from '../src/fake-views/agreement.ts';
import { MissingInputError } from '../src/models/analyses.ts';
import { scoreFakeViews } from '../src/fake-views/score-fake-views.ts';
import { cohortOf, DAY1, landSnapshots, ordinaryVideo, ordinaryVideos } from './fake-views-rows.ts';

/** TikHub's verdicts on six videos, as normalised rows (what `fetchTikHubReports` lands). */
const THEIRS = [
  { id: 'botted-x0', score: 62, suspicious: true, level: 'High', tier: 4, expected: 3, engagement: 80 },
  { id: 'botted-x1', score: 30, suspicious: true, level: 'Medium', tier: 4, expected: 4, engagement: 40 },
  { id: 'botted-x2', score: 12, suspicious: false, level: 'Low', tier: 3, expected: 3, engagement: 10 },
  { id: 'steady-0', score: 3, suspicious: false, level: 'Minimal', tier: 3, expected: 3, engagement: 0 },
  { id: 'steady-1', score: 28, suspicious: true, level: 'Medium', tier: 3, expected: null, engagement: 5 },
  { id: 'steady-2', score: 1, suspicious: false, level: 'Minimal', tier: 2, expected: 2, engagement: 0 },
];

function reportRow(t: (typeof THEIRS)[number], category: string): Row {
  return {
    run_id: 'run-fv',
    item_id: t.id,
    content_category: category,
    fetched_at: new Date(DAY1.getTime() + 3_600_000),
    request_key: `analytics/detect_fake_views?content_category=${category}&item_id=${t.id}`,
    outcome: 'ok',
    fake_score: t.score,
    confidence_level: t.level,
    is_suspicious: t.suspicious,
    current_tier: t.tier,
    expected_tier: t.expected,
    engagement_score: t.engagement,
    // TikHub scores every one of them the same here: no correlation to speak of.
    distribution_score: 10,
    suspicious_features: [],
  };
}

describe('agreement between our analysis and TikHub', () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await Warehouse.open(':memory:');
    const base = { snapshotAt: DAY1, followers: 50_000 };
    await landSnapshots(w, [
      ...cohortOf(50_000, DAY1, 20_000),
      { ...base, username: 'steady', videos: ordinaryVideos('steady', 10, 20_000) },
      {
        ...base,
        username: 'botted',
        videos: [...ordinaryVideos('botted', 9, 20_000), ...[0.008, 0.03, 0.06].map((r, i) => ordinaryVideo(`botted-x${i}`, 120_000, r))],
      },
    ]);
    // The same six under another category: they must not leak into the default category's pairs.
    await appendRows(w.connection, tikhubFakeViewReports, [...THEIRS.map((t) => reportRow(t, 'default')), reportRow(THEIRS[0] as (typeof THEIRS)[number], 'product')]);
    await scoreFakeViews(w, 'default');
  });
  afterAll(() => w.close());

  it('pairs the snapshots both scored and reports correlation, suspicion, level and tier agreement as computed by hand', async () => {
    const ours = await w.rows(
      `select video_id, fake_score, is_suspicious, confidence_level, current_tier, expected_tier from video_fake_view_scores
       where tikhub_fake_score is not null order by video_id`,
    );
    const theirs = ours.map((o) => THEIRS.find((t) => t.id === o.video_id) as (typeof THEIRS)[number]);
    const a = await fakeViewAgreement(w);
    expect(a.pairs).toBe(6);
    expect(a.content_category).toBe('default');
    const x = ours.map((o) => o.fake_score as number);
    const y = theirs.map((t) => t.score);
    expect(a.fake_score_pearson).toBeCloseTo(sampleCorrelation(x, y), 12);
    expect(a.fake_score_spearman).toBeCloseTo(sampleRankCorrelation(x, y), 12);
    expect(a.fake_score_mean_abs_diff).toBeCloseTo(x.reduce((s, v, i) => s + Math.abs(v - (y[i] as number)), 0) / 6, 12);

    const both = ours.filter((o, i) => o.is_suspicious && theirs[i]?.suspicious).length;
    const onlyOurs = ours.filter((o, i) => o.is_suspicious && !theirs[i]?.suspicious).length;
    const onlyTheirs = ours.filter((o, i) => !o.is_suspicious && theirs[i]?.suspicious).length;
    const agree = (6 - onlyOurs - onlyTheirs) / 6;
    const pOurs = (both + onlyOurs) / 6;
    const pTheirs = (both + onlyTheirs) / 6;
    const chance = pOurs * pTheirs + (1 - pOurs) * (1 - pTheirs);
    expect(a).toMatchObject({ both_suspicious: both, only_ours_suspicious: onlyOurs, only_theirs_suspicious: onlyTheirs });
    expect(a.suspicious_agreement).toBeCloseTo(agree, 12);
    expect(a.suspicious_kappa).toBeCloseTo((agree - chance) / (1 - chance), 12);
    // The botted videos are flagged by us too, the steady ones not: the two sides must disagree somewhere (steady-1).
    expect(onlyTheirs).toBeGreaterThan(0);

    const sameLevel = ours.filter((o, i) => o.confidence_level === theirs[i]?.level).length / 6;
    const sameTier = ours.filter((o, i) => o.current_tier === theirs[i]?.tier).length / 6;
    const expectedPairs = ours.filter((o, i) => o.expected_tier !== null && theirs[i]?.expected !== null);
    expect(a.confidence_level_agreement).toBeCloseTo(sameLevel, 12);
    expect(a.current_tier_agreement).toBeCloseTo(sameTier, 12);
    expect(a.expected_tier_pairs).toBe(expectedPairs.length);
  });

  it('compares each component over the pairs that have it on both sides', async () => {
    const a = await fakeViewAgreement(w);
    expect(a.components.map((c) => c.component)).toEqual([
      'engagement_score',
      'distribution_score',
      'consistency_score',
      'creator_credibility_score',
      'content_authenticity_score',
      'follower_correlation_score',
      'racing_mechanism_score',
      'fan_growth_score',
    ]);
    expect(a.components.find((c) => c.component === 'engagement_score')?.pairs).toBe(6);
    expect(a.components.find((c) => c.component === 'distribution_score')).toMatchObject({ pairs: 6, pearson: null });
    // TikHub's rows above carry no consistency score and we have none on one snapshot: nothing to compare.
    expect(a.components.find((c) => c.component === 'consistency_score')).toMatchObject({ pairs: 0, pearson: null, mean_abs_diff: null });
  });

  it('has no pairs under a category TikHub was not asked with', async () => {
    await scoreFakeViews(w, 'education');
    const a = await fakeViewAgreement(w);
    expect(a).toMatchObject({ pairs: 0, fake_score_pearson: null, suspicious_agreement: null, suspicious_kappa: null });
  });

  it('without video_fake_view_scores, fails naming the command that builds it (nothing is scored behind the caller)', async () => {
    const bare = await Warehouse.open(':memory:');
    try {
      const refused = await fakeViewAgreement(bare).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(MissingInputError);
      expect(refused).toMatchObject({ input: 'video_fake_view_scores', ruleset: null, analysis: 'fake-views-agreement' });
      expect((refused as Error).message).toBe('the warehouse has no video_fake_view_scores yet: score its videos for fake views first');
      expect(await bare.hasTable('video_fake_view_scores')).toBe(false);
    } finally {
      bare.close();
    }
  });
});
