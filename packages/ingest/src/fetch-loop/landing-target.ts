import { appendRows, type Row, type TableDef, type Warehouse } from '@creator-audit/warehouse';
import type { TableRows } from './fetch-kind.ts';

/**
 * Where a batch of decided items lands, all of it or none of it: the warehouse (one transaction) or the lake
 * (Parquet files renamed into place). The landing buffer decides when; the target decides how.
 */
export interface LandingTarget {
  write(batch: ReadonlyMap<TableDef, readonly Row[]>): Promise<void>;
}

/** Items' rows merged per table, in the order tables first appear: one append (or one file) per table. */
export function rowsByTable(batch: readonly TableRows[]): Map<TableDef, Row[]> {
  const byTable = new Map<TableDef, Row[]>();
  for (const item of batch) {
    for (const [table, rows] of item) {
      const held = byTable.get(table);
      if (held) for (const row of rows) held.push(row);
      else byTable.set(table, [...rows]);
    }
  }
  return byTable;
}

/** The warehouse file: a batch is one transaction of appends. */
export function warehouseTarget(warehouse: Warehouse): LandingTarget {
  return {
    write: (batch) =>
      warehouse.transaction(async () => {
        for (const [table, rows] of batch) await appendRows(warehouse.connection, table, rows);
      }),
  };
}
