import { Warehouse } from '@creator-audit/warehouse';

export const DEFAULT_DB = 'data/warehouse.duckdb';
export const DEFAULT_PARQUET_DIR = 'data/parquet';

/** Opens the warehouse for one command and always closes it, even when the command fails. */
export async function withWarehouse<T>(path: string, work: (warehouse: Warehouse) => Promise<T>): Promise<T> {
  const warehouse = await Warehouse.open(path);
  try {
    return await work(warehouse);
  } finally {
    warehouse.close();
  }
}
