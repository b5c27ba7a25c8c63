import { Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COHORT_V1 } from '../src/cohort-v1/rules.ts';
import { scoreWarehouse } from '../src/score.ts';
import { bot, follower, landSamples, silent } from './audience-fixtures.ts';
import { AT, type FixtureCreator, landFixture, ordinaryCreator, type PeerShape, peers } from './cohort-v1-fixtures.ts';

const NANO: PeerShape = { followers: 5_000, reach: 0.8, likeRate: 0.08 };

let warehouse: Warehouse;
beforeEach(async () => {
  warehouse = await Warehouse.open(':memory:');
});
afterEach(() => warehouse.close());

const score = () => scoreWarehouse(warehouse, { ruleset: COHORT_V1 });
const row = async (username: string) =>
  (await warehouse.rows(`select fraud_probability, verdict, fraud_pattern, reasons, flags from creator_scores where ruleset = 'cohort-v1' and username = $username`, { username }))[0] as {
    fraud_probability: number;
    verdict: string;
    fraud_pattern: string | null;
    reasons: Array<{ signal: string; text: string; weight: number }>;
    flags: string[];
  };

/** 200 sampled followers: `bots` bots, `quiet` real silent ones, the rest posting. */
const sample = (bots: number, quiet: number) => [
  ...Array.from({ length: bots }, (_, i) => bot(i)),
  ...Array.from({ length: quiet }, (_, i) => silent(1_000 + i)),
  ...Array.from({ length: 200 - bots - quiet }, (_, i) => follower(2_000 + i)),
];

describe('cohort-v1 weighs audience samples when there are some', () => {
  const cohort = (): FixtureCreator[] => {
    // A creator whose reach and lifetime likes per follower sit far below its peers': what bought followers look
    // like from counts alone, and what a once-popular account whose fans went quiet looks like too.
    const quietStar = { ...ordinaryCreator('quiet_star', { ...NANO, followers: 900 }, 12), followers: 9_900 };
    // Creators whose counts say they bought followers, 30 in the batch (a campaign's applicants, say): the batch's
    // base rate is high enough for counts alone to rate such a creator MEDIUM RISK.
    const bought = Array.from({ length: 30 }, (_, i) => ({ ...ordinaryCreator(`bought${i}`, { ...NANO, followers: 1_000 }, 20 + i), followers: 9_000 }));
    return [...peers('p', 80, NANO), ...bought, quietStar, ordinaryCreator('buyer', NANO, 13)];
  };

  it('a creator with 40% suspicious followers says so in its reasons, and its probability rises', async () => {
    await landFixture(warehouse, cohort());
    await score();
    const before = await row('buyer');
    expect(before.reasons.map((r) => r.signal)).not.toContain('suspicious_followers');
    await landSamples(warehouse, [{ username: 'buyer', followers: sample(80, 40), sampledAt: AT }]);
    await score();
    const after = await row('buyer');
    const reason = after.reasons.find((r) => r.signal === 'suspicious_followers');
    expect(reason?.text).toMatch(/^suspicious followers: 40% of the 200 newest \(95% interval 33-47%\)/);
    expect(reason?.weight).toBeCloseTo(Math.log(0.5 * 20 + 0.5), 6);
    expect(after.flags).toContain(reason?.text);
    expect(after.fraud_probability).toBeGreaterThan(before.fraud_probability);
    expect(after.fraud_pattern).toBe('fake_followers');
  });

  it('a once-popular account whose newest followers are real and quiet is cleared by them: MEDIUM on counts alone, LOW with the sample', async () => {
    await landFixture(warehouse, cohort());
    await score();
    const before = await row('quiet_star');
    expect(before).toMatchObject({ verdict: 'MEDIUM RISK', fraud_pattern: 'fake_followers' });
    // 3% suspicious, 75% real and silent: the sample's ratio is 1/20, 0.5 x 1/20 + 0.5 for a purchase at any time.
    await landSamples(warehouse, [{ username: 'quiet_star', followers: sample(6, 150), sampledAt: AT }]);
    await score();
    const [audience] = await warehouse.rows(`select likelihood_ratio from int_cv1_audience`);
    expect(audience?.likelihood_ratio).toBeCloseTo(0.5 / 20 + 0.5, 6);
    const after = await row('quiet_star');
    expect(after.verdict).toBe('LOW RISK');
    expect(after.fraud_probability).toBeLessThan(before.fraud_probability);
    expect(after.reasons.map((r) => r.signal)).not.toContain('suspicious_followers');
  });

  it('without audience samples there is no audience evidence: cohort-v1 weighs what it weighed before', async () => {
    await landFixture(warehouse, cohort());
    await score();
    expect(await warehouse.rows(`select count(*)::INTEGER as n from int_cv1_audience`)).toEqual([{ n: 0 }]);
  });
});
