import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WarehouseError } from './errors.ts';
import { warehouseMessages } from './messages.ts';
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
 * Swaps `fresh` in for `dest`. Linux cannot rename a folder over a non-empty one, so the old one steps
 * aside first; a kill between the two renames leaves `<dest>.old`, which the next export puts back.
 */
function swapInto(fresh: string, dest: string): void {
  const old = `${dest}.old`;
  if (existsSync(dest)) {
    rmSync(old, { recursive: true, force: true });
    renameSync(dest, old);
  }
  renameSync(fresh, dest);
  rmSync(old, { recursive: true, force: true });
}

function recover(dest: string): void {
  const old = `${dest}.old`;
  if (!existsSync(dest) && existsSync(old)) renameSync(old, dest);
}

/**
 * Writes each table as Parquet, hive-partitioned by snapshot date, into `<outDir>/<table>/`. Each folder
 * is built aside and swapped in whole, so readers never see a half-written export.
 */
export async function exportParquet(warehouse: Warehouse, outDir: string, specs: readonly ExportSpec[]): Promise<ExportedTable[]> {
  const root = resolve(outDir);
  mkdirSync(root, { recursive: true });
  const exported: ExportedTable[] = [];
  for (const { table, snapshotColumn, optional } of specs) {
    // Identifiers cannot be bound: they must come from our own fixed lists.
    if (!IDENTIFIER.test(table) || !IDENTIFIER.test(snapshotColumn)) throw new WarehouseError(warehouseMessages.unsafeIdentifier(`${table}.${snapshotColumn}`));
    if (optional && !(await warehouse.hasTable(table))) continue;
    const dest = join(root, table);
    recover(dest);
    const fresh = join(root, `.${table}.tmp-${process.pid}`);
    rmSync(fresh, { recursive: true, force: true });
    const [count] = await warehouse.rows(`SELECT count(*)::DOUBLE AS n FROM ${table}`);
    const rows = Number(count?.n ?? 0);
    if (rows === 0) {
      mkdirSync(fresh, { recursive: true });
    } else {
      await warehouse.run(
        `COPY (SELECT *, CAST(${snapshotColumn} AS DATE) AS snapshot_date FROM ${table})
         TO $path (FORMAT parquet, PARTITION_BY (snapshot_date), COMPRESSION zstd)`,
        { path: fresh },
      );
    }
    swapInto(fresh, dest);
    exported.push({ table, rows, path: dest });
  }
  return exported;
}
