import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { appendRows, type Row } from '../append-rows.ts';
import { WarehouseError } from '../errors.ts';
import { warehouseMessages } from '../messages.ts';
import { createTableSql, type TableDef } from '../tables.ts';
import { LAKE_STAGING_DIR, LAKE_TABLES, partitionDir } from './layout.ts';

export interface LakeFile {
  table: string;
  rows: number;
  path: string;
}

/** A file is durable before its name is: after a crash the lake holds whole files or none. */
function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Rows per UTC date of their partition column, in date order (the rows' own Dates: no query needed). */
function countByDate(rows: readonly Row[], column: string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const at = row[column];
    if (!(at instanceof Date)) throw new WarehouseError(warehouseMessages.noPartitionTime(column));
    const date = at.toISOString().slice(0, 10);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
}

const WRITER_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,100}$/;

/**
 * Writes batches of landed rows into the lake as Parquet, one file per table and partition per batch, named
 * `<writerId>-<batch>.parquet` (unique per worker and batch, so writers never collide and a file is never
 * rewritten). Each file is written under `_tmp/`, synced, then renamed into its partition: readers see whole
 * files only. Rows are staged in an in-memory DuckDB of the writer's own, with the warehouse's column types.
 */
export class LakeWriter {
  private batches = 0;

  private constructor(
    readonly root: string,
    readonly writerId: string,
    private readonly connection: DuckDBConnection,
    private readonly instance: DuckDBInstance,
  ) {}

  static async create(root: string, writerId: string): Promise<LakeWriter> {
    if (!WRITER_ID.test(writerId)) throw new WarehouseError(warehouseMessages.badWriterId(writerId));
    const lake = resolve(root);
    mkdirSync(join(lake, LAKE_STAGING_DIR), { recursive: true });
    const instance = await DuckDBInstance.create(':memory:', {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      threads: '1',
      memory_limit: '1GB',
    });
    const connection = await instance.connect();
    await connection.run(`SET TimeZone = 'UTC'`);
    // No primary keys: a job delivered twice to one worker may put the same rows in one batch; the views dedupe.
    for (const { table } of LAKE_TABLES) await connection.run(createTableSql({ ...table, primaryKey: undefined }));
    return new LakeWriter(lake, writerId, connection, instance);
  }

  /** Writes one batch; returns the files put in place. A batch with a table the lake does not hold is refused. */
  async write(batch: ReadonlyMap<TableDef, readonly Row[]>): Promise<LakeFile[]> {
    for (const table of batch.keys()) {
      if (!LAKE_TABLES.some((t) => t.table === table)) throw new WarehouseError(warehouseMessages.notALakeTable(table.name));
    }
    const name = `${this.writerId}-${String(++this.batches).padStart(6, '0')}`;
    const staged: Array<LakeFile & { temp: string }> = [];
    try {
      for (const { table, partitionBy } of LAKE_TABLES) {
        const rows = batch.get(table) ?? [];
        if (rows.length === 0) continue;
        await appendRows(this.connection, table, rows);
        for (const [date, count] of countByDate(rows, partitionBy)) {
          const temp = join(this.root, LAKE_STAGING_DIR, `${name}-${table.name}-${date}.parquet`);
          await this.connection.run(
            `COPY (SELECT * FROM ${table.name} WHERE CAST(${partitionBy} AS DATE) = $date::DATE)
             TO $temp (FORMAT parquet, COMPRESSION zstd)`,
            { date, temp },
          );
          fsyncPath(temp);
          staged.push({ table: table.name, rows: count, temp, path: join(partitionDir(this.root, table.name, date), `${name}.parquet`) });
        }
      }
    } catch (error) {
      for (const file of staged) rmSync(file.temp, { force: true });
      throw error;
    } finally {
      for (const { table } of LAKE_TABLES) if (batch.get(table)?.length) await this.connection.run(`DELETE FROM ${table.name}`);
    }
    // In LAKE_TABLES order: creator_outcomes, the commit record, last.
    const dirs = new Set<string>();
    for (const file of staged) {
      const dir = dirname(file.path);
      mkdirSync(dir, { recursive: true });
      renameSync(file.temp, file.path);
      dirs.add(dir);
    }
    // The renames themselves survive a power cut once their folders are synced.
    for (const dir of dirs) fsyncPath(dir);
    return staged.map(({ table, rows, path }) => ({ table, rows, path }));
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
