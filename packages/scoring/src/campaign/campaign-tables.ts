import { fileURLToPath } from 'node:url';
import { type Warehouse, loadModels, type ModelTiming, runModels } from '@creator-audit/warehouse';
import { type DuckDBValue, listValue } from '@duckdb/node-api';
import { scoreWarehouse } from '../score.ts';
import { SEED_V1 } from '../seed-v1/rules.ts';
import { type CampaignValues, VALUED_METRICS } from './campaign-values.ts';

export const CAMPAIGN_MODELS_DIR = fileURLToPath(new URL('../../sql/campaign', import.meta.url));

/** The campaign marts, each with the column its Parquet partition (snapshot date) derives from. */
export const CAMPAIGN_TABLES = {
  campaign_videos: 'snapshot_at',
  campaign_summary: 'snapshot_at',
  campaign_daily: 'day',
} as const;

/**
 * Which verdicts count as flagged when totals are given without flagged creators' engagement. `high` (the
 * default) takes only HIGH RISK: seed-v1 over-flags large accounts at MEDIUM, so that level is opt-in.
 */
export const FLAG_LEVELS = {
  high: ['HIGH RISK'],
  medium: ['MEDIUM RISK', 'HIGH RISK'],
} as const satisfies Record<string, readonly string[]>;
export type FlagLevel = keyof typeof FLAG_LEVELS;
export const FLAG_LEVEL_NAMES = Object.keys(FLAG_LEVELS) as FlagLevel[];

export interface CampaignTableOptions {
  ruleset?: string;
  flagAt?: FlagLevel;
  values?: CampaignValues | null;
  /** When creator_scores has to be created first. */
  scoredAt?: Date;
}

async function hasTable(warehouse: Warehouse, table: string): Promise<boolean> {
  return (await warehouse.rows(`SELECT 1 FROM information_schema.tables WHERE table_name = $table`, { table })).length > 0;
}

/** The bound parameters of the campaign models: the screening ruleset, the flagged verdicts, the analyst's values. */
export function campaignParams(options: CampaignTableOptions): Record<string, DuckDBValue> {
  const values = options.values ?? null;
  const params: Record<string, DuckDBValue> = {
    ruleset: options.ruleset ?? SEED_V1,
    flag_verdicts: listValue([...FLAG_LEVELS[options.flagAt ?? 'high']]),
    value_currency: values?.currency ?? null,
  };
  for (const metric of VALUED_METRICS) params[`value_${metric}`] = values ? values.valuePer[metric] : null;
  return params;
}

/**
 * Rebuilds campaign_videos, campaign_summary and campaign_daily from every stored hashtag scan. The verdicts
 * come from creator_scores; a warehouse never scored gets it built first from what it holds (no fetching), so
 * every author then reads as not screened rather than the models failing.
 */
export async function buildCampaignTables(warehouse: Warehouse, options: CampaignTableOptions = {}): Promise<ModelTiming[]> {
  const ruleset = options.ruleset ?? SEED_V1;
  if (!(await hasTable(warehouse, 'creator_scores'))) await scoreWarehouse(warehouse, { ruleset, scoredAt: options.scoredAt ?? new Date() });
  return runModels(warehouse, loadModels(CAMPAIGN_MODELS_DIR), campaignParams({ ...options, ruleset }));
}
