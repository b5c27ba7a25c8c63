import { readFileSync } from 'node:fs';
import type { DuckDBValue } from '@duckdb/node-api';
import { WarehouseError } from './errors.ts';
import { warehouseMessages } from './messages.ts';

const PARAM = /\$([a-z_]\w*)/gi;

/** One SQL statement kept in a file, without the trailing semicolon (so it can be wrapped in CREATE ... AS). */
export function readSqlFile(path: string): string {
  return readFileSync(path, 'utf8').trim().replace(/;\s*$/, '');
}

/** The `$name` parameters a statement mentions, outside `--` comments (which may well talk about them). */
export function parametersOf(sql: string): Set<string> {
  const code = sql.replace(/--[^\n]*/g, '');
  return new Set([...code.matchAll(PARAM)].map((m) => (m[1] as string).toLowerCase()));
}

/**
 * The values a statement binds: only those it mentions (DuckDB refuses unused named parameters). A parameter it
 * mentions with no value is an error naming the file, not a NULL.
 */
export function boundParams(file: string, sql: string, params: Record<string, DuckDBValue>): Record<string, DuckDBValue> {
  const used = parametersOf(sql);
  for (const name of used) if (!(name in params)) throw new WarehouseError(warehouseMessages.unboundParameter(file, name));
  return Object.fromEntries(Object.entries(params).filter(([k]) => used.has(k.toLowerCase())));
}
