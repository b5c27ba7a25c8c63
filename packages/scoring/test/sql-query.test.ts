import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultCsv, resultJson, resultTable } from '../src/query/format-result.ts';
import { QueryError } from '../src/query/query-error.ts';
import { openLakeForQuery } from '../src/query/run-lake-query.ts';
import { runReadOnlyQuery } from '../src/query/run-query.ts';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-sql-'));
  db = join(dir, 'warehouse.duckdb');
  const warehouse = await Warehouse.open(db);
  await warehouse.run(`CREATE TABLE notes AS SELECT * FROM (VALUES ('=cmd()', -5, 'a,b'), ('ok', 7, 'say "hi"')) t(txt, n, other)`);
  warehouse.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runReadOnlyQuery', () => {
  it.each([
    ['INSERT INTO runs (run_id) VALUES (1)', /INSERT statements are refused: the sql command only reads/],
    ['CREATE TABLE x (a INTEGER)', /CREATE statements are refused/],
    ['DROP TABLE notes', /DROP statements are refused/],
    ['UPDATE notes SET n = 0', /UPDATE statements are refused/],
    // Writes to other files fail already when DuckDB prepares them (external access is off).
    ["COPY notes TO '/tmp/creator-audit-should-not-exist.csv'", /file system operations are disabled[\s\S]*no files/],
    ["EXPORT DATABASE '/tmp/creator-audit-should-not-exist'", /file system operations are disabled/],
    ['CHECKPOINT', /statements are refused/],
    ["ATTACH '/tmp/creator-audit-other.duckdb' AS other", /ATTACH statements are refused/],
    ['SET enable_external_access = true', /SET statements are refused/],
    ['SELECT 1; DELETE FROM notes', /DELETE statements are refused: .* \(statement 2 of 2\)/],
    ["SELECT * FROM read_csv('/etc/hostname')", /file system operations are disabled[\s\S]*no files/],
  ])('refuses %s', async (sql, message) => {
    await expect(runReadOnlyQuery(db, sql)).rejects.toThrow(message);
  });

  it('refuses a COPY onto the warehouse file itself, which DuckDB would let a read-only connection write, and leaves it whole', async () => {
    const before = statSync(db).size;
    const sql = `COPY (SELECT 1 AS x) TO '${db}' (FORMAT csv, USE_TMP_FILE false)`;
    await expect(runReadOnlyQuery(db, sql)).rejects.toThrow(/COPY statements are refused/);
    expect(statSync(db).size).toBe(before);
    expect((await runReadOnlyQuery(db, 'SELECT count(*)::INTEGER AS n FROM notes')).rows).toEqual([[2]]);
  });

  it('reports a SQL error with DuckDB\'s message, and a missing warehouse by its path', async () => {
    await expect(runReadOnlyQuery(db, 'SELEC 1')).rejects.toThrow(/^SQL error: Parser Error: syntax error at or near "SELEC"/);
    await expect(runReadOnlyQuery(db, 'SELECT nope FROM notes')).rejects.toThrow(/SQL error: Binder Error: .*nope/);
    await expect(runReadOnlyQuery(join(dir, 'absent.duckdb'), 'SELECT 1')).rejects.toThrow(/no warehouse at .*absent\.duckdb/);
  });

  it('a refused statement or a missing lake is a QueryError with its facts, in no CLI words', async () => {
    const parse = await runReadOnlyQuery(db, 'SELEC 1').catch((error: unknown) => error);
    expect(parse).toBeInstanceOf(QueryError);
    expect((parse as QueryError).problem).toMatchObject({ kind: 'sql_failed', why: expect.stringMatching(/^Parser Error: syntax error at or near "SELEC"/) });
    expect((parse as Error).cause).toBeInstanceOf(Error);
    const files = await runReadOnlyQuery(db, `SELECT * FROM read_csv('${join(dir, 'x.csv')}')`).catch((error: unknown) => error);
    expect((files as QueryError).problem.kind).toBe('sql_failed');
    expect((files as Error).message).toMatch(/\n\(the sql command reads the warehouse only: no files, no ATTACH\)$/);
    const lake = join(dir, 'no-lake');
    const noLake = await openLakeForQuery(lake).catch((error: unknown) => error);
    expect(noLake).toBeInstanceOf(QueryError);
    expect((noLake as QueryError).problem).toEqual({ kind: 'no_lake', path: lake });
    expect((noLake as Error).message).toBe(`no lake at ${lake}: give the folder workers write to or an export's`);
  });
});

describe('query results as JSON, CSV and a table', () => {
  it('writes JSON numbers exactly: BIGINT and HUGEINT past 2^53 digit for digit, DECIMAL as written, doubles round-trip', async () => {
    const result = await runReadOnlyQuery(
      db,
      `SELECT 9223372036854775807::BIGINT AS big, (2::HUGEINT ** 100)::HUGEINT AS huge, -9007199254740993::BIGINT AS neg,
              123456789012345678.901::DECIMAL(21,3) AS dec, 0.1::DOUBLE AS tenth, 'NaN'::DOUBLE AS nan, 'inf'::DOUBLE AS inf,
              count(*) AS n, NULL::INTEGER AS nothing`,
    );
    const json = resultJson(result);
    expect(json).toContain('"big":9223372036854775807');
    expect(json).toContain('"huge":1267650600228229401496703205376');
    expect(json).toContain('"neg":-9007199254740993');
    expect(json).toContain('"dec":123456789012345678.901');
    expect(json).toContain('"n":1');
    const parsed = JSON.parse(json) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ tenth: 0.1, nan: 'NaN', inf: 'Infinity', nothing: null, n: 1 });
  });

  it('writes times as ISO 8601 UTC (microseconds kept), lists as arrays, structs as objects', async () => {
    const result = await runReadOnlyQuery(
      db,
      `SELECT TIMESTAMP '2026-01-02 03:04:05.123456' AS at_us, TIMESTAMP '2026-01-02 03:04:05' AS at_s, DATE '2026-01-02' AS day,
              TIMESTAMPTZ '2026-01-02 03:04:05+02' AS at_tz, ['a', NULL] AS xs, {'rule': 'r', 'points': 5::BIGINT} AS hit`,
    );
    expect(JSON.parse(resultJson(result))).toEqual([
      {
        at_us: '2026-01-02T03:04:05.123456Z',
        at_s: '2026-01-02T03:04:05.000Z',
        day: '2026-01-02',
        at_tz: '2026-01-02T01:04:05.000Z',
        xs: ['a', null],
        hit: { rule: 'r', points: 5 },
      },
    ]);
    expect(resultJson(await runReadOnlyQuery(db, 'SELECT 1 AS a WHERE false'))).toBe('[]\n');
    // Two columns of one name would collapse into one JSON key: refused, naming the column.
    const doubled = await runReadOnlyQuery(db, 'SELECT 1 AS id, 2 AS id, 3 AS other');
    expect(() => resultJson(doubled)).toThrow(/^JSON output needs distinct column names, and "id" appear\(s\) more than once/);
    expect(() => resultJson(doubled)).toThrow(expect.objectContaining({ problem: { kind: 'duplicate_columns', names: ['id'] } }));
  });

  it('writes CSV with text cells formula-guarded and quoted as needed, numbers as they are', async () => {
    const csv = resultCsv(await runReadOnlyQuery(db, `SELECT txt, n, other, NULL AS empty FROM notes ORDER BY n`));
    expect(csv).toBe(`txt,n,other,empty\r\n'=cmd(),-5,"a,b",\r\nok,7,"say ""hi""",\r\n`);
  });

  it('prints an aligned table, numbers right-aligned, escape sequences removed', async () => {
    const table = resultTable(await runReadOnlyQuery(db, `SELECT txt, n FROM notes UNION ALL SELECT 'x' || chr(27) || '[31mred', 1234 ORDER BY n`));
    expect(table).toBe(['txt    |    n', '-------+-----', '=cmd() |   -5', 'ok     |    7', 'xred   | 1234', '(3 rows)', ''].join('\n'));
  });
});
