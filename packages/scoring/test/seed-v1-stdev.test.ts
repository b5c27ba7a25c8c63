import { Warehouse } from '@creator-audit/warehouse';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreWarehouse } from '../src/score.ts';
import { sqrtOfFraction } from '../src/python/numbers.ts';
import { type CreatorSnapshot, scoreSeedV1 } from '../src/seed-v1/reference.ts';
import { landCreators } from './land-snapshots.ts';

/**
 * int_seed_v1_checks takes a fast path for the likes' standard deviation: sqrt of the double quotient, then an
 * exact HUGEINT test that moves it to the correctly rounded value. About one guess in eight is one ulp off, so
 * these feeds (likes of every size, 5 to 34 videos, numerators below and above 2^62) exercise both the correction
 * and the exact slow path; every likes_cv must still be the reference's, bit for bit.
 */
const feed = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 5, max: 34 }), fc.integer({ min: 0, max: 2 ** 31 }))
  .chain(([digits, n, seed]) =>
    fc.array(fc.integer({ min: 0, max: 10 ** digits }), { minLength: n, maxLength: n }).map((jitter) =>
      jitter.map((j) => ({ plays: 1000, likes: (seed % 10 ** digits) + j, comments: 10 })),
    ),
  );

describe('the fast path of the likes standard deviation', () => {
  let warehouse: Warehouse;
  beforeAll(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterAll(() => warehouse.close());

  it('gives the correctly rounded stdev (likes_cv) for every feed, including guesses one ulp off', async () => {
    const feeds = fc.sample(feed, { numRuns: 3000, seed: 20261123 });
    // Giant likes: sums past 2^53 and numerators past 2^62 take the exact path.
    feeds.push(Array.from({ length: 30 }, (_, i) => ({ plays: 1, likes: Number.MAX_SAFE_INTEGER - i * 7919, comments: 0 })));
    feeds.push(Array.from({ length: 6 }, (_, i) => ({ plays: 1, likes: 2 ** 40 + i * 2 ** 30, comments: 0 })));
    const snapshots: CreatorSnapshot[] = feeds.map((videos, i) => ({ username: `s${i}`, followers: 5000, following: 1, likesReceived: 1, videoCount: 1, videos }));

    let guessesOff = 0;
    for (const s of snapshots) {
      const likes = s.videos.slice(0, 30).map((v) => BigInt(v.likes ?? 0));
      const n = BigInt(likes.length);
      const num = n * likes.reduce((a, b) => a + b * b, 0n) - likes.reduce((a, b) => a + b, 0n) ** 2n;
      const den = n * (n - 1n);
      if (num > 0n && Math.sqrt(Number(num) / Number(den)) !== sqrtOfFraction(num, den)) guessesOff++;
    }
    expect(guessesOff / snapshots.length).toBeGreaterThan(0.05);

    await landCreators(warehouse, snapshots.map((snapshot) => ({ snapshot })));
    await scoreWarehouse(warehouse);
    const rows = await warehouse.rows(`SELECT username, likes_cv, flags FROM creator_scores`);
    expect(rows).toHaveLength(snapshots.length);
    const byName = new Map(rows.map((r) => [String(r.username), r]));
    for (const s of snapshots) {
      const expected = scoreSeedV1(s);
      expect(byName.get(s.username)?.likes_cv, s.username).toBe(expected.likes_cv);
      expect(byName.get(s.username)?.flags, s.username).toEqual(expected.flags);
    }
  }, 60_000);
});
