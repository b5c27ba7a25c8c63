import { Warehouse } from '@creator-audit/warehouse';
import { BIGINT, DOUBLE, LIST, listValue } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { fromPythonHex, pythonFixtures } from './seed-v1-fixtures.ts';

// The SQL models format flag texts with DuckDB's format(); they must print what Python prints.
describe("DuckDB's format() against Python's format specs", () => {
  it('prints .2f, .3f and ,.0f as Python does, ties to even included', async () => {
    const warehouse = await Warehouse.open(':memory:');
    try {
      const floats = pythonFixtures.format.floats;
      const reader = await warehouse.connection.runAndReadAll(
        `SELECT format('{:.2f}', x) AS f2, format('{:.3f}', x) AS f3, format('{:,.0f}', x) AS g0
         FROM unnest($xs) WITH ORDINALITY AS t(x, i) ORDER BY i`,
        { xs: listValue(floats.map((f) => fromPythonHex(f.hex))) },
        { xs: LIST(DOUBLE) },
      );
      expect(reader.getRowObjectsJS()).toEqual(floats.map(({ f2, f3, g0 }) => ({ f2, f3, g0 })));
    } finally {
      warehouse.close();
    }
  });

  it('groups integer thousands as {:,}', async () => {
    const warehouse = await Warehouse.open(':memory:');
    try {
      const ints = pythonFixtures.format.ints;
      const reader = await warehouse.connection.runAndReadAll(
        `SELECT format('{:,}', n) AS g FROM unnest($ns) WITH ORDINALITY AS t(n, i) ORDER BY i`,
        { ns: listValue(ints.map((i) => BigInt(i.n))) },
        { ns: LIST(BIGINT) },
      );
      expect(reader.getRowObjectsJS().map((r) => r.g)).toEqual(ints.map((i) => i.g));
    } finally {
      warehouse.close();
    }
  });
});
