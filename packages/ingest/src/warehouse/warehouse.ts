import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { ALL_TABLES, createTableSql, VIEWS_SQL } from './tables.ts';

export interface WarehouseOptions {
  /** DuckDB worker threads; the machine has 2 cores. */
  threads?: number;
  memoryLimit?: string;
}

/**
 * The DuckDB file behind everything: one instance per file per process, one connection for writes.
 * Nothing is ever downloaded (extension autoload is off; json and parquet are built in).
 */
export class Warehouse {
  private constructor(
    readonly path: string,
    readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, options: WarehouseOptions = {}): Promise<Warehouse> {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const instance = await DuckDBInstance.create(path, {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      threads: String(options.threads ?? 2),
      memory_limit: options.memoryLimit ?? '8GB',
    });
    const connection = await instance.connect();
    // Stored times are UTC; pin the session zone so casts to and from TIMESTAMPTZ never use the host's.
    await connection.run(`SET TimeZone = 'UTC'`);
    const warehouse = new Warehouse(path, instance, connection);
    await warehouse.ensureSchema();
    return warehouse;
  }

  private async ensureSchema(): Promise<void> {
    for (const table of ALL_TABLES) await this.connection.run(createTableSql(table));
    for (const view of VIEWS_SQL) await this.connection.run(view);
  }

  /** Rows as plain objects. BIGINTs come back as `bigint`: cast in SQL where a number is wanted. */
  async rows(sql: string, params?: DuckDBValue[] | Record<string, DuckDBValue>): Promise<Record<string, unknown>[]> {
    const reader = await this.connection.runAndReadAll(sql, params);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  }

  async run(sql: string, params?: DuckDBValue[] | Record<string, DuckDBValue>): Promise<void> {
    await this.connection.run(sql, params);
  }

  /** Runs `work` in one transaction: all of it lands or none of it does (a kill -9 midway leaves nothing). */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.connection.run('COMMIT');
      return result;
    } catch (error) {
      await this.connection.run('ROLLBACK');
      throw error;
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
