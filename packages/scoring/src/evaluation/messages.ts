/** What the evaluations against the simulator's labels tell people, in one place. */

export const evaluationMessages = {
  noLabels:
    'this warehouse holds no simulator labels (sim_creator_labels): evaluate needs a simulated cohort (creator-audit demo, ingest --provider synthetic, or synthesize)',
  noLabelsForSeed: (seed: number, seeds: readonly number[]) => `no labels for seed ${seed} in this warehouse; it holds seed(s) ${seeds.join(', ')}`,
  severalSeeds: (seeds: readonly number[]) => `this warehouse holds labels of several seeds (${seeds.join(', ')}): choose one with --seed`,
};
