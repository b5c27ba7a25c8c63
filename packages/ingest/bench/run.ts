import { benchLanding } from './landing.bench.ts';
import { benchMemory } from './memory.bench.ts';
import { benchQueue } from './queue.bench.ts';
import { benchThroughput } from './throughput.bench.ts';

/** `npm run bench`: each measure as medians over several runs, printed as compact tables. */
const runs = Number(process.env.BENCH_RUNS ?? 3);
const only = process.env.BENCH_ONLY;
if (!only || only === 'throughput') process.stdout.write(`${await benchThroughput(runs)}\n\n`);
if (!only || only === 'memory') process.stdout.write(`${await benchMemory(runs)}\n\n`);
if (!only || only === 'landing') process.stdout.write(`${await benchLanding(runs)}\n\n`);
if (!only || only === 'queue') process.stdout.write(`${await benchQueue(runs)}\n\n`);
