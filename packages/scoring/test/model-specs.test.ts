import { loadModels, runModels, type Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlFolder, STAGING_FOLDER } from '../src/models/sql-layers.ts';
import { actualRows, give, loadSpecs, paramsOf, sorted, warehouseFor } from './model-specs.ts';

/** Every model's sidecar spec (sql/**\/NN_model.spec.json), run on real DuckDB: given rows in, expected rows out. */
const specs = loadSpecs();

describe('model specs', () => {
  it('exist for every staging model', () => {
    const specified = specs.filter((s) => s.folder === STAGING_FOLDER).map((s) => s.model.name);
    expect(specified).toEqual(loadModels(sqlFolder(STAGING_FOLDER)).map((m) => m.name));
  });
});

for (const spec of specs) {
  describe(spec.file, () => {
    let warehouse: Warehouse;
    beforeAll(async () => {
      warehouse = await warehouseFor(spec);
    });
    afterAll(() => warehouse.close());

    it('gives, in every case, each relation the model reads and nothing else', () => {
      for (const c of spec.cases) expect({ case: c.name, given: Object.keys(c.given).sort() }).toEqual({ case: c.name, given: [...(spec.model.reads ?? [])].sort() });
    });

    for (const c of spec.cases) {
      it(c.name, async () => {
        for (const [relation, rows] of Object.entries(c.given)) await give(warehouse, relation, rows);
        await runModels(warehouse, [spec.model], paramsOf(spec, c));
        const columns = Object.keys(c.expect[0] ?? {});
        for (const row of c.expect) expect(Object.keys(row)).toEqual(columns);
        expect(sorted(await actualRows(warehouse, spec, columns))).toEqual(sorted(c.expect));
      });
    }
  });
}
