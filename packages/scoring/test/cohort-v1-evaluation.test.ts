import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CohortV1Evaluation, evaluateCohortV1 } from '../src/cohort-v1/evaluate.ts';
import { formatVariants } from '../src/cohort-v1/evaluate-variants.ts';
import { calibrationError, formatCohortV1Evaluation } from '../src/cohort-v1/evaluation-text.ts';

const AT = '2026-06-01 00:00:00';

// username, archetype, tier, is_fraud, cohort-v1 probability and verdict, seed-v1 risk and verdict.
const CREATORS = [
  ['a', 'bought_likes', 'nano', true, 0.9, 'HIGH RISK', 60, 'HIGH RISK'],
  ['b', 'viral_hits', 'nano', false, 0.8, 'HIGH RISK', 40, 'MEDIUM RISK'],
  ['c', 'view_botting', 'micro', true, 0.8, 'HIGH RISK', 0, 'LOW RISK'],
  ['d', 'bought_followers', 'micro', true, 0.3, 'LOW RISK', 10, 'LOW RISK'],
  ['e', 'organic', 'micro', false, 0.1, 'LOW RISK', 30, 'MEDIUM RISK'],
  ['f', 'new_account', 'nano', false, null, null, 10, 'LOW RISK'],
] as const;

describe('cohort-v1 evaluation on a hand-labelled warehouse', () => {
  let w: Warehouse;
  let e: CohortV1Evaluation;
  beforeAll(async () => {
    w = await Warehouse.open(':memory:');
    const rows = CREATORS.flatMap(([u, , , , p, v, risk, seedVerdict]) => [
      `('${u}', 'cohort-v1', '${AT}'::TIMESTAMP, '${v ? 'ok' : 'insufficient_data'}', ${v ? `'${v}'` : 'null'}, ${p ?? 'null'}, null, null)`,
      `('${u}', 'seed-v1', '${AT}'::TIMESTAMP, 'ok', '${seedVerdict}', null, ${risk}, null)`,
    ]);
    await w.run(`create table creator_scores as select * from (values ${rows.join(',\n')})
      as t (username, ruleset, snapshot_at, status, verdict, fraud_probability, total_risk_uncapped, fraud_pattern)`);
    const labels = CREATORS.map(([u, archetype, tier, fraud]) => `(42, '${u}', '${AT}'::TIMESTAMP, 'ok', '${archetype}', ${fraud}, '${tier}', 1000, 0)`);
    await w.run(`insert into sim_creator_labels by name select * from (values ${labels.join(',\n')})
                 as t (seed, username, labelled_at, status, archetype, is_fraud, tier, followers, fake_followers)`);
    e = await evaluateCohortV1(w, { seed: 42 });
  });
  afterAll(() => w.close());

  const metric = (ruleset: string, kind: string, value: string, positive = 'MEDIUM_OR_HIGH') => {
    const found = e.metrics.find((m) => m.ruleset === ruleset && m.group_kind === kind && m.group_value === value && m.positive === positive);
    if (!found) throw new Error(`no row ${ruleset} ${kind} ${value} ${positive}`);
    return found;
  };

  it('ranks with ties counted half (ROC AUC) and averages precision over distinct scores (PR AUC), over judged creators only', () => {
    const all = metric('cohort-v1', 'all', 'all');
    // Fraud a .9, c .8, d .3 against honest b .8, e .1: pairs won 1, 1, 0.5 (c-b tie), 1, 0, 1 of 6.
    expect(all.roc_auc).toBeCloseTo(4.5 / 6, 12);
    // From the top: .9 (1 of 1 fraud), .8 (2 of 3), .3 (3 of 4), each adding a third of recall.
    expect(all.pr_auc).toBeCloseTo(1 / 3 + (1 / 3) * (2 / 3) + (1 / 3) * (3 / 4), 12);
    expect(all).toMatchObject({ creators: 5, no_verdict: 1, fraud: 3, flagged: 3, true_positives: 2, false_positives: 1, false_negatives: 1, true_negatives: 1 });
    expect(all.false_positive_rate).toBeCloseTo(1 / 2, 12);
    expect(metric('seed-v1', 'all', 'all')).toMatchObject({ creators: 6, no_verdict: 0, flagged: 3, false_positives: 2 });
    // seed-v1 ranks by its uncapped points: fraud 60, 0, 10 against honest 40, 30, 10 -> 1 + 1 + 0 + 0 + 0.5 + 0 + ... of 9.
    expect(metric('seed-v1', 'all', 'all').roc_auc).toBeCloseTo((1 + 1 + 1 + 0 + 0 + 0 + 0 + 0 + 0.5) / 9, 12);
  });

  it('per tier and archetype: an honest-only group has no recall and no AUC, and its flagged share is its false-positive rate', () => {
    expect(metric('cohort-v1', 'tier', 'micro').roc_auc).toBeCloseTo(1, 12);
    expect(metric('cohort-v1', 'tier', 'nano')).toMatchObject({ creators: 2, no_verdict: 1, fraud: 1, flagged: 2 });
    const viral = metric('cohort-v1', 'archetype', 'viral_hits');
    expect(viral).toMatchObject({ creators: 1, fraud: 0, flagged: 1, recall: null, roc_auc: null, pr_auc: null });
    expect(viral.false_positive_rate).toBe(1);
    expect(metric('cohort-v1', 'archetype', 'new_account')).toMatchObject({ creators: 0, no_verdict: 1 });
  });

  it('bins the probabilities for the reliability table and measures how far they are from the fraud observed', () => {
    expect(e.calibration.map((b) => [b.bin, b.creators, b.fraud])).toEqual([
      [1, 1, 0],
      [3, 1, 1],
      [8, 2, 1],
      [9, 1, 1],
    ]);
    expect(e.calibration.find((b) => b.bin === 8)?.mean_probability).toBeCloseTo(0.8, 12);
    // |0.1 - 0| + |0.3 - 1| + 2 |0.8 - 0.5| + |0.9 - 1|, over 5 creators.
    expect(calibrationError(e.calibration)).toBeCloseTo((0.1 + 0.7 + 0.6 + 0.1) / 5, 12);
  });

  it('prints both rulesets, the tiers, the archetypes, the reliability table and how far the targets are', () => {
    const text = formatCohortV1Evaluation(e);
    expect(text).toMatch(/\nTables: cv1_evaluation, cv1_calibration, cv1_evaluation_patterns \(read them with SQL\)\.$/);
    expect(formatCohortV1Evaluation(e, 'duckdb -c')).toMatch(/cv1_evaluation_patterns \(duckdb -c\)\.$/);
    expect(formatVariants([], { creators: 10, seed: 1 })).toMatch(/^cohort-v1 on perturbed simulator worlds \(synthesized variants; 10 creators each, seed 1\):/);
    expect(formatVariants([], { creators: 10, seed: 1 }, 'synthesize --variant')).toMatch(/\(synthesize --variant; 10 creators each, seed 1\)/);
    expect(text).toContain('cohort-v1 judged 5, seed-v1 6');
    expect(text).toMatch(/cohort-v1\s+0\.750\s+0\.806/);
    expect(text).toMatch(/0\.8-0\.9\s+2\s+80\.0%\s+50\.0%/);
    expect(text).toContain('honest flagged at MEDIUM+ <= 5.0% in every tier: worst nano 100.0% (NOT met)');
  });
});
