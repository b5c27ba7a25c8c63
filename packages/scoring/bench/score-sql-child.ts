/**
 * One scoring of the warehouse at BENCH_DB with scoreWarehouse, by the ruleset BENCH_RULESET (seed-v1 unless set),
 * in a process of its own so its peak memory is the scoring's alone. Prints `{seconds, cpuSeconds, maxRssMb,
 * creators, models}` (models: per-model seconds).
 */
import { Warehouse } from '@creator-audit/warehouse';
import { scoreWarehouse } from '../src/score.ts';

const warehouse = await Warehouse.open(String(process.env.BENCH_DB), { memoryLimit: process.env.BENCH_MEMORY_LIMIT ?? '20GB' });
try {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const run = await scoreWarehouse(warehouse, { ruleset: process.env.BENCH_RULESET ?? 'seed-v1', scoredAt: new Date('2026-11-01T00:00:00Z') });
  const seconds = (performance.now() - started) / 1000;
  // CPU seconds over all threads: steadier than wall time on a machine shared with other work.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const models = Object.fromEntries(run.timings.map((t) => [t.name, t.ms / 1000]));
  // resourceUsage().maxRSS is in kilobytes.
  process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024, creators: run.creators, models })}\n`);
} finally {
  warehouse.close();
}
