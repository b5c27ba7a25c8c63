import { Warehouse, runModels } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULESETS, scoreWarehouse } from '../src/score.ts';
import { prepareAnalysis } from '../src/models/analyses.ts';
import type { CreatorSnapshot, FeedVideo } from '../src/seed-v1/reference.ts';
import { type LandedCreator, landCreators } from './land-snapshots.ts';

const DAY1 = new Date('2026-01-01T00:00:00Z');
const DAY2 = new Date('2026-01-02T00:00:00Z');

const feed = (n: number, make: (i: number) => FeedVideo): FeedVideo[] => Array.from({ length: n }, (_, i) => make(i));
const creator = (username: string, videos: FeedVideo[] = [], followers: number | null = 1000): CreatorSnapshot => ({
  username,
  followers,
  following: 10,
  likesReceived: 100,
  videoCount: 10,
  videos,
});
const at = (c: CreatorSnapshot, outcome: string, day: Date, extra: Partial<LandedCreator> = {}): LandedCreator => ({
  snapshot: c,
  outcome,
  snapshotAt: day,
  decidedAt: day,
  runId: `run-${day.getUTCDate()}`,
  ...extra,
});

describe('seed-v1 models, given rows -> expected rows', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  const build = async () => runModels(warehouse, (await prepareAnalysis(warehouse, 'seed-v1')).models);

  it('int_seed_v1_feed_stats: exact sums, the even median, spikes against it, the first low-comment video in feed order', async () => {
    const plays = [200, 1, 15, 1, 100, 2, 85, 1]; // sorted 1 1 1 2 | 15 85 100 200: median 8.5
    const likes = [10, 20, 5000, 30, 40, 7000, 50, 60];
    const comments = [0, 0, 100, 0, 0, 1, 0, 0];
    await landCreators(warehouse, [at(creator('spiky', feed(8, (i) => ({ plays: plays[i] ?? 0, likes: likes[i] ?? 0, comments: comments[i] ?? 0 }))), 'ok', DAY1)]);
    await build();
    const [row] = await warehouse.rows(`SELECT * EXCLUDE (username, snapshot_at, provider) FROM int_seed_v1_feed_stats`);
    expect(row).toEqual({
      videos_scored: 8,
      likes_sum: 12210n,
      plays_sum: 405n,
      likes_sum_of_squares: 74_009_100n,
      median_plays: 8.5,
      // Above 85: 100 and 200; 85 itself is not above.
      play_spikes: 2,
      // 5000 likes with 100 comments is exactly 2%: fine; 7000 likes with 1 comment is the first flagged.
      low_comment_video_likes: 7000n,
      // No count had a problem: NULL, not an empty list (only feeds with one pay for the list).
      unreadable: null,
    });
  });

  it('int_seed_v1_checks: statuses, and no verdict without a snapshot to judge', async () => {
    await landCreators(warehouse, [
      at(creator('scored', feed(6, () => ({ plays: 100, likes: 10, comments: 1 }))), 'ok', DAY1),
      at(creator('locked'), 'region_locked', DAY1, { detail: 'region locked' }),
      at(creator('flaky'), 'captcha', DAY1, { detail: 'verify page' }),
    ]);
    // An ok outcome whose profile row is absent breaks an ingest invariant: say so rather than score zeros.
    await warehouse.run(`INSERT INTO creator_outcomes VALUES ('run-1', 'ghost', 'synthetic', 'ok', NULL, $at::TIMESTAMP, 0, NULL, 2, $at::TIMESTAMP)`, {
      at: DAY1.toISOString(),
    });
    await build();
    const rows = await warehouse.rows(`SELECT username, status, status_detail, verdict, flags FROM int_seed_v1_checks ORDER BY username`);
    expect(rows).toEqual([
      { username: 'flaky', status: 'fetch_failed', status_detail: 'captcha: verify page', verdict: null, flags: null },
      { username: 'ghost', status: 'snapshot_missing', status_detail: null, verdict: null, flags: null },
      { username: 'locked', status: 'region_locked', status_detail: 'region locked', verdict: null, flags: null },
      { username: 'scored', status: 'ok', status_detail: null, verdict: 'MEDIUM RISK', flags: ['Suspiciously uniform likes (CV=0.000)'] },
    ]);
  });

  it('scores the latest snapshot only, and keeps a trace of every point', async () => {
    await landCreators(warehouse, [
      at(creator('twice', feed(2, () => ({ plays: 1, likes: 1, comments: 0 }))), 'ok', DAY1),
      at(creator('twice', [], 20_000), 'ok', DAY2),
    ]);
    await scoreWarehouse(warehouse, { scoredAt: DAY2 });
    const [row] = await warehouse.rows(`SELECT snapshot_at, videos_scored, total_risk_uncapped, rules FROM creator_scores`);
    expect(row).toEqual({
      snapshot_at: DAY2,
      videos_scored: 0,
      total_risk_uncapped: 60,
      rules: [
        { component: 'engagement', rule: 'no_videos', points: 50, flag: 'No videos to analyze' },
        { component: 'consistency', rule: 'too_few_videos', points: 10, flag: 'Too few videos to analyze' },
      ],
    });
  });

  it('creator_scores: re-scoring replaces its own ruleset\'s rows and keeps the others\'', async () => {
    await landCreators(warehouse, [at(creator('a'), 'ok', DAY1), at(creator('b'), 'ok', DAY1)]);
    await scoreWarehouse(warehouse, { scoredAt: DAY1 });
    await warehouse.run(`INSERT INTO creator_scores BY NAME SELECT 'a' AS username, 'other-ruleset' AS ruleset, 'ok' AS status`);
    await scoreWarehouse(warehouse, { scoredAt: DAY2 });
    const rows = await warehouse.rows(`SELECT ruleset, count(*)::INTEGER AS n, max(scored_at) AS at FROM creator_scores GROUP BY ALL ORDER BY 1`);
    expect(rows).toEqual([
      { ruleset: 'other-ruleset', n: 1, at: null },
      { ruleset: 'seed-v1', n: 2, at: DAY2 },
    ]);
  });

  it('knows its rulesets and refuses others', async () => {
    expect(Object.keys(RULESETS)).toEqual(['seed-v1', 'seed-quick', 'cohort-v1']);
    await expect(scoreWarehouse(warehouse, { ruleset: 'seed-v9' })).rejects.toThrow(/unknown ruleset "seed-v9": expected one of seed-v1, seed-quick, cohort-v1/);
  });
});
