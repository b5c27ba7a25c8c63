import type { Warehouse } from '@creator-audit/warehouse';
import { scoreFakeViews } from '@creator-audit/scoring';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { creatorReport } from '../src/reports/creator-report.ts';
import { ReportInputError } from '../src/report-input-error.ts';
import { generatedWarehouse, SNAPSHOT_AT } from './cohort-warehouse.ts';

describe('creator report', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await generatedWarehouse(400, 5);
  });
  afterEach(() => warehouse.close());

  it('places the creator in its tier on every metric, and names a bought-likes creator an outlier', async () => {
    // gen_0000007 is one of the generated creators with bought likes (one in 40).
    const report = await creatorReport(warehouse, 'gen_0000007');
    expect(report.slug).toBe('creator-gen_0000007');
    expect(report.charts.map((c) => c.id)).toEqual(['creator-position']);
    // The generated warehouse was never scored: the report scores it with both rulesets first and says so.
    expect(report.notes).toEqual([
      'creator_scores had no seed-v1 rows: scored 400 creator(s) with seed-v1 first.',
      'creator_scores had no cohort-v1 rows: scored 400 creator(s) with cohort-v1 first.',
      "No fake-view scores in this warehouse: score the warehouse's videos for fake views to add the component breakdown.",
    ]);
    // It leads with cohort-v1's verdict, probability and reasons, as creator_scores holds them; seed-v1's beside.
    const [cv1] = await warehouse.rows(
      `select verdict, fraud_probability, total_risk_score, cohort, [r.text for r in reasons] as reasons, [r.robust_z for r in reasons] as z
       from creator_scores where ruleset = 'cohort-v1' and username = 'gen_0000007'`,
    );
    const [seed] = await warehouse.rows(`select verdict, total_risk_score from creator_scores where ruleset = 'seed-v1' and username = 'gen_0000007'`);
    const p = Number(cv1?.fraud_probability);
    const lead = `${cv1?.verdict}: fraud probability ${p >= 0.999 ? '> 99.9%' : `${(100 * p).toFixed(1)}%`} (${cv1?.total_risk_score}/100)`;
    expect(report.subtitle).toBe(`cohort-v1: ${lead}; seed-v1 beside it: ${seed?.verdict} (${seed?.total_risk_score}/100); ${cv1?.cohort} tier`);
    expect(report.facts[0]).toEqual(['verdict (cohort-v1)', lead]);
    expect(report.facts.map(([label]) => label).indexOf('verdict (seed-v1, beside)')).toBeGreaterThan(0);
    expect(report.tables.map((t) => t.id).slice(0, 3)).toEqual(['reasons', 'flags', 'positions']);
    const reasons = report.tables.find((t) => t.id === 'reasons')?.rows ?? [];
    expect(reasons.map((r) => r.text)).toEqual(cv1?.reasons);
    expect(reasons.map((r) => r.robust_z)).toEqual(cv1?.z);
    expect(reasons.length).toBeGreaterThan(0);
    const positions = report.tables.find((t) => t.id === 'positions')?.rows ?? [];
    expect(positions.map((p) => p.metric)).toHaveLength(6);
    const likes = positions.find((p) => p.metric === 'likes per follower');
    expect(likes?.cohort_kind).toBe('follower_tier');
    expect(likes?.percentile).toBeGreaterThan(90);
    expect(likes?.note).toBe('outlier (|robust z| > 3.5)');
  });

  it('adds the fake-view components once detect-fake-views has scored the videos, a missing one with its reason', async () => {
    await scoreFakeViews(warehouse, 'default');
    const report = await creatorReport(warehouse, 'gen_0000007');
    expect(report.charts.map((c) => c.id)).toEqual(['creator-position', 'fake-view-components']);
    const rows = report.tables.find((t) => t.id === 'fake-view-components')?.rows ?? [];
    expect(rows.map((r) => r.component)).toEqual([
      'engagement_score',
      'distribution_score',
      'consistency_score',
      'creator_credibility_score',
      'content_authenticity_score',
      'follower_correlation_score',
      'racing_mechanism_score',
      'fan_growth_score',
    ]);
    // One snapshot per video: counts over time cannot be compared, and the chart says so instead of drawing 0.
    const consistency = rows.find((r) => r.component === 'consistency_score');
    expect(consistency).toMatchObject({ score: null, videos_scored: 0, videos: 5, reason: 'only one snapshot of this video: counts over time need two' });
    expect(rows.find((r) => r.component === 'engagement_score')?.videos_scored).toBe(5);
  });

  it('a creator the warehouse does not hold is a ReportInputError naming it', async () => {
    const refused = await creatorReport(warehouse, 'nobody_here').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReportInputError);
    expect((refused as ReportInputError).problem).toEqual({ kind: 'no_creator', username: 'nobody_here' });
    expect((refused as Error).message).toBe('no creator "nobody_here" in creator_scores: ingest and score it first');
  });

  it('a creator neither ruleset could score gets a report saying why, with no positions', async () => {
    await warehouse.run(
      `insert into creator_outcomes values ('run-2', 'hidden_one', 'synthetic', 'private', 'private account', $at::TIMESTAMP, 0, null, 1, $at::TIMESTAMP)`,
      { at: SNAPSHOT_AT },
    );
    const report = await creatorReport(warehouse, 'hidden_one');
    expect(report.subtitle).toBe(
      'cohort-v1: no verdict (private: private account); seed-v1 beside it: no verdict (private); ' +
        'not benchmarked: seed-v1 status is private (only ok and partial creators have cohort positions)',
    );
    expect(report.tables.find((t) => t.id === 'reasons')?.rows).toEqual([]);
    expect(report.charts).toEqual([]);
    expect(report.tables.find((t) => t.id === 'positions')?.rows).toEqual([]);
  });

  it('says plainly when cohort-v1 had few peers to compare the creator with', async () => {
    const small = await generatedWarehouse(12, 5);
    try {
      const report = await creatorReport(small, 'gen_0000007');
      const [row] = await small.rows(`select cohort_note from creator_scores where ruleset = 'cohort-v1' and username = 'gen_0000007'`);
      expect(row?.cohort_note).toMatch(/^few peers: \d+ creator\(s\) in cohort \S+; each norm is \d+% published benchmark, \d+% peers$/);
      expect(report.notes[0]).toBe(
        `cohort-v1 had ${row?.cohort_note}: with so few peers its verdict leans on published benchmarks. Score more creators of this tier in the same warehouse to compare it with peers.`,
      );
    } finally {
      small.close();
    }
  });

  it('refuses a name that is not a handle, and one the warehouse does not hold', async () => {
    await expect(creatorReport(warehouse, 'nobody_here')).rejects.toThrow(/no creator "nobody_here" in creator_scores/);
  });
});
