import { join } from 'node:path';
import { type Warehouse, loadMacros, loadModels, type ModelTiming, packageRoot, runMacros, runModels } from '@creator-audit/warehouse';

const SQL_DIR = join(packageRoot(import.meta.url), 'sql');

/** A folder of scoring's SQL (`sql/<name>`): an analysis's models, the staging layer, the shared macros, queries. */
export function sqlFolder(name: string): string {
  return join(SQL_DIR, name);
}

export const MACROS_FOLDER = 'shared';
export const STAGING_FOLDER = 'staging';

/**
 * What every analysis reads before its own models: the shared macros (`sql/shared`, CREATE OR REPLACE MACRO),
 * then the staging views over the landed tables (`sql/staging`: stg_creators, stg_videos). Both are stored
 * definitions, not data, so building them on every run costs milliseconds.
 */
export async function buildSharedLayers(warehouse: Warehouse): Promise<ModelTiming[]> {
  await runMacros(warehouse, loadMacros(sqlFolder(MACROS_FOLDER)));
  return runModels(warehouse, loadModels(sqlFolder(STAGING_FOLDER)));
}
