import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstJsonLine, fixed, median, spawnBench, startSimulatorProcess, table } from './bench-kit.ts';

interface ChildResult {
  creators: number;
  calls: number;
  seconds: number;
  maxRssMb: number;
  liveHeapMedianMb: number;
  liveHeapMaxMb: number;
}

const SIZES = [1_000, 10_000];

/**
 * Peak RSS of a whole ingest, in a child process, for a small and a ten times larger cohort. The engine
 * streams creators to DuckDB in batches, so the peak must not grow with the cohort.
 */
export async function benchMemory(runs: number): Promise<string> {
  const server = await startSimulatorProcess(0);
  const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
  const rows: string[][] = [];
  const firsts: { rss?: number; heap?: number } = {};
  try {
    for (const creators of SIZES) {
      const results: ChildResult[] = [];
      for (let run = 0; run < runs; run++) {
        const db = join(dir, `memory-${creators}-${run}.duckdb`);
        const child = spawnBench('./memory-child.ts', { BENCH_URL: server.scavioBaseUrl, BENCH_CREATORS: String(creators), BENCH_DB: db });
        results.push(await firstJsonLine<ChildResult>(child));
        rmSync(db, { force: true });
        rmSync(`${db}.wal`, { force: true });
      }
      const rss = median(results.map((r) => r.maxRssMb));
      const heap = median(results.map((r) => r.liveHeapMedianMb));
      firsts.rss ??= rss;
      firsts.heap ??= heap;
      rows.push([
        String(creators),
        fixed(median(results.map((r) => r.calls))),
        fixed(median(results.map((r) => r.seconds)), 1),
        fixed(heap, 0),
        fixed(heap / firsts.heap, 2),
        fixed(median(results.map((r) => r.liveHeapMaxMb)), 0),
        fixed(rss, 0),
        fixed(rss / firsts.rss, 2),
      ]);
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return table(
    `(2) peak memory of a whole ingest in a child process, 30 videos a creator, median of ${runs} runs\n` +
      '    live heap: the JS heap after GC, sampled every 0.5 s (what the engine holds); RSS: maxRSS, DuckDB included',
    ['creators', 'calls', 'seconds', 'live heap MB', 'x', 'live heap max', 'peak RSS MB', 'x'],
    rows,
  );
}
