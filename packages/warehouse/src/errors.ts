/** The warehouse file cannot be used as asked (missing, not a DuckDB file, rows that do not fit their schema). */
export class WarehouseError extends Error {
  override name = 'WarehouseError';
}
