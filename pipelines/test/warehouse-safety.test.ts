import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

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
    expect(res.stderr).toContain(`no warehouse at ${typo}`);
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
});
