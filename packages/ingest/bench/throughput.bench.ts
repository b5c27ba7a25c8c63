import { performance } from 'node:perf_hooks';
import { syntheticHandles } from '@creator-audit/providers';
import { ingestCreators } from '../src/creators/ingest-creators.ts';
import { Warehouse } from '@creator-audit/warehouse';
import { benchProvider, fixed, median, SEED, startSimulatorProcess, table } from './bench-kit.ts';

const LATENCY_MS = 20;
/** One page per creator (a profile and its posts): two calls, one after the other. */
const PLAN = { videosPerCreator: 10, pageSize: 10, maxEmptyPages: 2 };
const SETTINGS: ReadonlyArray<{ concurrency: number; rps: number | null }> = [
  { concurrency: 4, rps: null },
  { concurrency: 16, rps: null },
  { concurrency: 8, rps: 50 },
  { concurrency: 32, rps: 200 },
];

/**
 * Creators per second against the loopback simulator with a fixed latency, beside the ceiling the
 * settings allow: min(rps, concurrency / latency) calls per second, over the calls a creator takes.
 */
export async function benchThroughput(runs: number): Promise<string> {
  const server = await startSimulatorProcess(LATENCY_MS);
  const rows: string[][] = [];
  try {
    for (const { concurrency, rps } of SETTINGS) {
      const ceilingCalls = Math.min(rps ?? Number.POSITIVE_INFINITY, concurrency / (LATENCY_MS / 1000));
      // About two seconds of work per run at the ceiling.
      const creators = Math.max(60, Math.round(ceilingCalls));
      const perRun: Array<{ creatorsPerS: number; callsPerS: number; callsPerCreator: number }> = [];
      for (let run = 0; run < runs; run++) {
        const handles = syntheticHandles(SEED + run, creators);
        const warehouse = await Warehouse.open(':memory:');
        const provider = benchProvider(server.scavioBaseUrl, concurrency, rps);
        const started = performance.now();
        let calls = 0;
        try {
          await ingestCreators(warehouse, provider, handles, {
            ...PLAN,
            concurrency,
            rps,
            maxCredits: null,
            maxAgeMs: 0,
            inputName: `bench-${run}`,
          });
          const [landed] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM raw_responses`);
          calls = Number(landed?.n);
        } finally {
          warehouse.close();
          await provider.close();
        }
        const seconds = (performance.now() - started) / 1000;
        perRun.push({ creatorsPerS: creators / seconds, callsPerS: calls / seconds, callsPerCreator: calls / creators });
      }
      const callsPerS = median(perRun.map((r) => r.callsPerS));
      const callsPerCreator = median(perRun.map((r) => r.callsPerCreator));
      rows.push([
        `c=${concurrency} rps=${rps ?? '-'}`,
        String(creators),
        fixed(median(perRun.map((r) => r.creatorsPerS)), 1),
        fixed(ceilingCalls / callsPerCreator, 1),
        fixed(callsPerS, 1),
        fixed(ceilingCalls, 1),
        fixed(callsPerS / ceilingCalls, 2),
      ]);
    }
  } finally {
    await server.stop();
  }
  return table(
    `(1) throughput against the loopback simulator, latency ${LATENCY_MS} ms, median of ${runs} runs`,
    ['setting', 'creators', 'creators/s', 'ceiling/s', 'calls/s', 'ceiling calls/s', 'ratio'],
    rows,
  );
}
