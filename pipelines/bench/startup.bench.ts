/**
 * Benchmark (not a test): how long `creator-audit --help` takes from spawn to exit, started each way the CLI can be
 * started. `--help` builds the whole program (every command's module and the packages they import) and does no
 * work, so it is the start-up every command pays. The build is brought up to date first (`tsc -b pipelines`), then
 * each way runs once untimed (tsx's transform cache and the OS's file cache warm), then BENCH_RUNS rounds (10 by
 * default), each running every way once in turn so that a load spike on the shared machine hits them alike.
 * Reported: wall-time medians and minima, CPU-time medians (user + system, every process a way starts: less
 * sensitive to a loaded machine), each median against the compiled CLI's, and the up-to-date check `tsc -b`
 * costs before `npm run demo` starts. Every run must print the compiled CLI's help, byte for byte.
 * Run: npm run bench -w @creator-audit/pipelines.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const NODE = process.execPath;
/** The tsx command `npm run cli` runs (it starts Node again, in a child process, with tsx's loader). */
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Way {
  name: string;
  command: string;
  args: readonly string[];
  /** false for Node alone, which prints no help. */
  printsHelp: boolean;
}

const WAYS: readonly Way[] = [
  { name: 'Node alone (node -e 0), the floor', command: NODE, args: ['-e', '0'], printsHelp: false },
  { name: 'compiled: node pipelines/bin/creator-audit.js', command: NODE, args: ['pipelines/bin/creator-audit.js', '--help'], printsHelp: true },
  { name: 'compiled through npx: npx creator-audit', command: 'npx', args: ['--no-install', 'creator-audit', '--help'], printsHelp: true },
  {
    name: 'sources in-process: node --import tsx src/cli.ts',
    command: NODE,
    args: ['--conditions=development', '--import', 'tsx', 'pipelines/src/cli.ts', '--help'],
    printsHelp: true,
  },
  { name: 'sources, tsx CLI: tsx src/cli.ts', command: TSX, args: ['--conditions=development', 'pipelines/src/cli.ts', '--help'], printsHelp: true },
  { name: 'sources through npm: npm run --silent cli', command: 'npm', args: ['run', '--silent', 'cli', '--', '--help'], printsHelp: true },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Bash runs the command, then prints (to stderr, last line) the CPU its children used, user and system: every
 * process the command started, npm's and tsx's included. CPU seconds vary less with the machine's load than wall
 * seconds do.
 */
const WITH_CPU = '"$@"; status=$?; times >&2; exit $status';
const CPU_LINE = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/;

interface Run {
  seconds: number;
  cpuSeconds: number;
  stdout: string;
}

/** Wall seconds from spawn to exit, CPU seconds, and what it printed; a run that fails ends the benchmark. */
function timed(command: string, args: readonly string[]): Run {
  const started = performance.now();
  const run = spawnSync('bash', ['-c', WITH_CPU, 'bench', command, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`, { cause: run.error });
  const cpu = CPU_LINE.exec(run.stderr);
  if (!cpu) throw new Error(`bash printed no CPU times after ${command} ${args.join(' ')}: ${run.stderr}`);
  const [, um, us, sm, ss] = cpu.map(Number) as [number, number, number, number, number];
  return { seconds, cpuSeconds: um * 60 + us + sm * 60 + ss, stdout: run.stdout };
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const started = performance.now();
execFileSync(NODE, [TSC, '-b', 'pipelines'], { cwd: ROOT, stdio: 'inherit' });
const buildSeconds = (performance.now() - started) / 1000;
const load = loadavg()[0] ?? 0;

const help = timed(NODE, ['pipelines/bin/creator-audit.js', '--help']).stdout;
for (const way of WAYS) timed(way.command, way.args);
const runs = new Map<Way, Run[]>(WAYS.map((w) => [w, []]));
let mismatches = 0;
for (let round = 0; round < RUNS; round++) {
  for (const way of WAYS) {
    const run = timed(way.command, way.args);
    runs.get(way)?.push(run);
    if (way.printsHelp && run.stdout !== help) mismatches++;
  }
}
const noop: number[] = [];
for (let i = 0; i < 3; i++) noop.push(timed(NODE, [TSC, '-b']).seconds);

const wall = (way: Way) => (runs.get(way) ?? []).map((r) => r.seconds);
const cpu = (way: Way) => (runs.get(way) ?? []).map((r) => r.cpuSeconds);
const compiled = WAYS[1] as Way;
const fmt = (s: number) => s.toFixed(3);
process.stdout.write(
  [
    `CLI start-up: creator-audit --help, seconds from spawn to exit (wall) and CPU seconds, ${RUNS} interleaved rounds after one untimed ` +
      `(Node ${process.versions.node}, ${availableParallelism()} cores, load average ${load.toFixed(1)} at the start)`,
    table(
      ['how it starts', 'wall s, median', 'min', 'x compiled', 'CPU s, median', 'x compiled'],
      WAYS.map((way) => [
        way.name,
        fmt(median(wall(way))),
        fmt(Math.min(...wall(way))),
        (median(wall(way)) / median(wall(compiled))).toFixed(2),
        fmt(median(cpu(way))),
        (median(cpu(way)) / median(cpu(compiled))).toFixed(2),
      ]),
    ),
    `runs whose help differed from the compiled CLI's: ${mismatches}`,
    `tsc -b: ${buildSeconds.toFixed(1)} s to bring the build up to date before the runs; with nothing to build, ` +
      `median of 3: ${fmt(median(noop))} s (what npm run demo checks before it starts)`,
    '',
  ].join('\n'),
);
