/**
 * One ingest of BENCH_CREATORS simulated creators from the loopback simulator at BENCH_URL into a
 * warehouse file at BENCH_DB, in a process of its own so its peak memory is the engine's alone. Run with
 * --expose-gc: the live JS heap is sampled after a collection every half second. Prints the run's figures as JSON.
 */
import { performance } from 'node:perf_hooks';
import { syntheticHandles } from '@creator-audit/providers';
import { ingestCreators } from '../src/creators/ingest-creators.ts';
import { Warehouse } from '@creator-audit/warehouse';
import { benchProvider, median, SEED } from './bench-kit.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('memory-child needs node --expose-gc');
const liveHeap: number[] = [];
const sampleHeap = () => {
  gc();
  liveHeap.push(process.memoryUsage().heapUsed / 2 ** 20);
};

const creators = Number(process.env.BENCH_CREATORS);
const handles = syntheticHandles(SEED, creators);
const warehouse = await Warehouse.open(String(process.env.BENCH_DB));
const provider = benchProvider(String(process.env.BENCH_URL), 16, null);
const sampler = setInterval(sampleHeap, 500);
const started = performance.now();
let calls = 0;
try {
  await ingestCreators(warehouse, provider, handles, {
    videosPerCreator: 30,
    pageSize: 30,
    maxEmptyPages: 2,
    concurrency: 16,
    rps: null,
    maxCredits: null,
    maxAgeMs: 0,
    inputName: 'bench-memory',
  });
  sampleHeap();
  const [landed] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM raw_responses`);
  calls = Number(landed?.n);
} finally {
  clearInterval(sampler);
  warehouse.close();
  await provider.close();
}
const seconds = (performance.now() - started) / 1000;
// resourceUsage().maxRSS is in kilobytes.
const result = {
  creators,
  calls,
  seconds,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  liveHeapMedianMb: median(liveHeap),
  liveHeapMaxMb: Math.max(...liveHeap),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
