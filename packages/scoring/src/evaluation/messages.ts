/** What the evaluations against the simulator's labels tell people, in one place. */

export const evaluationMessages = {
  /** Per label table, in a library user's words (the CLI names its commands instead). */
  noLabels: {
    sim_creator_labels:
      'this warehouse holds no simulator labels (sim_creator_labels): the evaluation needs a simulated cohort (ingested from the synthetic provider, or synthesized)',
    sim_audience_labels:
      'no simulator labels for audience samples: the audience evaluation needs a warehouse sampled from the simulator (the synthetic provider)',
    sim_video_labels:
      'no simulator labels (sim_video_labels) in this warehouse: evaluation needs a synthetic ingest (the synthetic provider) or a synthesized cohort',
  },
  noLabelsForSeed: (seed: number, seeds: readonly number[]) => `no labels for seed ${seed} in this warehouse; it holds seed(s) ${seeds.join(', ')}`,
  /** `option` names how a seed is chosen, in the caller's words (the CLI's --seed). */
  severalSeeds: (seeds: readonly number[], option: string) => `this warehouse holds labels of several seeds (${seeds.join(', ')}): choose one with ${option}`,
};
