import { Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CohortColumnError } from '../src/cohort/cohort-columns.ts';
import { COHORT_V1 } from '../src/cohort-v1/rules.ts';
import { scoreAllRulesets, scoreWarehouse } from '../src/score.ts';
import { type FixtureCreator, landFixture, ordinaryCreator, type PeerShape, peers } from './cohort-v1-fixtures.ts';

const NANO: PeerShape = { followers: 5_000, reach: 0.8, likeRate: 0.08 };

let warehouse: Warehouse;
beforeEach(async () => {
  warehouse = await Warehouse.open(':memory:');
});
afterEach(() => warehouse.close());

const score = async (creators: readonly FixtureCreator[], by: string[] = []) => {
  await landFixture(warehouse, creators);
  await scoreWarehouse(warehouse, { ruleset: COHORT_V1, by });
};
const row = async (username: string) =>
  (await warehouse.rows(`select * from creator_scores where ruleset = 'cohort-v1' and username = $username`, { username }))[0] as Record<string, unknown>;
const signals = async (username: string) =>
  Object.fromEntries(
    (await warehouse.rows(`select signal, value, robust_z, likelihood_ratio from cohort_v1_signals where username = $username`, { username })).map((r) => [
      String(r.signal),
      r as { value: number; robust_z: number; likelihood_ratio: number },
    ]),
  );
const patternLr = async (username: string, pattern: string) => {
  const rows = await warehouse.rows(
    `with w as (select e.creator_id, p.pattern, p.witness_group, min(e.likelihood_ratio) as lr
                from int_cv1_evidence e join stg_cv1_patterns p using (signal_id) group by all)
     select exp(sum(ln(lr))) as lr from w join int_cv1_features f using (creator_id) where f.username = $username and w.pattern = $pattern`,
    { username, pattern },
  );
  return Number(rows[0]?.lr);
};

describe('cohort-v1 features: given videos -> signals', () => {
  it('reads each signal on log scale from medians over videos; a count never read leaves its signal unknown, not 0', async () => {
    const videos = Array.from({ length: 10 }, (_, i) => ({ plays: 1000 * (i + 1), likes: 100 * (i + 1), comments: null, shares: 5 * (i + 1), saves: null }));
    await score([{ username: 'known', followers: 2000, following: 99, likesReceived: 60_000, videoCount: 100, videos }]);
    const [f] = await warehouse.rows(`select * from int_cv1_features where username = 'known'`);
    // Plays 1,000..10,000: the median of their logs is halfway between ln 5,000 and ln 6,000; likes 10% of plays.
    expect(f?.reach).toBeCloseTo((Math.log(5000) + Math.log(6000)) / 2 - Math.log(2000), 10);
    expect(f?.likes_per_play).toBeCloseTo(Math.log(0.1), 2);
    expect(f?.follow_ratio).toBeCloseTo(Math.log(100 / 2000), 10);
    expect(f?.hearts_per_follower).toBeCloseTo(Math.log(60_000 / 100 / 2000), 10);
    expect(f?.hearts_vs_videos).toBeCloseTo(Math.log(600) - (Math.log(500.5) + Math.log(600.5)) / 2, 10);
    // Likes track plays: their spreads match, and the most-played videos are liked like the rest.
    expect(Math.abs(Number(f?.likes_uniformity))).toBeLessThan(0.01);
    expect(Math.abs(Number(f?.top_video_gap))).toBeLessThan(0.01);
    expect(f?.comments_per_like).toBeNull();
    expect(f?.shares_saves_per_like).toBeNull();
    expect(f?.status).toBe('ok');
  });

  it('gives no verdict for too little data: under 5 videos with plays and likes, followers unknown or 0; private keeps its status', async () => {
    const few = ordinaryCreator('few', { ...NANO, videos: 4 }, 1);
    const unreadLikes = { ...ordinaryCreator('unread', NANO, 2), videos: ordinaryCreator('unread', NANO, 2).videos.map((v, i) => (i < 27 ? { ...v, likes: null } : v)) };
    await score([
      ...peers('p', 30, NANO),
      few,
      unreadLikes,
      { ...ordinaryCreator('nofollowers', NANO, 3), followers: 0 },
      { ...ordinaryCreator('unknownfollowers', NANO, 4), followers: null },
      { username: 'private', followers: null, outcome: 'private', videos: [] },
    ]);
    const rows = await warehouse.rows(
      `select username, status, status_detail, verdict, fraud_probability, total_risk_score, reasons from creator_scores
       where ruleset = 'cohort-v1' and username not like 'p%' or username = 'private' order by username`,
    );
    expect(rows).toEqual([
      { username: 'few', status: 'insufficient_data', status_detail: '4 video(s) with known plays and likes; 5 needed', verdict: null, fraud_probability: null, total_risk_score: null, reasons: null },
      { username: 'nofollowers', status: 'insufficient_data', status_detail: 'no followers: nothing to compare per follower', verdict: null, fraud_probability: null, total_risk_score: null, reasons: null },
      { username: 'private', status: 'private', status_detail: null, verdict: null, fraud_probability: null, total_risk_score: null, reasons: null },
      { username: 'unknownfollowers', status: 'insufficient_data', status_detail: 'follower count unknown', verdict: null, fraud_probability: null, total_risk_score: null, reasons: null },
      { username: 'unread', status: 'insufficient_data', status_detail: '3 video(s) with known plays and likes; 5 needed', verdict: null, fraud_probability: null, total_risk_score: null, reasons: null },
    ]);
  });
});

describe('cohort-v1 norms: peers, shrunk toward published norms when few', () => {
  it("a cohort of 60 leans on its peers; 5 peers lean on the published norm and the row says so; a signal with no norm needs 20 peers", async () => {
    await score([...peers('big', 60, NANO), ...peers('mid', 5, { ...NANO, followers: 200_000, reach: 0.3 })]);
    const norms = await warehouse.rows(
      `select follower_tier, signal, peers, norm_weight, cohort_median, peer_median, norm_median from int_cv1_cohort_norms order by follower_tier, signal`,
    );
    const of = (tier: string, signal: string) => norms.find((n) => n.follower_tier === tier && n.signal === signal) ?? {};
    expect(of('nano', 'reach').norm_weight).toBeCloseTo(20 / 80, 10);
    expect(of('mid', 'reach').norm_weight).toBeCloseTo(20 / 25, 10);
    const mid = of('mid', 'reach');
    expect(mid.cohort_median).toBeCloseTo((5 * Number(mid.peer_median) + 20 * Number(mid.norm_median)) / 25, 10);
    // like_rate_spread has no published norm: judged among 60 peers, not among 5.
    expect(of('nano', 'like_rate_spread').cohort_median).not.toBeNull();
    expect(of('mid', 'like_rate_spread').cohort_median).toBeNull();
    const few = await row('mid0');
    expect(few.cohort).toBe('mid');
    expect(few.cohort_note).toBe('few peers: 5 creator(s) in cohort mid; each norm is 80% published benchmark, 20% peers');
    expect((await row('big0')).cohort_note).toBeNull();
  });
});

describe('cohort-v1 evidence and patterns', () => {
  it('an ordinary value weighs against fraud; the further on the fraud side, the more for it, never past 750 to 1', async () => {
    // Plays (and the likes they bring) cut by a factor: the same tier, less reach.
    const lowReach = (name: string, factor: number) => {
      const c = ordinaryCreator(name, NANO, 7);
      return { ...c, videos: c.videos.map((v) => ({ ...v, plays: Math.round((v.plays ?? 0) / factor), likes: Math.round((v.likes ?? 0) / factor) })) };
    };
    await score([...peers('p', 60, NANO), lowReach('x2', 2), lowReach('x4', 4), lowReach('x100', 100)]);
    const ordinary = await signals('p3');
    expect(ordinary.reach?.likelihood_ratio).toBeLessThan(1);
    const lrs = await Promise.all(['x2', 'x4', 'x100'].map(async (u) => (await signals(u)).reach?.likelihood_ratio ?? 0));
    expect(lrs[0]).toBeLessThan(lrs[1] as number);
    expect(lrs[1]).toBeLessThan(lrs[2] as number);
    expect(lrs[2]).toBeLessThanOrEqual(750);
    expect(lrs[2]).toBeGreaterThan(20);
  });

  it('a dormant celebrity (recent reach far below, a lifetime of likes) is no fake-follower case; bought followers (both below) are', async () => {
    const dormant = ordinaryCreator('dormant', NANO, 11);
    dormant.videos = dormant.videos.map((v) => ({ ...v, plays: Math.round((v.plays ?? 0) * 0.05), likes: Math.round((v.likes ?? 0) * 0.05) }));
    // The engagement of 1,300 followers under 9,000 shown (still nano): 7 in 8 bought.
    const boughtFollowers = { ...ordinaryCreator('bought', { ...NANO, followers: 1_300 }, 12), followers: 9_000 };
    await score([...peers('p', 80, NANO), dormant, boughtFollowers]);
    expect((await signals('dormant')).reach?.robust_z).toBeLessThan(-4);
    expect(await patternLr('dormant', 'fake_followers')).toBeLessThan(1.5);
    expect(await patternLr('bought', 'fake_followers')).toBeGreaterThan(5);
    expect((await row('dormant')).verdict).toBe('LOW RISK');
    expect((await row('dormant')).fraud_pattern).toBeNull();
    // One fraudulent creator in 82 keeps the batch's base rate low: the case ranks first and names its pattern.
    const bought = await row('bought');
    expect(bought.fraud_pattern).toBe('fake_followers');
    const [top] = await warehouse.rows(`select username from creator_scores where ruleset = 'cohort-v1' order by fraud_probability desc limit 1`);
    expect(top?.username).toBe('bought');
  });

  it('bought likes: more likes per play, no more comments or shares -> HIGH RISK, with reasons an analyst can quote', async () => {
    const bought = ordinaryCreator('boughtlikes', NANO, 21);
    bought.videos = bought.videos.map((v, i) => (i % 5 === 0 ? v : { ...v, likes: (v.likes ?? 0) * 6 }));
    const fan = ordinaryCreator('fan', { ...NANO, likeRate: NANO.likeRate * 2.5, commentRate: 0.015 }, 22);
    await score([...peers('p', 80, NANO), bought, fan]);
    const r = await row('boughtlikes');
    expect(r.verdict).toBe('HIGH RISK');
    expect(r.fraud_pattern).toBe('bought_likes');
    const reasons = r.reasons as Array<{ signal: string; weight: number; text: string }>;
    expect(reasons.map((x) => x.signal)).toEqual(expect.arrayContaining(['likes_per_play', 'comments_per_like', 'shares_saves_per_like']));
    expect(reasons.map((x) => x.weight)).toEqual([...reasons.map((x) => x.weight)].sort((a, b) => b - a));
    expect(reasons.find((x) => x.signal === 'comments_per_like')?.text).toMatch(
      /^comments per 100 likes \(median over videos\): \d+\.\d\d vs \d+\.\d\d for nano peers \(8\d\); robust z -\d+\.\d$/,
    );
    expect((r.flags as string[])[0]).toMatch(/^Pattern: bought likes: .+ \(likelihood ratio/);
    // A creator whose fans like a lot, and comment as much per like as anyone: no bought-likes case.
    expect((await row('fan')).verdict).toBe('LOW RISK');
  });

  it('bot likes (one like count whatever the plays), view botting (the most-played videos without likes) are caught; a heavy follower is not', async () => {
    // Bots top every video up to about twice the likes a nano video gets, whatever its plays; few comments.
    const bot = ordinaryCreator('bot', NANO, 31);
    bot.videos = bot.videos.map((v, i) => ({ ...v, likes: 640 + (i % 3), comments: 1 }));
    const botted = ordinaryCreator('botted', NANO, 32);
    const ranked = [...botted.videos.keys()].sort((a, b) => (botted.videos[b]?.plays ?? 0) - (botted.videos[a]?.plays ?? 0));
    const top = new Set(ranked.slice(0, 12));
    botted.videos = botted.videos.map((v, i) => (top.has(i) ? { ...v, plays: (v.plays ?? 0) * 10 } : v));
    const heavy = { ...ordinaryCreator('heavy', NANO, 33), following: 6_000 };
    await score([...peers('p', 80, NANO), bot, botted, heavy]);
    // Bot likes are bought likes too: whichever pattern leads, the uniform likes are among its strongest reasons.
    expect(['bot_likes', 'bought_likes']).toContain((await row('bot')).fraud_pattern);
    expect(['MEDIUM RISK', 'HIGH RISK']).toContain((await row('bot')).verdict);
    expect((await signals('bot')).likes_uniformity?.likelihood_ratio).toBeGreaterThan(100);
    expect((await row('botted')).fraud_pattern).toBe('view_botting');
    expect(['MEDIUM RISK', 'HIGH RISK']).toContain((await row('botted')).verdict);
    expect((await signals('heavy')).follow_ratio?.robust_z).toBeGreaterThan(3);
    expect((await row('heavy')).verdict).toBe('LOW RISK');
  });
});

describe('cohort-v1 probability, base rate and cohorts', () => {
  it("estimates the batch's base rate from the batch (no labels): near the stated 10% for a lone creator, up when the batch is full of fraud", async () => {
    await score([ordinaryCreator('alone', NANO, 41)]);
    const [alone] = await warehouse.rows(`select base_rate from int_cv1_base_rate`);
    expect(Number(alone?.base_rate)).toBeGreaterThan(0.08);
    expect(Number(alone?.base_rate)).toBeLessThan(0.11);
    const lone = await row('alone');
    expect(lone.cohort_note).toMatch(/^few peers: 1 creator\(s\) in cohort nano; each norm is 95% published benchmark/);
    expect(lone.verdict).not.toBeNull();

    const other = await Warehouse.open(':memory:');
    try {
      const fraud = Array.from({ length: 40 }, (_, i) => {
        const c = ordinaryCreator(`f${i}`, NANO, 100 + i);
        return { ...c, videos: c.videos.map((v) => ({ ...v, likes: (v.likes ?? 0) * 6 })) };
      });
      await landFixture(other, [...peers('p', 60, NANO), ...fraud]);
      await scoreWarehouse(other, { ruleset: COHORT_V1 });
      const [full] = await other.rows(`select base_rate from int_cv1_base_rate`);
      expect(Number(full?.base_rate)).toBeGreaterThan(0.25);
    } finally {
      other.close();
    }
  });

  it('--by splits the tier into cohorts by a column of the creators; other names are refused before any SQL sees them', async () => {
    const verified = peers('v', 25, NANO).map((c) => ({ ...c, verified: true }));
    await score([...peers('p', 25, NANO), ...verified], ['VERIFIED']);
    expect((await row('v1')).cohort).toBe('nano / verified=true');
    expect((await row('p1')).cohort).toBe('nano / verified=false');
    const unknown = await scoreWarehouse(warehouse, { ruleset: COHORT_V1, by: ['region'] }).catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(CohortColumnError);
    expect({ ...(unknown as CohortColumnError) }).toMatchObject({ column: 'region', model: 'cohort-v1', reason: 'unknown', type: null });
    expect((unknown as CohortColumnError).allowed).toContain('verified');
    expect((unknown as Error).message).toMatch(/^cohort column "region": not a column creators can be grouped by\. cohort-v1 compares peers within the follower tier/);
    const numeric = await scoreWarehouse(warehouse, { ruleset: COHORT_V1, by: ['followers'] }).catch((error: unknown) => error);
    expect({ ...(numeric as CohortColumnError) }).toMatchObject({ column: 'followers', model: 'cohort-v1', reason: 'not_categorical', type: 'BIGINT' });
    expect((numeric as Error).message).toMatch(/a BIGINT column is not a cohort/);
    await expect(scoreWarehouse(warehouse, { ruleset: COHORT_V1, by: ["provider'); drop table creators; --"] })).rejects.toThrow(/not a column/);
  });

  it('scores every ruleset into creator_scores side by side, leaving seed-v1 bit for bit as it scores alone', async () => {
    await landFixture(warehouse, [...peers('p', 30, NANO)]);
    await scoreWarehouse(warehouse, { ruleset: 'seed-v1' });
    const alone = await warehouse.rows(`select * exclude (scored_at) from creator_scores order by username`);
    await scoreAllRulesets(warehouse);
    const both = await warehouse.rows(`select ruleset, count(*)::INTEGER as n from creator_scores group by ruleset order by ruleset`);
    expect(both).toEqual([
      { ruleset: 'cohort-v1', n: 30 },
      { ruleset: 'seed-quick', n: 30 },
      { ruleset: 'seed-v1', n: 30 },
    ]);
    const seed = await warehouse.rows(`select * exclude (scored_at) from creator_scores where ruleset = 'seed-v1' order by username`);
    expect(seed.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)))).toEqual(
      alone.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null))),
    );
  });
});
