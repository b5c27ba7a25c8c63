import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startRedisServer } from '@creator-audit/ingest/testing';
import { createSyntheticTransport } from '@creator-audit/providers';
import { startWireServer } from '@creator-audit/providers/testing';
import { Warehouse } from '@creator-audit/warehouse';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from './run-cli.ts';

const KEY = 'sk-scavio-live-queue-3f9a61c2';
const CREATORS = 60;

/** A long-running CLI command (a worker) in a child process; `kill` sends it a signal and waits for the end. */
function startCli(args: readonly string[], env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [...CLI, ...args], { cwd: tmpdir(), env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    stderr: () => stderr,
    exited,
    kill: async (signal: NodeJS.Signals) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

async function countIn(db: string, sql: string): Promise<number> {
  const warehouse = await Warehouse.open(db, { access: 'existing' });
  try {
    return Number((await warehouse.rows(`SELECT (${sql})::INTEGER AS n`))[0]?.n);
  } finally {
    warehouse.close();
  }
}

/** A row with its non-integer numbers left out, to compare the rest exactly. */
const withoutDoubles = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).filter(([, v]) => !(typeof v === 'number' && !Number.isInteger(v))));

async function scores(db: string): Promise<Record<string, unknown>[]> {
  const warehouse = await Warehouse.open(db, { access: 'existing' });
  try {
    // Everything a score is, without when it was fetched or computed and under which run.
    return await warehouse.rows(`SELECT * EXCLUDE (run_id, snapshot_at, scored_at) FROM creator_scores ORDER BY username, ruleset`);
  } finally {
    warehouse.close();
  }
}

describe('queue workers and a lake, from the CLI', () => {
  it('three workers, one killed -9 and Redis restarted mid-run, score the lake exactly as one process scores the same cohort, within the budget', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'queue-cli-'));
    const redis = await startRedisServer();
    // The simulator's world (fraud archetypes, private and missing accounts) served as Scavio over loopback HTTP.
    const transport = createSyntheticTransport({ seed: 11, clock: () => new Date('2026-03-01T12:00:00Z'), faultRate: 0 });
    const server = await startWireServer({ latencyMs: 15, scavio: { apiKey: KEY, backend: { transport } } });
    const env = { SCAVIO_API_KEY: KEY, SCAVIO_BASE_URL: server.scavioBaseUrl };
    const list = join(dir, 'creators.txt');
    writeFileSync(list, `${Array.from({ length: CREATORS }, (_, i) => `@cohort_${i + 1}`).join('\n')}\n`);
    const workers: Array<ReturnType<typeof startCli>> = [];
    try {
      const single = await runCli(['ingest', '--input', list, '--provider', 'scavio', '--db', join(dir, 'single.duckdb'), '--videos', '10', '--max-age', '0', '--rps', '200'], env);
      expect(single.code, single.stderr).toBe(0);
      // Billed: answered with data (a client learning which Scavio contract the server speaks is refused, unbilled).
      const billed = () => server.requests.filter((r) => r.answered === 200).length;
      const singleBilled = billed();
      expect((await runCli(['score', '--db', join(dir, 'single.duckdb')])).code).toBe(0);

      const queue = redis.url;
      const budget = singleBilled + 40;
      const enqueued = await runCli(['enqueue', '--input', list, '--provider', 'scavio', '--queue', queue, '--videos', '10', '--max-credits', String(budget), '--rps', '200', '--date', '2026-03-01'], env);
      expect(enqueued.code, enqueued.stderr).toBe(0);
      expect(enqueued.stdout).toContain(`${CREATORS} job(s) added`);
      const lake = join(dir, 'lake');
      for (let i = 0; i < 3; i++) {
        workers.push(startCli(['worker', '--queue', queue, '--lake', lake, '--provider', 'scavio', '--concurrency', '2', '--lock', '2s'], env));
      }
      const billedSince = () => billed() - singleBilled;
      while (billedSince() < CREATORS / 2) await sleep(10);
      await workers[0]?.kill('SIGKILL');
      while (billedSince() < CREATORS) await sleep(10);
      await redis.kill();
      await redis.restart();

      // The same list again: nothing new, then follow the run over the workers left to its end.
      const waited = await runCli(['enqueue', '--input', list, '--provider', 'scavio', '--queue', queue, '--videos', '10', '--max-credits', String(budget), '--rps', '200', '--date', '2026-03-01', '--wait'], env);
      expect(waited.code, waited.stderr).toBe(0);
      expect(waited.stdout).toContain(`0 job(s) added`);
      expect(waited.stdout).toMatch(new RegExp(`Run 2026-03-01_scavio \\(resumed\\): ${CREATORS} creator\\(s\\) from .*creators.txt via scavio`));
      const spent = Number(/credits spent\s+([\d,]+)/.exec(waited.stdout)?.[1]?.replaceAll(',', ''));
      expect(spent).toBeLessThanOrEqual(budget);
      expect(billedSince()).toBeLessThanOrEqual(spent);
      for (const w of workers.slice(1)) expect(await w.kill('SIGTERM'), w.stderr()).toBe(0);

      const scored = await runCli(['score', '--lake', lake, '--db', join(dir, 'lake-scores.duckdb')]);
      expect(scored.code, scored.stderr).toBe(0);
      const fromLake = await scores(join(dir, 'lake-scores.duckdb'));
      // Every creator, under every ruleset (cohort-v1 and seed-v1).
      expect(new Set(fromLake.map((r) => r.username)).size).toBe(CREATORS);
      expect(new Set(fromLake.map((r) => r.ruleset)).size).toBeGreaterThan(1);
      const fromSingle = await scores(join(dir, 'single.duckdb'));
      // seed-v1 is exact by construction: equal to the bit. cohort-v1 estimates a base rate over the batch with
      // floating-point sums whose order is DuckDB's (a table scan and a Parquet scan differ): its doubles agree to
      // the last few bits, everything else (verdicts, flags, reasons, counts) exactly.
      expect(fromLake.filter((r) => r.ruleset === 'seed-v1')).toEqual(fromSingle.filter((r) => r.ruleset === 'seed-v1'));
      expect(fromLake.map(withoutDoubles)).toEqual(fromSingle.map(withoutDoubles));
      fromLake.forEach((row, i) => {
        for (const [column, value] of Object.entries(row)) {
          const other = fromSingle[i]?.[column];
          if (typeof value === 'number' && !Number.isInteger(value)) expect(Math.abs(value - Number(other)), column).toBeLessThanOrEqual(1e-12 * Math.abs(value));
        }
      });

      const counted = await runCli(['sql', '--lake', lake, 'SELECT count(*) AS creators, count(DISTINCT username) AS distinct_creators FROM creators', '--format', 'json']);
      expect(counted.code, counted.stderr).toBe(0);
      const profiles = await countIn(join(dir, 'single.duckdb'), 'SELECT count(*) FROM creators');
      expect(JSON.parse(counted.stdout)).toEqual([{ creators: profiles, distinct_creators: profiles }]);
    } finally {
      await Promise.all(workers.map((w) => w.kill('SIGKILL')));
      await server.close();
      await redis.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 360_000);
});

describe('the queue errors the analyst reads name the flags (the CLI words the typed errors)', () => {
  it('a --queue that is not a Redis URL exits 1 naming --queue', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'queue-url-'));
    try {
      const list = join(dir, 'list.txt');
      writeFileSync(list, 'alice\n');
      const res = await runCli(['enqueue', '--input', list, '--queue', 'localhost:6379']);
      expect(res.code, res.stderr).toBe(1);
      expect(res.stderr).toContain(
        'creator-audit: --queue "localhost:6379": scheme localhost: is not redis: (expected redis://HOST:PORT/DB, or rediss:// for TLS; a password goes in redis://:PASSWORD@HOST:PORT/DB)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a Redis that keeps nothing on disk is refused, naming --allow-volatile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'queue-volatile-'));
    const redis = await startRedisServer({ persistence: 'none' });
    try {
      const list = join(dir, 'list.txt');
      writeFileSync(list, 'alice\n');
      const res = await runCli(['enqueue', '--input', list, '--provider', 'synthetic', '--queue', redis.url]);
      expect(res.code, res.stderr).toBe(1);
      expect(res.stderr).toMatch(/creator-audit: redis:\/\/127\.0\.0\.1:\d+\/0 keeps nothing on disk .*or pass --allow-volatile for a throwaway run\.\n/);
    } finally {
      await redis.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
