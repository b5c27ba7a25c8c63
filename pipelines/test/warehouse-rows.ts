import { Warehouse } from '@creator-audit/warehouse';

/** The rows a query returns from a warehouse file the CLI wrote, opened read-only as `sql` opens it. */
export async function warehouseRows(db: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const w = await Warehouse.open(db, { access: 'read-only' });
  try {
    return await w.rows(sql);
  } finally {
    w.close();
  }
}
