import { ALL_TABLES, createTableSql, VIEWS_SQL } from './tables.ts';
import type { Warehouse } from './warehouse.ts';

/**
 * Schema changes, in order, each applied once per warehouse and recorded in `schema_migrations`. Version 1
 * creates every table as `tables.ts` defines it today (IF NOT EXISTS, so a warehouse made before migrations were
 * recorded is adopted as it is); a later version that adds a column appends it to its `TableDef` and alters
 * existing warehouses here (`ADD COLUMN IF NOT EXISTS`, a no-op where version 1 already created it).
 */
const MIGRATIONS: ReadonlyArray<{ version: number; statements: () => string[] }> = [
  { version: 1, statements: () => ALL_TABLES.map(createTableSql) },
  {
    version: 2,
    statements: () => [
      'ALTER TABLE raw_responses ADD COLUMN IF NOT EXISTS contract VARCHAR',
      'ALTER TABLE raw_responses ADD COLUMN IF NOT EXISTS credits_remaining DOUBLE',
    ],
  },
];

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

export async function migrate(warehouse: Warehouse): Promise<void> {
  await warehouse.run(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)`);
  const [row] = await warehouse.rows(`SELECT coalesce(max(version), 0)::INTEGER AS v FROM schema_migrations`);
  const current = Number(row?.v ?? 0);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    await warehouse.transaction(async () => {
      for (const sql of migration.statements()) await warehouse.run(sql);
      await warehouse.run(`INSERT INTO schema_migrations VALUES ($v, now()::TIMESTAMP)`, { v: migration.version });
    });
  }
  // Views hold no data: they are recreated on every open, so their definition is always this release's.
  for (const view of VIEWS_SQL) await warehouse.run(view);
}
