import { Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCohortV1, cohortV1LacksData } from '../src/check/check-cohort-v1.ts';
import { checkCreator } from '../src/check/check-creator.ts';
import { cohortV1CheckJson, cohortV1CheckText } from '../src/check/cohort-v1-text.ts';
import { AT, type FixtureCreator, landFixture, ordinaryCreator, type PeerShape, peers } from './cohort-v1-fixtures.ts';
import { creatorRow, landRows, outcomeRow, videoRow } from './warehouse-rows.ts';

const NANO: PeerShape = { followers: 5_000, reach: 0.8, likeRate: 0.08 };

let warehouse: Warehouse;
beforeEach(async () => {
  warehouse = await Warehouse.open(':memory:');
});
afterEach(() => warehouse.close());

/** Likes bought on four videos in five: more likes per play, no more comments or shares (HIGH RISK among peers). */
function boughtLikes(): FixtureCreator {
  const bought = ordinaryCreator('boughtlikes', NANO, 21);
  bought.videos = bought.videos.map((v, i) => (i % 5 === 0 ? v : { ...v, likes: (v.likes ?? 0) * 6 }));
  return bought;
}

const rowOf = async (username: string) =>
  (await warehouse.rows(`select * from creator_scores where ruleset = 'cohort-v1' and username = $username`, { username }))[0] as Record<string, unknown>;

async function check(username: string) {
  const result = await checkCohortV1(warehouse, username);
  if (result.kind !== 'row') throw new Error(`${username}: no cohort-v1 row`);
  return result;
}

describe('check with cohort-v1: the warehouse scored, the creator\'s row read back', () => {
  it('judges against every creator the warehouse holds: alone it says its cohort is thin; among 80 peers it is HIGH RISK, with its reasons in words', async () => {
    await landFixture(warehouse, [boughtLikes()]);
    const alone = await check('boughtlikes');
    expect(alone.row).toMatchObject({ cohort: 'nano', cohort_creators: 1 });
    expect(alone.row.cohort_note).toMatch(/^few peers: 1 creator\(s\) in cohort nano; each norm is 95% published benchmark, 5% peers$/);
    expect(cohortV1CheckText(alone)).toContain(
      '\n Few peers: 1 creator(s) in cohort nano; each norm is 95% published benchmark, 5% peers. With so few peers the verdict leans on published benchmarks',
    );

    // The peers arrive later: check scores again, so the same creator is now judged among them.
    await landFixture(warehouse, peers('p', 80, NANO));
    const among = await check('boughtlikes');
    expect(among.row).toMatchObject({ cohort_creators: 81, cohort_note: null, verdict: 'HIGH RISK', fraud_pattern: 'bought_likes' });
    const stored = await rowOf('boughtlikes');
    for (const key of ['status', 'verdict', 'fraud_probability', 'total_risk_score', 'likelihood_ratio', 'base_rate', 'flags', 'reasons', 'cohort_creators']) {
      expect(among.row[key as keyof typeof among.row], key).toEqual(stored[key]);
    }

    const text = cohortV1CheckText(among);
    const seed = await checkCreator(warehouse, 'boughtlikes');
    if (seed.kind !== 'scored' || seed.ruleset !== 'seed-v1') throw new Error('seed-v1 gave no verdict');
    const reasons = among.row.reasons.map((r) => ` - ${r.text}`);
    expect(text).toBe(
      [
        `@boughtlikes: HIGH RISK (fraud probability ${(among.row.fraud_probability ?? 0) >= 0.999 ? '> 99.9%' : `${(100 * (among.row.fraud_probability ?? 0)).toFixed(1)}%`}, score ${among.row.total_risk_score}/100; cohort-v1)`,
        ` Followers: ${(among.row.followers ?? 0).toLocaleString('en-US')}`,
        ` Peers: nano (81 creator(s) in this warehouse); prior ${(100 * (among.row.base_rate ?? 0)).toFixed(1)}% (the share of fraud estimated for this warehouse's creators)`,
        ` ${among.row.flags[0]}`,
        ' Why (signals at least 2:1 for fraud against its peers, heaviest first):',
        ...reasons,
        ` seed-v1 beside it: ${seed.score.verdict} (${seed.score.total_risk_uncapped}/100)`,
        '',
      ].join('\n'),
    );
    expect(among.row.flags[0]).toMatch(/^Pattern: bought likes: /);
    expect(reasons.length).toBeGreaterThanOrEqual(3);

    const json = cohortV1CheckJson(among);
    expect(Object.keys(json).slice(0, 3)).toEqual(['username', 'ruleset', 'status']);
    expect(json).toMatchObject({ username: 'boughtlikes', ruleset: 'cohort-v1', verdict: 'HIGH RISK', seed_v1: { verdict: seed.score.verdict } });
    expect(json.snapshot_at).toBe(AT.toISOString());
  });

  it('a creator no signal speaks against is LOW RISK and says so', async () => {
    await landFixture(warehouse, peers('p', 40, NANO));
    const ordinary = await check('p3');
    expect(ordinary.row.verdict).toBe('LOW RISK');
    const text = cohortV1CheckText(ordinary);
    if (ordinary.row.reasons.length === 0) expect(text).toContain('\n No signal speaks for fraud against its peers (none at 2:1 or more).\n');
    else expect(text).toContain(ordinary.row.reasons.map((r) => ` - ${r.text}`).join('\n'));
  });

  it('no verdict: the account is the answer (private, too few videos) or we lack a count (followers unknown, counts left out or unreadable)', async () => {
    const few = ordinaryCreator('fewvideos', NANO, 5);
    few.videos = few.videos.slice(0, 3);
    const noLikes = ordinaryCreator('nolikes', NANO, 6);
    noLikes.videos = noLikes.videos.map((v, i) => (i < 28 ? { ...v, likes: null } : v));
    const noFollowers: FixtureCreator = { ...ordinaryCreator('nofollowers', NANO, 7), followers: null };
    await landFixture(warehouse, [...peers('p', 30, NANO), few, noLikes, noFollowers, { username: 'hidden', followers: null, outcome: 'private', videos: [] }]);
    // A like count the vendor sent wrapped past int32: NULL with its reason, on 27 of 30 videos.
    const wrapped = ordinaryCreator('wrapped', NANO, 8);
    await landRows(warehouse, {
      creators: [creatorRow({ username: 'wrapped', snapshot_at: AT, followers: wrapped.followers, following: 150 })],
      videos: wrapped.videos.map((v, i) =>
        videoRow({
          username: 'wrapped',
          snapshot_at: AT,
          video_id: `w${i}`,
          feed_position: i + 1,
          plays: v.plays,
          likes: i < 27 ? null : v.likes,
          comments: v.comments ?? null,
          count_problems: i < 27 ? ['likes: negative (wrapped?): -2147000000'] : [],
        }),
      ),
      outcomes: [outcomeRow({ username: 'wrapped', outcome: 'ok', decided_at: AT, snapshot_at: AT, videos_fetched: 30 })],
    });

    const fewVideos = await check('fewvideos');
    expect(cohortV1LacksData(fewVideos.row)).toBe(false);
    expect(cohortV1CheckText(fewVideos)).toMatch(/^@fewvideos: NO VERDICT \(insufficient data: 3 video\(s\) with known plays and likes; 5 needed\)\n seed-v1 beside it: \w+ RISK \(\d+\/100\)\n$/);

    const leftOut = await check('nolikes');
    expect(cohortV1LacksData(leftOut.row)).toBe(true);
    expect(cohortV1CheckText(leftOut).split('\n')[0]).toBe(
      '@nolikes: NO VERDICT (insufficient data: 2 video(s) with known plays and likes; 5 needed; 28 of the 30 video(s) on the page without a known play or like count)',
    );

    const unreadable = await check('wrapped');
    expect(cohortV1LacksData(unreadable.row)).toBe(true);
    expect(unreadable.row.unreadable_counts).toHaveLength(27);
    expect(unreadable.row.unreadable_counts[0]).toBe('video w0 likes: negative (wrapped?): -2147000000');
    expect(cohortV1CheckText(unreadable).split('\n')[0]).toMatch(
      /^@wrapped: NO VERDICT \(insufficient data: 3 video\(s\) .+; 27 of the 30 .+; counts the vendor sent that we could not read: video w0 likes: negative \(wrapped\?\): -2147000000; video w1 likes: /,
    );

    const unknownFollowers = await check('nofollowers');
    expect(unknownFollowers.row).toMatchObject({ status: 'insufficient_data', status_detail: 'follower count unknown' });
    expect(cohortV1LacksData(unknownFollowers.row)).toBe(true);

    // Neither ruleset has a verdict: one line, nothing beside it to add.
    const hidden = await check('hidden');
    expect(cohortV1LacksData(hidden.row)).toBe(false);
    expect(cohortV1CheckText(hidden)).toBe('@hidden: NO VERDICT (private account)\n');

    const nobody = await checkCohortV1(warehouse, 'nobody');
    expect(nobody.kind).toBe('unknown');
    expect(cohortV1CheckText(nobody)).toBe('@nobody: NO VERDICT (not fetched: nothing about this creator is in the warehouse)\n');
  });
});
