import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSyntheticProvider, syntheticHandles } from '@creator-audit/providers';
import { rawResponses, startOrResumeRun, Warehouse } from '@creator-audit/warehouse';
import { CreditBudget } from '../src/budget.ts';
import { creatorRows } from '../src/creators/creator-rows.ts';
import { fetchCreator } from '../src/creators/fetch-creator.ts';
import type { TableRows } from '../src/fetch-loop/fetch-kind.ts';
import { rawRow } from '../src/fetch-loop/landed-raw.ts';
import { LandingBuffer } from '../src/fetch-loop/landing-buffer.ts';
import { PaidCalls } from '../src/fetch-loop/paid-calls.ts';
import { fixed, median, SEED, table, WORLD_TIME } from './bench-kit.ts';

const PLAN = { videosPerCreator: 30, pageSize: 30, maxEmptyPages: 2 };
const RUN_ID = 'bench-run';

/** Creators fetched once from the in-process simulator, as the fetch loop hands them to landing (raw bodies first). */
async function landedCohort(creators: number): Promise<TableRows[]> {
  const provider = createSyntheticProvider({ seed: SEED, clock: () => WORLD_TIME, faultRate: 0 });
  const budget = new CreditBudget(null);
  const permit = { refusal: () => null, vendorStopped: () => undefined };
  const landed: TableRows[] = [];
  for (const username of syntheticHandles(SEED, creators)) {
    const wallet = budget.open(2);
    if (!wallet) throw new Error('an unlimited budget refused a wallet');
    const calls = new PaidCalls(wallet, 1, (call) => call(), permit);
    const creator = await fetchCreator(provider, username, PLAN, calls);
    if (!creator) throw new Error(`${username} was not decided`);
    landed.push([[rawResponses, calls.raws.map((r) => rawRow(RUN_ID, r))], ...creatorRows(RUN_ID, 'synthetic', creator, WORLD_TIME)]);
  }
  return landed;
}

const rowsOf = (item: TableRows) => item.reduce((sum, [, rows]) => sum + rows.length, 0);
const bodyBytesOf = (item: TableRows) =>
  item.reduce((sum, [table, rows]) => sum + (table === rawResponses ? rows.reduce((s, r) => s + Buffer.byteLength(String(r.body)), 0) : 0), 0);

/** Lands `cohort` through LandingBuffer into a fresh warehouse file, in batches of `flushEvery`; returns seconds. */
async function landInto(path: string, cohort: readonly TableRows[], flushEvery: number): Promise<number> {
  const warehouse = await Warehouse.open(path);
  try {
    await startOrResumeRun(warehouse, { kind: 'creators', provider: 'synthetic', inputName: 'bench', inputHash: path, options: {}, now: WORLD_TIME });
    const landing = new LandingBuffer(warehouse, { flushEvery, flushAfterMs: 60_000 });
    const started = performance.now();
    for (const creator of cohort) await landing.add({ rows: creator });
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
  const bodyMb = cohort.reduce((sum, c) => sum + bodyBytesOf(c), 0) / 1e6;
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
