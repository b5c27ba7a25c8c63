import { Warehouse } from '@creator-audit/warehouse';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoreWarehouse } from '../src/score.ts';
import { type CreatorSnapshot, scoreSeedV1, type SeedV1Score, seedV1Unreadable } from '../src/seed-v1/reference.ts';
import { landCreators } from './land-snapshots.ts';
import { pythonFixtures } from './seed-v1-fixtures.ts';

const MAX = Number.MAX_SAFE_INTEGER;

/** Counts across every scale, biased to the thresholds and limits the rules and the arithmetic care about. */
const count = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5_000 }) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: MAX - 2 ** 20, max: MAX }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 999, 1000, 1001, 10_000, 10_001, 2 ** 52, MAX) },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { freq: 25, nil: null });

/** Videos whose likes hover around one value, so "suspiciously uniform" fires and CV lands near 0.1. */
const uniformVideos = fc
  .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 5, max: 31 }))
  .chain(([base, spreadPct, n]) =>
    fc.array(
      fc.record({
        plays: maybe(count),
        likes: fc.integer({ min: 0, max: Math.ceil((base * spreadPct) / 100) }).map((d) => base + d),
        comments: maybe(fc.integer({ min: 0, max: Math.ceil(base / 100) })),
      }),
      { minLength: n, maxLength: n },
    ),
  );

/** What ingest records when a count the vendor sent cannot be read, for the counts seed-v1 reads and one it does not. */
const problems = (fields: readonly string[]) =>
  fc.option(fc.array(fc.constantFrom(...fields.map((f) => `${f}: negative (-1)`), 'shares: not a number'), { maxLength: 2 }), { freq: 30, nil: undefined });

const anyVideos = fc.array(
  fc.record({ plays: maybe(count), likes: maybe(count), comments: maybe(count), countProblems: problems(['plays', 'likes', 'comments']) }),
  { maxLength: 34 },
);

const creator: fc.Arbitrary<Omit<CreatorSnapshot, 'username'>> = fc.record({
  followers: maybe(count),
  following: maybe(count),
  likesReceived: maybe(count),
  videoCount: maybe(count),
  countProblems: problems(['followers', 'following', 'likes_received', 'video_count']),
  videos: fc.oneof(anyVideos, uniformVideos),
});

function sqlScore(row: Record<string, unknown>): SeedV1Score {
  const pick = Object.fromEntries(Object.keys(scoreSeedV1({ username: '', followers: 0, following: 0, likesReceived: 0, videoCount: 0, videos: [] })).map((k) => [k, row[k]]));
  return pick as unknown as SeedV1Score;
}

describe('seed-v1 in SQL equals the TypeScript reference, and gives no verdict on a count we could not read', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  async function scoreInSql(snapshots: readonly CreatorSnapshot[]): Promise<Map<string, SeedV1Score | Record<string, unknown>>> {
    await warehouse.run('DELETE FROM creators; DELETE FROM videos; DELETE FROM creator_outcomes;');
    await landCreators(warehouse, snapshots.map((snapshot) => ({ snapshot })));
    await scoreWarehouse(warehouse, { scoredAt: new Date('2026-01-02T00:00:00Z') });
    const rows = await warehouse.rows(`SELECT * FROM creator_scores`);
    return new Map(rows.map((r) => [String(r.username), r.verdict === null ? { status: r.status, status_detail: r.status_detail } : sqlScore(r)]));
  }

  /** The reference's score, or no verdict when a count it reads was unreadable (named in feed order). */
  function expected(s: CreatorSnapshot): SeedV1Score | { status: string; status_detail: string } {
    const unreadable = seedV1Unreadable(s);
    return unreadable.length > 0 ? { status: 'unreadable_counts', status_detail: unreadable.join('; ') } : scoreSeedV1(s);
  }

  it('on the seed\'s own Python cases', async () => {
    const scored = await scoreInSql(pythonFixtures.cases.map((c) => c.input));
    for (const { input } of pythonFixtures.cases) expect(scored.get(input.username), input.username).toEqual(scoreSeedV1(input));
  });

  it('on thousands of random creators, bit for bit and byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(creator, { minLength: 1, maxLength: 400 }), async (creators) => {
        const snapshots = creators.map((c, i) => ({ ...c, username: `c${i}`, videos: c.videos.map((v, k) => ({ ...v, videoId: `c${i}-${k}` })) }));
        const scored = await scoreInSql(snapshots);
        for (const s of snapshots) expect(scored.get(s.username), JSON.stringify(s)).toEqual(expected(s));
      }),
      { numRuns: 12, seed: 20261123, endOnFailure: true },
    );
  }, 120_000);
});
