/** What a WarehouseError is about, when a caller may want to say it in its own words: the facts behind the message. */
export type WarehouseProblem =
  /** No file at `path`, and the caller asked for an existing warehouse. */
  | { kind: 'missing'; path: string }
  /** The file is locked by another process (DuckDB allows one writer). */
  | { kind: 'locked'; path: string; why: string }
  /** A lake warehouse was asked of a file that holds landed rows of its own (`table`). */
  | { kind: 'lake_over_landed'; path: string; table: string };

/** The warehouse file cannot be used as asked (missing, not a DuckDB file, rows that do not fit their schema). */
export class WarehouseError extends Error {
  override name = 'WarehouseError';
  /** Set for the problems a caller may word for its own users; the message says it plainly for everyone else. */
  readonly problem: WarehouseProblem | undefined;
  constructor(message: string, options: ErrorOptions & { problem?: WarehouseProblem } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.problem = options.problem;
  }
}
