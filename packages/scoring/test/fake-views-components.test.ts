import { Warehouse } from '@creator-audit/warehouse';
import { FAKE_VIEW_COMPONENTS } from '@creator-audit/providers/fake-view-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreFakeViews } from '../src/fake-views/score-fake-views.ts';
import { type CreatorSpec, cohortOf, DAY1, DAY2, landSnapshots, ordinaryVideo, ordinaryVideos } from './fake-views-rows.ts';

type Scored = Record<string, unknown>;

/** Every column of a video's row in `video_fake_view_scores` (at `at`, else its latest), BIGINTs as numbers. */
async function scored(w: Warehouse, videoId: string, at?: Date): Promise<Scored> {
  const rows = await w.rows(
    `select * from video_fake_view_scores where video_id = $id and ($at::TIMESTAMP is null or snapshot_at = $at::TIMESTAMP)
     order by snapshot_at desc limit 1`,
    { id: videoId, at: at ? at.toISOString() : null },
  );
  const row = rows[0];
  if (!row) throw new Error(`no scored row for ${videoId}`);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]));
}

const creator = (username: string, spec: Partial<CreatorSpec> = {}): CreatorSpec => ({
  username,
  snapshotAt: DAY1,
  followers: 50_000,
  following: 200,
  verified: false,
  videos: ordinaryVideos(username, 10, 20_000),
  ...spec,
});

/** 50K-follower creators around 20K views and 8% engagement per view: the cohort every test video is judged in. */
const oneSnapshotWorld: CreatorSpec[] = [
  ...cohortOf(50_000, DAY1, 20_000),
  creator('steady'),
  // 10x the views with the engagement of its usual 20K: 90% of the views brought nothing.
  creator('one_botted', { videos: [...ordinaryVideos('one_botted', 9, 20_000), ordinaryVideo('one_botted-x', 200_000, 0.008)] }),
  // Every recent video botted 5x: its own median is a botted video, only the cohort shows the shortfall.
  creator('all_botted', { videos: ordinaryVideos('all_botted', 10, 100_000, 0.016) }),
  creator('lonely', { followers: null, videos: ordinaryVideos('lonely', 3, 20_000) }),
  creator('zero_views', { videos: [...ordinaryVideos('zero_views', 9, 20_000), { id: 'zero_views-x', plays: 0, likes: 0, comments: 0, shares: 0 }] }),
  creator('no_shares', { videos: [...ordinaryVideos('no_shares', 9, 20_000), { ...ordinaryVideo('no_shares-x', 20_000), shares: null }] }),
  creator('young', { accountCreatedAt: new Date(DAY1.getTime() - 10 * 86_400_000) }),
  creator('young_verified', { verified: true, accountCreatedAt: new Date(DAY1.getTime() - 10 * 86_400_000) }),
  creator('follows_many', { following: 600_000 }),
  creator('no_facts', { accountCreatedAt: null, following: null }),
  creator('verified_no_facts', { verified: true, accountCreatedAt: null, following: null }),
  // 2,000 likes and no comment, where the cohort sees about 16 likes per comment.
  creator('silent', { videos: [...ordinaryVideos('silent', 9, 20_000), { id: 'silent-x', plays: 25_000, likes: 2_000, comments: 0, shares: 375, saves: 250 }] }),
  // Engagement a little below its usual: somewhere in the ramp, neither ordinary nor certain.
  creator('mild', { videos: [...ordinaryVideos('mild', 9, 20_000), ...[0.065, 0.055, 0.045].map((r, i) => ordinaryVideo(`mild-x${i}`, 20_000, r))] }),
  // Its fans engage at 20%; one video at the cohort's ordinary 8%.
  creator('fan_favourite', { videos: [...ordinaryVideos('fan_favourite', 9, 20_000, 0.2), ordinaryVideo('fan_favourite-x', 20_000, 0.08)] }),
  // 30x the views per follower of the cohort, engaging as its own videos do.
  creator('small_reach', { followers: 60_000, videos: [...ordinaryVideos('small_reach', 9, 20_000), ordinaryVideo('small_reach-x', 600_000)] }),
];

describe('fake-view components on one snapshot', () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await Warehouse.open(':memory:');
    await landSnapshots(w, oneSnapshotWorld);
    await scoreFakeViews(w, 'default');
  });
  afterAll(() => w.close());

  it('scores every component 0 for an ordinary video, with an explicit reason only where inputs are missing', async () => {
    const row = await scored(w, 'steady-3');
    expect(row).toMatchObject({
      engagement_score: 0,
      distribution_score: 0,
      creator_credibility_score: 0,
      content_authenticity_score: 0,
      follower_correlation_score: 0,
      racing_mechanism_score: 0,
      consistency_score: null,
      consistency_missing: 'no_earlier_snapshot',
      fan_growth_score: null,
      fan_growth_missing: 'no_earlier_creator_snapshot',
      fake_score: 0,
      confidence_level: 'Minimal',
      is_suspicious: false,
      estimated_fake_views: 0,
    });
  });

  it('engagement: views that bring no likes, comments or shares score 100', async () => {
    expect((await scored(w, 'one_botted-x')).engagement_score).toBe(100);
  });

  it("engagement: a creator far above its tier is judged against at most the tier's norm plus one sigma", async () => {
    // Devoted fans or likes bought on most videos: either way its video at the tier's usual rate is ordinary.
    const row = await scored(w, 'fan_favourite-x');
    expect(row.creator_engagement_shortfall_z as number).toBeLessThan(1.5);
    expect(row.engagement_score).toBe(0);
  });

  it('engagement: an account whose videos are all botted is caught by its follower-tier cohort, not its own median', async () => {
    const row = await scored(w, 'all_botted-4');
    expect(row.creator_engagement_shortfall_z as number).toBeLessThan(1.5);
    expect(row.engagement_baseline).toBe('cohort');
    expect(row.engagement_score).toBe(100);
  });

  it('engagement: no baseline (3 videos, no follower count) is NULL with its reason, never 0', async () => {
    const row = await scored(w, 'lonely-1');
    expect(row).toMatchObject({ engagement_score: null, engagement_missing: 'no_engagement_baseline' });
  });

  it('engagement: a video with 0 views or an unknown count is NULL with its reason', async () => {
    expect(await scored(w, 'zero_views-x')).toMatchObject({ engagement_score: null, engagement_missing: 'no_views' });
    expect(await scored(w, 'no_shares-x')).toMatchObject({ engagement_score: null, engagement_missing: 'engagement_unknown' });
  });

  it('distribution: 10x the creator median views scores 100; fewer than 5 videos to compare with is NULL', async () => {
    expect((await scored(w, 'one_botted-x')).distribution_score).toBe(100);
    expect(await scored(w, 'lonely-0')).toMatchObject({ distribution_score: null, distribution_missing: 'few_creator_videos' });
  });

  it('creator credibility: a 10-day-old account scores 100, halved when verified', async () => {
    expect((await scored(w, 'young-0')).creator_credibility_score).toBe(100);
    expect((await scored(w, 'young_verified-0')).creator_credibility_score).toBe(50);
  });

  it('creator credibility: following 12x its followers scores 100', async () => {
    expect((await scored(w, 'follows_many-0')).creator_credibility_score).toBe(100);
  });

  it('creator credibility: no age, no following and not verified is NULL; verified alone is 0', async () => {
    expect(await scored(w, 'no_facts-0')).toMatchObject({ creator_credibility_score: null, creator_credibility_missing: 'no_account_facts' });
    expect(await scored(w, 'verified_no_facts-0')).toMatchObject({ creator_credibility_score: 0, creator_credibility_missing: null });
  });

  it('content authenticity: likes with almost no comments, far above the cohort ratio, score 100', async () => {
    expect((await scored(w, 'silent-x')).content_authenticity_score).toBe(100);
  });

  it('content authenticity and follower correlation: no follower count means no cohort, NULL with the reason', async () => {
    expect(await scored(w, 'lonely-0')).toMatchObject({
      content_authenticity_score: null,
      content_authenticity_missing: 'followers_unknown',
      follower_correlation_score: null,
      follower_correlation_missing: 'followers_unknown',
    });
  });

  it('follower correlation: 30x the cohort views per follower scores 100 while its engagement stays ordinary', async () => {
    const row = await scored(w, 'small_reach-x');
    expect(row.follower_correlation_score).toBe(100);
    expect(row.engagement_score).toBe(0);
  });

  it('racing mechanism: a video two traffic pools above what its organic views reach scores 100', async () => {
    const row = await scored(w, 'all_botted-4');
    // 100K views (pool 4) of which the cohort's engagement explains about a fifth (pool 3).
    expect(row).toMatchObject({ current_tier: 4, expected_tier: 3, racing_mechanism_score: 50 });
    const viral = await scored(w, 'small_reach-x');
    expect(viral).toMatchObject({ current_tier: 5, expected_tier: 5, racing_mechanism_score: 0 });
  });

  it('estimated fake and organic views add up to the total views, for every row', async () => {
    const [sums] = await w.rows(
      `select count(*) filter (where estimated_fake_views + estimated_organic_views <> plays)::INTEGER as off,
              count(*) filter (where estimated_fake_views is not null)::INTEGER as estimated
       from video_fake_view_scores`,
    );
    expect(sums).toEqual({ off: 0, estimated: expect.any(Number) });
    expect(Number(sums?.estimated)).toBeGreaterThan(50);
  });

  it('estimated fake share: 1 - rate / baseline rate, weighed by the engagement score', async () => {
    const row = await scored(w, 'one_botted-x');
    // Rates carry +1 on both sides (a video without likes still has a finite log rate).
    const rate = ((row.engagements as number) + 1) / ((row.plays as number) + 1);
    const share = 1 - rate / Math.exp(row.engagement_baseline_median as number);
    expect(row.estimated_fake_share).toBeCloseTo(share * ((row.engagement_score as number) / 100), 10);
    expect(share).toBeGreaterThan(0.85);
    expect(row.estimated_fake_views).toBe(Math.floor((row.plays as number) * (row.estimated_fake_share as number)));
  });

  it('fake_score: the weighted mean of the components present; missing ones are left out, not counted as 0', async () => {
    const weights: Record<(typeof FAKE_VIEW_COMPONENTS)[number], number> = {
      engagement_score: 0.3,
      distribution_score: 0.05,
      consistency_score: 0.2,
      creator_credibility_score: 0.075,
      content_authenticity_score: 0.1,
      follower_correlation_score: 0.1,
      racing_mechanism_score: 0.1,
      fan_growth_score: 0.075,
    };
    for (const id of ['one_botted-x', 'all_botted-4', 'silent-x', 'young-0', 'lonely-0']) {
      const row = await scored(w, id);
      const present = FAKE_VIEW_COMPONENTS.filter((c) => row[c] !== null);
      const expected = present.reduce((s, c) => s + weights[c] * (row[c] as number), 0) / present.reduce((s, c) => s + weights[c], 0);
      expect(row.fake_score, id).toBeCloseTo(expected, 10);
    }
  });

  it('fake_score: NULL with a reason when no video-level component could be computed', async () => {
    await landSnapshots(w, [creator('bare', { followers: null, videos: [{ id: 'bare-0', plays: null, likes: 1, comments: 1, shares: 1 }] })]);
    await scoreFakeViews(w, 'default');
    expect(await scored(w, 'bare-0')).toMatchObject({ fake_score: null, fake_score_missing: 'views_unknown', confidence_level: null });
    expect(await scored(w, 'lonely-1')).toMatchObject({ fake_score: null, fake_score_missing: 'no_video_evidence' });
  });

  it('confidence: Minimal < 10 <= Low < 25 <= Medium < 45 <= High; suspicious from Medium on; main component the largest contribution', async () => {
    const rows = await w.rows(`select fake_score, confidence_level, is_suspicious, main_component from video_fake_view_scores where fake_score is not null`);
    const level = (s: number) => (s < 10 ? 'Minimal' : s < 25 ? 'Low' : s < 45 ? 'Medium' : 'High');
    for (const r of rows) {
      const s = r.fake_score as number;
      expect(r.confidence_level).toBe(level(s));
      expect(r.is_suspicious).toBe(s >= 25);
      if (s === 0) expect(r.main_component).toBeNull();
    }
    expect(new Set(rows.map((r) => r.confidence_level))).toEqual(new Set(['Minimal', 'Low', 'Medium', 'High']));
    expect(await scored(w, 'one_botted-x')).toMatchObject({ main_component: 'engagement_score', is_suspicious: true });
  });
});

describe('the engagement baselines', () => {
  it("engagement: one dip on a steady account, in a cohort too varied to notice it, is caught by the creator's own norm", async () => {
    const w = await Warehouse.open(':memory:');
    try {
      await landSnapshots(w, [
        ...[0.03, 0.08, 0.2].map((rate, i) => creator(`varied_${i}`, { videos: ordinaryVideos(`varied_${i}`, 12, 20_000, rate) })),
        creator('dip', { videos: [...ordinaryVideos('dip', 9, 20_000), ordinaryVideo('dip-x', 20_000, 0.025)] }),
      ]);
      await scoreFakeViews(w, 'default');
      const row = await scored(w, 'dip-x');
      expect(row.cohort_engagement_shortfall_z as number).toBeLessThan(1.5);
      expect(row).toMatchObject({ engagement_baseline: 'creator', engagement_score: 100 });
    } finally {
      w.close();
    }
  });
});

describe('fake-view components across two snapshots', () => {
  let w: Warehouse;
  const atBoth = (spec: (day: Date) => CreatorSpec) => [spec(DAY1), spec(DAY2)];
  beforeAll(async () => {
    w = await Warehouse.open(':memory:');
    await landSnapshots(w, [
      ...cohortOf(50_000, DAY1, 20_000),
      ...cohortOf(50_000, DAY2, 21_000),
      ...atBoth((day) => creator('steady', { snapshotAt: day, followers: day === DAY1 ? 50_000 : 50_300 })),
      // Views taken back by the platform: 25% fewer at the second look.
      ...atBoth((day) =>
        creator('purged', { snapshotAt: day, videos: [...ordinaryVideos('purged', 9, 20_000), ordinaryVideo('purged-x', day === DAY1 ? 20_000 : 15_000)] }),
      ),
      // 40K new views and not one new like, comment or share.
      ...atBoth((day) =>
        creator('hollow', {
          snapshotAt: day,
          videos: [...ordinaryVideos('hollow', 9, 20_000), { ...ordinaryVideo('hollow-x', 20_000), plays: day === DAY1 ? 20_000 : 60_000 }],
        }),
      ),
      // Growing as it should: the new views engage like the old ones.
      ...atBoth((day) =>
        creator('growing', { snapshotAt: day, videos: [...ordinaryVideos('growing', 9, 20_000), ordinaryVideo('growing-x', day === DAY1 ? 20_000 : 30_000)] }),
      ),
      ...atBoth((day) => creator('spike', { snapshotAt: day, followers: day === DAY1 ? 50_000 : 80_000 })),
      ...atBoth((day) => creator('follower_purge', { snapshotAt: day, followers: day === DAY1 ? 50_000 : 40_000 })),
      // A video posted between the two looks: one snapshot of it only.
      creator('poster', { snapshotAt: DAY1 }),
      creator('poster', { snapshotAt: DAY2, videos: [...ordinaryVideos('poster', 10, 20_000), ordinaryVideo('poster-new', 5_000)] }),
    ]);
    await scoreFakeViews(w, 'default');
  });
  afterAll(() => w.close());

  it('writes one row per video per snapshot', async () => {
    const [r] = await w.rows(`select count(*)::INTEGER as n, count(distinct (video_id, snapshot_at))::INTEGER as keys from video_fake_view_scores`);
    expect(r?.n).toBe(r?.keys);
    expect((await w.rows(`select 1 from video_fake_view_scores where video_id = 'purged-x'`)).length).toBe(2);
  });

  it('consistency: views falling 25% between snapshots scores 100', async () => {
    const row = await scored(w, 'purged-x', DAY2);
    expect(row).toMatchObject({ max_count_drop: 0.25, count_drop_risk: 100, consistency_score: 100 });
  });

  it('consistency: views gained with no new engagement scores 100; proportional growth scores 0', async () => {
    expect(await scored(w, 'hollow-x', DAY2)).toMatchObject({ new_views: 40_000, new_engagements: 0, new_view_risk: 100, consistency_score: 100 });
    expect(await scored(w, 'growing-x', DAY2)).toMatchObject({ count_drop_risk: 0, new_view_risk: 0, consistency_score: 0 });
  });

  it('consistency: a video seen once is NULL with its reason', async () => {
    expect(await scored(w, 'poster-new', DAY2)).toMatchObject({ consistency_score: null, consistency_missing: 'no_earlier_snapshot' });
    expect(await scored(w, 'purged-x', DAY1)).toMatchObject({ consistency_score: null, consistency_missing: 'no_earlier_snapshot' });
  });

  it('fan growth: +60% followers in 3 days scores 100, -20% scores 100, +0.6% scores 0', async () => {
    const spike = await scored(w, 'spike-0', DAY2);
    expect(spike.follower_growth_per_day).toBeCloseTo(Math.log(80_000 / 50_000) / 3, 12);
    expect(spike.fan_growth_score).toBe(100);
    expect(await scored(w, 'follower_purge-0', DAY2)).toMatchObject({ follower_loss_risk: 100, fan_growth_score: 100 });
    expect(await scored(w, 'steady-0', DAY2)).toMatchObject({ fan_growth_score: 0 });
  });

  it('fan growth: the first snapshot of a creator is NULL with its reason', async () => {
    expect(await scored(w, 'spike-0', DAY1)).toMatchObject({ fan_growth_score: null, fan_growth_missing: 'no_earlier_creator_snapshot' });
  });
});

describe('content categories', () => {
  it('shift the engagement and reach thresholds: each score is its ramp from the category start', async () => {
    const w = await Warehouse.open(':memory:');
    try {
      await landSnapshots(w, oneSnapshotWorld);
      const starts = { default: [1.5, 1.5], product: [2.0, 1.5], verified_large: [1.5, 2.5] } as const;
      const ramp = (z: number | null, start: number) => (z === null ? null : 100 * Math.min(Math.max((z - start) / 3, 0), 1));
      const byCategory: Record<string, Scored[]> = {};
      for (const [category, [eng, reach]] of Object.entries(starts)) {
        await scoreFakeViews(w, category as keyof typeof starts);
        const rows = await w.rows(
          `select video_id, content_category, engagement_shortfall_z, engagement_score, reach_z, follower_correlation_score
           from video_fake_view_scores order by video_id`,
        );
        for (const r of rows) {
          expect(r.content_category).toBe(category);
          for (const [z, score, start] of [
            [r.engagement_shortfall_z, r.engagement_score, eng],
            [r.reach_z, r.follower_correlation_score, reach],
          ] as const) {
            if (z === null) expect(score).toBeNull();
            else expect(score).toBeCloseTo(ramp(z as number, start) as number, 10);
          }
        }
        byCategory[category] = rows;
      }
      const total = (category: string, column: string) => (byCategory[category] ?? []).reduce((s, r) => s + ((r[column] as number | null) ?? 0), 0);
      expect(total('product', 'engagement_score')).toBeLessThan(total('default', 'engagement_score'));
    } finally {
      w.close();
    }
  });
});
