import { PROVIDER_NAMES, type ProviderName, SCAVIO_KEY_VAR, TIKHUB_KEY_VAR } from '@creator-audit/providers';
import { type Command, Option } from 'commander';
import { OPTION_LIMITS } from '../cli/option-sets.ts';
import { durationIn, oneOf } from '../cli/parse-values.ts';

interface WorkerFlags {
  queue: string;
  lake: string;
  concurrency: number;
  provider?: ProviderName[];
  timeout: number;
  lock: number;
  allowVolatile?: boolean;
}

const KEY_VARS: Record<ProviderName, string | null> = { synthetic: null, scavio: SCAVIO_KEY_VAR, tikhub: TIKHUB_KEY_VAR };

/** Queues this worker can serve: the simulator's, and each provider whose key is in the environment. */
function providersWithKeys(env: NodeJS.ProcessEnv): ProviderName[] {
  return PROVIDER_NAMES.filter((name) => {
    const variable = KEY_VARS[name];
    return variable === null || Boolean(env[variable]?.trim());
  });
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take creator jobs from the queues in Redis, fetch them, and write them to a Parquet lake before acknowledging them; run as many as you like')
    .requiredOption('--queue <url>', 'Redis with an append-only file: redis://HOST:PORT/DB, as given to enqueue')
    .requiredOption('--lake <dir>', 'the lake folder (hive-partitioned Parquet; read it with sql --lake and score --lake)')
    .option('--concurrency <n>', 'creators in flight per queue; also the most creators one batch of files holds', OPTION_LIMITS.concurrency, 16)
    .addOption(
      new Option('-p, --provider <name>', 'a queue to serve, repeatable (default: the simulator and every provider whose key is in the environment)').argParser(
        (value: string, previous: ProviderName[] | undefined) => [...(previous ?? []), oneOf(PROVIDER_NAMES)(value)],
      ),
    )
    .addOption(new Option('--timeout <duration>', 'the most one request may take').argParser(OPTION_LIMITS.timeout).default(30_000, '30s'))
    .addOption(
      new Option('--lock <duration>', "how long a job stays this worker's without a sign of life; a dead worker's jobs run again about 1.5x this later")
        .argParser(durationIn(1000, 3_600_000, { allowZero: false }))
        .default(30_000, '30s'),
    )
    .option('--allow-volatile', 'accept a Redis that keeps nothing on disk (a throwaway run)')
    .action(async (flags: WorkerFlags) => {
      // Loaded here, not at start-up: BullMQ and ioredis would slow every other command down.
      const { parseRedisUrl, startWorker } = await import('@creator-audit/ingest/queue');
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const worker = await startWorker({
        redis: parseRedisUrl(flags.queue),
        allowVolatile: flags.allowVolatile ?? false,
        lake: flags.lake,
        concurrency: flags.concurrency,
        providers: flags.provider ?? providersWithKeys(process.env),
        env: process.env,
        timeoutMs: flags.timeout,
        lockDurationMs: flags.lock,
        log,
      });
      const report = () => log(`worker ${worker.id}: ${worker.stats.completed} creator(s) landed and acknowledged, ${worker.stats.files} file(s) written`);
      const ticker = setInterval(report, 10_000).unref();
      let signalled: NodeJS.Signals | null = null;
      const onSignal = (signal: NodeJS.Signals) => {
        // A second signal does not wait: jobs in flight run again elsewhere, nothing acknowledged is lost.
        if (signalled) process.exit(130);
        signalled = signal;
        log(`worker ${worker.id}: ${signal}: finishing the jobs in flight, then stopping (again to stop at once)`);
        void worker.close();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        await worker.closed;
      } finally {
        clearInterval(ticker);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        report();
      }
      if (signalled === 'SIGINT') process.exitCode = 130;
    });
}
