import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBValue } from '@duckdb/node-api';
import { WarehouseError } from './errors.ts';
import { warehouseMessages } from './messages.ts';
import { boundParams, parametersOf, readSqlFile } from './sql-files.ts';
import type { Warehouse } from './warehouse.ts';

/**
 * A SQL model: one `.sql` file holding one SELECT, materialised as a view or a table named after the file
 * (`20_stg_videos.sql` -> `stg_videos`; the number only orders the files). A header line
 * `-- materialized: table` makes it a table; views are the default. Values reach the SQL only as bound
 * `$name` parameters, and only in tables: a view is stored SQL and cannot hold a bound value.
 * A header line `-- reads: creators, stg_videos` declares the relations the model reads (`-- reads: (nothing)`
 * for none), so a runner can tell which inputs must exist first; `reads` is null where a file declares nothing.
 */
export interface Model {
  name: string;
  materialized: 'view' | 'table';
  sql: string;
  file: string;
  reads: readonly string[] | null;
}

const FILE = /^(\d+)_([a-z][a-z0-9_]*)\.sql$/;
const READS = /^--\s*reads:(.*)$/m;
const RELATION = /^[a-z_][a-z0-9_]*$/;

/** The relations a model's `-- reads:` header names; a name that is not a plain identifier is refused. */
function readsOf(path: string, sql: string): string[] | null {
  const header = READS.exec(sql)?.[1]?.trim();
  if (header === undefined) return null;
  if (header === '(nothing)') return [];
  const names = header.split(',').map((name) => name.trim());
  for (const name of names) if (!RELATION.test(name)) throw new WarehouseError(warehouseMessages.badReadsHeader(path, name));
  return names;
}

export function loadModels(dir: string): Model[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const match = FILE.exec(file);
      if (!match) throw new WarehouseError(warehouseMessages.badModelName(join(dir, file)));
      const sql = readSqlFile(join(dir, file));
      const materialized = (/^--\s*materialized:\s*(table|view)\s*$/m.exec(sql)?.[1] ?? 'view') as Model['materialized'];
      if (materialized === 'view' && parametersOf(sql).size > 0) throw new WarehouseError(warehouseMessages.viewWithParameter(join(dir, file)));
      return { name: match[2] as string, materialized, sql, file, reads: readsOf(join(dir, file), sql) };
    });
}

export interface ModelTiming {
  name: string;
  ms: number;
}

/**
 * A model that changed from view to table (or back) between releases: CREATE OR REPLACE cannot replace an
 * object of the other kind, so the old one goes first. Names come from model file names, never from input.
 */
async function dropIfOtherKind(warehouse: Warehouse, name: string, kind: 'TABLE' | 'VIEW'): Promise<void> {
  const [existing] = await warehouse.rows(`SELECT table_type FROM information_schema.tables WHERE table_name = $name`, { name });
  if (!existing) return;
  const existingKind = existing.table_type === 'VIEW' ? 'VIEW' : 'TABLE';
  if (existingKind !== kind) await warehouse.run(`DROP ${existingKind} ${name} CASCADE`);
}

/** Builds the models in file order; a failing model names its file in the error. */
export async function runModels(warehouse: Warehouse, models: readonly Model[], params: Record<string, DuckDBValue> = {}): Promise<ModelTiming[]> {
  const timings: ModelTiming[] = [];
  for (const model of models) {
    const started = performance.now();
    const kind = model.materialized === 'table' ? 'TABLE' : 'VIEW';
    const bound = boundParams(model.file, model.sql, params);
    try {
      await dropIfOtherKind(warehouse, model.name, kind);
      await warehouse.run(`CREATE OR REPLACE ${kind} ${model.name} AS\n${model.sql}`, bound);
    } catch (error) {
      throw new WarehouseError(warehouseMessages.modelFailed(model.file, (error as Error).message), { cause: error });
    }
    timings.push({ name: model.name, ms: performance.now() - started });
  }
  return timings;
}
