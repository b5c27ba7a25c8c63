import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLakeViews } from '@creator-audit/warehouse';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { QueryError } from './query-error.ts';

/**
 * A Parquet lake (or an export: one layout) opened for an analyst's query: an in-memory database whose views read
 * the lake under the warehouse's table names, deduplicating at-least-once delivery. Files can be read from the
 * lake's folder only (external access off, the lake allowed, the configuration locked); the caller runs reading
 * statements only, since DuckDB would let a COPY TO write into the allowed folder.
 */
export async function openLakeForQuery(lakeDir: string): Promise<{ connection: DuckDBConnection; close(): void }> {
  const lake = resolve(lakeDir);
  if (!existsSync(lake) || !statSync(lake).isDirectory()) throw new QueryError({ kind: 'no_lake', path: lake });
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    threads: '2',
    memory_limit: '8GB',
  });
  const connection = await instance.connect();
  const close = () => {
    connection.closeSync();
    instance.closeSync();
  };
  try {
    await connection.run(`SET TimeZone = 'UTC'`);
    await createLakeViews(connection, lake);
    await connection.run(`SET allowed_directories = [$lake]`, { lake: `${lake}/` });
    await connection.run(`SET enable_external_access = false`);
    await connection.run(`SET lock_configuration = true`);
  } catch (error) {
    close();
    throw error;
  }
  return { connection, close };
}
