import { WarehouseError } from './errors.ts';
import { warehouseMessages } from './messages.ts';
import type { Warehouse } from './warehouse.ts';

function collect(node: unknown, tables: Set<string>, ctes: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, tables, ctes);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'BASE_TABLE' && typeof record.table_name === 'string') tables.add(record.table_name);
  const cteMap = record.cte_map as { map?: Array<{ key: string }> } | undefined;
  for (const entry of cteMap?.map ?? []) ctes.add(entry.key);
  for (const child of Object.values(record)) collect(child, tables, ctes);
}

/**
 * The tables and views a SELECT reads, as DuckDB's own parser sees it (`json_serialize_sql`), without the names
 * its CTEs define; sorted. Lets a test hold each model's `-- reads:` header to what its SQL really reads.
 */
export async function relationsReadBy(warehouse: Warehouse, sql: string): Promise<string[]> {
  const [row] = await warehouse.rows('SELECT json_serialize_sql($sql::VARCHAR) AS tree', { sql });
  const tree = JSON.parse(String(row?.tree)) as { error?: boolean; error_message?: string };
  if (tree.error) throw new WarehouseError(warehouseMessages.cannotParse(String(tree.error_message)));
  const tables = new Set<string>();
  const ctes = new Set<string>();
  collect(tree, tables, ctes);
  return [...tables].filter((t) => !ctes.has(t)).sort();
}
