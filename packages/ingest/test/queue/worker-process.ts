import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { QueueWire } from './queue-wire.ts';

const CHILD = fileURLToPath(new URL('./worker-child.ts', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  /** Jobs it started and jobs it acknowledged, as it printed them. */
  active: Set<string>;
  completed: Set<string>;
  lines: string[];
  stderr(): string;
  /** Resolves once `ready(this)` holds; fails if the process ends first or `timeoutMs` passes (a hung test). */
  until(ready: (w: WorkerProcess) => boolean, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * A worker of the test's queue in a child process (`worker-child.ts`, the packages' sources under tsx), with the
 * wire server as Scavio.
 */
export function spawnWorker(wire: QueueWire, id: string, env: Record<string, string> = {}): WorkerProcess {
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', CHILD], {
    cwd: PACKAGE_DIR,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...wire.env, WORKER_REDIS: wire.redis.url, WORKER_LAKE: wire.lake, WORKER_ID: id, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let pending = '';
  const proc: WorkerProcess = {
    child,
    active: new Set(),
    completed: new Set(),
    lines: [],
    stderr: () => stderr,
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal }))),
    until: async (ready, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!ready(proc)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`worker ${id} ended early: ${stderr}`);
        if (Date.now() > deadline) throw new Error(`worker ${id}: condition not met in ${timeoutMs} ms; stderr:\n${stderr}`);
        await sleep(5);
      }
    },
  };
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      proc.lines.push(line);
      const [event, jobId] = line.split(' ');
      if (event === 'active' && jobId) proc.active.add(jobId);
      if (event === 'completed' && jobId) proc.completed.add(jobId);
    }
  });
  return proc;
}

/** Jobs started and not yet acknowledged or failed. */
export const inFlight = (w: WorkerProcess) => [...w.active].filter((j) => !w.completed.has(j)).length;

export async function kill9(w: WorkerProcess): Promise<void> {
  w.child.kill('SIGKILL');
  const { signal } = await w.exited;
  if (signal !== 'SIGKILL') throw new Error(`expected the worker to die of SIGKILL, it ended with ${signal}`);
}

export async function stop(w: WorkerProcess): Promise<void> {
  if (w.child.exitCode !== null || w.child.signalCode !== null) return;
  w.child.kill('SIGTERM');
  await w.exited;
}
