import { join } from 'node:path';
import { creatorOutcomes, creators, quarantine, rawResponses, type TableDef, videos } from '../tables.ts';

/**
 * One layout for the Parquet lake and for `export`: `<root>/<table>/snapshot_date=YYYY-MM-DD/<file>.parquet`,
 * hive-partitioned by the UTC date of one timestamp column per table, every column as the warehouse declares it.
 * DuckDB, Trino, Spark, Athena and ClickHouse read it as it is.
 */
export const PARTITION_KEY = 'snapshot_date';

export interface LakeTable {
  table: TableDef;
  /** The timestamp whose date names the partition. */
  partitionBy: string;
}

/**
 * What a queue worker lands, in the order its files are put in place. `creator_outcomes` comes last: an outcome
 * row is what makes an item's other rows visible through the lake's views (its commit record), so a worker
 * killed between two renames leaves rows nobody reads rather than an outcome whose rows are missing.
 */
export const LAKE_TABLES: readonly LakeTable[] = [
  { table: rawResponses, partitionBy: 'fetched_at' },
  { table: quarantine, partitionBy: 'fetched_at' },
  { table: creators, partitionBy: 'snapshot_at' },
  { table: videos, partitionBy: 'snapshot_at' },
  { table: creatorOutcomes, partitionBy: 'decided_at' },
];

/** Written files wait here, outside every table's folder, until they are renamed into place. */
export const LAKE_STAGING_DIR = '_tmp';

export function partitionDir(root: string, table: string, date: string): string {
  return join(root, table, `${PARTITION_KEY}=${date}`);
}

/** Every data file of a table, whoever wrote it (a worker's batch or an export). */
export function tableGlob(root: string, table: string): string {
  return join(root, table, `${PARTITION_KEY}=*`, '*.parquet');
}
