import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** What a machine without Debian's redis-server is told to run (tests never pull a server from anywhere else). */
const REDIS_INSTALL_COMMAND = 'apt-get install -y --no-install-recommends redis-server';

function onPath(binary: string): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/sbin']) {
    if (dir && existsSync(join(dir, binary))) return join(dir, binary);
  }
  return null;
}

/**
 * Debian's redis-server, installed the way CI installs it when it is missing and we are root (a fresh machine
 * with only Node has apt); otherwise an error naming the exact command, before any test runs against nothing.
 */
function redisServerBinary(): string {
  const found = onPath('redis-server');
  if (found) return found;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    throw new Error(`the queue tests need Debian's redis-server, which is not installed: run \`sudo ${REDIS_INSTALL_COMMAND}\` and test again`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], { env, stdio: 'pipe' });
  try {
    install();
  } catch {
    // A machine that never ran apt-get update has no package lists yet.
    execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'pipe' });
    install();
  }
  const installed = onPath('redis-server');
  if (!installed) throw new Error(`\`${REDIS_INSTALL_COMMAND}\` ran but no redis-server is on the PATH`);
  return installed;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port on 127.0.0.1');
  return address.port;
}

export interface RedisServerOptions {
  /** `aof`: append-only file, fsynced on every write (the default, as production should run). `none`: nothing kept. */
  persistence?: 'aof' | 'none';
}

export interface RedisServer {
  /** `redis://127.0.0.1:PORT/0` */
  url: string;
  port: number;
  /** Where the append-only file lives. */
  dir: string;
  /** SIGKILL, as a crash: no shutdown save. */
  kill(): Promise<void>;
  /** Starts it again on the same port and folder (it reloads the append-only file). */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

/** A real redis-server of its own on a free loopback port, in a temp folder, for one test file. */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const binary = redisServerBinary();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'redis-'));
  const aof = (options.persistence ?? 'aof') === 'aof';
  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '',
    '--appendonly', aof ? 'yes' : 'no', '--appendfsync', 'always',
    '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--logfile', '',
  ];
  let child: ChildProcess | null = null;
  let output = '';

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      };
      proc.stdout.on('data', onData);
      proc.stderr.on('data', onData);
      proc.once('error', reject);
      proc.once('exit', (code, signal) => reject(new Error(`redis-server exited (${code ?? signal}) before it was ready:\n${output}`)));
    });
  const kill = async () => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    dir,
    kill,
    restart: start,
    close: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
