import { readFileSync } from 'node:fs';
import { Warehouse } from '@creator-audit/warehouse';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoreWarehouse } from '../src/score.ts';
import { scoreSeedQuick, seedQuickLine } from '../src/seed-quick/reference.ts';
import { SEED_QUICK } from '../src/seed-quick/rules.ts';
import type { CreatorSnapshot } from '../src/seed-v1/reference.ts';
import { landCreators } from './land-snapshots.ts';
import { fromPythonHex } from './seed-v1-fixtures.ts';

/** Results of the seed's own quick check, generated once by fixtures/seed-quick/generate.py and committed. */
interface QuickCase {
  input: { username: string; followers: number | null; videos: { likes: number | null }[] };
  expected: { line: string; ratio: string } | { error: string };
}
const quickCases: QuickCase[] = JSON.parse(readFileSync(new URL('./fixtures/seed-quick/seed-quick-python.json', import.meta.url), 'utf8')).cases;

const snapshotOf = (input: QuickCase['input']): CreatorSnapshot => ({
  username: input.username,
  followers: input.followers,
  following: 0,
  likesReceived: 0,
  videoCount: input.videos.length,
  videos: input.videos.map((v) => ({ plays: 0, likes: v.likes, comments: 0 })),
});

/** The fields seed-quick writes to creator_scores, as the reference names them. */
const COLUMNS = ['status', 'status_detail', 'videos_scored', 'likes_to_followers', 'verdict', 'flags', 'rules'] as const;

describe('seed-quick', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  async function scoreInSql(snapshots: readonly CreatorSnapshot[]): Promise<Map<string, Record<string, unknown>>> {
    await warehouse.run('DELETE FROM creators; DELETE FROM videos; DELETE FROM creator_outcomes;');
    await landCreators(warehouse, snapshots.map((snapshot) => ({ snapshot })));
    await scoreWarehouse(warehouse, { ruleset: SEED_QUICK, scoredAt: new Date('2026-01-02T00:00:00Z') });
    const rows = await warehouse.rows(`SELECT * FROM creator_scores WHERE ruleset = 'seed-quick'`);
    return new Map(rows.map((r) => [String(r.username), Object.fromEntries(COLUMNS.map((k) => [k, r[k]]))]));
  }

  /** The reference as the row it must equal: no-verdict results have no figures, scored ones the outcome's status. */
  function expectedRow(snapshot: CreatorSnapshot): Record<string, unknown> {
    const score = scoreSeedQuick(snapshot);
    if (score.verdict === null) {
      return { status: score.status, status_detail: score.status_detail, videos_scored: null, likes_to_followers: null, verdict: null, flags: null, rules: null };
    }
    const { username, ...figures } = score;
    return { status: 'ok', status_detail: null, ...figures };
  }

  it("prints the seed's own line, ratio to the bit, wherever the seed's answer comes from the data", async () => {
    const scored = await scoreInSql(quickCases.map((c) => snapshotOf(c.input)));
    let compared = 0;
    for (const { input, expected } of quickCases) {
      const row = scored.get(input.username);
      const reference = scoreSeedQuick(snapshotOf(input));
      if ('error' in expected) {
        // The seed divides by zero; the JavaScript example divides by 1 instead. Neither is a verdict.
        expect(expected.error, input.username).toBe('ZeroDivisionError');
        expect(row, input.username).toMatchObject({ status: 'no_followers', verdict: null });
        expect(reference.verdict).toBeNull();
      } else if (input.followers === null) {
        // The seed prints a ratio over a follower count of 1 it made up; we say the count is unknown.
        expect(expected.line, input.username).toContain(' 1 followers');
        expect(row, input.username).toMatchObject({ status: 'followers_unknown', verdict: null });
      } else {
        const flags = row?.flags as string[];
        expect(seedQuickLine(input.username, row?.verdict as never, flags[0] as string), input.username).toBe(expected.line);
        expect(Object.is(row?.likes_to_followers, fromPythonHex(expected.ratio)), input.username).toBe(true);
        if (reference.verdict === null) throw new Error(`${input.username}: the reference gave no verdict`);
        expect(seedQuickLine(input.username, reference.verdict, reference.flags[0]), input.username).toBe(expected.line);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('takes the first 20 videos of the feed, in feed order, and names the band that decided', async () => {
    const feed = [...Array.from({ length: 20 }, () => 30), ...Array.from({ length: 10 }, () => 0)];
    const scored = await scoreInSql([
      { ...snapshotOf({ username: 'long_feed', followers: 1000, videos: feed.map((likes) => ({ likes })) }) },
      { ...snapshotOf({ username: 'nothing_posted', followers: 1000, videos: [] }) },
    ]);
    // 30 videos of 30 likes, then 10 of none: the first 20 average 30 = 3% (all 30 would give 2%).
    expect(scored.get('long_feed')).toMatchObject({ videos_scored: 20, likes_to_followers: 3, verdict: 'LOW RISK' });
    expect(scored.get('long_feed')?.rules).toEqual([{ component: 'engagement', rule: 'like_ratio_at_least_1_pct', points: null, flag: 'like ratio: 3.00%, 1,000 followers' }]);
    expect(scored.get('nothing_posted')).toMatchObject({ videos_scored: 0, verdict: 'HIGH RISK', flags: ['like ratio: 0.00%, 1,000 followers'] });
    const rules = scored.get('nothing_posted')?.rules as { rule: string }[];
    expect(rules[0]?.rule).toBe('no_videos');
  });

  it('gives no verdict on a count the vendor sent that we could not read, and says which', async () => {
    const base = snapshotOf({ username: 'x', followers: 1000, videos: [{ likes: 3 }, { likes: null }] });
    const scored = await scoreInSql([
      { ...base, username: 'bad_followers', followers: null, countProblems: ['followers: negative (-5)'] },
      { ...base, username: 'bad_likes', videos: [{ ...base.videos[0], likes: null, plays: 0, comments: 0, videoId: '7001', countProblems: ['likes: not a number'] }] },
      // A problem on a count seed-quick does not read (shares) leaves its verdict alone.
      { ...base, username: 'bad_shares', videos: [{ plays: 0, likes: 30, comments: 0, countProblems: ['shares: negative (-1)'] }] },
    ]);
    expect(scored.get('bad_followers')).toMatchObject({ status: 'unreadable_counts', status_detail: 'followers: negative (-5)', verdict: null, likes_to_followers: null });
    expect(scored.get('bad_likes')).toMatchObject({ status: 'unreadable_counts', status_detail: 'video 7001 likes: not a number', verdict: null });
    expect(scored.get('bad_shares')).toMatchObject({ status: 'ok', verdict: 'LOW RISK', likes_to_followers: 3 });
  });

  const MAX = Number.MAX_SAFE_INTEGER;
  const count = fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 0, max: 50_000 }) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: MAX - 2 ** 20, max: MAX }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 5, 10, 200, 1000, 1001, 2 ** 52, MAX) },
  );
  const problem = (field: string) => fc.constantFrom(`${field}: negative (-1)`, `${field}: not a number`, 'shares: negative (-2)', 'created_at: beyond any real time: 1e18');
  const video = fc.record({
    plays: fc.constant(0),
    likes: fc.option(count, { freq: 20, nil: null }),
    comments: fc.constant(0),
    countProblems: fc.option(fc.array(problem('likes'), { maxLength: 2 }), { freq: 15, nil: undefined }),
  });
  const creator = fc.record({
    followers: fc.option(count, { freq: 25, nil: null }),
    countProblems: fc.option(fc.array(problem('followers'), { maxLength: 2 }), { freq: 20, nil: undefined }),
    videos: fc.array(video, { maxLength: 34 }),
  });

  it('in SQL equals the TypeScript reference on thousands of random creators, bit for bit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(creator, { minLength: 1, maxLength: 300 }), async (creators) => {
        const snapshots = creators.map(
          (c, i): CreatorSnapshot => ({ ...c, username: `c${i}`, following: 0, likesReceived: 0, videoCount: 0, videos: c.videos.map((v, k) => ({ ...v, videoId: `c${i}-${k}` })) }),
        );
        const scored = await scoreInSql(snapshots);
        for (const s of snapshots) expect(scored.get(s.username), JSON.stringify(s)).toEqual(expectedRow(s));
      }),
      { numRuns: 12, seed: 20261201, endOnFailure: true },
    );
  }, 120_000);
});
