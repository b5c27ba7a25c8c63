import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Warehouse } from '../warehouse.ts';

/** A fresh warehouse file in a temp folder, removed afterwards. */
export async function withTempWarehouse<T>(work: (warehouse: Warehouse, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'creator-audit-'));
  const warehouse = await Warehouse.open(join(dir, 'warehouse.duckdb'));
  try {
    return await work(warehouse, dir);
  } finally {
    warehouse.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
