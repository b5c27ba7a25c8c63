import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Warehouse } from '@creator-audit/warehouse';
import { type CreatorList, freshCreators, type IngestSummary, ingestCreators, landSyntheticLabels, parseCreatorList, planCreatorRun, progressBar } from '@creator-audit/ingest';
import { createProvider, PROVIDER_DEFAULTS, PROVIDER_NAMES, type ProviderName } from '@creator-audit/providers';
import { type Command, Option } from 'commander';
import { messages } from '../messages.ts';
import { duration, instant, nonNegativeNumber, oneOf, positiveInt, positiveNumber } from '../options.ts';
import { formatIngestSummary } from '../summary.ts';
import { DEFAULT_DB, withWarehouse } from '../warehouse-path.ts';

export interface IngestFlags {
  input: string;
  provider: ProviderName;
  db: string;
  seed: number;
  videos: number;
  concurrency?: number;
  rps?: number;
  maxCredits?: number;
  maxAge: number;
  timeout: number;
  dryRun?: boolean;
  /** The simulator's clock (synthetic only), to build snapshots at chosen times. */
  at?: Date;
}

/** Options shared by every command that fetches creators (`ingest`, later `audit-creators`). */
export function addIngestOptions(cmd: Command): Command {
  return cmd
    .requiredOption('-i, --input <file>', 'creator list: CSV (username column or first column) or text, one handle per line')
    .addOption(new Option('-p, --provider <name>', 'data source').argParser(oneOf(PROVIDER_NAMES)).default('synthetic'))
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .option('--seed <n>', 'seed of the offline simulator', positiveInt, 42)
    .option('--videos <n>', 'recent videos to fetch per creator', positiveInt, 30)
    .option('--concurrency <n>', 'creators fetched at once (default: per provider)', positiveInt)
    .option('--rps <n>', 'calls per second at most (default: per provider)', positiveNumber)
    .option('--max-credits <n>', 'stop cleanly once this many credits are spent', nonNegativeNumber)
    .option('--max-age <duration>', 'skip creators with a snapshot newer than this (0 = refetch all)', duration, duration('24h'))
    .option('--timeout <duration>', 'per-request timeout', duration, duration('30s'))
    .option('--dry-run', 'print the calls and credits the run would spend, and spend nothing')
    .option('--at <time>', "the simulator's clock (synthetic only; ISO 8601), to take snapshots at chosen times", instant);
}

export function readCreatorList(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(messages.cannotReadInput(path, (error as Error).message));
  }
  const list = parseCreatorList(text, basename(path));
  for (const r of list.rejected) process.stderr.write(`${messages.rejectedLine(r.line, r.raw, r.reason)}\n`);
  if (list.handles.length === 0) throw new Error(messages.noHandles(path, list.rejected.length));
  return list;
}

/** Exit code for a finished ingest: 0 done or stopped at budget, 2 stopped by the vendor, 130 interrupted. */
export function exitCodeFor(summary: IngestSummary): number {
  if (!summary.stop || summary.stop.kind === 'budget') return 0;
  return summary.stop.kind === 'run_stopping' ? 2 : 130;
}

export function reportStop(summary: IngestSummary): void {
  const { stop } = summary;
  if (!stop) return;
  if (stop.kind === 'budget') process.stderr.write(`${messages.stoppedAtBudget(summary.byOutcome.budget_exhausted ?? 0)}\n`);
  else if (stop.kind === 'run_stopping') process.stderr.write(`${messages.stoppedByVendor(stop.message)}\n`);
  else process.stderr.write(`${messages.interrupted}\n`);
}

/** Fetches the list into the warehouse (or prints the plan for --dry-run). Returns null on a dry run. */
export async function runIngest(warehouse: Warehouse, flags: IngestFlags): Promise<IngestSummary | null> {
  if (flags.at && flags.provider !== 'synthetic') throw new Error(messages.atNeedsSimulator);
  return ingestHandles(warehouse, readCreatorList(flags.input), { ...flags, inputName: basename(flags.input) });
}

/** Fetches handles already parsed (a list file's, or `check`'s one) with the ingest flags. */
export async function ingestHandles(
  warehouse: Warehouse,
  list: Pick<CreatorList, 'handles' | 'rejected'>,
  flags: Omit<IngestFlags, 'input'> & { inputName: string },
): Promise<IngestSummary | null> {
  if (flags.at && flags.provider !== 'synthetic') throw new Error(messages.atNeedsSimulator);
  const at = flags.at;
  const clock = at ? () => at : () => new Date();
  const provider = createProvider({ name: flags.provider, env: process.env, seed: flags.seed, timeoutMs: flags.timeout, clock, rps: flags.rps, concurrency: flags.concurrency });
  const defaults = PROVIDER_DEFAULTS[flags.provider];
  const plan = { videosPerCreator: flags.videos, pageSize: Math.min(flags.videos, provider.maxPageSize), maxEmptyPages: 3 };
  try {
    if (flags.dryRun) {
      const fresh = await freshCreators(warehouse, provider.name, flags.maxAge, clock());
      const planned = planCreatorRun(provider, list.handles, fresh, plan);
      for (const call of planned.calls) process.stdout.write(`${call.endpoint}\t${call.username}\n`);
      process.stdout.write(
        `dry run: ${planned.calls.length} call(s) for ${planned.creators} creator(s), ${planned.skippedFresh} fresh and skipped; ` +
          `about ${planned.credits} credit(s) on ${provider.name} (more if a creator needs extra pages)\n`,
      );
      return null;
    }
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    try {
      const summary = await ingestCreators(warehouse, provider, list.handles, {
        ...plan,
        concurrency: flags.concurrency ?? defaults.concurrency,
        rps: flags.rps ?? defaults.rps,
        maxCredits: flags.maxCredits ?? null,
        maxAgeMs: flags.maxAge,
        inputName: flags.inputName,
        rejected: list.rejected,
        progress: progressBar(),
        signal: controller.signal,
        now: clock,
      });
      // The simulator's ground truth lands beside its data, for `evaluate`; the analysis never reads it.
      if (provider.name === 'synthetic') await landSyntheticLabels(warehouse, flags.seed);
      return summary;
    } finally {
      process.off('SIGINT', onSigint);
    }
  } finally {
    await provider.close();
  }
}

export function registerIngest(program: Command): void {
  addIngestOptions(program.command('ingest').description('fetch creators and their recent videos into the warehouse')).action(
    async (flags: IngestFlags) => {
      const summary = await withWarehouse(flags.db, (w) => runIngest(w, flags));
      if (!summary) return;
      process.stdout.write(`${formatIngestSummary(summary, flags.input)}\n`);
      reportStop(summary);
      process.exitCode = exitCodeFor(summary);
    },
  );
}
