import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** Written into every folder an export makes: only such folders are ever replaced or removed. */
export const EXPORT_MARKER = '.creator-audit-export';

/** A table's folder while it is being written, beside the one it will replace. */
const TEMP_FOLDER = /^\.([a-z_][a-z0-9_]*)\.tmp-(\d+)$/;

const isOurs = (dir: string) => existsSync(join(dir, EXPORT_MARKER));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the half-written folders of exports that were killed: a cut-off Parquet file there breaks readers of `root/**`. */
function removeAbandoned(root: string): void {
  for (const name of readdirSync(root)) {
    const temp = TEMP_FOLDER.exec(name);
    if (temp && Number(temp[2]) !== process.pid && !isRunning(Number(temp[2]))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** Where a table's previous export steps aside during a swap: hidden, beside it. */
const asideOf = (root: string, table: string) => join(root, `.${table}.old`);

/**
 * Swaps `fresh` in for `dest`. Linux cannot rename a folder over a non-empty one, so the old one steps
 * aside first; a kill between the two renames leaves it aside, and the next export puts it back.
 */
function swapInto(fresh: string, dest: string, aside: string): void {
  if (existsSync(dest)) {
    rmSync(aside, { recursive: true, force: true });
    renameSync(dest, aside);
  }
  renameSync(fresh, dest);
  rmSync(aside, { recursive: true, force: true });
}

function recover(dest: string, aside: string): void {
  if (!existsSync(dest) && existsSync(aside) && isOurs(aside)) renameSync(aside, dest);
}

/**
 * Writes each table as Parquet, hive-partitioned by snapshot date, into `<outDir>/<table>/`. Each folder
 * is built aside and swapped in whole, so readers never see a half-written export. Only a folder an earlier
 * export made (it holds `EXPORT_MARKER`) is ever replaced: `--out ~` must never delete `~/videos`.
 */
export async function exportParquet(warehouse: Warehouse, outDir: string, specs: readonly ExportSpec[]): Promise<ExportedTable[]> {
  const root = resolve(outDir);
  mkdirSync(root, { recursive: true });
  removeAbandoned(root);
  const exported: ExportedTable[] = [];
  for (const { table, snapshotColumn, optional } of specs) {
    // Identifiers cannot be bound: they must come from our own fixed lists.
    if (!IDENTIFIER.test(table) || !IDENTIFIER.test(snapshotColumn)) throw new WarehouseError(warehouseMessages.unsafeIdentifier(`${table}.${snapshotColumn}`));
    if (optional && !(await warehouse.hasTable(table))) continue;
    const dest = join(root, table);
    const aside = asideOf(root, table);
    recover(dest, aside);
    for (const folder of [dest, aside]) {
      if (existsSync(folder) && !isOurs(folder)) throw new WarehouseError(warehouseMessages.notOurExport(folder));
    }
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
    writeFileSync(join(fresh, EXPORT_MARKER), `${JSON.stringify({ table, rows, exportedAt: new Date().toISOString() })}\n`);
    swapInto(fresh, dest, aside);
    exported.push({ table, rows, path: dest });
  }
  return exported;
}
