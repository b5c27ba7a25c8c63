import { median } from 'simple-statistics';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHETYPE_MIX, isFraudArchetype, LOOKALIKE_DRAWS, TIERS } from '../src/synthetic/model.ts';
import {
  type Archetype,
  type SyntheticCreatorTruth,
  type SyntheticVideoTruth,
  syntheticCreatorTruth,
  syntheticFeedTruth,
  syntheticHandles,
} from '../src/synthetic/index.ts';

const AT = new Date('2026-11-23T12:00:00Z');
const SEED = 7;

interface Sampled {
  truth: SyntheticCreatorTruth;
  feed: SyntheticVideoTruth[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const cv = (xs: readonly number[]) => {
  const mean = sum(xs) / xs.length;
  return Math.sqrt(sum(xs.map((x) => (x - mean) ** 2)) / (xs.length - 1)) / mean;
};

/** Each archetype's signature, measured on its creators' feeds the way an analyst would. */
const likesPerFollower = (s: Sampled) => sum(s.feed.map((v) => v.likes)) / s.feed.length / Math.max(1, s.truth.followers);
const likesPerPlay = (s: Sampled) => sum(s.feed.map((v) => v.likes)) / Math.max(1, sum(s.feed.map((v) => v.plays)));
const commentsPerLike = (s: Sampled) => sum(s.feed.map((v) => v.comments)) / Math.max(1, sum(s.feed.map((v) => v.likes)));
const onsetFeed = (s: Sampled) => s.feed.filter((v) => s.truth.fraudOnset !== null && v.postedAt > s.truth.fraudOnset);

describe('the simulated cohort has the planted archetypes and the published shape', () => {
  const cohort: Sampled[] = [];
  const of = (archetype: Archetype) => cohort.filter((s) => s.truth.archetype === archetype);

  beforeAll(() => {
    for (const handle of syntheticHandles(SEED, 4_000)) {
      const truth = syntheticCreatorTruth(SEED, handle, AT);
      if (truth.status !== 'ok') continue;
      const feed = syntheticFeedTruth(SEED, handle, AT, 30).filter((v) => v.plays > 0);
      if (feed.length >= 10) cohort.push({ truth, feed });
    }
  });

  it('plants each archetype at its share, and fraud only after its onset', () => {
    for (const [archetype, share] of Object.entries(ARCHETYPE_MIX)) {
      expect(of(archetype as Archetype).length / cohort.length, archetype).toBeCloseTo(share, 1);
    }
    const before = syntheticCreatorTruth(SEED, (of('bot_likes')[0] as Sampled).truth.username, new Date('2024-01-01T00:00:00Z'));
    expect(before.fraudActive).toBe(false);
    expect(cohort.filter((s) => isFraudArchetype(s.truth.archetype)).every((s) => s.truth.fraudActive)).toBe(true);
    expect(cohort.filter((s) => !isFraudArchetype(s.truth.archetype)).some((s) => s.truth.fraudActive || s.truth.fraudOnset !== null)).toBe(false);
  });

  it('spans every tier, and organic engagement per follower falls with size', () => {
    const organic = of('organic');
    const byTier = TIERS.map((tier) => median(organic.filter((s) => s.truth.tier === tier).map(likesPerFollower)));
    for (const tier of TIERS) expect(organic.filter((s) => s.truth.tier === tier).length, tier).toBeGreaterThan(30);
    // The benchmark lumps everything under 100K at 7.5%: nano and micro are alike, then each tier is lower.
    expect(Math.abs((byTier[1] as number) / (byTier[0] as number) - 1)).toBeLessThan(0.15);
    for (let i = 2; i < byTier.length; i++) expect(byTier[i], TIERS[i]).toBeLessThan(byTier[i - 1] as number);
    // Influencer Marketing Factory: about 7.5% under 100K, under 3% for the largest; likes are ~90% of engagement.
    expect(byTier[0]).toBeGreaterThan(0.04);
    expect(byTier[4]).toBeLessThan(0.04);
  });

  it('has heavy-tailed plays with rare viral hits', () => {
    const ratios = of('organic').flatMap((s) => {
      const m = median(s.feed.map((v) => v.plays));
      return s.feed.map((v) => v.plays / m);
    });
    const over10x = ratios.filter((r) => r > 10).length / ratios.length;
    expect(over10x).toBeGreaterThan(0.002);
    expect(over10x).toBeLessThan(0.05);
  });

  it('bot likes: uniform likes and few comments', () => {
    const uniform = of('bot_likes').map((s) => onsetFeed(s).filter((v) => (AT.getTime() - v.postedAt.getTime()) / 86_400_000 > 1)).filter((f) => f.length >= 5);
    expect(median(uniform.map((f) => cv(f.map((v) => v.likes))))).toBeLessThan(0.1);
    expect(median(of('organic').map((s) => cv(s.feed.map((v) => v.likes))))).toBeGreaterThan(0.5);
    expect(median(of('bot_likes').map(commentsPerLike))).toBeLessThan(median(of('organic').map(commentsPerLike)) / 3);
  });

  it('bought likes: many more likes per play, the same comments', () => {
    expect(median(of('bought_likes').map(likesPerPlay))).toBeGreaterThan(2 * median(of('organic').map(likesPerPlay)));
    expect(median(of('bought_likes').map(commentsPerLike))).toBeLessThan(median(of('organic').map(commentsPerLike)) / 2);
  });

  it('view botting: plays without the likes to match, and the fake share is labelled per video', () => {
    expect(median(of('view_botting').map(likesPerPlay))).toBeLessThan(median(of('organic').map(likesPerPlay)) / 2);
    const botted = of('view_botting').flatMap(onsetFeed);
    expect(botted.filter((v) => v.fakePlays > 0).length / botted.length).toBeGreaterThan(0.4);
    expect(of('organic').flatMap((s) => s.feed).every((v) => v.fakePlays === 0 && v.fakeViewShare === 0)).toBe(true);
  });

  it('bought followers: most followers fake, engagement per follower far below organic peers', () => {
    expect(median(of('bought_followers').map((s) => s.truth.fakeFollowers / s.truth.followers))).toBeGreaterThan(0.6);
    expect(median(of('bought_followers').map(likesPerFollower))).toBeLessThan(median(of('organic').map(likesPerFollower)) / 3);
  });

  it('growth spikes: followers jump within days of the onset', () => {
    for (const s of of('growth_spike')) {
      const onset = (s.truth.fraudOnset as Date).getTime();
      const before = syntheticCreatorTruth(SEED, s.truth.username, new Date(onset - 86_400_000)).followers;
      const after = syntheticCreatorTruth(SEED, s.truth.username, new Date(onset + 4 * 86_400_000)).followers;
      expect(after / before, s.truth.username).toBeGreaterThan(2);
    }
  });

  it('follow-for-follow: following close to followers', () => {
    const ratio = (s: Sampled) => s.truth.following / s.truth.followers;
    expect(median(of('follow_for_follow').map(ratio))).toBeGreaterThan(0.3);
    expect(median(of('organic').map(ratio))).toBeLessThan(0.1);
  });

  describe('honest look-alikes: what fixed rules flag, planted honest', () => {
    const maxOverMedian = (xs: readonly number[]) => Math.max(...xs) / Math.max(1, median(xs));
    const playsPerFollower = (s: Sampled) => median(s.feed.map((v) => v.plays)) / Math.max(1, s.truth.followers);

    it('viral hits: more videos far above their median, liked less per play than the rest', () => {
      const share10x = (group: Sampled[]) =>
        group.flatMap((s) => s.feed.map((v) => v.plays / median(s.feed.map((w) => w.plays)))).filter((r) => r > 10).length /
        group.reduce((n, s) => n + s.feed.length, 0);
      expect(share10x(of('viral_hits'))).toBeGreaterThan(2 * share10x(of('organic')));
      const rateOf = (v: SyntheticVideoTruth) => v.likes / Math.max(1, v.plays);
      const gaps = of('viral_hits').flatMap((s) => {
        const typical = median(s.feed.map(rateOf));
        return s.feed.filter((v) => v.plays > 10 * median(s.feed.map((w) => w.plays))).map((v) => rateOf(v) / typical);
      });
      expect(median(gaps)).toBeLessThan(LOOKALIKE_DRAWS.viral_hits.viralLikeRate.max);
    });

    it('giveaways: a post with many times the comments of the others', () => {
      const spike = (group: Sampled[]) => median(group.map((s) => maxOverMedian(s.feed.map((v) => v.comments))));
      expect(spike(of('giveaway'))).toBeGreaterThan(3 * spike(of('organic')));
    });

    it('dormant celebrities: macro or mega, recent reach far below big organic peers, a lifetime of likes', () => {
      const dormant = of('dormant_celebrity');
      expect(dormant.length).toBeGreaterThan(10);
      expect(dormant.every((s) => s.truth.followers >= 500_000)).toBe(true);
      const big = of('organic').filter((s) => s.truth.followers >= 500_000);
      expect(median(dormant.map(playsPerFollower))).toBeLessThan(median(big.map(playsPerFollower)) / 4);
    });

    it('brand accounts: fewer likes per play than organic creators', () => {
      expect(median(of('brand_account').map(likesPerPlay))).toBeLessThan(median(of('organic').map(likesPerPlay)) / 2);
    });

    it('new accounts: a handful of videos', () => {
      const feeds = syntheticHandles(SEED, 4_000)
        .map((h) => syntheticCreatorTruth(SEED, h, AT))
        .filter((t) => t.archetype === 'new_account' && t.status === 'ok')
        .map((t) => syntheticFeedTruth(SEED, t.username, AT, 30).length);
      expect(feeds.length).toBeGreaterThan(10);
      expect(median(feeds)).toBeLessThanOrEqual(10);
      expect(Math.max(...feeds)).toBeLessThan(20);
    });

    it('heavy followers: following in the thousands whatever the followers, engagement like organic', () => {
      const heavy = of('heavy_follower');
      expect(heavy.every((s) => s.truth.following >= LOOKALIKE_DRAWS.heavy_follower.following.min)).toBe(true);
      expect(median(heavy.map(likesPerFollower)) / median(of('organic').map(likesPerFollower))).toBeGreaterThan(0.5);
    });
  });
});
