import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { z } from 'zod';
import { WarehouseError } from './errors.ts';
import { isLocked, warehouseMessages } from './messages.ts';
import { migrate } from './migrations.ts';

/**
 * How a command may open the file. Only commands that gather data (`create`) may bring a new warehouse into
 * being; the rest open what exists (`existing`) or only read it (`read-only`: DuckDB refuses every write, and
 * the connection can reach no other file), so a mistyped `--db` is an error, never a new empty warehouse.
 */
export type WarehouseAccess = 'create' | 'existing' | 'read-only';

export interface WarehouseOptions {
  access?: WarehouseAccess;
  /** DuckDB worker threads; the machine has 2 cores. */
  threads?: number;
  memoryLimit?: string;
}

/** Bytes 8-11 of every DuckDB database file. */
const DUCKDB_MAGIC = 'DUCK';

function checkIsDuckDbFile(path: string): void {
  if (statSync(path).isDirectory()) throw new WarehouseError(warehouseMessages.notAFile(path));
  const header = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  if (header.subarray(8, 12).toString('latin1') !== DUCKDB_MAGIC) throw new WarehouseError(warehouseMessages.notDuckDb(path));
}

/**
 * The DuckDB file behind everything: one instance per file per process, one connection for writes.
 * Nothing is ever downloaded (extension autoload is off; json and parquet are built in).
 */
export class Warehouse {
  private constructor(
    readonly path: string,
    readonly access: WarehouseAccess,
    readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, options: WarehouseOptions = {}): Promise<Warehouse> {
    const access = options.access ?? 'create';
    const inMemory = path === ':memory:';
    if (!inMemory && existsSync(path)) checkIsDuckDbFile(path);
    else if (!inMemory && access !== 'create') throw new WarehouseError(warehouseMessages.missing(path), { problem: { kind: 'missing', path } });
    else if (!inMemory) mkdirSync(dirname(path), { recursive: true });
    const readOnly = access === 'read-only';
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, {
        autoinstall_known_extensions: 'false',
        autoload_known_extensions: 'false',
        threads: String(options.threads ?? 2),
        memory_limit: options.memoryLimit ?? '8GB',
        ...(readOnly ? { access_mode: 'READ_ONLY', enable_external_access: 'false', lock_configuration: 'true' } : {}),
      });
    } catch (error) {
      const why = (error as Error).message;
      throw new WarehouseError(warehouseMessages.cannotOpen(path, why), { cause: error, ...(isLocked(why) ? { problem: { kind: 'locked', path, why } } : {}) });
    }
    const connection = await instance.connect();
    const warehouse = new Warehouse(path, access, instance, connection);
    try {
      // Stored times are UTC; pin the session zone so casts to and from TIMESTAMPTZ never use the host's.
      if (!readOnly) await connection.run(`SET TimeZone = 'UTC'`);
      if (!readOnly) await migrate(warehouse);
    } catch (error) {
      warehouse.close();
      throw error;
    }
    return warehouse;
  }

  /** Rows as plain objects. BIGINTs come back as `bigint`: cast in SQL where a number is wanted. */
  async rows(sql: string, params?: DuckDBValue[] | Record<string, DuckDBValue>): Promise<Record<string, unknown>[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  }

  /** Rows parsed with `schema`: a query and the code reading it cannot drift apart silently. `what` names the query in errors. */
  async rowsOf<T>(what: string, schema: z.ZodType<T>, sql: string, params?: Record<string, DuckDBValue>): Promise<T[]> {
    const parsed = z.array(schema).safeParse(await this.rows(sql, params));
    if (!parsed.success) throw new WarehouseError(warehouseMessages.badRows(what, z.prettifyError(parsed.error)), { cause: parsed.error });
    return parsed.data;
  }

  async run(sql: string, params?: DuckDBValue[] | Record<string, DuckDBValue>): Promise<void> {
    await this.connection.run(sql, params);
  }

  async hasTable(name: string): Promise<boolean> {
    const rows = await this.rows(`SELECT 1 FROM information_schema.tables WHERE table_name = $name`, { name });
    return rows.length > 0;
  }

  /**
   * Runs `work` in one transaction: all of it lands or none of it does (a kill -9 midway leaves nothing).
   * When COMMIT itself fails (a full disk), DuckDB has already ended the transaction and the ROLLBACK fails
   * too: the COMMIT's error is the one that says what went wrong, so it is the one thrown.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.connection.run('COMMIT');
      return result;
    } catch (error) {
      await this.connection.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** Opens the warehouse for one piece of work and always closes it, even when the work fails. */
export async function withWarehouse<T>(path: string, options: WarehouseOptions, work: (warehouse: Warehouse) => Promise<T>): Promise<T> {
  const warehouse = await Warehouse.open(path, options);
  try {
    return await work(warehouse);
  } finally {
    warehouse.close();
  }
}
