import { queryMessages } from './messages.ts';

/** What a QueryError is about: the facts behind its message, for a caller that words it its own way. */
export type QueryProblem =
  /** JSON output was asked of a result that names a column more than once (`names`, each once). */
  | { kind: 'duplicate_columns'; names: readonly string[] }
  /** The lake to query is not a folder at `path`. */
  | { kind: 'no_lake'; path: string }
  /** DuckDB refused the SQL: `why` is its message. */
  | { kind: 'sql_failed'; why: string };

/** A query that cannot run or cannot be written as asked: `problem` says why, the message says it plainly. */
export class QueryError extends Error {
  override name = 'QueryError';
  constructor(
    readonly problem: QueryProblem,
    options?: ErrorOptions,
  ) {
    super(queryProblemMessage(problem), options);
  }
}

function queryProblemMessage(p: QueryProblem): string {
  switch (p.kind) {
    case 'duplicate_columns':
      return queryMessages.duplicateColumns('JSON output', p.names);
    case 'no_lake':
      return queryMessages.noLake(p.path, null);
    case 'sql_failed':
      return queryMessages.sqlFailed(p.why, '');
  }
}
