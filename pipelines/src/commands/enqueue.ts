import { basename } from 'node:path';
import { progressBar } from '@creator-audit/ingest';
import type { EnqueueResult } from '@creator-audit/ingest/queue';
import { DEFAULT_SIMULATOR_SEED, PROVIDER_DEFAULTS, PROVIDER_NAMES, type ProviderName } from '@creator-audit/providers';
import { type Command, Option } from 'commander';
import { readCreatorList } from '../cli/creator-list.ts';
import { withInterrupt } from '../cli/interrupt.ts';
import { messages } from '../cli/messages.ts';
import { exitCodeOf } from '../cli/exit-codes.ts';
import { OPTION_LIMITS } from '../cli/option-sets.ts';
import { instant, oneOf } from '../cli/parse-values.ts';
import { formatIngestSummary, reportStop } from '../cli/summary.ts';

interface EnqueueFlags {
  input: string;
  provider: ProviderName;
  queue: string;
  maxCredits?: number;
  rps?: number;
  videos: number;
  seed: number;
  at?: Date;
  date?: string;
  wait?: boolean;
  allowVolatile?: boolean;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

function formatEnqueued(result: EnqueueResult, where: string): string {
  return (
    `Run ${result.runId}${result.resumed ? ' (resumed)' : ''} on ${where}, queue ${result.queue}: ` +
    `${result.added} job(s) added, ${result.queued} already queued, ${result.decided} already done today; ${result.total} creator(s) in the run`
  );
}

export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description('put a creator list on its provider\'s queue in Redis, one job per creator and day, for `worker`s to fetch into a lake')
    .requiredOption('-i, --input <file>', 'creator list: CSV (username column or first column) or text, one handle per line')
    .addOption(new Option('-p, --provider <name>', 'data source').argParser(oneOf(PROVIDER_NAMES)).default('synthetic'))
    .requiredOption('--queue <url>', 'Redis with an append-only file: redis://HOST:PORT/DB (a database per API key)')
    .option('--max-credits <n>', "the run's budget across all workers; the queue pauses when it is spent", OPTION_LIMITS.maxCredits)
    .option('--rps <n>', 'calls per second across all workers of this API key (default: per provider)', OPTION_LIMITS.rps)
    .option('--videos <n>', 'recent videos to fetch per creator', OPTION_LIMITS.videos, 30)
    .option('--seed <n>', 'seed of the offline simulator', OPTION_LIMITS.seed, DEFAULT_SIMULATOR_SEED)
    .option('--at <time>', "the simulator's clock (synthetic only; ISO 8601)", instant)
    .option('--date <day>', "the run's day, YYYY-MM-DD (default: today in UTC, or --at's day)")
    .option('--wait', 'follow the run over all workers until it is done, then print the same summary as ingest')
    .option('--allow-volatile', 'accept a Redis that keeps nothing on disk (a throwaway run)')
    .action(async (flags: EnqueueFlags) => {
      // Loaded here, not at start-up: BullMQ and ioredis would slow every other command down.
      const { enqueueCreators, parseRedisUrl, waitForRun } = await import('@creator-audit/ingest/queue');
      if (flags.date !== undefined && !isDay(flags.date)) throw new Error(messages.badDate(flags.date));
      if (flags.at && flags.provider !== 'synthetic') throw new Error("--at sets the simulator's clock: it only works with --provider synthetic");
      const redis = parseRedisUrl(flags.queue);
      const list = readCreatorList(flags.input);
      const rps = flags.rps ?? PROVIDER_DEFAULTS[flags.provider].rps;
      const result = await enqueueCreators({
        redis,
        allowVolatile: flags.allowVolatile ?? false,
        provider: flags.provider,
        handles: list.handles,
        inputName: basename(flags.input),
        date: flags.date ?? (flags.at ?? new Date()).toISOString().slice(0, 10),
        plan: { videosPerCreator: flags.videos, maxEmptyPages: 3 },
        seed: flags.seed,
        at: flags.at ?? null,
        maxCredits: flags.maxCredits ?? null,
        rps,
      });
      process.stdout.write(`${formatEnqueued(result, redis.display)}\n`);
      if (!flags.wait) return;
      // Ctrl-C stops following the run, not the run: the workers go on.
      const summary = await withInterrupt((signal) =>
        waitForRun({
          redis,
          allowVolatile: flags.allowVolatile ?? false,
          provider: flags.provider,
          runId: result.runId,
          resumed: result.resumed,
          progress: progressBar(),
          signal,
        }),
      );
      process.stdout.write(`${formatIngestSummary(summary, flags.input)}\n`);
      reportStop(summary);
      process.exitCode = exitCodeOf(summary.stop);
    });
}
