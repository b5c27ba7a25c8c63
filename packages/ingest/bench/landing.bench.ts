import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSyntheticProvider, syntheticHandles } from '@creator-audit/providers';
import { CreditBudget } from '../src/budget.ts';
import { fetchCreator, type LandedCreator } from '../src/fetch-creator.ts';
import { LandingBuffer } from '../src/landing.ts';
import { startOrResumeRun, Warehouse } from '@creator-audit/warehouse';
import { fixed, median, SEED, table, WORLD_TIME } from './bench-kit.ts';

const PLAN = { videosPerCreator: 30, pageSize: 30, maxEmptyPages: 2 };

/** Creators fetched once from the in-process simulator, as the engine hands them to landing. */
export async function landedCohort(creators: number): Promise<LandedCreator[]> {
  const provider = createSyntheticProvider({ seed: SEED, clock: () => WORLD_TIME, faultRate: 0 });
  const budget = new CreditBudget(null);
  const landed: LandedCreator[] = [];
  for (const username of syntheticHandles(SEED, creators)) {
    const wallet = budget.open(2);
    if (!wallet) throw new Error('an unlimited budget refused a wallet');
    landed.push(await fetchCreator(provider, username, PLAN, wallet, (call) => call()));
  }
  return landed;
}

/** Rows a creator puts in the warehouse: its raw bodies, quarantined ones, its snapshot, videos and outcome. */
export const rowsOf = (c: LandedCreator) =>
  c.raws.length + c.raws.filter((r) => r.schemaError !== null).length + (c.profile ? 1 : 0) + c.videos.length + 1;

/** Lands `cohort` through LandingBuffer into a fresh warehouse file, in batches of `flushEvery`; returns seconds. */
export async function landInto(path: string, cohort: readonly LandedCreator[], flushEvery: number): Promise<number> {
  const warehouse = await Warehouse.open(path);
  try {
    const run = await startOrResumeRun(warehouse, { kind: 'creators', provider: 'synthetic', inputName: 'bench', inputHash: path, options: {}, now: WORLD_TIME });
    const landing = new LandingBuffer(warehouse, run.runId, 'synthetic', flushEvery, () => WORLD_TIME);
    const started = performance.now();
    for (const creator of cohort) await landing.add(creator);
    await landing.flush();
    return (performance.now() - started) / 1000;
  } finally {
    warehouse.close();
  }
}

/** Rows per second for landing fetched bodies into DuckDB (appender batches in one transaction each). */
export async function benchLanding(runs: number): Promise<string> {
  const cohort = await landedCohort(1_000);
  const rows = cohort.reduce((sum, c) => sum + rowsOf(c), 0);
  const bodyMb = cohort.reduce((sum, c) => sum + c.raws.reduce((s, r) => s + Buffer.byteLength(r.body), 0), 0) / 1e6;
  const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
  const lines: string[][] = [];
  try {
    for (const flushEvery of [50, 200, 1_000]) {
      const seconds: number[] = [];
      for (let run = 0; run < runs; run++) seconds.push(await landInto(join(dir, `landing-${flushEvery}-${run}.duckdb`), cohort, flushEvery));
      const s = median(seconds);
      lines.push([String(flushEvery), String(cohort.length), String(rows), fixed(s, 2), fixed(rows / s), fixed(bodyMb / s, 1)]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return table(
    `(3) landing fetched creators into DuckDB (LandingBuffer -> appendRows, file warehouse), ${fixed(bodyMb, 1)} MB of bodies, median of ${runs} runs`,
    ['batch', 'creators', 'rows', 'seconds', 'rows/s', 'body MB/s'],
    lines,
  );
}
