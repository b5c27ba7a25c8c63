import { type ModelTiming, runModels, type Warehouse } from '@creator-audit/warehouse';
import { type DuckDBValue, listValue } from '@duckdb/node-api';
import { prepareAnalysis } from '../models/analyses.ts';
import { DEFAULT_RULESET, type ScoreRun, scoreWarehouse } from '../score.ts';
import { type CampaignValues, VALUED_METRICS } from './campaign-values.ts';

/** The campaign marts, each with the column its Parquet partition (snapshot date) derives from. */
export const CAMPAIGN_TABLES = {
  campaign_videos: 'snapshot_at',
  campaign_summary: 'snapshot_at',
  campaign_daily: 'day',
} as const;

/**
 * Which verdicts of the screening ruleset count as flagged when totals are given without flagged creators'
 * engagement. `high` (the default) takes only HIGH RISK (cohort-v1: fraud probability 0.8 or more, four to one);
 * `medium` adds MEDIUM RISK (0.5 or more: more likely fraud than not).
 */
const FLAG_LEVELS = {
  high: ['HIGH RISK'],
  medium: ['MEDIUM RISK', 'HIGH RISK'],
} as const satisfies Record<string, readonly string[]>;
export type FlagLevel = keyof typeof FLAG_LEVELS;
export const FLAG_LEVEL_NAMES = Object.keys(FLAG_LEVELS) as FlagLevel[];

export interface CampaignTableOptions {
  /** The screening ruleset: CAMPAIGN_SCREENING_RULESET (cohort-v1) unless named. */
  ruleset?: string;
  flagAt?: FlagLevel;
  values?: CampaignValues | null;
  /**
   * When creator_scores holds no rows of the screening ruleset: `score` (the default) scores the warehouse from what
   * it holds first (no fetching) and returns that run in `scored`, so every author not in it reads as not
   * screened; `fail` stops with the command to run instead.
   */
  missingScores?: 'score' | 'fail';
  /** The scoring time written with those rows. */
  scoredAt?: Date;
}

export interface CampaignTablesRun {
  /** The scoring run made first because creator_scores held no rows of the screening ruleset, if one was. */
  scored: ScoreRun | null;
  timings: ModelTiming[];
}

/**
 * The ruleset whose verdicts flag a campaign's participants: cohort-v1, the default verdict (it beats seed-v1 on every
 * evaluation: packages/scoring/README.md). campaign_videos carries seed-v1's verdict beside it.
 */
export const CAMPAIGN_SCREENING_RULESET = DEFAULT_RULESET;

/** The bound parameters of the campaign models: the screening ruleset, the flagged verdicts, the analyst's values. */
export function campaignParams(options: CampaignTableOptions): Record<string, DuckDBValue> {
  const values = options.values ?? null;
  const params: Record<string, DuckDBValue> = {
    ruleset: options.ruleset ?? CAMPAIGN_SCREENING_RULESET,
    flag_verdicts: listValue([...FLAG_LEVELS[options.flagAt ?? 'high']]),
    value_currency: values?.currency ?? null,
  };
  for (const metric of VALUED_METRICS) params[`value_${metric}`] = values ? values.valuePer[metric] : null;
  return params;
}

/**
 * Rebuilds campaign_videos, campaign_summary and campaign_daily from every stored hashtag scan, with the authors'
 * verdicts from creator_scores under the screening ruleset (see `missingScores` when it has none).
 */
export async function buildCampaignTables(warehouse: Warehouse, options: CampaignTableOptions = {}): Promise<CampaignTablesRun> {
  const ruleset = options.ruleset ?? CAMPAIGN_SCREENING_RULESET;
  let scored = null as ScoreRun | null;
  const scoreFirst = async () => {
    scored = await scoreWarehouse(warehouse, { ruleset, scoredAt: options.scoredAt ?? new Date() });
  };
  const { models, timings } = await prepareAnalysis(warehouse, 'campaign', {
    ruleset,
    build: options.missingScores === 'fail' ? {} : { creator_scores: scoreFirst },
  });
  timings.push(...(await runModels(warehouse, models, campaignParams({ ...options, ruleset }))));
  return { scored, timings };
}
