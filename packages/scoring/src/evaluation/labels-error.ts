import { evaluationMessages } from './messages.ts';

/** The simulator's label tables an evaluation holds scores against. */
export type LabelTableName = 'sim_creator_labels' | 'sim_audience_labels' | 'sim_video_labels';

/** What a LabelsError is about: the facts behind its message, for a caller that words it its own way. */
export type LabelsProblem =
  /** The warehouse holds no labels in `table`: it was not filled by the simulator. */
  | { kind: 'none'; table: LabelTableName }
  /** `table` holds labels of several seeds and none was chosen. */
  | { kind: 'several_seeds'; table: LabelTableName; seeds: readonly number[] };

/** An evaluation against the simulator's labels cannot choose its labels: `problem` says why. */
export class LabelsError extends Error {
  override name = 'LabelsError';
  constructor(readonly problem: LabelsProblem) {
    super(
      problem.kind === 'none' ? evaluationMessages.noLabels[problem.table] : evaluationMessages.severalSeeds(problem.seeds, 'the seed option'),
    );
  }
}
