import { exportParquet, withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { DEFAULT_PARQUET_DIR, type DbFlags, withDb } from '../cli/option-sets.ts';
import { formatExport } from '../cli/summary.ts';
import { SNAPSHOT_EXPORTS } from '../workflows/export-tables.ts';

export function registerExport(program: Command): void {
  withDb(program.command('export').description('write the normalised tables as Parquet, hive-partitioned by snapshot date, atomically'))
    .option('--out <dir>', 'output folder', DEFAULT_PARQUET_DIR)
    .action(async (flags: DbFlags & { out: string }) => {
      const tables = await withWarehouse(flags.db, { access: 'existing' }, (w) => exportParquet(w, flags.out, SNAPSHOT_EXPORTS));
      process.stdout.write(`${formatExport(tables)}\n`);
    });
}
