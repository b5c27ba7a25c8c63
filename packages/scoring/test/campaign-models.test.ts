import { appendRows, hashtagScans, hashtagVideos, type Row, Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCampaignTables } from '../src/campaign/campaign-tables.ts';

/**
 * Fixture rows straight into the landing tables, for the rules the HTTP tests cannot reach cheaply: scans that
 * are not snapshots, incomplete snapshots, NULL counts, two scans a day, providers kept apart, flag levels.
 */
const at = (day: number, hour: number) => new Date(Date.UTC(2026, 4, 19 + day, hour));

function scan(hashtag: string, snapshotAt: Date, outcome: string, pagingStop: string, videos: number, provider = 'scavio'): Row {
  return {
    hashtag,
    snapshot_at: snapshotAt,
    provider,
    run_id: 'run',
    hashtag_id: null,
    reported_video_count: null,
    videos_fetched: videos,
    pages: 1,
    paging_stop: pagingStop,
    outcome,
    detail: null,
    credits: 1,
  };
}

type Counts = { plays: number | null; likes: number | null; comments?: number | null; shares?: number | null };

function video(hashtag: string, snapshotAt: Date, position: number, id: string, author: string | null, counts: Counts, provider = 'scavio'): Row {
  return {
    hashtag,
    snapshot_at: snapshotAt,
    provider,
    video_id: id,
    list_position: position,
    author,
    created_at: null,
    caption: `caption ${id}`,
    plays: counts.plays,
    likes: counts.likes,
    comments: counts.comments ?? 0,
    shares: counts.shares ?? 0,
    saves: 0,
    hashtags: [hashtag],
    is_pinned: false,
    is_ad: false,
    count_problems: [],
  };
}

describe('campaign models on fixture rows', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
    const t = 'camp';
    await appendRows(warehouse.connection, hashtagScans, [
      scan(t, at(1, 9), 'ok', 'end', 3),
      // Rate limited before its first page: no snapshot, and it must not make anything "disappear".
      scan(t, at(1, 18), 'rate_limited', 'failed', 0),
      // Cut short: a snapshot, but incomplete.
      scan(t, at(2, 9), 'partial', 'failed', 1),
      scan(t, at(3, 9), 'ok', 'end', 2),
      scan(t, at(3, 20), 'ok', 'end', 3),
      scan('empty', at(1, 9), 'ok', 'end', 0),
      scan(t, at(1, 9), 'ok', 'limit', 1, 'tikhub'),
    ]);
    await appendRows(warehouse.connection, hashtagVideos, [
      video(t, at(1, 9), 1, 'v1', 'ann', { plays: 100, likes: 10, comments: 2, shares: 1 }),
      video(t, at(1, 9), 2, 'v2', 'bob', { plays: null, likes: 5 }),
      video(t, at(1, 9), 3, 'v3', 'cat', { plays: 50, likes: 4 }),
      video(t, at(2, 9), 1, 'v1', 'ann', { plays: 150, likes: 12, comments: 2, shares: 1 }),
      video(t, at(3, 9), 1, 'v1', 'ann', { plays: 120, likes: 12, comments: 2, shares: 1 }),
      video(t, at(3, 9), 2, 'v3', 'cat', { plays: 80, likes: null }),
      video(t, at(3, 20), 1, 'v1', 'ann', { plays: 130, likes: 13, comments: 2, shares: 1 }),
      video(t, at(3, 20), 2, 'v3', 'cat', { plays: 90, likes: 6 }),
      video(t, at(3, 20), 3, 'v4', 'dan', { plays: 10, likes: 1 }),
      video(t, at(1, 9), 1, 'v1', 'ann', { plays: 999, likes: 9 }, 'tikhub'),
    ]);
    // creator_scores is the scoring output the models read; these are its columns they use. seed-v1 disagrees
    // with cohort-v1 (the screening ruleset) on ann and bob, so a verdict read from the wrong ruleset shows.
    await warehouse.run(`CREATE TABLE creator_scores AS SELECT * FROM (VALUES
      ('ann', 'cohort-v1', 'ok', 'HIGH RISK', 90, 0.9), ('bob', 'cohort-v1', 'ok', 'MEDIUM RISK', 60, 0.6),
      ('cat', 'cohort-v1', 'ok', 'LOW RISK', 5, 0.05),
      ('ann', 'seed-v1', 'ok', 'MEDIUM RISK', 30, NULL), ('bob', 'seed-v1', 'ok', 'HIGH RISK', 80, NULL),
      ('cat', 'seed-v1', 'ok', 'LOW RISK', 0, NULL), ('cat', 'other-ruleset', 'ok', 'HIGH RISK', 99, NULL))
      AS t(username, ruleset, status, verdict, total_risk_score, fraud_probability)`);
  });
  afterEach(() => warehouse.close());

  const summary = () =>
    warehouse.rows(
      `SELECT hashtag, provider, snapshot_at, snapshot_number::INTEGER AS n, is_complete, total_videos::INTEGER AS videos,
              total_plays::DOUBLE AS plays, total_likes::DOUBLE AS likes, engagement_rate, avg_plays_per_video AS avg_plays,
              videos_with_decreases::INTEGER AS decreased, videos_disappeared::INTEGER AS gone, new_videos::INTEGER AS new_videos,
              flagged_creators::INTEGER AS flagged, flagged_plays::DOUBLE AS flagged_plays
       FROM campaign_summary ORDER BY hashtag, provider, snapshot_at`,
    );

  it('keeps only scans that brought a list back as snapshots, each provider its own campaign', async () => {
    await buildCampaignTables(warehouse);
    const rows = await summary();
    expect(rows.map((r) => [r.hashtag, r.provider, (r.snapshot_at as Date).toISOString(), r.n, r.is_complete])).toEqual([
      ['camp', 'scavio', '2026-05-20T09:00:00.000Z', 1, true],
      ['camp', 'scavio', '2026-05-21T09:00:00.000Z', 2, false],
      ['camp', 'scavio', '2026-05-22T09:00:00.000Z', 3, true],
      ['camp', 'scavio', '2026-05-22T20:00:00.000Z', 4, true],
      // Stopped at --max-videos: a snapshot, not a complete one.
      ['camp', 'tikhub', '2026-05-20T09:00:00.000Z', 1, false],
      ['empty', 'scavio', '2026-05-20T09:00:00.000Z', 1, true],
    ]);
  });

  it('sums known counts, reads a missing one as 0 in engagement, and gives no ratio over zero plays or videos', async () => {
    await buildCampaignTables(warehouse);
    const [first, , , , , empty] = await summary();
    expect(first).toMatchObject({ videos: 3, plays: 150, likes: 19, engagement_rate: (19 + 2 + 1) / 150, avg_plays: 150 / 3 });
    expect(empty).toMatchObject({ videos: 0, plays: 0, engagement_rate: null, avg_plays: null, gone: 0 });
  });

  it('counts a video as gone only at a complete snapshot, once, even when a cut-short scan came between', async () => {
    await buildCampaignTables(warehouse);
    const rows = await summary();
    expect(rows.slice(0, 4).map((r) => r.gone)).toEqual([0, 0, 1, 0]);
    expect(await warehouse.rows(`SELECT snapshot_at, video_id, author, last_seen_at, last_plays, last_likes FROM int_campaign_disappeared`)).toEqual([
      { snapshot_at: at(3, 9), video_id: 'v2', author: 'bob', last_seen_at: at(1, 9), last_plays: null, last_likes: 5n },
    ]);
  });

  it('measures each video against its own last appearance: deltas, velocity per day, and counts that went down', async () => {
    await buildCampaignTables(warehouse);
    const rows = await warehouse.rows(
      `SELECT snapshot_at, video_id, previous_seen_at, plays_delta::DOUBLE AS delta, plays_per_day, decreased_metrics
       FROM campaign_videos WHERE hashtag = 'camp' AND provider = 'scavio' AND video_id IN ('v1', 'v3') ORDER BY video_id, snapshot_at`,
    );
    expect(rows).toEqual([
      { snapshot_at: at(1, 9), video_id: 'v1', previous_seen_at: null, delta: null, plays_per_day: null, decreased_metrics: [] },
      { snapshot_at: at(2, 9), video_id: 'v1', previous_seen_at: at(1, 9), delta: 50, plays_per_day: 50, decreased_metrics: [] },
      { snapshot_at: at(3, 9), video_id: 'v1', previous_seen_at: at(2, 9), delta: -30, plays_per_day: -30, decreased_metrics: ['plays'] },
      { snapshot_at: at(3, 20), video_id: 'v1', previous_seen_at: at(3, 9), delta: 10, plays_per_day: 10 / (11 / 24), decreased_metrics: [] },
      { snapshot_at: at(1, 9), video_id: 'v3', previous_seen_at: null, delta: null, plays_per_day: null, decreased_metrics: [] },
      // Absent from the cut-short scan: compared with day 1, over two days. Likes unknown now: not "went down".
      { snapshot_at: at(3, 9), video_id: 'v3', previous_seen_at: at(1, 9), delta: 30, plays_per_day: 15, decreased_metrics: [] },
      { snapshot_at: at(3, 20), video_id: 'v3', previous_seen_at: at(3, 9), delta: 10, plays_per_day: 10 / (11 / 24), decreased_metrics: [] },
    ]);
    expect((await summary()).slice(0, 4).map((r) => r.decreased)).toEqual([0, 0, 1, 0]);
  });

  it('reads each day off its last snapshot: new videos and creators that day, play growth per calendar day', async () => {
    await buildCampaignTables(warehouse);
    const days = await warehouse.rows(
      `SELECT day, snapshot_at, total_plays::DOUBLE AS plays, new_videos::INTEGER AS new_videos, new_creators::INTEGER AS new_creators,
              plays_growth::DOUBLE AS growth, days_since_previous::INTEGER AS days, plays_growth_per_day AS per_day
       FROM campaign_daily WHERE hashtag = 'camp' AND provider = 'scavio' ORDER BY day`,
    );
    expect(days).toEqual([
      { day: at(1, 0), snapshot_at: at(1, 9), plays: 150, new_videos: 3, new_creators: 3, growth: null, days: null, per_day: null },
      { day: at(2, 0), snapshot_at: at(2, 9), plays: 150, new_videos: 0, new_creators: 0, growth: 0, days: 1, per_day: 0 },
      { day: at(3, 0), snapshot_at: at(3, 20), plays: 230, new_videos: 1, new_creators: 1, growth: 80, days: 1, per_day: 80 },
    ]);
  });

  it('flags HIGH RISK authors by default and MEDIUM too at --flag-at medium, under the screening ruleset only', async () => {
    await buildCampaignTables(warehouse);
    expect((await summary())[0]).toMatchObject({ flagged: 1, flagged_plays: 100 });
    await buildCampaignTables(warehouse, { flagAt: 'medium' });
    // bob is MEDIUM with unknown plays: flagged, adding no plays.
    expect((await summary())[0]).toMatchObject({ flagged: 2, flagged_plays: 100 });
    const cat = await warehouse.rows(`SELECT DISTINCT author_verdict, is_flagged FROM campaign_videos WHERE author = 'cat'`);
    expect(cat).toEqual([{ author_verdict: 'LOW RISK', is_flagged: false }]);
  });

  it("screens with cohort-v1 by default, seed-v1's verdict beside it; another screening ruleset flags by its own verdicts", async () => {
    const authors = () =>
      warehouse.rows(
        `SELECT DISTINCT author, screening_ruleset, author_verdict, author_risk_score, author_fraud_probability, is_flagged,
                author_seed_v1_verdict, author_seed_v1_risk_score
         FROM campaign_videos WHERE hashtag = 'camp' AND provider = 'scavio' AND author IN ('ann', 'bob') ORDER BY author`,
      );
    await buildCampaignTables(warehouse);
    expect(await authors()).toEqual([
      { author: 'ann', screening_ruleset: 'cohort-v1', author_verdict: 'HIGH RISK', author_risk_score: 90, author_fraud_probability: 0.9, is_flagged: true, author_seed_v1_verdict: 'MEDIUM RISK', author_seed_v1_risk_score: 30 },
      { author: 'bob', screening_ruleset: 'cohort-v1', author_verdict: 'MEDIUM RISK', author_risk_score: 60, author_fraud_probability: 0.6, is_flagged: false, author_seed_v1_verdict: 'HIGH RISK', author_seed_v1_risk_score: 80 },
    ]);
    const [summary] = await warehouse.rows(`SELECT screening_ruleset, flag_verdicts FROM campaign_summary LIMIT 1`);
    expect(summary).toEqual({ screening_ruleset: 'cohort-v1', flag_verdicts: ['HIGH RISK'] });

    await buildCampaignTables(warehouse, { ruleset: 'seed-v1' });
    expect((await authors()).map((a) => [a.author, a.screening_ruleset, a.author_verdict, a.author_fraud_probability, a.is_flagged])).toEqual([
      ['ann', 'seed-v1', 'MEDIUM RISK', null, false],
      ['bob', 'seed-v1', 'HIGH RISK', null, true],
    ]);

    // A warehouse scored with seed-v1 alone has no fraud_probability column yet: seed-v1 still screens.
    await warehouse.run(`CREATE OR REPLACE TABLE creator_scores AS SELECT * EXCLUDE (fraud_probability) FROM creator_scores WHERE ruleset = 'seed-v1'`);
    await buildCampaignTables(warehouse, { ruleset: 'seed-v1' });
    expect((await authors()).map((a) => [a.author, a.author_verdict, a.author_fraud_probability, a.is_flagged])).toEqual([
      ['ann', 'MEDIUM RISK', null, false],
      ['bob', 'HIGH RISK', null, true],
    ]);
  });

  it('builds creator_scores first on a warehouse never scored, so every author reads as not screened', async () => {
    const fresh = await Warehouse.open(':memory:');
    try {
      await appendRows(fresh.connection, hashtagScans, [scan('solo', at(1, 9), 'ok', 'end', 1)]);
      await appendRows(fresh.connection, hashtagVideos, [video('solo', at(1, 9), 1, 'v9', 'eve', { plays: 5, likes: 1 })]);
      const run = await buildCampaignTables(fresh, { scoredAt: at(1, 10) });
      expect(run.scored).toMatchObject({ ruleset: 'cohort-v1', creators: 0 });
      expect(await fresh.rows(`SELECT unscreened_creators::INTEGER AS n, flagged_creators::INTEGER AS f FROM campaign_summary`)).toEqual([{ n: 1, f: 0 }]);
      await fresh.run(`DROP TABLE creator_scores`);
      await expect(buildCampaignTables(fresh, { missingScores: 'fail' })).rejects.toThrow(/the warehouse has no creator_scores yet: score the warehouse first/);
    } finally {
      fresh.close();
    }
  });
});
