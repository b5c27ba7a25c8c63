import { Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAudienceTables } from '../src/audience/build-audience-tables.ts';
import { bot, follower, landSamples, SAMPLED_AT, silent } from './audience-fixtures.ts';

const DAY = 86_400_000;

describe('audience models, given sampled followers -> each classified with its signals', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  const classified = async () =>
    (await warehouse.rows(`select follower_user_id as id, classification, signals from follower_classifications order by position`)).map((r) => [
      r.id,
      r.classification,
      r.signals,
    ]);

  it('takes bots for suspicious, silent real followers for inactive (not fake), posting ones for active', async () => {
    await landSamples(warehouse, [{ username: 'c', followers: [bot(1), silent(2), follower(3)] }]);
    await buildAudienceTables(warehouse);
    expect(await classified()).toEqual([
      ['u1', 'suspicious', ['no_posts', 'default_avatar', 'no_profile_text', 'machine_handle', 'mass_following', 'new_account']],
      ['u2', 'inactive', ['no_posts', 'default_avatar', 'no_profile_text', 'machine_handle']],
      ['u3', 'active', []],
    ]);
  });

  it('needs following thousands AND almost no followers, or days old AND empty in all four ways', async () => {
    const young = new Date(SAMPLED_AT.getTime() - 10 * DAY);
    await landSamples(warehouse, [
      {
        username: 'c',
        followers: [
          follower(1, { following: 2_000, followers: 500 }), // follows many, but is followed: a real heavy follower
          follower(2, { following: 999, followers: 0 }), // just under a thousand
          follower(3, { account_created_at: young, video_count: 0, bio: '', nickname: '' }), // new, two empty signals: a newcomer
          // New, and empty in all four ways: no posts, no nickname or bio, the default picture, TikTok's own handle.
          follower(4, { account_created_at: young, video_count: 0, bio: '', nickname: '', avatar: 'musically-maliva-obj/1594805258216454', follower_username: 'user7000100' }),
          follower(5, { following: 1_000, followers: 9 }),
        ],
      },
    ]);
    await buildAudienceTables(warehouse);
    expect((await classified()).map(([id, c]) => [id, c])).toEqual([
      ['u1', 'active'],
      ['u2', 'active'],
      ['u3', 'inactive'],
      ['u4', 'suspicious'],
      ['u5', 'suspicious'],
    ]);
  });

  it('a count the list could not read is unknown, never 0: the follower is unknown unless what is known decides', async () => {
    await landSamples(warehouse, [
      {
        username: 'c',
        followers: [
          // A list's zeroed placeholders were read as NULL: nothing known about following, followers, posts.
          follower(1, { followers: null, following: null, video_count: null, likes_received: null }),
          // Following unknown but followed by hundreds: not mass following; an old account: not new. Posts unknown.
          follower(2, { following: null, followers: 400, video_count: null }),
          // Unknown counts, but days old with the three empty signals a list can always show, and posts unknown:
          // not decided either way...
          follower(3, { followers: null, following: null, video_count: null, bio: '', nickname: '', avatar: 'musically-maliva-obj/1594805258216454', follower_username: 'user7000300', account_created_at: new Date(SAMPLED_AT.getTime() - DAY) }),
          // ...while days old and empty in all four ways is suspicious whatever its unknown follower count.
          follower(4, { followers: null, following: 5_000, video_count: 0, account_created_at: new Date(SAMPLED_AT.getTime() - DAY), bio: '', nickname: '', avatar: 'musically-maliva-obj/1594805258216454', follower_username: 'user7000400' }),
        ],
      },
    ]);
    await buildAudienceTables(warehouse);
    expect((await classified()).map(([id, c]) => [id, c])).toEqual([
      ['u1', 'unknown'],
      ['u2', 'unknown'],
      ['u3', 'unknown'],
      ['u4', 'suspicious'],
    ]);
    const [q] = await warehouse.rows(`select followers_sampled, followers_classified::INTEGER as n, suspicious_share, reason_no_posts::INTEGER as no_posts from audience_quality`);
    // Shares are over the followers that could be classified: 1 of 1, and only the one known to have no post counted.
    expect(q).toEqual({ followers_sampled: 4, n: 1, suspicious_share: 1, no_posts: 1 });
  });

  it("audience_quality: the suspicious share with Wilson's 95% interval, inactive share and every reason counted", async () => {
    const followers = [...Array.from({ length: 80 }, (_, i) => bot(i)), ...Array.from({ length: 60 }, (_, i) => silent(100 + i)), ...Array.from({ length: 60 }, (_, i) => follower(200 + i))];
    await landSamples(warehouse, [{ username: 'c', followers }]);
    await buildAudienceTables(warehouse);
    const [q] = await warehouse.rows(
      `select followers_classified::INTEGER as n, suspicious_followers::INTEGER as k, suspicious_share, suspicious_share_low, suspicious_share_high,
         inactive_share, reason_no_posts::INTEGER as no_posts, reason_mass_following::INTEGER as mass, reason_new_account::INTEGER as young,
         reason_machine_handle::INTEGER as machine, reason_default_avatar::INTEGER as avatar, reason_no_profile_text::INTEGER as text, describes
       from audience_quality`,
    );
    // 80 of 200: p = 0.4; Wilson at z = 1.96: (0.4 + 0.0096 -+ 1.96 sqrt(0.0012 + 0.0000240)) / 1.0192.
    const z = 1.959963984540054;
    const n = 200;
    const p = 0.4;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    expect(q).toMatchObject({ n: 200, k: 80, suspicious_share: 0.4, inactive_share: 0.3, no_posts: 140, mass: 80, young: 80, machine: 140, avatar: 140, text: 140 });
    expect(q?.suspicious_share_low).toBeCloseTo(centre - half, 12);
    expect(q?.suspicious_share_high).toBeCloseTo(centre + half, 12);
    expect(q?.suspicious_share_low).toBeCloseTo(0.3342, 3);
    expect(q?.describes).toBe('the 200 newest followers');
  });
});

describe('audience models, given sampled comments -> coordinated, duplicate, generic and suspicious commenters', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  it('a ring commenting under most videos is coordinated; the same sentence under two videos a duplicate; emoji and stock lines generic', async () => {
    const videos = ['v1', 'v2', 'v3', 'v4', 'v5'];
    const comments = [
      // Pod members p1, p2 under 4 and 3 of 5 videos; a fan under 2 of 5 (not most).
      ...['v1', 'v2', 'v3', 'v4'].map((video) => ({ video, commenter: 'p1', text: 'Great content as always!! 🔥' })),
      ...['v1', 'v2', 'v3'].map((video) => ({ video, commenter: 'p2', text: '🔥🔥🔥' })),
      ...['v1', 'v5'].map((video) => ({ video, commenter: 'fan', text: 'wait how did you do the sourdough' })),
      { video: 'v2', commenter: 'a', text: 'Love this!!' },
      { video: 'v3', commenter: 'b', text: 'the way you did the latte art omg' },
      { video: 'v4', commenter: 'c', text: 'Nice' },
      { video: 'v5', commenter: 'd', text: null },
    ];
    await landSamples(warehouse, [{ username: 'c', comments, videosSampled: videos.length }]);
    await buildAudienceTables(warehouse);
    const rows = await warehouse.rows(
      `select commenter_user_id as who, is_coordinated, is_duplicate, is_generic from comment_classifications order by comment_id`,
    );
    const of = (who: string) => rows.filter((r) => r.who === who);
    expect(of('p1').every((r) => r.is_coordinated && r.is_duplicate && !r.is_generic)).toBe(true);
    expect(of('p2').every((r) => r.is_coordinated && !r.is_duplicate && r.is_generic)).toBe(true);
    expect(of('fan').every((r) => !r.is_coordinated && r.is_duplicate)).toBe(true);
    expect(of('a')[0]).toMatchObject({ is_generic: true, is_duplicate: false, is_coordinated: false });
    expect(of('d')[0]).toMatchObject({ is_generic: null, is_duplicate: null });
    const [q] = await warehouse.rows(
      `select comments_sampled::INTEGER as n, coordinated_comments::INTEGER as coordinated, coordinated_share, duplicate_share, generic_share,
         coordinated_accounts::INTEGER as accounts from comment_quality`,
    );
    // 7 of 13 coordinated; duplicates: p1's 4 and the fan's 2 of 12 with text; generic: p2's 3, "Love this", "Nice" of 12.
    expect(q).toMatchObject({ n: 13, coordinated: 7, accounts: 2, coordinated_share: 7 / 13, duplicate_share: 6 / 12, generic_share: 5 / 12 });
  });

  it('with fewer than 3 videos read no pattern can show: coordinated is NULL, and the row says why', async () => {
    await landSamples(warehouse, [{ username: 'c', comments: [{ video: 'v1', commenter: 'x', text: 'hi there friend' }, { video: 'v2', commenter: 'x', text: 'hi there friend' }] }]);
    await buildAudienceTables(warehouse);
    const [q] = await warehouse.rows(`select coordinated_share, coordinated_share_missing, duplicate_share from comment_quality`);
    expect(q).toEqual({ coordinated_share: null, coordinated_share_missing: 'too_few_videos', duplicate_share: 1 });
  });

  it('a commenter with a machine-made handle and the default avatar is suspicious; one of the two is not', async () => {
    await landSamples(warehouse, [
      {
        username: 'c',
        comments: [
          { video: 'v1', commenter: 'b1', text: 'nice', row: { commenter_username: 'user7123456789', commenter_nickname: 'Anna', commenter_avatar: 'musically-maliva-obj/1594805258216454' } },
          { video: 'v1', commenter: 'b2', text: 'nice', row: { commenter_username: 'user7123456780', commenter_nickname: 'Bea' } },
          { video: 'v1', commenter: 'b3', text: 'nice', row: { commenter_username: 'user7123456781', commenter_nickname: 'user7123456781' } },
        ],
      },
    ]);
    await buildAudienceTables(warehouse);
    const rows = await warehouse.rows(`select commenter_user_id as who, is_suspicious_commenter as s from comment_classifications order by who`);
    expect(rows).toEqual([
      { who: 'b1', s: true },
      { who: 'b2', s: false },
      { who: 'b3', s: true },
    ]);
  });
});

describe('audience_evidence: what a latest sample says, for a ruleset to weigh', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  it('a creator with 40% suspicious followers says so in its reasons, with evidence for fake followers; a quiet real audience is evidence against', async () => {
    const bought = [...Array.from({ length: 80 }, (_, i) => bot(i)), ...Array.from({ length: 120 }, (_, i) => follower(200 + i))];
    // A dormant celebrity's newest followers: real, mostly silent; a few spam bots as every account gets.
    const quiet = [...Array.from({ length: 6 }, (_, i) => bot(i)), ...Array.from({ length: 150 }, (_, i) => silent(100 + i)), ...Array.from({ length: 44 }, (_, i) => follower(300 + i))];
    await landSamples(warehouse, [
      { username: 'buyer', followers: bought },
      { username: 'celebrity', followers: quiet },
      // An earlier sample of the buyer, before the purchase: only the latest is evidence.
      { username: 'buyer', followers: Array.from({ length: 200 }, (_, i) => follower(i)), runId: 'run-0', sampledAt: new Date('2026-01-01T00:00:00Z') },
    ]);
    await buildAudienceTables(warehouse);
    const rows = await warehouse.rows(`select username, suspicious_share, inactive_share, fake_followers_likelihood_ratio as lr, reasons from audience_evidence order by username`);
    expect(rows).toHaveLength(2);
    const [buyer, celebrity] = rows as Array<{ username: string; suspicious_share: number; inactive_share: number; lr: number; reasons: Array<{ signal: string; text: string; weight: number }> }>;
    expect(buyer?.suspicious_share).toBe(0.4);
    expect(buyer?.lr).toBeGreaterThan(4);
    expect(buyer?.reasons[0]?.text).toBe(
      'suspicious followers: 40% of the 200 newest (95% interval 33-47%); among them: 80 following thousands with almost no followers, 80 accounts days old, 80 machine-made handles',
    );
    expect(celebrity?.suspicious_share).toBe(0.03);
    expect(celebrity?.inactive_share).toBe(0.75);
    expect(celebrity?.lr).toBeLessThan(0.25);
    expect(celebrity?.reasons[0]?.weight).toBeLessThan(0);
  });

  it('holds at any sample size: 1,000 bots or 1,000 real followers give the capped ratios, never a failed logarithm', async () => {
    // 400 or more bots put every honest-range likelihood below the smallest double relative to the overall best: the
    // model took ln(0) and failed, and audit-audience --followers 400 with it.
    await landSamples(warehouse, [
      { username: 'all_bots', followers: Array.from({ length: 1_000 }, (_, i) => bot(i)) },
      { username: 'all_real', followers: Array.from({ length: 1_000 }, (_, i) => follower(i)) },
    ]);
    await buildAudienceTables(warehouse);
    const rows = await warehouse.rows(`select username, fake_followers_likelihood_ratio as lr from audience_evidence order by username`);
    expect(rows.map((r) => r.username)).toEqual(['all_bots', 'all_real']);
    expect(Number(rows[0]?.lr)).toBeCloseTo(20, 12);
    expect(Number(rows[1]?.lr)).toBeCloseTo(1 / 20, 12);
  });
});
