/** What the `sql` command tells people, in one place. */
export const queryMessages = {
  notAReadingStatement: (type: string, index: number, count: number) =>
    `${type} statements are refused: the sql command only reads (SELECT, EXPLAIN)${count > 1 ? ` (statement ${index} of ${count})` : ''}`,
  noStatement: 'no SQL statement to run',
  tableTruncated: (limit: number) =>
    `(showing the first ${limit.toLocaleString('en-US')} rows; --format csv or --format json stream every row)`,
  duplicateColumns: (names: readonly string[]) =>
    `--format json needs distinct column names, and ${names.map((n) => JSON.stringify(n)).join(', ')} appear(s) more than once: alias them (SELECT a.id AS a_id, b.id AS b_id ...)`,
  noLake: (path: string) => `no lake at ${path}: give the folder workers write to (--lake) or an export's (--out)`,
  sqlFailed: (why: string) =>
    `SQL error: ${why}${/read-only|read only/i.test(why) ? '\n(the sql command opens the warehouse read-only: it cannot change tables)' : ''}${
      /external access|file system operations are disabled/i.test(why) ? '\n(the sql command reads the warehouse only: no files, no ATTACH; use `creator-audit export` for files)' : ''
    }`,
};
