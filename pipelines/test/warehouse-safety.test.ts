import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticHandles } from '@creator-audit/providers';
import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, runCli } from './run-cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-safety-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the warehouse is never replaced, emptied or faked by a wrong path', () => {
  it.each([
    ['score', []],
    ['export', ['--out', 'parquet-out']],
    ['detect-fake-views', ['--all']],
    ['report', ['cohort']],
    ['evaluate', []],
    ['sql', ['select 1']],
  ])('%s on a mistyped --db exits 1 naming the path, and creates nothing', async (command, args) => {
    const typo = join(dir, 'wharehouse.duckdb');
    const argv = command === 'report' ? ['report', ...args, '--db', typo] : command === 'sql' ? ['sql', ...args, '--db', typo] : [command, ...args, '--db', typo];
    const res = await runCli(argv);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).toContain(
      `creator-audit: no warehouse at ${typo}: check the path, or create one by fetching data first (ingest, audit-creators, track-campaign, synthesize or demo)`,
    );
    expect(existsSync(typo)).toBe(false);
  });

  it('refuses a --db that is a CSV or Parquet file instead of keeping everything in memory', async () => {
    const csv = join(dir, 'creators.csv');
    writeFileSync(csv, 'username\nalice\n');
    const list = join(dir, 'list.txt');
    writeFileSync(list, 'alice\n');
    const res = await runCli(['ingest', '--input', list, '--db', csv]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/creators\.csv is not a DuckDB database/);
  });

  it('export --out never deletes a folder it did not make', async () => {
    const db = join(dir, 'w.duckdb');
    const list = join(dir, 'few.txt');
    writeFileSync(list, 'alice\nbob\n');
    expect((await runCli(['ingest', '--input', list, '--db', db])).code).toBe(0);
    const home = join(dir, 'home');
    mkdirSync(join(home, 'videos'), { recursive: true });
    writeFileSync(join(home, 'videos', 'holiday.mp4'), 'precious');
    const res = await runCli(['export', '--db', db, '--out', home]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('was not written by creator-audit');
    expect(readdirSync(join(home, 'videos'))).toEqual(['holiday.mp4']);
  });

  it('score --lake into a --db that holds landed rows is refused, naming --db (the CLI words the typed error)', async () => {
    const db = join(dir, 'landed.duckdb');
    const list = join(dir, 'one.txt');
    writeFileSync(list, 'alice\n');
    expect((await runCli(['ingest', '--input', list, '--db', db])).code).toBe(0);
    const lake = join(dir, 'lake');
    mkdirSync(lake, { recursive: true });
    const res = await runCli(['score', '--lake', lake, '--db', db]);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).toContain(
      `creator-audit: ${db} holds landed rows (raw_responses): reading a lake needs a file of its own for what is built from it (--db another.duckdb)`,
    );
  });

  it('sql: the errors and the table note name --format, --lake and --out (the CLI words the typed errors)', async () => {
    const db = join(dir, 'sql.duckdb');
    (await Warehouse.open(db)).close();
    const doubled = await runCli(['sql', 'SELECT 1 AS id, 2 AS id', '--db', db, '--format', 'json']);
    expect(doubled.code).toBe(1);
    expect(doubled.stderr).toContain('creator-audit: --format json needs distinct column names, and "id" appear(s) more than once');
    const lake = join(dir, 'no-lake');
    const noLake = await runCli(['sql', 'SELECT 1', '--lake', lake]);
    expect(noLake.code).toBe(1);
    expect(noLake.stderr).toContain(`creator-audit: no lake at ${lake}: give the folder workers write to (--lake) or an export's (--out)`);
    const files = await runCli(['sql', `SELECT * FROM read_csv('${join(dir, 'x.csv')}')`, '--db', db]);
    expect(files.code).toBe(1);
    expect(files.stderr).toContain('(the sql command reads the warehouse only: no files, no ATTACH; use `creator-audit export` for files)');
    const long = await runCli(['sql', 'SELECT * FROM range(10001)', '--db', db]);
    expect(long.code).toBe(0);
    expect(long.stdout).toMatch(/\(showing the first [\d,]+ rows; --format csv or --format json stream every row\)\n$/);
  });

  it('a --db another process holds open says a creator-audit command is using it', async () => {
    const db = join(dir, 'held.duckdb');
    (await Warehouse.open(db)).close();
    const held = await Warehouse.open(db);
    try {
      const res = await runCli(['score', '--db', db]);
      expect(res.code, res.stderr).toBe(1);
      expect(res.stderr).toMatch(new RegExp(`creator-audit: cannot open the warehouse ${db}: .*lock.*\\(another creator-audit command is using it: wait for it to finish\\)`, 's'));
    } finally {
      held.close();
    }
  });
});

/** Runs the CLI where no file may grow past `kb` kilobytes: a disk that fills up, as far as DuckDB can tell. */
function runWithFullDisk(kb: number, args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Ignoring SIGXFSZ turns the size limit into write errors (EFBIG) instead of a killed process.
    const child = spawn('bash', ['-c', `trap '' XFSZ; ulimit -f ${kb}; exec "$0" "$@"`, process.execPath, ...CLI, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a disk that fills up during a run', () => {
  it('says why (not a failed ROLLBACK), exits 1 instead of hanging, keeps what was committed, and a re-run finishes the rest', async () => {
    const list = join(dir, 'many.txt');
    writeFileSync(list, `${syntheticHandles(7, 150).join('\n')}\n`);
    const db = join(dir, 'full.duckdb');
    const full = await runWithFullDisk(1200, ['ingest', '--input', list, '--db', db]);
    expect(full.code).toBe(1);
    expect(full.stderr).toMatch(/Could not write file .*(File too large|No space left on device)/);
    expect(full.stderr).not.toMatch(/cannot rollback/);
    const warehouse = await Warehouse.open(db, { access: 'existing' });
    const [kept] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM creator_outcomes`);
    warehouse.close();
    expect(kept?.n).toBeGreaterThan(0);
    const again = await runCli(['ingest', '--input', list, '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('(resumed)');
  });
});
