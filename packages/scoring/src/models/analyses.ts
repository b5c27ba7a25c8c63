import { ALL_TABLES, loadModels, type Model, type ModelTiming, type Warehouse } from '@creator-audit/warehouse';
import { SEED_V1 } from '../seed-v1/rules.ts';
import { analysisMessages } from './messages.ts';
import { buildSharedLayers, sqlFolder, STAGING_FOLDER } from './sql-layers.ts';

/** Every analysis: a folder of models under sql/, named as the folder. */
export const ANALYSES = [
  'seed-v1',
  'verdict-evaluation',
  'seed-quick',
  'cohort-v1',
  'cohort-v1-evaluation',
  'cohort',
  'campaign',
  'fake-views',
  'fake-views-agreement',
  'fake-views-evaluation',
  'audience',
  'audience-evaluation',
] as const;
export type Analysis = (typeof ANALYSES)[number];

/**
 * The marts one step builds and analyses read: the registry's answer to "what builds this". creator_scores holds one
 * set of rows per ruleset, so it is there for a ruleset only when that ruleset has rows. `step` says what builds it
 * in a library user's words (the CLI names its commands instead).
 */
const SHARED_MARTS = {
  creator_scores: { step: 'score the warehouse', perRuleset: true },
  video_fake_view_scores: { step: 'score its videos for fake views', perRuleset: false },
  // The audience marts (sql/audience), built from the landed samples by the audience audit (and by scoring, for cohort-v1).
  follower_classifications: { step: 'sample and audit the audience', perRuleset: false },
  audience_quality: { step: 'sample and audit the audience', perRuleset: false },
  comment_classifications: { step: 'sample and audit the audience', perRuleset: false },
  comment_quality: { step: 'sample and audit the audience', perRuleset: false },
  audience_evidence: { step: 'sample and audit the audience', perRuleset: false },
} as const;
export type SharedMart = keyof typeof SHARED_MARTS;

const isSharedMart = (name: string): name is SharedMart => Object.hasOwn(SHARED_MARTS, name);

/**
 * A step that reads a shared mart the warehouse does not hold yet (`input`; with `ruleset` set, creator_scores is
 * there but holds no rows of that ruleset). The message names what builds it; a caller with commands for those
 * steps says them through analysisMessages.
 */
export class MissingInputError extends Error {
  override name = 'MissingInputError';
  constructor(
    readonly input: SharedMart,
    readonly ruleset: string | null = null,
    /** The analysis that needed it, when one did (an export reads creator_scores too). */
    readonly analysis: Analysis | null = null,
  ) {
    super(analysisMessages.missing(input, ruleset, `${SHARED_MARTS[input].step} first`));
  }
}

/**
 * The shared marts an analysis reads: what its models' `-- reads:` headers name, less its own models, the staging
 * views and ingest's landed tables. A name that is none of these is a model bug, refused here.
 */
export function inputsOf(analysis: Analysis, models: readonly Model[]): SharedMart[] {
  const local = new Set([
    ...models.map((m) => m.name),
    ...loadModels(sqlFolder(STAGING_FOLDER)).map((m) => m.name),
    ...ALL_TABLES.map((t) => t.name),
  ]);
  const inputs = new Set<SharedMart>();
  for (const model of models) {
    if (model.reads === null) throw new Error(analysisMessages.undeclaredReads(model.file));
    for (const name of model.reads) {
      if (local.has(name)) continue;
      if (!isSharedMart(name)) throw new Error(analysisMessages.unknownInput(analysis, name));
      inputs.add(name);
    }
  }
  return [...inputs];
}

async function isBuilt(warehouse: Warehouse, input: SharedMart, ruleset: string): Promise<boolean> {
  if (!(await warehouse.hasTable(input))) return false;
  if (!SHARED_MARTS[input].perRuleset) return true;
  return (await warehouse.rows(`SELECT 1 FROM creator_scores WHERE ruleset = $ruleset LIMIT 1`, { ruleset })).length > 0;
}

export interface PrepareOptions {
  /** The ruleset whose creator_scores rows the analysis reads (SEED_V1 unless it says otherwise). */
  ruleset?: string;
  /**
   * How to build a missing input, for the inputs the caller wants built rather than refused. Nothing is built
   * unless asked for here: an analysis never re-scores the warehouse behind its caller's back.
   */
  build?: Partial<Record<SharedMart, () => Promise<unknown>>>;
}

export interface PreparedAnalysis {
  models: Model[];
  /** The shared layers' timings (macros and staging views). */
  timings: ModelTiming[];
  /** The inputs that were missing and built first, through the caller's `build`. */
  built: SharedMart[];
}

/**
 * Gets an analysis ready to run: builds the shared layers (macros, staging), loads its models and checks that every
 * shared mart they read is there. A missing one is built through `options.build` when the caller gave a way to
 * (and listed in `built`), otherwise MissingInputError names what builds it.
 */
export async function prepareAnalysis(warehouse: Warehouse, analysis: Analysis, options: PrepareOptions = {}): Promise<PreparedAnalysis> {
  const ruleset = options.ruleset ?? SEED_V1;
  const timings = await buildSharedLayers(warehouse);
  const models = loadModels(sqlFolder(analysis));
  const built: SharedMart[] = [];
  for (const input of inputsOf(analysis, models)) {
    if (await isBuilt(warehouse, input, ruleset)) continue;
    const build = options.build?.[input];
    if (!build) {
      const rulesetMissing = SHARED_MARTS[input].perRuleset && (await warehouse.hasTable(input));
      throw new MissingInputError(input, rulesetMissing ? ruleset : null, analysis);
    }
    await build();
    built.push(input);
  }
  return { models, timings, built };
}
