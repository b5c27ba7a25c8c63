import { Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchmarkCohorts } from '../src/cohort/benchmark-cohorts.ts';
import { CohortColumnError } from '../src/cohort/cohort-columns.ts';
import { MissingInputError } from '../src/models/analyses.ts';
import { FOLLOWER_TIERS } from '../src/follower-tiers.ts';
import { type CohortCreator, landCohort } from './cohort-fixtures.ts';

/** Creators of one tier whose follow ratios are exactly `ratios` (following = ratio x followers). */
const withFollowRatios = (prefix: string, followers: number, ratios: readonly number[]): CohortCreator[] =>
  ratios.map((r, i) => ({ username: `${prefix}_${i}`, followers, following: Math.round(r * followers) }));

describe('cohort models, given creators -> expected benchmarks and positions', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  const benchmark = (kind: string, value: string | null, metric: string) =>
    warehouse.rows(
      `select creators, values_n, p10, p25, p50, p75, p90, mad, mean_abs_dev from cohort_benchmarks
       where cohort_kind = $kind and cohort_value is not distinct from $value and metric = $metric`,
      { kind, value, metric },
    );
  const positions = (kind: string, metric: string) =>
    warehouse.rows(
      `select username, value, percentile, robust_z, robust_z_method, robust_z_missing, is_outlier
       from creator_cohort_position where cohort_kind = $kind and metric = $metric order by username`,
      { kind, metric },
    );

  it('percentiles interpolate linearly; percentile ranks are mid-ranks; z = 0.6745 (x - median) / MAD, |z| > 3.5 an outlier', async () => {
    await landCohort(warehouse, withFollowRatios('nano', 5000, [0, 0.1, 0.2, 0.3, 1.0]));
    await benchmarkCohorts(warehouse);
    const [b] = await benchmark('follower_tier', 'nano', 'follow_ratio');
    // Sorted 0, .1, .2, .3, 1: p10 sits 0.4 of the way from 0 to .1; p90 0.6 of the way from .3 to 1.
    // Deviations from the median .2: .2 .1 0 .1 .8 -> MAD .1, mean 0.24.
    expect(b).toMatchObject({ creators: 5, values_n: 5 });
    for (const [key, want] of Object.entries({ p10: 0.04, p25: 0.1, p50: 0.2, p75: 0.3, p90: 0.72, mad: 0.1, mean_abs_dev: 0.24 })) {
      expect(b?.[key], key).toBeCloseTo(want, 12);
    }
    const rows = await positions('follower_tier', 'follow_ratio');
    expect(rows.map((r) => r.percentile)).toEqual([10, 30, 50, 70, 90]);
    expect(rows.map((r) => r.robust_z_method)).toEqual(['mad', 'mad', 'mad', 'mad', 'mad']);
    expect(rows[0]?.robust_z).toBeCloseTo((0.6745 * -0.2) / 0.1, 12);
    expect(rows[4]?.robust_z).toBeCloseTo((0.6745 * 0.8) / 0.1, 12);
    expect(rows.map((r) => r.is_outlier)).toEqual([false, false, false, false, true]);
  });

  it('ties share one percentile', async () => {
    await landCohort(warehouse, withFollowRatios('tie', 5000, [0.1, 0.2, 0.2, 0.4]));
    await benchmarkCohorts(warehouse);
    const rows = await positions('follower_tier', 'follow_ratio');
    expect(rows.map((r) => r.percentile)).toEqual([12.5, 50, 50, 87.5]);
  });

  it('MAD = 0 falls back to (x - median) / (1.253314 x mean absolute deviation)', async () => {
    await landCohort(warehouse, withFollowRatios('micro', 20_000, [0.1, 0.1, 0.1, 0.1, 0.5]));
    await benchmarkCohorts(warehouse);
    const [b] = await benchmark('follower_tier', 'micro', 'follow_ratio');
    expect(b?.mad).toBe(0);
    expect(b?.mean_abs_dev).toBeCloseTo(0.08, 12);
    const rows = await positions('follower_tier', 'follow_ratio');
    expect(rows.map((r) => [r.robust_z_method, r.robust_z_missing])).toEqual(Array(5).fill(['mean_abs_dev', null]));
    expect(rows[0]?.robust_z).toBe(0);
    expect(rows[4]?.robust_z).toBeCloseTo(0.4 / (1.253314 * 0.08), 12);
    expect(rows[4]?.is_outlier).toBe(true);
  });

  it('MAD and mean absolute deviation both 0: z is NULL with the reason, never a made-up 0', async () => {
    await landCohort(warehouse, withFollowRatios('mid', 200_000, [0.25, 0.25, 0.25]));
    await benchmarkCohorts(warehouse);
    const rows = await positions('follower_tier', 'follow_ratio');
    expect(rows.map(({ percentile, robust_z, robust_z_method, robust_z_missing, is_outlier }) => ({ percentile, robust_z, robust_z_method, robust_z_missing, is_outlier }))).toEqual(
      Array(3).fill({ percentile: 50, robust_z: null, robust_z_method: null, robust_z_missing: 'no_spread', is_outlier: null }),
    );
  });

  it('computes the six metrics from the scored feed; an unknown count drops its video from the sums that need it', async () => {
    await landCohort(warehouse, [
      {
        username: 'measured',
        followers: 1000,
        following: 250,
        videos: [
          { plays: 100, likes: 10, comments: 2, shares: 3 },
          { plays: 300, likes: 30, comments: 0, shares: 5 },
          { plays: 200, likes: 20, comments: 1, shares: null },
        ],
      },
    ]);
    await benchmarkCohorts(warehouse);
    const [row] = await warehouse.rows(`select * exclude (username, provider, snapshot_at, status, verdict) from cohort_creator_metrics`);
    expect(row).toEqual({
      follower_tier: 'nano',
      followers: 1000n,
      following: 250n,
      videos_scored: 3,
      avg_likes: 20,
      avg_plays: 200,
      engagement_rate_followers: (15 + 35) / 2 / 1000,
      engagement_rate_followers_missing: null,
      engagement_rate_views: 50 / 400,
      engagement_rate_views_missing: null,
      likes_per_follower: 20 / 1000,
      likes_per_follower_missing: null,
      comments_per_like: 3 / 60,
      comments_per_like_missing: null,
      follow_ratio: 0.25,
      follow_ratio_missing: null,
      // seed-v1's total: too few videos (10) + inflated total likes (1000 / 3 videos > 5 x 5% of 1000: 15).
      risk_score: 25,
      risk_score_missing: null,
    });
  });

  it('says why a metric is missing: no followers, no videos, no views, no likes', async () => {
    await landCohort(warehouse, [
      { username: 'zero_followers', followers: 0, videos: [{ plays: 10, likes: 1, comments: 0, shares: 0 }] },
      { username: 'no_videos', followers: 5000, videos: [] },
      { username: 'no_views', followers: 5000, videos: [{ plays: 0, likes: 0, comments: 0, shares: 0 }] },
      { username: 'unknown_following', followers: 5000, following: null },
    ]);
    await benchmarkCohorts(warehouse);
    const rows = await warehouse.rows(
      `select username, follower_tier, engagement_rate_followers_missing as erf, engagement_rate_views_missing as erv,
              likes_per_follower_missing as lpf, comments_per_like_missing as cpl, follow_ratio_missing as fr
       from cohort_creator_metrics order by username`,
    );
    expect(rows).toEqual([
      { username: 'no_videos', follower_tier: 'nano', erf: 'no_videos', erv: 'no_videos', lpf: 'no_videos', cpl: 'no_videos', fr: null },
      { username: 'no_views', follower_tier: 'nano', erf: null, erv: 'no_views', lpf: null, cpl: 'no_likes', fr: null },
      { username: 'unknown_following', follower_tier: 'nano', erf: null, erv: null, lpf: null, cpl: null, fr: 'following_unknown' },
      { username: 'zero_followers', follower_tier: 'sub-nano', erf: 'no_followers', erv: null, lpf: 'no_followers', cpl: null, fr: 'no_followers' },
    ]);
    const [missing] = await warehouse.rows(
      `select value, value_missing, percentile, robust_z, robust_z_missing from creator_cohort_position
       where username = 'no_videos' and metric = 'engagement_rate_views'`,
    );
    expect(missing).toEqual({ value: null, value_missing: 'no_videos', percentile: null, robust_z: null, robust_z_missing: 'no_value' });
  });

  it('tiers: sub-nano below 1K, then nano 1-10K, micro 10-100K, mid 100-500K, macro 500K-1M, mega 1M+, unknown', async () => {
    const followers = [999, 1000, 9999, 10_000, 99_999, 100_000, 500_000, 999_999, 1_000_000, null];
    await landCohort(warehouse, followers.map((f, i) => ({ username: `t${i}`, followers: f })));
    await benchmarkCohorts(warehouse);
    const rows = await warehouse.rows(`select follower_tier from cohort_creator_metrics order by username`);
    expect(rows.map((r) => r.follower_tier)).toEqual(['sub-nano', 'nano', 'nano', 'micro', 'micro', 'mid', 'macro', 'macro', 'mega', 'unknown']);
    // The TypeScript list charts order tiers by is the SQL's, smallest first.
    expect([...new Set(rows.map((r) => r.follower_tier))]).toEqual([...FOLLOWER_TIERS]);
  });

  it('benchmarks only creators whose judged outcome is ok or partial', async () => {
    await landCohort(warehouse, [
      { username: 'fine', followers: 5000 },
      { username: 'half', followers: 5000, outcome: 'partial' },
      { username: 'hidden', followers: 5000, outcome: 'private' },
      { username: 'gone', followers: null, outcome: 'not_found' },
    ]);
    const run = await benchmarkCohorts(warehouse);
    expect(run.creators).toBe(2);
    expect(await warehouse.rows(`select distinct username from creator_cohort_position order by 1`)).toEqual([{ username: 'fine' }, { username: 'half' }]);
  });

  it('scores with seed-v1 first when creator_scores has no seed-v1 rows, and not again', async () => {
    await landCohort(warehouse, [{ username: 'a', followers: 5000 }]);
    expect((await benchmarkCohorts(warehouse)).scored?.ruleset).toBe('seed-v1');
    expect((await benchmarkCohorts(warehouse)).scored).toBeNull();
  });

  it('with missingScores: fail, scores nothing and throws MissingInputError naming creator_scores and what builds it', async () => {
    await landCohort(warehouse, [{ username: 'a', followers: 5000 }]);
    const refused = await benchmarkCohorts(warehouse, { missingScores: 'fail' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MissingInputError);
    expect(refused).toMatchObject({ input: 'creator_scores', ruleset: null, analysis: 'cohort' });
    expect((refused as Error).message).toBe('the warehouse has no creator_scores yet: score the warehouse first');
    expect(await warehouse.hasTable('creator_scores')).toBe(false);
  });

  it('--by a text or boolean column adds its cohorts; a NULL value is a cohort of its own', async () => {
    await landCohort(warehouse, [
      { username: 'blue', followers: 5000, verified: true },
      { username: 'plain', followers: 50_000, verified: false },
      { username: 'unsure', followers: 5000, verified: null },
    ]);
    const run = await benchmarkCohorts(warehouse, { by: ['Verified', 'follower_tier'] });
    expect(run.cohortKinds).toEqual(['follower_tier', 'verified']);
    const rows = await warehouse.rows(
      `select cohort_value, creators from cohort_benchmarks where cohort_kind = 'verified' and metric = 'risk_score' order by cohort_value nulls last`,
    );
    expect(rows).toEqual([
      { cohort_value: 'false', creators: 1 },
      { cohort_value: 'true', creators: 1 },
      { cohort_value: null, creators: 1 },
    ]);
    const [unsure] = await warehouse.rows(`select percentile from creator_cohort_position where username = 'unsure' and cohort_kind = 'verified' and metric = 'risk_score'`);
    expect(unsure).toEqual({ percentile: 50 });
  });

  it('by rejects a name that is not a text or boolean column of the source, before any SQL uses it, with a typed error', async () => {
    await landCohort(warehouse, [{ username: 'a', followers: 5000 }]);
    const allowed = ['provider', 'status', 'verdict', 'verified', 'private_account', 'follower_tier'];
    const unknown = await benchmarkCohorts(warehouse, { by: ['nope'] }).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(CohortColumnError);
    expect({ ...(unknown as CohortColumnError) }).toMatchObject({ column: 'nope', model: 'cohort', reason: 'unknown', allowed, type: null });
    expect((unknown as Error).message).toBe(`cohort column "nope": not a cohort column. Cohorts can be drawn by one of: ${allowed.join(', ')}`);
    const numeric = await benchmarkCohorts(warehouse, { by: ['followers'] }).catch((error: unknown) => error);
    expect({ ...(numeric as CohortColumnError) }).toMatchObject({ column: 'followers', model: 'cohort', reason: 'not_categorical', allowed, type: 'BIGINT' });
    expect((numeric as Error).message).toMatch(/^cohort column "followers": a BIGINT column is not a cohort/);
    await expect(benchmarkCohorts(warehouse, { by: ['username'] })).rejects.toThrow(CohortColumnError);
    const hostile = `verdict"; drop table creator_scores; --`;
    await expect(benchmarkCohorts(warehouse, { by: [hostile] })).rejects.toThrow(CohortColumnError);
    expect(await warehouse.rows(`select count(*)::INTEGER as n from creator_scores`)).toEqual([{ n: 1 }]);
  });
});
