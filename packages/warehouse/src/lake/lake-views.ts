import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { type TableDef, VIEWS_SQL } from '../tables.ts';
import { LAKE_TABLES, PARTITION_KEY, tableGlob } from './layout.ts';

/** A path as a SQL string literal: views cannot hold bound values, so the lake's path is written into them. */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Every row of a table's files, typed as the warehouse declares it (an export and a worker's files alike). */
const filesView = (table: string) => `lake_files_${table}`;

function hasFiles(root: string, table: string): boolean {
  const dir = join(root, table);
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some(
    (d) => d.isDirectory() && d.name.startsWith(`${PARTITION_KEY}=`) && readdirSync(join(dir, d.name)).some((f) => f.endsWith('.parquet')),
  );
}

function filesViewSql(root: string, table: TableDef): string {
  const view = `CREATE OR REPLACE VIEW ${filesView(table.name)} AS`;
  if (!hasFiles(root, table.name)) {
    // No file yet (no body quarantined so far): an empty view of the same columns.
    return `${view} SELECT ${table.columns.map((c) => `NULL::${c.type} AS ${c.name}`).join(', ')} WHERE false`;
  }
  // By name, so files with more columns (a later schema) or in another order read the same.
  const columns = table.columns.map((c) => `${c.name}::${c.type} AS ${c.name}`).join(', ');
  return `${view} SELECT ${columns} FROM read_parquet(${literal(tableGlob(root, table.name))}, hive_partitioning = true, union_by_name = true)`;
}

/**
 * The warehouse's tables as views over the lake, deduplicating at-least-once delivery: a queue job delivered
 * twice (a worker killed after writing its files but before acknowledging, an event loop blocked past its lock)
 * lands twice. `creator_outcomes` keeps one decision per run and creator (a snapshot over none, then the
 * earliest); `creators` and `videos` keep that decision's snapshot, one row per creator, snapshot and video.
 * `raw_responses` and `quarantine` keep every body: each was a paid call, and the credit ledger must say so.
 */
const DEDUPED: Record<string, string> = {
  creator_outcomes: `SELECT * FROM ${filesView('creator_outcomes')}
    QUALIFY row_number() OVER (PARTITION BY run_id, username ORDER BY snapshot_at IS NULL, decided_at, snapshot_at, outcome, detail) = 1`,
  creators: `SELECT c.* FROM ${filesView('creators')} c SEMI JOIN creator_outcomes USING (run_id, username, snapshot_at)
    QUALIFY row_number() OVER (PARTITION BY username, snapshot_at, provider ORDER BY run_id) = 1`,
  videos: `SELECT v.* FROM ${filesView('videos')} v SEMI JOIN creators USING (username, snapshot_at, provider)
    QUALIFY row_number() OVER (PARTITION BY username, snapshot_at, provider, video_id ORDER BY feed_position) = 1`,
  raw_responses: `SELECT * FROM ${filesView('raw_responses')}`,
  quarantine: `SELECT * FROM ${filesView('quarantine')}`,
};

/** The statements that make a lake readable as a warehouse: file views, deduplicating views, derived views. */
export function lakeViewsSql(root: string): string[] {
  const lake = resolve(root);
  return [
    ...LAKE_TABLES.map(({ table }) => filesViewSql(lake, table)),
    // Outcomes first: creators and videos are read through the decisions they belong to.
    ...['creator_outcomes', 'creators', 'videos', 'raw_responses', 'quarantine'].map((t) => `CREATE OR REPLACE VIEW ${t} AS ${DEDUPED[t]}`),
    ...VIEWS_SQL,
  ];
}

export async function createLakeViews(connection: DuckDBConnection, root: string): Promise<void> {
  for (const sql of lakeViewsSql(root)) await connection.run(sql);
}
