import { StatementType, type DuckDBValue } from '@duckdb/node-api';
import { Warehouse } from '@creator-audit/warehouse';
import { queryMessages } from './messages.ts';

export interface QueryResult {
  columns: string[];
  rows: DuckDBValue[][];
}

/** Statements that only read. Everything else (COPY ... TO, EXPORT, CHECKPOINT, SET, ATTACH, INSERT...) is refused. */
const READING = new Set<number>([StatementType.SELECT, StatementType.EXPLAIN]);

/**
 * Runs one analyst query on the warehouse file, opened read-only in an instance of its own (`Warehouse.open` with
 * `read-only`: DuckDB refuses writes, external access is off and the configuration locked). Before any of it
 * runs, each statement is parsed by DuckDB and refused unless it only reads: DuckDB still lets a read-only
 * connection write its own files (`COPY ... TO` the database file itself, its WAL, its temp folder), so those
 * never reach it.
 */
export async function runReadOnlyQuery(path: string, sql: string): Promise<QueryResult> {
  const warehouse = await Warehouse.open(path, { access: 'read-only' });
  try {
    const connection = warehouse.connection;
    try {
      const statements = await connection.extractStatements(sql);
      for (let i = 0; i < statements.count; i++) {
        const prepared = await statements.prepare(i);
        const type = prepared.statementType;
        if (!READING.has(type)) throw new Error(queryMessages.notAReadingStatement(StatementType[type] ?? String(type), i + 1, statements.count));
      }
      const reader = await connection.runAndReadAll(sql);
      return { columns: reader.columnNames(), rows: reader.getRows() };
    } catch (error) {
      // The parse happens in extractStatements, which prefixes DuckDB's own message with its name.
      const why = (error as Error).message.replace(/^Failed to extract statements: /, '');
      throw new Error(queryMessages.sqlFailed(why), { cause: error });
    }
  } finally {
    warehouse.close();
  }
}
