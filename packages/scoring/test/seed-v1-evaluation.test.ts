import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateVerdicts } from '../src/evaluation/evaluate-verdicts.ts';
import { LabelsError } from '../src/evaluation/labels-error.ts';
import { formatVerdictEvaluation } from '../src/evaluation/verdict-evaluation-text.ts';
import { MissingInputError } from '../src/models/analyses.ts';

const AT = '2026-03-01 00:00:00';

/**
 * Ten labelled creators with verdicts set by hand (the evaluation reads only the finished creator_scores).
 * Fraud: f1..f5; organic: o1..o4 and p (private, no verdict). At HIGH: TP f1, f2; FP o1; FN f3, f4, f5; TN o2, o3, o4.
 * At MEDIUM or HIGH: TP f1..f4; FP o1, o2; FN f5; TN o3, o4.
 */
const CREATORS = [
  // username, archetype, tier, verdict, rules
  ['f1', 'bot_likes', 'nano', 'HIGH RISK', ['uniform_likes', 'very_low_play_ratio']],
  ['f2', 'bought_followers', 'mega', 'HIGH RISK', ['very_low_like_ratio', 'very_low_play_ratio']],
  ['f3', 'bot_likes', 'nano', 'MEDIUM RISK', ['uniform_likes']],
  ['f4', 'view_botting', 'mega', 'MEDIUM RISK', ['play_spikes']],
  ['f5', 'view_botting', 'nano', 'LOW RISK', []],
  ['o1', 'organic', 'mega', 'HIGH RISK', ['very_low_like_ratio', 'very_low_play_ratio']],
  ['o2', 'organic', 'mega', 'MEDIUM RISK', ['very_low_play_ratio']],
  ['o3', 'organic', 'nano', 'LOW RISK', ['low_comment_ratio']],
  ['o4', 'organic', 'nano', 'LOW RISK', []],
  ['p', 'organic', 'nano', null, []],
] as const;

const list = (rules: readonly string[]) => `[${rules.map((r) => `{'rule': '${r}', 'points': 10}`).join(', ')}]`;

describe('seed-v1 evaluation on a hand-labelled warehouse', () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await Warehouse.open(':memory:');
    await w.run(`create table creator_scores as select * from (values ${CREATORS.map(
      ([u, , , verdict, rules]) =>
        `('${u}', 'seed-v1', '${AT}'::TIMESTAMP, '${verdict ? 'ok' : 'private'}', ${verdict ? `'${verdict}'` : 'null'}, ${verdict ? list(rules) : 'null'})`,
    ).join(',\n')}, ('f1', 'other-ruleset', '${AT}'::TIMESTAMP, 'ok', 'LOW RISK', [])) as t (username, ruleset, snapshot_at, status, verdict, rules)`);
    const labels = CREATORS.map(([u, archetype, tier]) => `(42, '${u}', '${AT}'::TIMESTAMP, 'ok', '${archetype}', ${archetype !== 'organic'}, '${tier}', 1000, 0)`);
    // A label of another seed and one at another instant (no snapshot there) must not count.
    labels.push(`(7, 'o4', '${AT}'::TIMESTAMP, 'ok', 'bot_likes', true, 'nano', 1000, 0)`);
    labels.push(`(42, 'o4', '2026-01-01'::TIMESTAMP, 'ok', 'organic', false, 'nano', 1000, 0)`);
    await w.run(`insert into sim_creator_labels by name select * from (values ${labels.join(',\n')})
                 as t (seed, username, labelled_at, status, archetype, is_fraud, tier, followers, fake_followers)`);
  });
  afterAll(() => w.close());

  const row = async (kind: string, value: string, positive: string) => {
    const e = await evaluateVerdicts(w, { seed: 42 });
    const found = e.metrics.find((m) => m.group_kind === kind && m.group_value === value && m.positive === positive);
    if (!found) throw new Error(`no row ${kind} ${value} ${positive}`);
    return found;
  };

  it('counts the confusion matrix and its ratios at HIGH', async () => {
    const all = await row('all', 'all', 'HIGH');
    expect(all).toMatchObject({ creators: 9, fraud: 5, flagged: 3, true_positives: 2, false_positives: 1, false_negatives: 3, true_negatives: 3 });
    expect(all.precision).toBeCloseTo(2 / 3, 15);
    expect(all.recall).toBeCloseTo(2 / 5, 15);
    expect(all.false_positive_rate).toBeCloseTo(1 / 4, 15);
    expect(all.f1).toBeCloseTo((2 * 2) / (2 * 2 + 1 + 3), 15);
  });

  it('counts the confusion matrix and its ratios at MEDIUM or HIGH', async () => {
    const all = await row('all', 'all', 'MEDIUM_OR_HIGH');
    expect(all).toMatchObject({ flagged: 6, true_positives: 4, false_positives: 2, false_negatives: 1, true_negatives: 2 });
    expect(all.precision).toBeCloseTo(4 / 6, 15);
    expect(all.recall).toBeCloseTo(4 / 5, 15);
    expect(all.false_positive_rate).toBeCloseTo(2 / 4, 15);
  });

  it('breaks down by archetype and tier, with NULL where a ratio has no denominator', async () => {
    const botLikes = await row('archetype', 'bot_likes', 'HIGH');
    expect(botLikes).toMatchObject({ creators: 2, true_positives: 1, false_negatives: 1, false_positive_rate: null, precision: 1 });
    expect(botLikes.recall).toBeCloseTo(0.5, 15);
    const organic = await row('archetype', 'organic', 'MEDIUM_OR_HIGH');
    expect(organic).toMatchObject({ creators: 4, fraud: 0, recall: null, precision: 0, false_positives: 2, true_negatives: 2 });
    const viewBotting = await row('archetype', 'view_botting', 'HIGH');
    expect(viewBotting).toMatchObject({ flagged: 0, precision: null, recall: 0 });
    const mega = await row('tier', 'mega', 'MEDIUM_OR_HIGH');
    expect(mega).toMatchObject({ creators: 4, fraud: 2, true_positives: 2, false_positives: 2, true_negatives: 0 });
    expect(mega.false_positive_rate).toBe(1);
    const nano = await row('tier', 'nano', 'HIGH');
    expect(nano).toMatchObject({ creators: 5, true_positives: 1, false_positives: 0, false_negatives: 2, true_negatives: 2 });
  });

  it('keeps creators without a verdict out of the metrics, in the verdict matrix with their status', async () => {
    const e = await evaluateVerdicts(w, { seed: 42 });
    expect({ labelled: e.labelled, scored: e.scored }).toEqual({ labelled: 10, scored: 9 });
    const unscored = e.verdicts.filter((v) => v.group_kind === 'archetype' && v.verdict === null);
    expect(unscored).toEqual([{ group_kind: 'archetype', group_value: 'organic', verdict: null, unscored_status: 'private', creators: 1 }]);
  });

  it('names the rules behind false positives per tier', async () => {
    const e = await evaluateVerdicts(w, { seed: 42 });
    const megaPlay = e.rules.find((r) => r.group_value === 'mega' && r.rule === 'very_low_play_ratio');
    expect(megaPlay).toMatchObject({ organic_creators: 2, organic_with_rule: 2, false_positives_medium_or_high: 2, false_positives_high: 1, fraud_with_rule: 1 });
    const text = formatVerdictEvaluation(e);
    expect(text).toContain('mega   100.0% of 2 organic flagged; rules on them: very_low_play_ratio 2, very_low_like_ratio 1');
    expect(text).toMatch(/view_botting\s+1 of\s+2 missed \(recall 50\.0%\)/);
    // How to read the tables is the caller's to say; a library user reads plain words.
    expect(text).toMatch(/\nTables: verdict_evaluation, verdict_evaluation_verdicts, verdict_evaluation_rules \(read them with SQL\)\.$/);
    expect(formatVerdictEvaluation(e, 'duckdb -c')).toMatch(/verdict_evaluation_rules \(duckdb -c\)\.$/);
  });

  it('asks for a seed when labels of several seeds are present (a LabelsError with the seeds), and refuses an unknown one', async () => {
    const several = await evaluateVerdicts(w).catch((error: unknown) => error);
    expect(several).toBeInstanceOf(LabelsError);
    expect((several as LabelsError).problem).toEqual({ kind: 'several_seeds', table: 'sim_creator_labels', seeds: [7, 42] });
    expect((several as Error).message).toMatch(/several seeds \(7, 42\): choose one with the seed option$/);
    await expect(evaluateVerdicts(w, { seed: 3 })).rejects.toThrow(/no labels for seed 3/);
  });

  it('a ruleset creator_scores holds no rows of is a MissingInputError naming the ruleset, and scores nothing', async () => {
    const refused = await evaluateVerdicts(w, { seed: 42, ruleset: 'seed-quick' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MissingInputError);
    expect(refused).toMatchObject({ input: 'creator_scores', ruleset: 'seed-quick', analysis: 'verdict-evaluation' });
    expect((refused as Error).message).toBe('creator_scores holds no seed-quick rows yet: score the warehouse first');
    expect(await w.rows(`select count(*)::INTEGER as n from creator_scores where ruleset = 'seed-quick'`)).toEqual([{ n: 0 }]);
  });

  it('refuses a warehouse without labels, saying how to get some', async () => {
    const bare = await Warehouse.open(':memory:');
    try {
      await bare.run(`create table creator_scores as select 'x' as username`);
      const refused = await evaluateVerdicts(bare).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(LabelsError);
      expect((refused as LabelsError).problem).toEqual({ kind: 'none', table: 'sim_creator_labels' });
      expect((refused as Error).message).toMatch(/no simulator labels .*a simulated cohort \(ingested from the synthetic provider, or synthesized\)$/);
    } finally {
      bare.close();
    }
  });
});
