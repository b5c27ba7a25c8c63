import { type DuckDBConnection, type DuckDBPreparedStatement, type DuckDBValue, StatementType } from '@duckdb/node-api';
import { Warehouse } from '@creator-audit/warehouse';
import type { ResultWriter } from './format-result.ts';
import { queryMessages } from './messages.ts';
import { QueryError } from './query-error.ts';
import { openLakeForQuery } from './run-lake-query.ts';

/** What a query reads: a warehouse file, or a Parquet lake (or export) through its views. */
export type QuerySource = string | { lake: string };

async function openSource(source: QuerySource): Promise<{ connection: DuckDBConnection; close(): void }> {
  if (typeof source !== 'string') return openLakeForQuery(source.lake);
  const warehouse = await Warehouse.open(source, { access: 'read-only' });
  return { connection: warehouse.connection, close: () => warehouse.close() };
}

export interface QueryResult {
  columns: string[];
  rows: DuckDBValue[][];
}

/** Statements that only read. Everything else (COPY ... TO, EXPORT, CHECKPOINT, SET, ATTACH, INSERT...) is refused. */
const READING = new Set<number>([StatementType.SELECT, StatementType.EXPLAIN]);

const sqlError = (error: unknown) =>
  // The parse happens in extractStatements, which prefixes DuckDB's own message with its name.
  new QueryError({ kind: 'sql_failed', why: (error as Error).message.replace(/^Failed to extract statements: /, '') }, { cause: error });

/**
 * Opens the warehouse read-only in an instance of its own (`Warehouse.open` with `read-only`: DuckDB refuses
 * writes, external access is off and the configuration locked; a lake: see run-lake-query.ts), and before any statement runs, has DuckDB parse
 * each one and refuses it unless it only reads: DuckDB still lets a read-only connection write its own files
 * (`COPY ... TO` the database file itself, its WAL, its temp folder), so those never reach it. `work` gets the last
 * statement, prepared (the earlier ones only read, so their results would be thrown away unseen); DuckDB's errors
 * become SQL errors, and `work`'s own (writing the output) pass as they are.
 */
async function withReadingQuery<T>(source: QuerySource, sql: string, work: (last: DuckDBPreparedStatement) => Promise<T>): Promise<T> {
  const warehouse = await openSource(source);
  try {
    let last: DuckDBPreparedStatement | null = null;
    try {
      const statements = await warehouse.connection.extractStatements(sql);
      for (let i = 0; i < statements.count; i++) {
        last = await statements.prepare(i);
        const type = last.statementType;
        if (!READING.has(type)) throw new Error(queryMessages.notAReadingStatement(StatementType[type] ?? String(type), i + 1, statements.count));
      }
    } catch (error) {
      throw sqlError(error);
    }
    if (last === null) throw new Error(queryMessages.noStatement);
    return await work(last);
  } finally {
    warehouse.close();
  }
}

/** Runs one analyst query and holds its whole result (for tests and small results; the CLI streams). */
export function runReadOnlyQuery(source: QuerySource, sql: string): Promise<QueryResult> {
  return withReadingQuery(source, sql, async (last) => {
    const reader = await last.runAndReadAll().catch((error: unknown) => Promise.reject(sqlError(error)));
    return { columns: reader.columnNames(), rows: reader.getRows() };
  });
}

/**
 * Runs one analyst query and hands its result to `writer` chunk by chunk as DuckDB produces it, passing each piece
 * of text to `write` (which may wait, e.g. for stdout to drain): millions of rows never sit in memory at once.
 */
export function streamReadOnlyQuery(source: QuerySource, sql: string, writer: ResultWriter, write: (text: string) => Promise<void>): Promise<void> {
  return withReadingQuery(source, sql, async (last) => {
    const result = await last.stream().catch((error: unknown) => Promise.reject(sqlError(error)));
    await write(writer.start(result.columnNames()));
    const chunks = result.yieldRows();
    for (;;) {
      const next = await chunks.next().catch((error: unknown) => Promise.reject(sqlError(error)));
      if (next.done) break;
      const text = writer.rows(next.value);
      if (text) await write(text);
    }
    await write(writer.end());
  });
}
