import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Warehouse } from '../src/warehouse.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadModels, runModels } from '../src/sql-models.ts';

const dir = fileURLToPath(new URL('./fixtures/models', import.meta.url));

describe('SQL models', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
    await warehouse.run('create table numbers as select range as n from range(1, 5)');
  });
  afterEach(() => warehouse.close());

  it('loads files in order with their materialisation and the relations they declare they read', () => {
    expect(loadModels(dir).map((m) => [m.name, m.materialized, m.reads])).toEqual([
      ['stg_numbers', 'view', ['numbers']],
      ['mart_total', 'table', ['stg_numbers']],
    ]);
  });

  it('reads `-- reads: (nothing)` as no input, no header as undeclared, and refuses a header that is not names', () => {
    const folder = mkdtempSync(join(tmpdir(), 'models-'));
    try {
      writeFileSync(join(folder, '10_none.sql'), '-- reads: (nothing)\nselect 1 as x');
      writeFileSync(join(folder, '20_undeclared.sql'), 'select 1 as x');
      expect(loadModels(folder).map((m) => m.reads)).toEqual([[], null]);
      writeFileSync(join(folder, '30_bad.sql'), '-- reads: creators; drop table creators\nselect 1 as x');
      expect(() => loadModels(folder)).toThrow(/30_bad\.sql: "creators; drop table creators" in its -- reads: header/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('builds views and tables with bound parameters, each model seeing only its own', async () => {
    await runModels(warehouse, loadModels(dir), { factor: 1, label: "x'); drop table numbers; --" });
    expect(await warehouse.rows('select * from mart_total')).toEqual([{ total: 100, label: "x'); drop table numbers; --" }]);
    const kinds = await warehouse.rows(`select table_name, table_type from information_schema.tables where table_name in ('stg_numbers','mart_total') order by 1`);
    expect(kinds).toEqual([
      { table_name: 'mart_total', table_type: 'BASE TABLE' },
      { table_name: 'stg_numbers', table_type: 'VIEW' },
    ]);
  });

  it('refuses a view that takes a parameter, naming the file', () => {
    const bad = mkdtempSync(join(tmpdir(), 'models-'));
    try {
      writeFileSync(join(bad, '10_stg_x.sql'), 'select $x as x');
      expect(() => loadModels(bad)).toThrow(/10_stg_x\.sql uses a \$parameter/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('rebuilds a model that changed from view to table, and back, in an existing warehouse', async () => {
    await warehouse.run('create view mart_total as select 1 as total');
    await warehouse.run('create table stg_numbers as select 1 as n');
    await runModels(warehouse, loadModels(dir), { factor: 1, label: 'a' });
    expect(await warehouse.rows('select total from mart_total')).toEqual([{ total: 100 }]);
    const kinds = await warehouse.rows(`select table_type from information_schema.tables where table_name in ('stg_numbers','mart_total') order by table_name`);
    expect(kinds.map((k) => k.table_type)).toEqual(['BASE TABLE', 'VIEW']);
  });

  it('names the failing file', async () => {
    await warehouse.run('drop table numbers');
    await expect(runModels(warehouse, loadModels(dir), { factor: 1, label: 'a' })).rejects.toThrow(/10_stg_numbers\.sql failed/);
  });
});
