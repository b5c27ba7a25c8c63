/**
 * Benchmark (not a test): seed-v1 (and cohort-v1 beside it) over synthesized cohorts of 100,000 and 1,000,000 creators x 30 videos, each
 * generated once into a temp DuckDB file by `synthesizeCohort` (set-based SQL). Every measurement runs in a child
 * process of its own, so its peak RSS (maxRSS) is that measurement's alone; reported as medians over the runs.
 *   - vectorized: scoreWarehouse (the SQL models, creator_scores written), wall and CPU seconds;
 *   - TS, streamed: the cohort streamed out of DuckDB one creator per row and scored with scoreSeedV1;
 *   - TS, per creator: each creator loaded by its own queries and scored, as `check` does.
 * The TS paths run on a sample (BENCH_SAMPLE creators, 100,000 by default; 1,000 for the per-creator path) and are
 * extrapolated linearly to the cohort, which the table says. Each TS run also counts its scores that differ from
 * the SQL's (0 expected). Run: npm run bench -w @creator-audit/scoring (BENCH_SIZES=100000 for the small one only).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Warehouse } from '@creator-audit/warehouse';
import { synthesizeCohort } from '@creator-audit/ingest';

interface SqlRun {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  creators: number;
  models: Record<string, number>;
}
interface TsRun {
  seconds: number;
  scoreSeconds: number | null;
  maxRssMb: number;
  creators: number;
  mismatches: number;
}

const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const STREAMED_SAMPLE = Number(process.env.BENCH_SAMPLE ?? 100_000);
const PER_CREATOR_SAMPLE = 1_000;
const runsFor = (creators: number) => (creators >= 1_000_000 ? { sql: 3, ts: 2 } : { sql: 5, ts: 3 });

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs a script of this folder under tsx (the packages' sources) in a child process and returns the JSON line it prints. */
async function child<T>(script: string, env: Record<string, string>): Promise<T> {
  const proc = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', fileURLToPath(new URL(script, import.meta.url))], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  if (!proc.stdout) throw new Error('child has no stdout');
  for await (const line of createInterface({ input: proc.stdout })) {
    await exited;
    return JSON.parse(line) as T;
  }
  throw new Error(`${script} exited (${await exited}) without printing its result`);
}

/** Per-model seconds, median over runs (views cost nothing when created: their work shows in creator_scores). */
function medianModels(runs: readonly SqlRun[]): Record<string, number> {
  const names = Object.keys(runs[0]?.models ?? {});
  return Object.fromEntries(names.map((n) => [n, median(runs.map((r) => r.models[n] ?? 0))]).filter(([, s]) => (s as number) >= 0.05));
}

const fmt = (n: number, digits = 2) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function benchSize(creators: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'seed-v1-bench-'));
  const db = join(dir, 'cohort.duckdb');
  try {
    const warehouse = await Warehouse.open(db, { memoryLimit: '16GB' });
    const started = performance.now();
    try {
      await synthesizeCohort(warehouse, { creators, videosPerCreator: 30, seed: 7 });
    } finally {
      warehouse.close();
    }
    const synthSeconds = (performance.now() - started) / 1000;
    const runs = runsFor(creators);
    const sql: SqlRun[] = [];
    for (let i = 0; i < runs.sql; i++) sql.push(await child<SqlRun>('./score-sql-child.ts', { BENCH_DB: db, BENCH_RULESET: 'seed-v1' }));
    // cohort-v1 on the same cohort, by the same path (its models, then creator_scores written).
    const cohort: SqlRun[] = [];
    for (let i = 0; i < runs.sql; i++) cohort.push(await child<SqlRun>('./score-sql-child.ts', { BENCH_DB: db, BENCH_RULESET: 'cohort-v1' }));
    const streamedSample = Math.min(STREAMED_SAMPLE, creators);
    const streamed: TsRun[] = [];
    for (let i = 0; i < runs.ts; i++) {
      streamed.push(await child<TsRun>('./seed-v1-reference-child.ts', { BENCH_DB: db, BENCH_SAMPLE: String(streamedSample), BENCH_MODE: 'streamed' }));
    }
    const perCreator = await child<TsRun>('./seed-v1-reference-child.ts', { BENCH_DB: db, BENCH_SAMPLE: String(PER_CREATOR_SAMPLE), BENCH_MODE: 'per-creator' });

    const sqlSeconds = median(sql.map((r) => r.seconds));
    const streamedSeconds = (median(streamed.map((r) => r.seconds)) * creators) / streamedSample;
    const streamedScoreSeconds = (median(streamed.map((r) => r.scoreSeconds ?? 0)) * creators) / streamedSample;
    const perCreatorSeconds = (perCreator.seconds * creators) / PER_CREATOR_SAMPLE;
    const mismatches = streamed.reduce((sum, r) => sum + r.mismatches, 0) + perCreator.mismatches;
    const sampled = (n: number) => (n === creators ? 'whole cohort' : `${n.toLocaleString('en-US')} timed, x${fmt(creators / n, 0)}`);
    return [
      `${creators.toLocaleString('en-US')} creators x 30 videos (${(creators * 30).toLocaleString('en-US')} video rows; synthesized in ${fmt(synthSeconds, 1)} s)`,
      `  vectorized SQL (scoreWarehouse), median of ${runs.sql}: ${fmt(sqlSeconds)} s wall, ${fmt(median(sql.map((r) => r.cpuSeconds)))} CPU-s, peak RSS ${fmt(median(sql.map((r) => r.maxRssMb)) / 1024)} GiB`,
      `  TS reference, streamed (${sampled(streamedSample)}), median of ${runs.ts}: ${fmt(streamedSeconds, 1)} s (scoreSeedV1 alone ${fmt(streamedScoreSeconds, 1)} s), peak RSS ${fmt(median(streamed.map((r) => r.maxRssMb)) / 1024)} GiB`,
      `  TS reference, per creator as check loads it (${sampled(PER_CREATOR_SAMPLE)}): ${fmt(perCreatorSeconds, 0)} s`,
      `  ratio: ${fmt(streamedSeconds / sqlSeconds, 1)}x vs streamed TS (${fmt(streamedScoreSeconds / sqlSeconds, 1)}x vs its scoring alone), ${fmt(perCreatorSeconds / sqlSeconds, 0)}x vs per creator`,
      `  scores differing between SQL and TS on the samples: ${mismatches}`,
      `  cohort-v1, vectorized SQL, median of ${runs.sql}: ${fmt(median(cohort.map((r) => r.seconds)))} s wall, ${fmt(median(cohort.map((r) => r.cpuSeconds)))} CPU-s, ` +
        `peak RSS ${fmt(median(cohort.map((r) => r.maxRssMb)) / 1024)} GiB: ${fmt(median(cohort.map((r) => r.seconds)) / sqlSeconds, 1)}x seed-v1's wall time, ` +
        `${fmt(median(cohort.map((r) => r.cpuSeconds)) / median(sql.map((r) => r.cpuSeconds)), 1)}x its CPU`,
      `  cohort-v1 models (median seconds): ${Object.entries(medianModels(cohort))
        .map(([name, s]) => `${name} ${fmt(s)}`)
        .join(', ')}`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lines = [`seed-v1 and cohort-v1 benchmark (${new Date().toISOString()}, node ${process.version}, DuckDB threads 2)`];
for (const creators of SIZES) {
  lines.push(...(await benchSize(creators)));
  process.stdout.write(`${lines.join('\n')}\n`);
  lines.length = 0;
}
