import { Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoreWarehouse } from '../src/score.ts';
import { checkCreator } from '../src/check/check-creator.ts';
import type { CreatorSnapshot } from '../src/seed-v1/reference.ts';
import { seedReportText } from '../src/seed-v1/report-text.ts';
import { landCreators } from './land-snapshots.ts';

const DAY1 = new Date('2026-01-01T00:00:00Z');
const DAY2 = new Date('2026-01-02T00:00:00.123456Z');

const creator = (username: string, followers: number, likes: number): CreatorSnapshot => ({
  username,
  followers,
  following: 600_000,
  likesReceived: 10_000,
  videoCount: 40,
  // 34 videos: the 31st onwards must be ignored, as the seed only reads one page of 30.
  videos: Array.from({ length: 34 }, (_, i) => ({ plays: i < 30 ? 20_000 + i : 10 ** 9, likes: likes + (i % 3), comments: i === 4 ? 0 : 300 })),
});

describe('checkCreator (the TypeScript reference on the snapshot seed-v1 judges)', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  it('scores the same snapshot, with the same figures, flags and rules as creator_scores', async () => {
    await landCreators(warehouse, [
      { snapshot: creator('kept', 500_000, 1500), snapshotAt: DAY1, decidedAt: DAY1, runId: 'r1' },
      // A later timeout keeps the earlier snapshot; a later `ok` replaces it.
      { snapshot: creator('kept', 1, 1), outcome: 'timeout', snapshotAt: DAY2, decidedAt: DAY2, runId: 'r2' },
      { snapshot: creator('newer', 900, 50), snapshotAt: DAY1, decidedAt: DAY1, runId: 'r1' },
      { snapshot: creator('newer', 500_000, 1500), snapshotAt: DAY2, decidedAt: DAY2, runId: 'r2' },
    ]);
    await scoreWarehouse(warehouse);
    for (const username of ['kept', 'newer']) {
      const check = await checkCreator(warehouse, username);
      if (check.kind !== 'scored') throw new Error(`${username} not scored`);
      const [row] = await warehouse.rows(`SELECT * FROM creator_scores WHERE username = $username`, { username });
      const fromSql = Object.fromEntries(Object.keys(check.score).map((k) => [k, row?.[k]]));
      expect(check.score, username).toEqual(fromSql);
      expect(check.snapshotAt.getTime(), username).toBe((row as { snapshot_at: Date }).snapshot_at.getTime());
    }
    const newer = await checkCreator(warehouse, 'newer');
    if (newer.kind !== 'scored' || newer.ruleset !== 'seed-v1') throw new Error('newer not scored by seed-v1');
    expect(seedReportText(newer.score, newer.followers)).toBe(
      // The header shows the uncapped total, as the seed prints it; total_risk_score is capped at 100.
      ['@newer: HIGH RISK (115/100)', ' Followers: 500,000', ' - Very low like ratio: 0.30%', ' - Very low play ratio: 4.00%',
       ' - Suspiciously uniform likes (CV=0.001)', ' - Very low comment ratio on video with 1501 likes', ' - Following > followers (600,000 / 500,000)', ''].join('\n'),
    );
    expect(newer.score.total_risk_score).toBe(100);
    expect(newer.score.rules.map((r) => [r.rule, r.points])).toEqual([
      ['very_low_like_ratio', 30],
      ['very_low_play_ratio', 25],
      ['uniform_likes', 25],
      ['low_comment_ratio', 5],
      ['following_exceeds_followers', 30],
    ]);
  });

  it('gives an account without a verdict its status, a failed fetch its reason, and an unknown name nothing', async () => {
    await landCreators(warehouse, [
      { snapshot: creator('hidden', 100, 1), outcome: 'private' },
      { snapshot: creator('gone', 100, 1), outcome: 'not_found' },
      { snapshot: creator('flaky', 100, 1), outcome: 'rate_limited', detail: 'HTTP 429' },
    ]);
    expect(await checkCreator(warehouse, 'hidden')).toEqual({ kind: 'unscored', username: 'hidden', status: 'private', detail: null, provider: 'synthetic' });
    expect(await checkCreator(warehouse, 'gone')).toMatchObject({ kind: 'unscored', status: 'not_found' });
    expect(await checkCreator(warehouse, 'flaky')).toMatchObject({ kind: 'unscored', status: 'fetch_failed', detail: 'rate_limited: HTTP 429' });
    expect(await checkCreator(warehouse, 'nobody')).toEqual({ kind: 'unknown', username: 'nobody' });
    await scoreWarehouse(warehouse);
    const statuses = await warehouse.rows(`SELECT username, status, status_detail FROM creator_scores ORDER BY username`);
    expect(statuses).toEqual([
      { username: 'flaky', status: 'fetch_failed', status_detail: 'rate_limited: HTTP 429' },
      { username: 'gone', status: 'not_found', status_detail: null },
      { username: 'hidden', status: 'private', status_detail: null },
    ]);
  });
});
