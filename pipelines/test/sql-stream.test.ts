import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from './run-cli.ts';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-sql-stream-'));
  db = join(dir, 'w.duckdb');
  (await Warehouse.open(db)).close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `sql` with a JS heap far smaller than the result, counting output lines as they come (never holding them). */
function countLines(args: readonly string[]): Promise<{ code: number | null; lines: number; last: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=96', ...CLI, 'sql', ...args, '--db', db], {
      cwd: tmpdir(),
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let tail = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      const text = tail + d.toString();
      const parts = text.split('\n');
      lines += parts.length - 1;
      tail = parts.at(-1) ?? '';
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines, last: tail, stderr }));
  });
}

describe('sql streams its result', () => {
  const query = "select range as n, 'creator_' || range as handle, range * 1.5 as ratio from range(1000000)";

  it('writes a million rows as CSV with a JS heap that could not hold them', async () => {
    const res = await countLines([query, '--format', 'csv']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.lines).toBe(1_000_001);
  }, 180_000);

  it('writes rows as one JSON array, and cuts an aligned table short saying so', async () => {
    const fewer = query.replace('range(1000000)', 'range(200000)');
    const json = await countLines([fewer, '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    expect(json.lines).toBe(200_002);
    const table = await countLines([fewer]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.lines).toBe(10_000 + 4);
  }, 180_000);
});
