import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WarehouseError } from '../src/errors.ts';
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
    const missing = await Warehouse.open(path, { access: 'existing' }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(WarehouseError);
    expect((missing as WarehouseError).problem).toEqual({ kind: 'missing', path });
    expect((missing as Error).message).toBe(`no warehouse at ${path}: check the path, or create one by fetching data first`);
    await expect(Warehouse.open(path, { access: 'read-only' })).rejects.toThrow(/no warehouse at/);
    expect(existsSync(path)).toBe(false);
    const created = await Warehouse.open(path, { access: 'create' });
    created.close();
    expect(existsSync(path)).toBe(true);
    const reopened = await Warehouse.open(path, { access: 'existing' });
    expect(await reopened.hasTable('creators')).toBe(true);
    reopened.close();
  });

  it('a file another process holds open is a WarehouseError of kind locked, whose message names no command', async () => {
    const path = join(dir, 'held.duckdb');
    (await Warehouse.open(path)).close();
    // Another process holds DuckDB's lock on the file until it reads a line on stdin.
    const holder = spawn(
      process.execPath,
      ['--input-type=module', '-e', `import { DuckDBInstance } from '@duckdb/node-api'; const i = await DuckDBInstance.create(${JSON.stringify(path)}); console.log('held'); process.stdin.once('data', () => { i.closeSync(); process.exit(0); });`],
      { cwd: dirname(fileURLToPath(import.meta.url)), stdio: ['pipe', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.once('data', () => resolve());
        holder.once('exit', (code) => reject(new Error(`the holder exited (${code}) before it held the file`)));
      });
      const refused = await Warehouse.open(path).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(WarehouseError);
      const problem = (refused as WarehouseError).problem;
      expect(problem).toMatchObject({ kind: 'locked', path });
      expect(problem?.kind === 'locked' && problem.why).toMatch(/lock/i);
      expect((refused as Error).message).toMatch(/\(another process is using it: wait for it to finish\)$/);
      expect((refused as Error).cause).toBeInstanceOf(Error);
    } finally {
      holder.stdin.end('done\n');
    }
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
