import { appendRows, simAudienceLabels, type Row, Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateAudience } from '../src/audience/evaluate.ts';
import { LabelsError } from '../src/evaluation/labels-error.ts';
import { evaluationMessages } from '../src/evaluation/messages.ts';
import { bot, follower, landSamples, SAMPLED_AT } from './audience-fixtures.ts';

/** The simulator's truth for one creator's sample, as ingest lands it. */
const label = (seed: number, username: string, windowFakeShare: number): Row => ({
  seed,
  username,
  labelled_at: SAMPLED_AT,
  archetype: 'bought_followers',
  window_followers: 200,
  window_fake_share: windowFakeShare,
  spam_share: 0.02,
  active_share: 0.5,
  in_pod: false,
  pod_ring: 0,
  pod_participation: 0,
  bot_comments_per_video: 0,
  sampled_videos_pod_share: null,
});

describe('evaluate-audience: the audience marts against the simulator truth', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
    await landSamples(warehouse, [{ username: 'buyer', followers: [...Array.from({ length: 80 }, (_, i) => bot(i)), ...Array.from({ length: 120 }, (_, i) => follower(200 + i))] }]);
  });
  afterEach(() => warehouse.close());

  it('refuses a warehouse without audience labels with a LabelsError, saying how to get some', async () => {
    const refused = await evaluateAudience(warehouse).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LabelsError);
    expect((refused as LabelsError).problem).toEqual({ kind: 'none', table: 'sim_audience_labels' });
    expect((refused as Error).message).toMatch(/^no simulator labels for audience samples: .*sampled from the simulator \(the synthetic provider\)$/);
  });

  it('takes the only seed, refuses a seed it has no labels of, and asks for one when there are several', async () => {
    await appendRows(warehouse.connection, simAudienceLabels, [label(42, 'buyer', 0.38)]);
    const e = await evaluateAudience(warehouse);
    // 80 suspicious of 200 against a planted 38%: 2 points off, the creator's row beside its truth.
    // One creator: no ranking to judge, so no rank correlation (NULL, never NaN).
    expect(e).toMatchObject({ seed: 42, samples: 1, estimated: 1, share_rank_correlation: null });
    expect(e.share_max_error).toBeCloseTo(0.02, 12);
    expect(e.creators).toEqual([expect.objectContaining({ username: 'buyer', suspicious_share: 0.4, window_fake_share: 0.38, truth_in_interval: true })]);
    await expect(evaluateAudience(warehouse, { seed: 7 })).rejects.toThrow(evaluationMessages.noLabelsForSeed(7, [42]));
    await appendRows(warehouse.connection, simAudienceLabels, [label(7, 'buyer', 0.38)]);
    const several = await evaluateAudience(warehouse).catch((error: unknown) => error);
    expect((several as LabelsError).problem).toEqual({ kind: 'several_seeds', table: 'sim_audience_labels', seeds: [7, 42] });
    expect((several as Error).message).toBe('this warehouse holds labels of several seeds (7, 42): choose one with the seed option');
    expect((await evaluateAudience(warehouse, { seed: 7 })).seed).toBe(7);
  });

  it('ranks only the creators a figure was computed for: a sample with no follower is left out, not ranked last', async () => {
    await landSamples(warehouse, [
      { username: 'clean', followers: [...Array.from({ length: 10 }, (_, i) => bot(i)), ...Array.from({ length: 190 }, (_, i) => follower(200 + i))] },
      { username: 'empty', followers: [] },
    ]);
    await appendRows(warehouse.connection, simAudienceLabels, [label(42, 'buyer', 0.38), label(42, 'clean', 0.06), label(42, 'empty', 0.01)]);
    const e = await evaluateAudience(warehouse);
    expect(e).toMatchObject({ samples: 3, estimated: 2, misordered_pairs: 0 });
    // buyer above clean by both estimate and truth: rho 1 (ranked with the empty sample last, it read -0.5).
    expect(e.share_rank_correlation).toBeCloseTo(1, 12);
  });
});
