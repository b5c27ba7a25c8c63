import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dealer, Subscriber } from 'zeromq';
import { kernelSpec } from '../kernelspec.ts';
import { notebookMessages } from '../messages.ts';
import { type CellOutput, collectOutput, newSink, type OutputSink } from './cell-outputs.ts';
import { decodeMessage, encodeMessage, type JupyterMessage, newMessage } from './jupyter-wire.ts';

type Zmq = typeof import('zeromq');

/** zeromq's addon ships prebuilt inside its npm package; loaded on first use so display helpers never need it. */
async function loadZmq(): Promise<Zmq> {
  try {
    return await import('zeromq');
  } catch (error) {
    throw new Error(notebookMessages.noZeromq((error as Error).message), { cause: error });
  }
}

/** Ports the OS says are free right now, for the kernel to bind (it binds them itself, moments later). */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  try {
    return await Promise.all(
      servers.map(
        (server) =>
          new Promise<number>((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
          }),
      ),
    );
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

export interface CellRun {
  executionCount: number | null;
  outputs: CellOutput[];
  /** The error the cell raised (also among its outputs), or null. */
  error: { ename: string; evalue: string; traceback: string[] } | null;
}

export interface KernelOptions {
  /** The kernel's working directory: a notebook's relative paths and imports are read from its own folder. */
  cwd: string;
  /** Added to the kernel's environment. */
  env?: Record<string, string>;
  startupTimeoutMs?: number;
}

const STDERR_KEPT = 4_000;

/**
 * One Deno kernel (`deno jupyter --kernel --conn FILE`, the kernelspec's command) driven over ZeroMQ: a DEALER on
 * shell and control, a SUB on IOPub. Outputs are filed under the request they answer (`parent_header.msg_id`),
 * so an output Deno publishes after the cell's idle status still lands in its own cell.
 */
export class KernelSession {
  private readonly session = randomUUID();
  private readonly replies = new Map<string, (message: JupyterMessage) => void>();
  private readonly listeners = new Map<string, (message: JupyterMessage) => void>();
  private exited: Error | null = null;
  private readonly onExit = new Set<(error: Error) => void>();
  private stderr = '';

  private constructor(
    private readonly process: ChildProcess,
    private readonly key: string,
    private readonly shell: Dealer,
    private readonly control: Dealer,
    private readonly iopub: Subscriber,
    private readonly dir: string,
  ) {}

  static async start(options: KernelOptions): Promise<KernelSession> {
    const zmq = await loadZmq();
    const spec = kernelSpec();
    const [shell_port, iopub_port, stdin_port, control_port, hb_port] = (await freePorts(5)) as [number, number, number, number, number];
    const key = randomBytes(32).toString('hex');
    const dir = mkdtempSync(join(tmpdir(), 'creator-audit-kernel-'));
    const connectionFile = join(dir, 'connection.json');
    const connection = { ip: '127.0.0.1', transport: 'tcp', shell_port, iopub_port, stdin_port, control_port, hb_port, key, signature_scheme: 'hmac-sha256', kernel_name: 'creator-audit-deno' };
    writeFileSync(connectionFile, JSON.stringify(connection), { mode: 0o600 });
    const [command, ...args] = spec.argv.map((arg) => arg.replace('{connection_file}', connectionFile)) as [string, ...string[]];
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...spec.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = (port: number) => `tcp://127.0.0.1:${port}`;
    const shell = new zmq.Dealer({ linger: 0 });
    const control = new zmq.Dealer({ linger: 0 });
    const iopub = new zmq.Subscriber({ linger: 0 });
    shell.connect(url(shell_port));
    control.connect(url(control_port));
    iopub.connect(url(iopub_port));
    iopub.subscribe();
    const kernel = new KernelSession(child, key, shell, control, iopub, dir);
    kernel.watch();
    try {
      await kernel.waitReady(options.startupTimeoutMs ?? 60_000);
    } catch (error) {
      await kernel.shutdown();
      throw error;
    }
    return kernel;
  }

  private watch(): void {
    this.process.stdout?.resume();
    this.process.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
    });
    const died = (why: string) => {
      if (this.exited) return;
      this.exited = new Error(notebookMessages.kernelDied(why, this.stderr.trim()));
      for (const notify of this.onExit) notify(this.exited);
    };
    this.process.on('error', (error) => died(error.message));
    this.process.on('exit', (code, signal) => died(signal ? `killed by ${signal}` : `exit code ${code}`));
    void this.pump(this.shell, (message) => this.replies.get(message.parent_header.msg_id ?? '')?.(message));
    void this.pump(this.control, (message) => this.replies.get(message.parent_header.msg_id ?? '')?.(message));
    void this.pump(this.iopub, (message) => this.listeners.get(message.parent_header.msg_id ?? '')?.(message));
  }

  /** Reads a socket until it closes; messages that fail their signature are dropped, as the protocol asks. */
  private async pump(socket: Dealer | Subscriber, deliver: (message: JupyterMessage) => void): Promise<void> {
    try {
      for await (const frames of socket) {
        let message: JupyterMessage;
        try {
          message = decodeMessage(this.key, frames);
        } catch {
          continue;
        }
        deliver(message);
      }
    } catch {
      // Closing the socket ends the loop; a kernel that died is reported by its exit, with its stderr.
    }
  }

  /** Resolves with `work`'s value, or rejects when the kernel dies or `ms` pass first. */
  private within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    let timer: NodeJS.Timeout | undefined;
    let onDeath: ((error: Error) => void) | undefined;
    const failure = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(notebookMessages.kernelTimeout(what, ms))), ms);
      onDeath = reject;
      this.onExit.add(onDeath);
    });
    return Promise.race([work, failure]).finally(() => {
      clearTimeout(timer);
      if (onDeath) this.onExit.delete(onDeath);
    });
  }

  private async request(socket: Dealer, message: JupyterMessage<unknown>): Promise<JupyterMessage> {
    const reply = new Promise<JupyterMessage>((resolve) => this.replies.set(message.header.msg_id, resolve));
    await socket.send(encodeMessage(this.key, message));
    return reply.finally(() => this.replies.delete(message.header.msg_id));
  }

  /**
   * Ready once a kernel_info request is answered on shell and its status is seen on IOPub: a SUB socket misses
   * what is published before its subscription reaches the kernel, so the first cell must not run earlier.
   */
  private async waitReady(timeoutMs: number): Promise<void> {
    const ready = (async () => {
      for (;;) {
        const probe = newMessage(this.session, 'kernel_info_request', {});
        let seen = false;
        this.listeners.set(probe.header.msg_id, () => (seen = true));
        await this.request(this.shell, probe);
        for (let waited = 0; !seen && waited < 1_000; waited += 50) await sleep(50);
        this.listeners.delete(probe.header.msg_id);
        if (seen) return;
      }
    })();
    await this.within(timeoutMs, 'to start', ready);
  }

  /** Runs one cell's code; resolves when the kernel has replied and gone idle for it, with what the cell showed. */
  async execute(code: string, timeoutMs: number): Promise<CellRun> {
    const request = newMessage(this.session, 'execute_request', { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true });
    const sink: OutputSink = newSink();
    let error: CellRun['error'] = null;
    let markIdle: () => void = () => {};
    const idle = new Promise<void>((resolve) => (markIdle = resolve));
    // Kept after the cell ends: a late output of this cell still goes to this cell.
    this.listeners.set(request.header.msg_id, (message) => {
      if (message.header.msg_type === 'status' && message.content.execution_state === 'idle') markIdle();
      else if (collectOutput(sink, message) && message.header.msg_type === 'error') error ??= errorOf(message.content);
    });
    const reply = await this.within(timeoutMs, 'to run a cell', Promise.all([this.request(this.shell, request), idle]).then(([r]) => r));
    if (reply.content.status === 'error') error ??= errorOf(reply.content);
    const count = reply.content.execution_count;
    return { executionCount: typeof count === 'number' ? count : null, outputs: sink.outputs, error };
  }

  /** Asks the kernel to stop on its control channel, kills it if it has not within a few seconds, and cleans up. */
  async shutdown(): Promise<void> {
    if (!this.exited) {
      const gone = new Promise<void>((resolve) => this.onExit.add(() => resolve()));
      try {
        await this.within(5_000, 'to shut down', this.request(this.control, newMessage(this.session, 'shutdown_request', { restart: false })).then(() => gone));
      } catch {
        this.process.kill('SIGKILL');
      }
    }
    this.shell.close();
    this.control.close();
    this.iopub.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const errorOf = (content: Record<string, unknown>) => ({
  ename: String(content.ename ?? 'Error'),
  evalue: String(content.evalue ?? ''),
  traceback: (content.traceback ?? []) as string[],
});
