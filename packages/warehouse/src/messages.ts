/** Whether DuckDB's reason for not opening a file is another process's lock on it. */
export const isLocked = (why: string) => /lock/i.test(why);

/** What the warehouse tells the analyst, in one place. */
export const warehouseMessages = {
  missing: (path: string) =>
    `no warehouse at ${path}: check the path, or create one by fetching data first`,
  notAFile: (path: string) => `${path} is a folder, not a DuckDB warehouse file`,
  notDuckDb: (path: string) =>
    `${path} is not a DuckDB database (a CSV, Parquet or other file?): refusing to use it as the warehouse`,
  cannotOpen: (path: string, why: string) =>
    `cannot open the warehouse ${path}: ${why}${isLocked(why) ? ' (another process is using it: wait for it to finish)' : ''}`,
  badRows: (what: string, why: string) => `${what} returned rows of an unexpected shape: ${why}`,
  modelFailed: (file: string, why: string) => `SQL model ${file} failed: ${why}`,
  badModelName: (path: string) => `model file ${path} must be named NN_model_name.sql`,
  viewWithParameter: (path: string) =>
    `model ${path} uses a $parameter: views cannot bind values, declare -- materialized: table`,
  badReadsHeader: (path: string, name: string) =>
    `model ${path}: ${JSON.stringify(name)} in its -- reads: header is not a relation name (list names, comma-separated, or (nothing))`,
  badMacroFile: (path: string) => `macro file ${path} must be named NN_name.sql and hold one CREATE OR REPLACE MACRO name(...)`,
  macroWithParameter: (path: string) => `macro ${path} uses a $parameter: a macro is stored SQL and cannot bind values`,
  cannotParse: (why: string) => `DuckDB cannot parse the SQL: ${why}`,
  macroFailed: (file: string, why: string) => `SQL macro ${file} failed: ${why}`,
  noPackageRoot: (dir: string) => `no package.json in ${dir} or any folder above it: the package's own files (its SQL) cannot be found`,
  unboundParameter: (file: string, name: string) => `${file} uses $${name}, which has no value`,
  notOurs: (dir: string) =>
    `${dir} exists and was not written by creator-audit: refusing to replace it (move it, or write to another folder)`,
  unsafeIdentifier: (what: string) => `refusing to use ${JSON.stringify(what)} as a table or column name`,
  badWriterId: (id: string) => `lake writer id ${JSON.stringify(id)}: use letters, digits, '.', '_' and '-' (it names every file the writer puts in the lake)`,
  noPartitionTime: (column: string) => `a lake row has no time in ${column}, which names its partition`,
  notALakeTable: (table: string) => `${table} is not a lake table: the lake holds raw_responses, quarantine, creators, videos and creator_outcomes`,
  lakeOverLandedData: (path: string, table: string) =>
    `${path} holds landed rows (${table}): reading a lake needs a file of its own for what is built from it (another warehouse file)`,
};
