import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { startWireServer } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../src/creators/ingest-creators.ts';
import { Warehouse } from '@creator-audit/warehouse';
import { duplicates, outcomesOf, SCAVIO_KEY } from './ingest-wire.ts';
import { creatorWorld, handleOf, handles } from './wire-world.ts';

const CHILD = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

function startChild(env: Record<string, string>): { child: ChildProcess; exited: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: PACKAGE_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}

describe('kill -9 and resume', () => {
  it('a run killed mid-way and started again reuses its run, fetches nobody it landed, and ends with no duplicate rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-kill-'));
    // Latency makes the run last long enough to be killed in the middle.
    const server = await startWireServer({ latencyMs: 20, scavio: { apiKey: SCAVIO_KEY, backend: creatorWorld('scavio', { videos: () => 5 }) } });
    const total = 150;
    const env = { INGEST_BASE_URL: server.scavioBaseUrl, INGEST_DB: join(dir, 'warehouse.duckdb'), INGEST_CREATORS: String(total) };
    try {
      const first = startChild(env);
      // Two calls a creator: by 120 requests some batches of ten have committed, and calls are in flight.
      while (server.requests.length < 120) {
        const done = await Promise.race([first.exited, sleep(10).then(() => null)]);
        if (done) throw new Error(`the child ended before it could be killed: ${done.stderr}`);
      }
      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');

      const killed = await Warehouse.open(env.INGEST_DB);
      const [run] = await killed.rows(`SELECT run_id, status FROM runs`);
      const landed = [...(await outcomesOf(killed, String(run?.run_id)))].map(([h]) => h);
      killed.close();
      expect(run?.status).toBe('running');
      // Whole batches or nothing: a landing transaction is never half there.
      expect(landed.length).toBeGreaterThan(0);
      expect(landed.length).toBeLessThan(total);
      expect(landed.length % 10).toBe(0);

      const restartedAt = server.requests.length;
      const second = startChild(env);
      const result = await second.exited;
      expect(result.code, result.stderr).toBe(0);
      const summary = JSON.parse(result.stdout) as IngestSummary;
      expect(summary).toMatchObject({ runId: run?.run_id, resumed: true, stop: null, byOutcome: { ok: total } });

      // Nobody already landed was asked again: no credit spent twice on what was stored.
      const askedAgain = new Set(server.requests.slice(restartedAt).map(handleOf));
      for (const h of landed) expect(askedAgain.has(h)).toBe(false);
      expect(askedAgain.size).toBe(total - landed.length);

      const w = await Warehouse.open(env.INGEST_DB);
      try {
        expect(await w.rows(`SELECT run_id, status FROM runs`)).toEqual([{ run_id: run?.run_id, status: 'finished' }]);
        const outcomes = await outcomesOf(w, String(run?.run_id));
        expect([...outcomes.keys()]).toEqual(handles(total));
        expect(await duplicates(w, 'creator_outcomes', ['run_id', 'username'])).toBe(0);
        expect(await duplicates(w, 'creators', ['username', 'run_id'])).toBe(0);
        expect(await duplicates(w, 'videos', ['username', 'video_id'])).toBe(0);
        expect(await duplicates(w, 'raw_responses', ['request_key'])).toBe(0);
        const [counts] = await w.rows(
          `SELECT (SELECT count(*) FROM creators)::INTEGER AS creators, (SELECT count(*) FROM videos)::INTEGER AS videos,
                  (SELECT count(*) FROM raw_responses)::INTEGER AS raws`,
        );
        expect(counts).toEqual({ creators: total, videos: total * 5, raws: total * 2 });
      } finally {
        w.close();
      }
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
