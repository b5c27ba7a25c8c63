import { fileURLToPath } from 'node:url';
import { type Warehouse, loadModels, type ModelTiming, runModels } from '@creator-audit/warehouse';
import { SEED_V1 } from './seed-v1/rules.ts';

/** A ruleset: its SQL models and the table its last model writes, one row per creator. */
export interface Ruleset {
  name: string;
  modelsDir: string;
  mart: string;
}

const sqlDir = (name: string) => fileURLToPath(new URL(`../sql/${name}`, import.meta.url));

export const RULESETS: Record<string, Ruleset> = {
  [SEED_V1]: { name: SEED_V1, modelsDir: sqlDir('seed-v1'), mart: 'seed_v1_scores' },
};

export const RULESET_NAMES = Object.keys(RULESETS);

export function rulesetNamed(name: string): Ruleset {
  const ruleset = RULESETS[name];
  if (!ruleset) throw new Error(`unknown ruleset "${name}": expected one of ${RULESET_NAMES.join(', ')}`);
  return ruleset;
}

export interface ScoreRun {
  ruleset: string;
  scoredAt: Date;
  creators: number;
  timings: ModelTiming[];
}

async function tableExists(warehouse: Warehouse, table: string): Promise<boolean> {
  const rows = await warehouse.rows(`SELECT 1 FROM information_schema.tables WHERE table_name = $table`, { table });
  return rows.length > 0;
}

/**
 * Re-scores every creator in the warehouse with one ruleset, then swaps its rows in `creator_scores` (one row
 * per creator per ruleset) in a single statement, leaving other rulesets' rows as they were. Columns a
 * ruleset does not produce are NULL for its rows (UNION ALL BY NAME).
 */
export async function scoreWarehouse(warehouse: Warehouse, options: { ruleset?: string; scoredAt?: Date } = {}): Promise<ScoreRun> {
  const ruleset = rulesetNamed(options.ruleset ?? SEED_V1);
  const scoredAt = options.scoredAt ?? new Date();
  const timings = await runModels(warehouse, loadModels(ruleset.modelsDir));
  const started = performance.now();
  // Identifiers come from RULESETS, never from input; the ruleset name is bound.
  const others = (await tableExists(warehouse, 'creator_scores'))
    ? `SELECT * FROM creator_scores WHERE ruleset <> $ruleset UNION ALL BY NAME `
    : '';
  // The mart is a view: this statement is the one place its rows are computed and written. Row order carries
  // no meaning in creator_scores, and without it DuckDB writes the table from both threads.
  const [order] = await warehouse.rows(`SELECT current_setting('preserve_insertion_order') AS keep`);
  await warehouse.run('SET preserve_insertion_order = false');
  try {
    await warehouse.run(
      `CREATE OR REPLACE TABLE creator_scores AS ${others}` +
        `SELECT username, $ruleset::VARCHAR AS ruleset, * EXCLUDE (username), $scored_at::TIMESTAMP AS scored_at FROM ${ruleset.mart}`,
      { ruleset: ruleset.name, scored_at: scoredAt.toISOString() },
    );
  } finally {
    await warehouse.run(`SET preserve_insertion_order = ${order?.keep === false ? 'false' : 'true'}`);
  }
  timings.push({ name: 'creator_scores', ms: performance.now() - started });
  const [count] = await warehouse.rows(`SELECT count(*)::DOUBLE AS n FROM creator_scores WHERE ruleset = $ruleset`, { ruleset: ruleset.name });
  return { ruleset: ruleset.name, scoredAt, creators: Number(count?.n ?? 0), timings };
}
