import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMacros, runMacros } from '../src/sql-macros.ts';
import { Warehouse } from '../src/warehouse.ts';

const dir = fileURLToPath(new URL('./fixtures/macros', import.meta.url));

function withFolder(files: Record<string, string>, work: (folder: string) => void): void {
  const folder = mkdtempSync(join(tmpdir(), 'macros-'));
  try {
    for (const [name, sql] of Object.entries(files)) writeFileSync(join(folder, name), sql);
    work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('SQL macros', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterEach(() => warehouse.close());

  it('creates each macro of a folder, which views then call', async () => {
    await runMacros(warehouse, loadMacros(dir));
    await warehouse.run('create view clamped as select clamp_unit(x) as y from (values (-2.0), (0.5), (3.0), (null)) as t (x)');
    expect((await warehouse.rows('select y::DOUBLE as y from clamped')).map((r) => r.y)).toEqual([0, 0.5, 1, null]);
  });

  it('refuses a file not named NN_name.sql, a macro not named as its file, two statements, or a bound value', () => {
    const bad = (sql: string, file = '10_ramp.sql') => () => withFolder({ [file]: sql }, (folder) => loadMacros(folder));
    const refused = /10_ramp\.sql must be named NN_name\.sql and hold one CREATE OR REPLACE MACRO name/;
    expect(bad('create or replace macro ramp(x) as x', 'ramp.sql')).toThrow(/ramp\.sql must be named NN_name\.sql/);
    expect(bad('create or replace macro other(x) as x')).toThrow(refused);
    expect(bad('create or replace macro ramp(x) as x; drop table creators')).toThrow(refused);
    expect(bad('create macro ramp(x) as x')).toThrow(refused);
    expect(bad('create or replace macro ramp(x) as x * $factor')).toThrow(/10_ramp\.sql uses a \$parameter/);
  });

  it('creates macros in file order, so one can call a macro numbered before it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'macros-'));
    try {
      writeFileSync(join(folder, '10_unit.sql'), 'create or replace macro unit(x) as least(greatest(x, 0), 1)');
      writeFileSync(join(folder, '20_percent.sql'), 'create or replace macro percent(x) as 100 * unit(x)');
      await runMacros(warehouse, loadMacros(folder));
      expect(await warehouse.rows('select percent(0.25)::DOUBLE as p')).toEqual([{ p: 25 }]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
