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

  it('writes K videos numbered 1..K, one ok outcome and one label per creator, in the tables ingest writes', async () => {
    const result = await synthesizeCohort(warehouse, { creators: 250, videosPerCreator: 7, seed: 3 });
    expect(result.videos).toBe(1750);
    const [shape] = await warehouse.rows(`
      SELECT
        (SELECT count(*) FROM creators)::INTEGER AS creators,
        (SELECT count(*) FROM videos)::INTEGER AS videos,
        (SELECT count(DISTINCT video_id) FROM videos)::INTEGER AS distinct_ids,
        (SELECT count(*) FROM (SELECT username FROM videos GROUP BY username
           HAVING min(feed_position) = 1 AND max(feed_position) = 7 AND count(DISTINCT feed_position) = 7))::INTEGER AS full_feeds,
        (SELECT count(*) FROM creator_outcomes WHERE outcome = 'ok' AND run_id = $run)::INTEGER AS ok_outcomes,
        (SELECT count(*) FROM sim_creator_labels WHERE seed = 3)::INTEGER AS labels,
        (SELECT count(*) FROM sim_video_labels WHERE seed = 3)::INTEGER AS video_labels,
        (SELECT count(*) FROM videos v JOIN sim_video_labels l ON l.video_id = v.video_id AND l.username = v.username
           AND l.labelled_at = v.snapshot_at AND l.plays = v.plays AND l.likes = v.likes)::INTEGER AS labels_matching_videos,
        (SELECT count(*) FROM sim_video_labels WHERE NOT (fake_share BETWEEN 0 AND 1) OR fake_share IS NULL
           OR fake_plays NOT BETWEEN 0 AND plays OR fake_likes NOT BETWEEN 0 AND likes)::INTEGER AS bad_video_labels,
        (SELECT count(*) FROM videos WHERE plays < 0 OR likes < 0 OR comments < 0 OR plays IS NULL)::INTEGER AS bad_counts,
        (SELECT count(*) FROM creators WHERE followers < 1 OR following < 0 OR video_count < 7)::INTEGER AS bad_profiles,
        (SELECT count(*) FROM runs WHERE run_id = $run AND status = 'finished')::INTEGER AS runs`,
      { run: result.runId },
    );
    expect(shape).toEqual({
      creators: 250,
      videos: 1750,
      distinct_ids: 1750,
      full_feeds: 250,
      ok_outcomes: 250,
      labels: 250,
      video_labels: 1750,
      labels_matching_videos: 1750,
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
});
