import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { queryMessages } from './messages.ts';

export interface QueryResult {
  columns: string[];
  rows: DuckDBValue[][];
}

/**
 * Runs one analyst query on the warehouse file, opened READ_ONLY in an instance of its own: DuckDB refuses
 * every write to it (INSERT, CREATE, DROP, UPDATE...). External access is off and the configuration locked,
 * so the query can neither read nor write other files (COPY TO, read_csv, ATTACH) nor switch that back on.
 */
export async function runReadOnlyQuery(path: string, sql: string): Promise<QueryResult> {
  if (path === ':memory:' || !existsSync(path)) throw new Error(queryMessages.noWarehouse(path));
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, {
      access_mode: 'READ_ONLY',
      enable_external_access: 'false',
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      lock_configuration: 'true',
      threads: '2',
      memory_limit: '8GB',
    });
  } catch (error) {
    throw new Error(queryMessages.cannotOpen(path, (error as Error).message), { cause: error });
  }
  try {
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(sql);
      return { columns: reader.columnNames(), rows: reader.getRows() };
    } catch (error) {
      throw new Error(queryMessages.sqlFailed((error as Error).message), { cause: error });
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}
