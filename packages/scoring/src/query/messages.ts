/** What the `sql` command tells people, in one place. */
export const queryMessages = {
  noWarehouse: (path: string) => `no warehouse at ${path}: run an ingest, the demo or synthesize first, or pass --db`,
  cannotOpen: (path: string, why: string) =>
    `cannot open ${path} read-only: ${why}${/lock/i.test(why) ? ' (another creator-audit command is writing to it: wait for it to finish)' : ''}`,
  duplicateColumns: (names: readonly string[]) =>
    `--format json needs distinct column names, and ${names.map((n) => JSON.stringify(n)).join(', ')} appear(s) more than once: alias them (SELECT a.id AS a_id, b.id AS b_id ...)`,
  sqlFailed: (why: string) =>
    `SQL error: ${why}${/read-only|read only/i.test(why) ? '\n(the sql command opens the warehouse read-only: it cannot change tables)' : ''}${
      /external access|file system operations are disabled/i.test(why) ? '\n(the sql command reads the warehouse only: no files, no ATTACH; use `creator-audit export` for files)' : ''
    }`,
};
