import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createHttpTransport, createSyntheticTransport, ScavioProvider } from '@creator-audit/providers';
import { startWireServer, type WireServer } from '@creator-audit/providers/testing';

/** The simulated world every benchmark fetches from: fixed seed, fixed time, no injected faults. */
export const SEED = 7;
export const WORLD_TIME = new Date('2026-01-15T12:00:00Z');
export const BENCH_KEY = 'bench-scavio-key';

/** The simulator served over loopback HTTP in Scavio's wire format, `latencyMs` before every answer. */
export function startSimulatorServer(latencyMs: number): Promise<WireServer> {
  const transport = createSyntheticTransport({ seed: SEED, clock: () => WORLD_TIME, faultRate: 0 });
  return startWireServer({ ...(latencyMs > 0 ? { latencyMs } : {}), scavio: { apiKey: BENCH_KEY, backend: { transport } } });
}

/**
 * Runs a script of this folder under tsx in a child process (with --expose-gc, for heap samples), on the packages'
 * sources (their `development` export) as `npm run bench` runs this one.
 */
export function spawnBench(script: string, env: Record<string, string>) {
  return spawn(process.execPath, ['--expose-gc', '--conditions=development', '--import', 'tsx', fileURLToPath(new URL(script, import.meta.url))], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}

/** First line a child prints (its `ready`), as text. */
export async function firstLine(child: ReturnType<typeof spawnBench>): Promise<string> {
  if (!child.stdout) throw new Error('child has no stdout');
  for await (const line of createInterface({ input: child.stdout })) return line;
  throw new Error('child exited before it was ready');
}

/** First line a child prints, parsed as JSON. */
export async function firstJsonLine<T>(child: ReturnType<typeof spawnBench>): Promise<T> {
  if (!child.stdout) throw new Error('child has no stdout');
  for await (const line of createInterface({ input: child.stdout })) return JSON.parse(line) as T;
  throw new Error('child exited without printing its result');
}

/** The simulator server in its own process (see simulator-server.ts); `stop` ends it. */
export async function startSimulatorProcess(latencyMs: number): Promise<{ scavioBaseUrl: string; stop(): Promise<void> }> {
  const child = spawnBench('./simulator-server.ts', { BENCH_LATENCY_MS: String(latencyMs) });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const { scavioBaseUrl } = await firstJsonLine<{ scavioBaseUrl: string }>(child);
  return {
    scavioBaseUrl,
    stop: async () => {
      child.stdin?.end();
      await exited;
    },
  };
}

/** The real Scavio client over HTTP, with enough connections for `concurrency` (the transport's default is 16). */
export function benchProvider(baseUrl: string, concurrency: number, rps: number | null): ScavioProvider {
  return new ScavioProvider({
    transport: createHttpTransport({ baseUrl, apiKey: BENCH_KEY, rps, connections: Math.max(16, concurrency), maxRetries: 0 }),
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A compact fixed-width table for stdout. */
export function table(title: string, header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const fixed = (n: number, digits = 0) => n.toFixed(digits);
