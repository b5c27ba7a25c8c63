import { exportParquet, SNAPSHOT_TABLES, tikhubFakeViewReports } from '@creator-audit/warehouse';
import { CAMPAIGN_TABLES, FAKE_VIEW_SCORES_TABLE } from '@creator-audit/scoring';
import type { Command } from 'commander';
import { formatExport } from '../summary.ts';
import { DEFAULT_DB, DEFAULT_PARQUET_DIR, withWarehouse } from '../warehouse-path.ts';

/** The landing tables, then the analysis tables once their commands have built them. */
export const SNAPSHOT_EXPORTS = [
  ...Object.entries(SNAPSHOT_TABLES).map(([table, snapshotColumn]) => ({ table, snapshotColumn })),
  ...Object.entries(CAMPAIGN_TABLES).map(([table, snapshotColumn]) => ({ table, snapshotColumn, optional: true })),
  { table: FAKE_VIEW_SCORES_TABLE, snapshotColumn: 'snapshot_at', optional: true },
  { table: tikhubFakeViewReports.name, snapshotColumn: 'fetched_at', optional: true },
];

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the normalised tables as Parquet, hive-partitioned by snapshot date, atomically')
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .option('--out <dir>', 'output folder', DEFAULT_PARQUET_DIR)
    .action(async (flags: { db: string; out: string }) => {
      const tables = await withWarehouse(flags.db, (w) => exportParquet(w, flags.out, SNAPSHOT_EXPORTS));
      process.stdout.write(`${formatExport(tables)}\n`);
    });
}
