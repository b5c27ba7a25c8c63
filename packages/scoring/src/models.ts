import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DuckDBValue } from '@duckdb/node-api';
import type { Warehouse } from '@creator-audit/ingest';

/**
 * A SQL model: one `.sql` file holding one SELECT, materialised as a view or a table named after the file
 * (`20_stg_videos.sql` -> `stg_videos`; the number only orders the files). A header line
 * `-- materialized: table` makes it a table; views are the default. Values reach the SQL only as bound
 * `$name` parameters, and only in tables: a view is stored SQL and cannot hold a bound value.
 */
export interface Model {
  name: string;
  materialized: 'view' | 'table';
  sql: string;
  file: string;
}

const FILE = /^(\d+)_([a-z][a-z0-9_]*)\.sql$/;
const PARAM = /\$[a-z_]\w*/i;

export function loadModels(dir: string): Model[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const match = FILE.exec(file);
      if (!match) throw new Error(`model file ${join(dir, file)} must be named NN_model_name.sql`);
      const sql = readFileSync(join(dir, file), 'utf8');
      const materialized = (/^--\s*materialized:\s*(table|view)\s*$/m.exec(sql)?.[1] ?? 'view') as Model['materialized'];
      if (materialized === 'view' && PARAM.test(sql)) {
        throw new Error(`model ${join(dir, file)} uses a $parameter: views cannot bind values, declare -- materialized: table`);
      }
      return { name: match[2] as string, materialized, sql: sql.trim().replace(/;\s*$/, ''), file };
    });
}

/** Only the parameters a model mentions are bound: DuckDB rejects unused named parameters. */
function paramsFor(sql: string, params: Record<string, DuckDBValue>): Record<string, DuckDBValue> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(sql)));
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
    try {
      await dropIfOtherKind(warehouse, model.name, kind);
      await warehouse.run(`CREATE OR REPLACE ${kind} ${model.name} AS\n${model.sql}`, paramsFor(model.sql, params));
    } catch (error) {
      throw new Error(`SQL model ${basename(model.file)} failed: ${(error as Error).message}`, { cause: error });
    }
    timings.push({ name: model.name, ms: performance.now() - started });
  }
  return timings;
}
