import { ARCHETYPES, syntheticCreatorTruth, syntheticFeedTruth, syntheticHandles, syntheticModel, TIERS } from '@creator-audit/providers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SYNTHESIS_AT, synthesizeCohort } from '../src/synthesize/synthesize.ts';
import { Warehouse } from '@creator-audit/warehouse';

const N = 3000;
const SEED = 42;

interface Cohort {
  tierShare: Map<string, number>;
  archetypeShare: Map<string, number>;
  /** Median over creators of (likes + comments) per video over followers, per label tier. */
  medianEngagement: Map<string, number>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function summarize(creators: ReadonlyArray<{ tier: string; archetype: string; engagement: number }>): Cohort {
  const share = (key: (c: (typeof creators)[number]) => string, keys: readonly string[]) =>
    new Map(keys.map((k) => [k, creators.filter((c) => key(c) === k).length / creators.length]));
  return {
    tierShare: share((c) => c.tier, TIERS),
    archetypeShare: share((c) => c.archetype, ARCHETYPES),
    medianEngagement: new Map(TIERS.map((t) => [t, median(creators.filter((c) => c.tier === t).map((c) => c.engagement))])),
  };
}

/** The per-request simulator's cohort at the same instant: the model synthesize must follow. */
function simulatorCohort(): Cohort {
  const creators = syntheticHandles(SEED, N).flatMap((handle) => {
    const truth = syntheticCreatorTruth(SEED, handle, DEFAULT_SYNTHESIS_AT);
    const feed = truth.status === 'ok' ? syntheticFeedTruth(SEED, handle, DEFAULT_SYNTHESIS_AT, 30) : [];
    if (feed.length === 0) return [];
    const perVideo = feed.reduce((sum, v) => sum + v.likes + v.comments, 0) / feed.length;
    return [{ tier: truth.tier, archetype: truth.archetype, engagement: perVideo / Math.max(truth.followers, 1) }];
  });
  return summarize(creators);
}

describe('synthesize', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  it('writes K videos numbered 1..K (a new account the handful it posted), one ok outcome and one label per creator, in the tables ingest writes', async () => {
    const result = await synthesizeCohort(warehouse, { creators: 250, videosPerCreator: 7, seed: 3 });
    const [newAccounts] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM sim_creator_labels WHERE archetype = 'new_account'`);
    expect(Number(newAccounts?.n)).toBeGreaterThan(0);
    const [shape] = await warehouse.rows(`
      SELECT
        (SELECT count(*) FROM creators)::INTEGER AS creators,
        (SELECT count(*) FROM videos)::INTEGER AS videos,
        (SELECT count(DISTINCT video_id) FROM videos)::INTEGER AS distinct_ids,
        (SELECT count(*) FROM (SELECT username FROM videos JOIN sim_creator_labels l USING (username) GROUP BY username
           HAVING min(feed_position) = 1 AND count(DISTINCT feed_position) = max(feed_position) AND count(*) = max(feed_position)
           AND (max(feed_position) = 7 OR (any_value(l.archetype) = 'new_account' AND max(feed_position) < 7))))::INTEGER AS full_feeds,
        (SELECT count(*) FROM creator_outcomes o JOIN (SELECT username, count(*) AS n FROM videos GROUP BY username) v USING (username)
           WHERE o.videos_fetched = v.n)::INTEGER AS outcomes_count_their_videos,
        (SELECT count(*) FROM creator_outcomes WHERE outcome = 'ok' AND run_id = $run)::INTEGER AS ok_outcomes,
        (SELECT count(*) FROM sim_creator_labels WHERE seed = 3)::INTEGER AS labels,
        (SELECT count(*) FROM sim_video_labels WHERE seed = 3)::INTEGER AS video_labels,
        (SELECT count(*) FROM videos v JOIN sim_video_labels l ON l.video_id = v.video_id AND l.username = v.username
           AND l.labelled_at = v.snapshot_at AND l.plays = v.plays AND l.likes = v.likes)::INTEGER AS labels_matching_videos,
        (SELECT count(*) FROM sim_video_labels WHERE NOT (fake_share BETWEEN 0 AND 1) OR fake_share IS NULL
           OR fake_plays NOT BETWEEN 0 AND plays OR fake_likes NOT BETWEEN 0 AND likes)::INTEGER AS bad_video_labels,
        (SELECT count(*) FROM videos WHERE plays < 0 OR likes < 0 OR comments < 0 OR plays IS NULL)::INTEGER AS bad_counts,
        (SELECT count(*) FROM creators c WHERE followers < 1 OR following < 0
           OR video_count < (SELECT count(*) FROM videos v WHERE v.username = c.username))::INTEGER AS bad_profiles,
        (SELECT count(*) FROM runs WHERE run_id = $run AND status = 'finished')::INTEGER AS runs`,
      { run: result.runId },
    );
    expect(result.videos).toBeGreaterThan(1750 - 7 * Number(newAccounts?.n));
    expect(result.videos).toBeLessThan(1750);
    expect(shape).toEqual({
      creators: 250,
      videos: result.videos,
      distinct_ids: result.videos,
      full_feeds: 250,
      outcomes_count_their_videos: 250,
      ok_outcomes: 250,
      labels: 250,
      video_labels: result.videos,
      labels_matching_videos: result.videos,
      bad_video_labels: 0,
      bad_counts: 0,
      bad_profiles: 0,
      runs: 1,
    });
  });

  it('is a pure function of the seed: same seed, same rows; another seed, other rows', async () => {
    const digest = async () =>
      (await warehouse.rows(`SELECT sum(hash(username, feed_position, plays, likes, comments))::VARCHAR AS h FROM videos`))[0]?.h;
    await synthesizeCohort(warehouse, { creators: 300, videosPerCreator: 5, seed: 9 });
    const first = await digest();
    await warehouse.run(
      `DELETE FROM videos; DELETE FROM creators; DELETE FROM creator_outcomes; DELETE FROM sim_creator_labels; DELETE FROM sim_video_labels; DELETE FROM runs;`,
    );
    await synthesizeCohort(warehouse, { creators: 300, videosPerCreator: 5, seed: 9 });
    expect(await digest()).toBe(first);
    await warehouse.run(`DELETE FROM videos`);
    await synthesizeCohort(warehouse, { creators: 300, videosPerCreator: 5, seed: 10 });
    expect(await digest()).not.toBe(first);
  });

  it('refuses to write the same cohort twice into one warehouse', async () => {
    await synthesizeCohort(warehouse, { creators: 10, videosPerCreator: 3, seed: 5 });
    await expect(synthesizeCohort(warehouse, { creators: 10, videosPerCreator: 3, seed: 5 })).rejects.toThrow(/already holds the cohort of seed 5/);
    await expect(synthesizeCohort(warehouse, { creators: 10, videosPerCreator: 0, seed: 6 })).rejects.toThrow(/videos per creator must be 1 to 1000/);
  });

  it('refuses to mix a synthesized cohort into a warehouse holding real API data, unless told to', async () => {
    await warehouse.run(
      `INSERT INTO runs (run_id, kind, provider, started_at, status) VALUES ('r-real', 'creators', 'scavio', now()::TIMESTAMP, 'finished')`,
    );
    await expect(synthesizeCohort(warehouse, { creators: 10, videosPerCreator: 3, seed: 5 })).rejects.toThrow(
      /holds data fetched from scavio: a synthesized cohort would mix with it/,
    );
    const [none] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM creators`);
    expect(none?.n).toBe(0);
    await synthesizeCohort(warehouse, { creators: 10, videosPerCreator: 3, seed: 5, besideRealData: true });
    const [some] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM creators`);
    expect(some?.n).toBe(10);
  });

  it("caps every botted video's fake plays and bought likes at the most its archetype's package can hold", async () => {
    await synthesizeCohort(warehouse, { creators: 4000, videosPerCreator: 10, seed: 12 });
    const [fraud] = await warehouse.rows(`
      SELECT
        count(*) FILTER (WHERE archetype = 'view_botting' AND fake_plays > 0)::INTEGER AS botted,
        max(fake_plays) FILTER (WHERE archetype = 'view_botting')::DOUBLE AS max_fake_plays,
        count(*) FILTER (WHERE archetype = 'bought_likes' AND fake_likes > 0)::INTEGER AS bought,
        max(fake_likes) FILTER (WHERE archetype = 'bought_likes')::DOUBLE AS max_bought_likes,
        count(*) FILTER (WHERE archetype NOT IN ('view_botting', 'bought_likes', 'bot_likes') AND (fake_plays > 0 OR fake_likes > 0))::INTEGER AS faked_elsewhere
      FROM sim_video_labels v JOIN sim_creator_labels c USING (seed, username, labelled_at)`);
    const { view_botting: views, bought_likes: likes } = syntheticModel.ARCHETYPE_STRENGTH;
    expect(fraud?.botted).toBeGreaterThan(100);
    expect(fraud?.bought).toBeGreaterThan(100);
    // Uncapped, a mega account's botted video carries hundreds of millions of fake plays.
    expect(fraud?.max_fake_plays).toBeLessThanOrEqual(views.packagePerVideo?.max ?? 0);
    expect(fraud?.max_bought_likes).toBeLessThanOrEqual(likes.packagePerVideo?.max ?? 0);
    expect(fraud?.faked_elsewhere).toBe(0);
  });

  it("follows the simulator's model: tier and archetype shares, and median engagement by tier", async () => {
    await synthesizeCohort(warehouse, { creators: N, videosPerCreator: 30, seed: SEED });
    const rows = await warehouse.rows(`
      SELECT l.tier, l.archetype, (sum(v.likes + v.comments) / count(*) / greatest(any_value(c.followers), 1))::DOUBLE AS engagement
      FROM videos v JOIN creators c USING (username, snapshot_at, provider) JOIN sim_creator_labels l USING (username)
      GROUP BY l.tier, l.archetype, v.username`);
    const ours = summarize(rows.map((r) => ({ tier: String(r.tier), archetype: String(r.archetype), engagement: Number(r.engagement) })));
    const model = simulatorCohort();
    for (const archetype of ARCHETYPES) {
      expect(ours.archetypeShare.get(archetype), archetype).toBeCloseTo(syntheticModel.ARCHETYPE_MIX[archetype], 1);
      expect(Math.abs((ours.archetypeShare.get(archetype) ?? 0) - (model.archetypeShare.get(archetype) ?? 0)), archetype).toBeLessThan(0.025);
    }
    for (const tier of TIERS) {
      expect(Math.abs((ours.tierShare.get(tier) ?? 0) - (model.tierShare.get(tier) ?? 0)), tier).toBeLessThan(0.03);
      const ratio = (ours.medianEngagement.get(tier) ?? 0) / (model.medianEngagement.get(tier) ?? 1);
      expect(ratio, `median engagement of ${tier}: ours / simulator`).toBeGreaterThan(0.7);
      expect(ratio, `median engagement of ${tier}: ours / simulator`).toBeLessThan(1.4);
    }
  }, 60_000);

  it("plants the honest look-alikes as the simulator does: each one's signature within a band of the simulator's", async () => {
    await synthesizeCohort(warehouse, { creators: N, videosPerCreator: 30, seed: SEED });
    const rows = await warehouse.rows(`
      WITH per_video AS (
        SELECT v.username, v.plays, v.likes, v.comments, median(v.plays) OVER (PARTITION BY v.username) AS median_plays
        FROM videos v)
      SELECT l.archetype, any_value(c.following)::DOUBLE AS following, any_value(c.followers)::DOUBLE AS followers,
        count(*)::DOUBLE AS videos, median(p.plays)::DOUBLE AS median_plays, (sum(p.likes) / sum(p.plays))::DOUBLE AS likes_per_play,
        avg((p.plays > 10 * p.median_plays)::INTEGER)::DOUBLE AS viral_share,
        (max(p.comments) / greatest(median(p.comments), 1))::DOUBLE AS comment_spike
      FROM per_video p JOIN creators c USING (username) JOIN sim_creator_labels l USING (username)
      GROUP BY l.archetype, p.username`);
    const ours = rows.map((r) => ({ archetype: String(r.archetype), ...(Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'archetype').map(([k, v]) => [k, Number(v)])) as Omit<Signature, 'archetype'>) }));
    const simulator = simulatorSignatures();
    for (const [archetype, metric] of LOOKALIKE_SIGNATURES) {
      const ratio = medianOf(ours, archetype, metric) / medianOf(simulator, archetype, metric);
      expect(ratio, `${archetype}: median ${metric}, ours / simulator`).toBeGreaterThan(0.6);
      expect(ratio, `${archetype}: median ${metric}, ours / simulator`).toBeLessThan(1.6);
    }
  }, 60_000);

  it('takes a model variant: engagement scaled, another tier mix, weaker fraud', async () => {
    const measure = async (variant: string, seed: number) => {
      await synthesizeCohort(warehouse, { creators: 2000, videosPerCreator: 10, seed, variant });
      const [row] = await warehouse.rows(
        `SELECT
           median(likes_per_play) FILTER (WHERE archetype = 'organic')::DOUBLE AS organic_likes_per_play,
           avg((tier = 'nano')::INTEGER)::DOUBLE AS nano_share,
           median(fake_followers / followers) FILTER (WHERE archetype = 'bought_followers')::DOUBLE AS bought_share
         FROM (SELECT l.archetype, l.tier, l.fake_followers, l.followers, sum(v.likes) / sum(v.plays) AS likes_per_play
               FROM sim_creator_labels l JOIN videos v USING (username) WHERE l.seed = $seed GROUP BY ALL)`,
        { seed },
      );
      return row as { organic_likes_per_play: number; nano_share: number; bought_share: number };
    };
    const baseline = await measure('baseline', 21);
    const half = await measure('engagement_half', 22);
    const small = await measure('small_accounts', 23);
    const weak = await measure('weak_fraud', 24);
    expect(half.organic_likes_per_play / baseline.organic_likes_per_play).toBeGreaterThan(0.4);
    expect(half.organic_likes_per_play / baseline.organic_likes_per_play).toBeLessThan(0.6);
    expect(small.nano_share).toBeGreaterThan(baseline.nano_share + 0.15);
    expect(weak.bought_share).toBeLessThan(baseline.bought_share - 0.05);
    await expect(synthesizeCohort(warehouse, { creators: 10, videosPerCreator: 3, seed: 25, variant: 'stronger' })).rejects.toThrow(/unknown model variant "stronger"/);
  }, 60_000);
});

interface Signature {
  archetype: string;
  following: number;
  followers: number;
  videos: number;
  median_plays: number;
  likes_per_play: number;
  viral_share: number;
  comment_spike: number;
}

/** What makes each look-alike, as one figure per creator. */
const LOOKALIKE_SIGNATURES: ReadonlyArray<[string, (s: Signature) => number]> = [
  ['viral_hits', (s) => s.viral_share + 0.01],
  ['giveaway', (s) => s.comment_spike],
  ['dormant_celebrity', (s) => s.median_plays / s.followers],
  ['brand_account', (s) => s.likes_per_play],
  ['new_account', (s) => s.videos],
  ['heavy_follower', (s) => s.following],
];

const medianOf = (group: readonly Signature[], archetype: string, metric: (s: Signature) => number) =>
  median(group.filter((s) => s.archetype === archetype).map(metric));

function simulatorSignatures(): Signature[] {
  return syntheticHandles(SEED, N).flatMap((handle) => {
    const truth = syntheticCreatorTruth(SEED, handle, DEFAULT_SYNTHESIS_AT);
    const feed = truth.status === 'ok' ? syntheticFeedTruth(SEED, handle, DEFAULT_SYNTHESIS_AT, 30) : [];
    if (feed.length === 0) return [];
    const plays = feed.map((v) => v.plays);
    const comments = feed.map((v) => v.comments);
    const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
    return [
      {
        archetype: truth.archetype,
        following: truth.following,
        followers: truth.followers,
        videos: feed.length,
        median_plays: median(plays),
        likes_per_play: sum(feed.map((v) => v.likes)) / sum(plays),
        viral_share: plays.filter((p) => p > 10 * median(plays)).length / plays.length,
        comment_spike: Math.max(...comments) / Math.max(median(comments), 1),
      },
    ];
  });
}
