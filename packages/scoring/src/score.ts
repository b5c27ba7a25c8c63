import { type ModelTiming, runModels, type Warehouse } from '@creator-audit/warehouse';
import { type DuckDBValue, listValue } from '@duckdb/node-api';
import { buildAudienceTables } from './audience/build-audience-tables.ts';
import { checkCohortV1Columns } from './cohort-v1/cohort-columns.ts';
import { COHORT_V1 } from './cohort-v1/rules.ts';
import { type Analysis, prepareAnalysis, type SharedMart } from './models/analyses.ts';
import { QUICK_VIDEOS_SCORED, SEED_QUICK } from './seed-quick/rules.ts';
import { SEED_V1, VIDEOS_SCORED } from './seed-v1/rules.ts';

export interface ScoreOptions {
  /** One ruleset; scoreAllRulesets scores every one. */
  ruleset?: string;
  scoredAt?: Date;
  /** cohort-v1: columns whose values split each follower tier into peer cohorts (category, region, campaign...). */
  by?: readonly string[];
}

/**
 * A ruleset: the analysis whose models score it (sql/<analysis>) and the view its last model is, one row per creator.
 * `bind`: the models from `before` on take values bound from the options, found once the models before it have run
 * (a --by name is checked against the columns they built).
 */
export interface Ruleset {
  name: string;
  analysis: Analysis;
  mart: string;
  /** The recent videos it scores per creator: what a fetch for it asks for. */
  videos: number;
  /**
   * Shared marts its models read that are rebuilt before every scoring, each by its builder: marts derived from
   * landed data alone and cheap to build, so a verdict never weighs a stale one (cohort-v1 weighs audience samples
   * through audience_evidence; with no sample it is empty and weighs nothing).
   */
  rebuilds?: Partial<Record<SharedMart, (warehouse: Warehouse) => Promise<ModelTiming[]>>>;
  bind?: { before: string; params: (warehouse: Warehouse, options: ScoreOptions) => Promise<Record<string, DuckDBValue>> };
}

export const RULESETS: Record<string, Ruleset> = {
  [SEED_V1]: { name: SEED_V1, analysis: 'seed-v1', mart: 'seed_v1_scores', videos: VIDEOS_SCORED },
  [SEED_QUICK]: { name: SEED_QUICK, analysis: 'seed-quick', mart: 'seed_quick_scores', videos: QUICK_VIDEOS_SCORED },
  [COHORT_V1]: {
    name: COHORT_V1,
    analysis: 'cohort-v1',
    mart: 'cohort_v1_scores',
    // the page seed-v1 scores (on_scored_page)
    videos: VIDEOS_SCORED,
    rebuilds: { audience_evidence: buildAudienceTables },
    bind: {
      before: 'int_cv1_cohorts',
      params: async (warehouse, options) => ({ cohort_kinds: listValue(await checkCohortV1Columns(warehouse, options.by ?? [])) }),
    },
  },
};

export const RULESET_NAMES = Object.keys(RULESETS);

/** The recent videos a fetch needs per creator so that every one of these rulesets has its page. */
export function videosNeeded(rulesets: readonly string[]): number {
  return Math.max(...rulesets.map((name) => rulesetNamed(name).videos));
}

/**
 * The ruleset whose verdict leads: cohort-v1, which beats seed-v1 on the simulator and its variants (README,
 * "cohort-v1"); seed-v1 is computed beside it and stays the tutorial's baseline.
 */
export const DEFAULT_RULESET = COHORT_V1;

export function rulesetNamed(name: string): Ruleset {
  const ruleset = RULESETS[name];
  if (!ruleset) throw new Error(`unknown ruleset "${name}": expected one of ${RULESET_NAMES.join(', ')}`);
  return ruleset;
}

export interface ScoreRun {
  ruleset: string;
  scoredAt: Date;
  creators: number;
  timings: ModelTiming[];
}

async function runRulesetModels(warehouse: Warehouse, ruleset: Ruleset, options: ScoreOptions): Promise<ModelTiming[]> {
  const rebuilt: ModelTiming[] = [];
  for (const build of Object.values(ruleset.rebuilds ?? {})) rebuilt.push(...(await build(warehouse)));
  const { models, timings } = await prepareAnalysis(warehouse, ruleset.analysis);
  timings.unshift(...rebuilt);
  if (!ruleset.bind) return [...timings, ...(await runModels(warehouse, models))];
  const split = models.findIndex((m) => m.name === ruleset.bind?.before);
  if (split < 0) throw new Error(`ruleset ${ruleset.name} binds values from model ${ruleset.bind.before}, which sql/${ruleset.analysis} does not hold`);
  timings.push(...(await runModels(warehouse, models.slice(0, split))));
  return [...timings, ...(await runModels(warehouse, models.slice(split), await ruleset.bind.params(warehouse, options)))];
}

/** Every ruleset, seed-v1 first, each in its own pass (same scoring time); returns one run per ruleset. */
export async function scoreAllRulesets(warehouse: Warehouse, options: Omit<ScoreOptions, 'ruleset'> = {}): Promise<ScoreRun[]> {
  const scoredAt = options.scoredAt ?? new Date();
  const runs: ScoreRun[] = [];
  for (const name of RULESET_NAMES) runs.push(await scoreWarehouse(warehouse, { ...options, ruleset: name, scoredAt }));
  return runs;
}

/**
 * Re-scores every creator in the warehouse with one ruleset (seed-v1 unless named), then swaps its rows in `creator_scores` (one row
 * per creator per ruleset) in a single statement, leaving other rulesets' rows as they were. Columns a
 * ruleset does not produce are NULL for its rows (UNION ALL BY NAME).
 */
export async function scoreWarehouse(warehouse: Warehouse, options: ScoreOptions = {}): Promise<ScoreRun> {
  const ruleset = rulesetNamed(options.ruleset ?? SEED_V1);
  const scoredAt = options.scoredAt ?? new Date();
  const timings = await runRulesetModels(warehouse, ruleset, options);
  const started = performance.now();
  // Identifiers come from RULESETS, never from input; the ruleset name is bound.
  const others = (await warehouse.hasTable('creator_scores'))
    ? `SELECT * FROM creator_scores WHERE ruleset <> $ruleset UNION ALL BY NAME `
    : '';
  // The mart is a view: this statement is the one place its rows are computed and written. Row order carries
  // no meaning in creator_scores, and without it DuckDB writes the table from both threads.
  const [order] = await warehouse.rows(`SELECT current_setting('preserve_insertion_order') AS keep`);
  await warehouse.run('SET preserve_insertion_order = false');
  try {
    await warehouse.run(
      `CREATE OR REPLACE TABLE creator_scores AS ${others}` +
        `SELECT username, $ruleset::VARCHAR AS ruleset, * EXCLUDE (username), $scored_at::TIMESTAMP AS scored_at FROM ${ruleset.mart}`,
      { ruleset: ruleset.name, scored_at: scoredAt.toISOString() },
    );
  } finally {
    await warehouse.run(`SET preserve_insertion_order = ${order?.keep === false ? 'false' : 'true'}`);
  }
  timings.push({ name: 'creator_scores', ms: performance.now() - started });
  const [count] = await warehouse.rows(`SELECT count(*)::DOUBLE AS n FROM creator_scores WHERE ruleset = $ruleset`, { ruleset: ruleset.name });
  return { ruleset: ruleset.name, scoredAt, creators: Number(count?.n ?? 0), timings };
}
