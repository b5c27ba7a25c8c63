import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { startWireServer, type WireServer } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../src/creators/ingest-creators.ts';
import { Warehouse } from '@creator-audit/warehouse';
import { duplicates, outcomesOf, SCAVIO_KEY } from './ingest-wire.ts';
import { creatorWorld, handleOf, handles } from './wire-world.ts';

const CHILD = fileURLToPath(new URL('./ingest-child.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

function startChild(env: Record<string, string>): { child: ChildProcess; exited: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  // The packages' sources (their `development` export), as the tests in this process import them.
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', CHILD], { cwd: PACKAGE_DIR, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}

/** Handles whose profile the server answered (paid for) among `requests`. */
const paidProfiles = (requests: WireServer['requests']) =>
  new Set(requests.filter((r) => r.endpoint === 'user/info' && r.answered === 200).map(handleOf));

async function decided(db: string): Promise<{ runId: string; status: string; landed: Set<string> }> {
  const w = await Warehouse.open(db, { access: 'existing' });
  try {
    const [run] = await w.rows(`SELECT run_id, status FROM runs`);
    const landed = new Set([...(await outcomesOf(w, String(run?.run_id)))].filter(([, o]) => o !== 'not_attempted').map(([h]) => h));
    return { runId: String(run?.run_id), status: String(run?.status), landed };
  } finally {
    w.close();
  }
}

describe('kill -9 and resume', () => {
  it('killed at any moment, a run re-pays only what was in flight (never more creators than --concurrency), and ends with every creator once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-kill-'));
    // Latency makes the run last long enough to be killed in the middle, again and again.
    const server = await startWireServer({ latencyMs: 20, scavio: { apiKey: SCAVIO_KEY, backend: creatorWorld('scavio', { videos: () => 5 }) } });
    const total = 150;
    const concurrency = 4;
    const env = { INGEST_BASE_URL: server.scavioBaseUrl, INGEST_DB: join(dir, 'warehouse.duckdb'), INGEST_CREATORS: String(total), INGEST_CONCURRENCY: String(concurrency) };
    // Kill points drawn once from a fixed seed: "any moment" without a test that differs run to run.
    let state = 20_261_201;
    const nextKill = (after: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return after + 20 + (state % 60);
    };
    try {
      let runId: string | null = null;
      let landedBefore = new Set<string>();
      for (let kill = 0; kill < 3; kill++) {
        const before = server.requests.length;
        const child = startChild(env);
        const at = nextKill(before);
        while (server.requests.length < at) {
          const done = await Promise.race([child.exited, sleep(5).then(() => null)]);
          if (done) throw new Error(`the child ended before it could be killed: ${done.stderr}`);
        }
        child.child.kill('SIGKILL');
        expect((await child.exited).signal).toBe('SIGKILL');

        const now = await decided(env.INGEST_DB);
        runId ??= now.runId;
        expect(now).toMatchObject({ runId, status: 'running' });
        // Paid for by this invocation (its profile answered) but not in the warehouse: lost to the kill, paid again later.
        const lost = [...paidProfiles(server.requests.slice(before))].filter((h) => !now.landed.has(h));
        expect(lost.length).toBeLessThanOrEqual(concurrency);
        // What an earlier invocation landed was never asked again by this one.
        const askedNow = new Set(server.requests.slice(before).map(handleOf));
        expect([...landedBefore].filter((h) => askedNow.has(h))).toEqual([]);
        landedBefore = now.landed;
      }

      const landed = (await decided(env.INGEST_DB)).landed;
      const restartedAt = server.requests.length;
      const last = startChild(env);
      const result = await last.exited;
      expect(result.code, result.stderr).toBe(0);
      const summary = JSON.parse(result.stdout) as IngestSummary;
      expect(summary).toMatchObject({ runId, resumed: true, stop: null, byOutcome: { ok: total } });
      const askedAgain = new Set(server.requests.slice(restartedAt).map(handleOf));
      for (const h of landed) expect(askedAgain.has(h)).toBe(false);
      expect(askedAgain.size).toBe(total - landed.size);

      const w = await Warehouse.open(env.INGEST_DB);
      try {
        expect(await w.rows(`SELECT run_id, status FROM runs`)).toEqual([{ run_id: runId, status: 'finished' }]);
        const outcomes = await outcomesOf(w, String(runId));
        expect([...outcomes.keys()]).toEqual(handles(total));
        expect(await duplicates(w, 'creator_outcomes', ['run_id', 'username'])).toBe(0);
        expect(await duplicates(w, 'creators', ['username', 'run_id'])).toBe(0);
        expect(await duplicates(w, 'videos', ['username', 'video_id'])).toBe(0);
        const [counts] = await w.rows(`SELECT (SELECT count(*) FROM creators)::INTEGER AS creators, (SELECT count(*) FROM videos)::INTEGER AS videos`);
        expect(counts).toEqual({ creators: total, videos: total * 5 });
      } finally {
        w.close();
      }
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
