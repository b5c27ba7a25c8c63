import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/migrations.ts';
import { Warehouse } from '../src/warehouse.ts';

describe('Warehouse.open', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'warehouse-open-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a new warehouse only when asked to, and says what to do when the file is missing', async () => {
    const path = join(dir, 'typo.duckdb');
    await expect(Warehouse.open(path, { access: 'existing' })).rejects.toThrow(/no warehouse at .*typo\.duckdb: check the path/);
    await expect(Warehouse.open(path, { access: 'read-only' })).rejects.toThrow(/no warehouse at/);
    expect(existsSync(path)).toBe(false);
    const created = await Warehouse.open(path, { access: 'create' });
    created.close();
    expect(existsSync(path)).toBe(true);
    const reopened = await Warehouse.open(path, { access: 'existing' });
    expect(await reopened.hasTable('creators')).toBe(true);
    reopened.close();
  });

  it('refuses a file that is not a DuckDB database instead of silently working in memory', async () => {
    for (const [name, content] of [
      ['creators.csv', 'username\nalice\n'],
      ['creators.parquet', 'PAR1\u0000\u0000\u0000\u0000garbagePAR1'],
      ['empty.duckdb', ''],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, content);
      await expect(Warehouse.open(path, { access: 'create' })).rejects.toThrow(/is not a DuckDB database/);
    }
    await expect(Warehouse.open(dir, { access: 'create' })).rejects.toThrow(/is a folder/);
  });

  it('opens read-only so that no statement can write, and records the schema version when writable', async () => {
    const path = join(dir, 'w.duckdb');
    const w = await Warehouse.open(path);
    expect(await w.rows('select max(version)::INTEGER as v from schema_migrations')).toEqual([{ v: SCHEMA_VERSION }]);
    w.close();
    const ro = await Warehouse.open(path, { access: 'read-only' });
    try {
      await expect(ro.run('create table x (a int)')).rejects.toThrow(/read-only/i);
      await expect(ro.run("copy (select 1) to 'out.csv'")).rejects.toThrow();
      expect(await ro.rows('select count(*)::INTEGER as n from creators')).toEqual([{ n: 0 }]);
    } finally {
      ro.close();
    }
  });

  it('keeps the error of the work that failed, not the ROLLBACK that follows it', async () => {
    const w = await Warehouse.open(':memory:');
    try {
      await expect(w.transaction(() => w.run('select * from no_such_table'))).rejects.toThrow(/no_such_table/);
      // The connection is usable again: the transaction was ended.
      expect(await w.rows('select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      w.close();
    }
  });
});
