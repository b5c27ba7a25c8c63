/** What the `sql` command tells people, in one place. */
export const queryMessages = {
  notAReadingStatement: (type: string, index: number, count: number) =>
    `${type} statements are refused: the sql command only reads (SELECT, EXPLAIN)${count > 1 ? ` (statement ${index} of ${count})` : ''}`,
  noStatement: 'no SQL statement to run',
  /** `stream` says how to have every row instead, in the caller's words (the CLI names --format). */
  tableTruncated: (limit: number, stream: string) => `(showing the first ${limit.toLocaleString('en-US')} rows; ${stream} stream every row)`,
  /** `json` names JSON output as the caller asks for it. */
  duplicateColumns: (json: string, names: readonly string[]) =>
    `${json} needs distinct column names, and ${names.map((n) => JSON.stringify(n)).join(', ')} appear(s) more than once: alias them (SELECT a.id AS a_id, b.id AS b_id ...)`,
  /** `options` names how a lake and an export are given, when the caller has words for them (the CLI's flags). */
  noLake: (path: string, options: { lake: string; out: string } | null) =>
    options === null
      ? `no lake at ${path}: give the folder workers write to or an export's`
      : `no lake at ${path}: give the folder workers write to (${options.lake}) or an export's (${options.out})`,
  /** `forFiles` says, in the caller's words, what writes files instead (the CLI names its export command). */
  sqlFailed: (why: string, forFiles: string) =>
    `SQL error: ${why}${/read-only|read only/i.test(why) ? '\n(the sql command opens the warehouse read-only: it cannot change tables)' : ''}${
      /external access|file system operations are disabled/i.test(why) ? `\n(the sql command reads the warehouse only: no files, no ATTACH${forFiles})` : ''
    }`,
};
