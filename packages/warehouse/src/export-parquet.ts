import { resolve } from 'node:path';
import { WarehouseError } from './errors.ts';
import { warehouseMessages } from './messages.ts';
import { removeAbandonedFolders, writeOwnedFolder } from './owned-folder.ts';
import type { Warehouse } from './warehouse.ts';

export interface ExportSpec {
  table: string;
  /** Timestamp column whose date becomes the hive partition `snapshot_date=YYYY-MM-DD`. */
  snapshotColumn: string;
  /** A table built by a later step (the campaign marts): skipped, and its folder left as it is, until it exists. */
  optional?: boolean;
}

export interface ExportedTable {
  table: string;
  rows: number;
  path: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Writes each table as Parquet, hive-partitioned by snapshot date, into `<outDir>/<table>/`. Each folder
 * is written whole by `writeOwnedFolder`, so readers never see a half-written export, and only a folder an earlier
 * export made is ever replaced.
 */
export async function exportParquet(warehouse: Warehouse, outDir: string, specs: readonly ExportSpec[]): Promise<ExportedTable[]> {
  const root = resolve(outDir);
  removeAbandonedFolders(root, specs.map((s) => s.table));
  const exported: ExportedTable[] = [];
  for (const { table, snapshotColumn, optional } of specs) {
    // Identifiers cannot be bound: they must come from our own fixed lists.
    if (!IDENTIFIER.test(table) || !IDENTIFIER.test(snapshotColumn)) throw new WarehouseError(warehouseMessages.unsafeIdentifier(`${table}.${snapshotColumn}`));
    if (optional && !(await warehouse.hasTable(table))) continue;
    const [count] = await warehouse.rows(`SELECT count(*)::DOUBLE AS n FROM ${table}`);
    const rows = Number(count?.n ?? 0);
    const path = await writeOwnedFolder(root, table, { table, rows }, async (dir) => {
      // An empty table is an empty folder: COPY writes no file, and readers of `<table>/**` find none.
      if (rows === 0) return;
      await warehouse.run(
        `COPY (SELECT *, CAST(${snapshotColumn} AS DATE) AS snapshot_date FROM ${table})
         TO $path (FORMAT parquet, PARTITION_BY (snapshot_date), COMPRESSION zstd)`,
        { path: dir },
      );
    });
    exported.push({ table, rows, path });
  }
  return exported;
}
