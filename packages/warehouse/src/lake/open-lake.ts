import { resolve } from 'node:path';
import { WarehouseError } from '../errors.ts';
import { warehouseMessages } from '../messages.ts';
import { Warehouse } from '../warehouse.ts';
import { LAKE_TABLES } from './layout.ts';
import { lakeViewsSql } from './lake-views.ts';

/**
 * A warehouse file whose landing tables are views over a lake (`score --lake DIR --db OUT`): every command that
 * reads a warehouse reads the lake through it, deduplicated, and what it builds (scores, marts) is stored in the
 * file. The file holds no landed rows of its own: one that does is refused rather than have its tables dropped.
 * The views are rebuilt on every call, so files added to the lake since are read.
 */
export async function openLakeWarehouse(lakeDir: string, path: string): Promise<Warehouse> {
  const lake = resolve(lakeDir);
  const warehouse = await Warehouse.open(path, { access: 'create' });
  try {
    for (const { table } of LAKE_TABLES) {
      const [kind] = await warehouse.rows(`SELECT table_type FROM information_schema.tables WHERE table_name = $name`, { name: table.name });
      if (kind?.table_type !== 'BASE TABLE') continue;
      // Names come from LAKE_TABLES, never from input.
      const [count] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM ${table.name}`);
      if (Number(count?.n) > 0) {
        throw new WarehouseError(warehouseMessages.lakeOverLandedData(path, table.name), { problem: { kind: 'lake_over_landed', path, table: table.name } });
      }
    }
    await warehouse.transaction(async () => {
      for (const { table } of LAKE_TABLES) await warehouse.run(`DROP TABLE IF EXISTS ${table.name}`);
      for (const sql of lakeViewsSql(lake)) await warehouse.run(sql);
    });
    return warehouse;
  } catch (error) {
    warehouse.close();
    throw error;
  }
}
