import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/migrations.ts';
import { Warehouse } from '../src/warehouse.ts';

describe('migrations', () => {
  it('brings a warehouse made before versions were recorded up to date, keeping its rows, and appends after the new columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warehouse-migrate-'));
    const path = join(dir, 'old.duckdb');
    try {
      // raw_responses as the first release made it: no contract, no credits_remaining, no schema_migrations.
      const instance = await DuckDBInstance.create(path);
      const old = await instance.connect();
      await old.run(`CREATE TABLE raw_responses (run_id VARCHAR NOT NULL, provider VARCHAR NOT NULL, endpoint VARCHAR NOT NULL,
        request_key VARCHAR NOT NULL, http_status INTEGER NOT NULL, outcome VARCHAR NOT NULL, fetched_at TIMESTAMP NOT NULL,
        credits DOUBLE NOT NULL, body VARCHAR NOT NULL)`);
      await old.run(`INSERT INTO raw_responses VALUES ('r1', 'scavio', 'user/info', 'user/info?username=a', 200, 'ok', '2026-01-01', 1, '{}')`);
      old.closeSync();
      instance.closeSync();

      const w = await Warehouse.open(path);
      try {
        expect(await w.rows('SELECT max(version)::INTEGER AS v FROM schema_migrations')).toEqual([{ v: SCHEMA_VERSION }]);
        const columns = await w.rows(`SELECT column_name FROM information_schema.columns WHERE table_name = 'raw_responses' ORDER BY ordinal_position`);
        expect(columns.map((c) => c.column_name).slice(-2)).toEqual(['contract', 'credits_remaining']);
        expect(await w.rows('SELECT run_id, contract FROM raw_responses')).toEqual([{ run_id: 'r1', contract: null }]);
      } finally {
        w.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
