import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byEndpoint, data, hang, type WireServer, startWireServer } from '@creator-audit/providers/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from './run-cli.ts';

const KEY = 'sk-scavio-interrupt-test';
let dir: string;
let server: WireServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-interrupt-'));
  // Profiles answer; every feed page hangs, as a slow server's would: the calls in flight never land by themselves.
  server = await startWireServer({
    scavio: { apiKey: KEY, backend: byEndpoint({ 'user/info': (r) => data({ user: { uniqueId: String(r.params.username) }, stats: { followerCount: 10 } }), 'user/posts': () => hang() }) },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts an ingest that will hang on its feed pages, sends Ctrl-C `times` once a page is in flight, and waits for the end. */
function interruptedIngest(times: number): Promise<{ code: number | null; stderr: string }> {
  const before = server.requests.length;
  const list = join(dir, `list-${times}.txt`);
  writeFileSync(list, 'alice\nbobby\ncarol\n');
  const child = spawn(process.execPath, [...CLI, 'ingest', '--input', list, '--provider', 'scavio', '--db', join(dir, `w-${times}.duckdb`), '--timeout', '600s'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', SCAVIO_API_KEY: KEY, SCAVIO_BASE_URL: server.scavioBaseUrl },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const waitFor = async (pred: () => boolean) => {
    while (!pred()) await new Promise((r) => setTimeout(r, 50));
  };
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    void (async () => {
      await waitFor(() => server.requests.slice(before).some((r) => r.endpoint === 'user/posts'));
      child.kill('SIGINT');
      if (times === 2) {
        await waitFor(() => stderr.includes('Ctrl-C again to stop now'));
        child.kill('SIGINT');
      }
    })();
  });
}

describe('Ctrl-C', () => {
  it('the first says what it waits for; a second ends the run at once with exit 130, keeping what landed', async () => {
    const { code, stderr } = await interruptedIngest(2);
    expect(stderr).toContain('stopping: no new call goes out; waiting for the calls in flight to land (at most 15 s). Ctrl-C again to stop now.');
    expect(stderr).toContain('stopped now: what had landed is stored');
    expect(code).toBe(130);
  });

  it('the first alone ends the run after its grace period when the calls in flight never come back', async () => {
    const started = Date.now();
    const { code, stderr } = await interruptedIngest(1);
    expect(code).toBe(130);
    expect(stderr).toContain('stopped now: what had landed is stored');
    // A lower bound only: the grace period is waited out, never cut short.
    expect(Date.now() - started).toBeGreaterThanOrEqual(15_000);
  });
});
