import { type IngestSummary, parseHandle } from '@creator-audit/ingest';
import { PROVIDER_NAMES, type ProviderName } from '@creator-audit/providers';
import { checkCreator, type CreatorCheck, seedReportText, seedV1Messages } from '@creator-audit/scoring';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { duration, instant, oneOf, positiveInt } from '../options.ts';
import { DEFAULT_DB, withWarehouse } from '../warehouse-path.ts';
import { exitCodeFor, ingestHandles, reportStop } from './ingest.ts';

interface CheckFlags {
  provider: ProviderName;
  db: string;
  json?: boolean;
  seed: number;
  maxAge: number;
  timeout: number;
  at?: Date;
}

function handle(value: string): string {
  const parsed = parseHandle(value);
  if ('reason' in parsed) throw new InvalidArgumentError(`${JSON.stringify(value)}: ${parsed.reason}`);
  return parsed.handle;
}

/** The seed's printout for a verdict; one clear line for an account with none. */
function checkText(check: CreatorCheck): string {
  if (check.kind === 'scored') return seedReportText(check.score, check.followers);
  if (check.kind === 'unscored') return `${seedV1Messages.noVerdict(check.username, check.status, check.detail)}\n`;
  return `${seedV1Messages.neverFetched(check.username)}\n`;
}

/** `--json`: the reference's SeedV1Score (rules say which rule gave which points), or the status without a verdict. */
function checkJson(check: CreatorCheck): string {
  if (check.kind === 'scored') {
    const { username, ...score } = check.score;
    return JSON.stringify({ username, status: check.status, provider: check.provider, snapshot_at: check.snapshotAt.toISOString(), followers: check.followers, ...score });
  }
  if (check.kind === 'unscored') return JSON.stringify({ username: check.username, status: check.status, detail: check.detail, provider: check.provider, verdict: null });
  return JSON.stringify({ username: check.username, status: 'not_fetched', detail: null, verdict: null });
}

/**
 * Exit 0 when the creator has a verdict or an account status (private, not found: that is the answer);
 * 1 when it could not be fetched; 2 and 130 as ingest (the vendor stopped the run; interrupted).
 */
function exitCode(check: CreatorCheck, summary: IngestSummary | null): number {
  const stopped = summary ? exitCodeFor(summary) : 0;
  if (stopped !== 0) return stopped;
  if (check.kind === 'scored') return 0;
  return check.kind === 'unscored' && check.status !== 'fetch_failed' && check.status !== 'snapshot_missing' ? 0 : 1;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description("one creator, as the seed prints it: fetched (profile + 30 videos) unless fresh, scored by seed-v1's reference")
    .argument('<username>', 'TikTok handle, @handle or profile URL', handle)
    .addOption(new Option('-p, --provider <name>', 'data source').argParser(oneOf(PROVIDER_NAMES)).default('synthetic'))
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .option('--json', 'print the score as JSON, with each rule and the points it gave')
    .option('--seed <n>', 'seed of the offline simulator', positiveInt, 42)
    .option('--max-age <duration>', 'use the stored snapshot when newer than this (0 = always fetch)', duration, duration('24h'))
    .option('--timeout <duration>', 'per-request timeout', duration, duration('30s'))
    .option('--at <time>', "the simulator's clock (synthetic only; ISO 8601)", instant)
    .action(async (username: string, flags: CheckFlags) => {
      const { check, summary } = await withWarehouse(flags.db, async (warehouse) => {
        const summary = await ingestHandles(warehouse, { handles: [username], rejected: [] }, { ...flags, videos: 30, inputName: `check ${username}` });
        return { check: await checkCreator(warehouse, username), summary };
      });
      if (summary) reportStop(summary);
      if (summary?.byOutcome.skipped_fresh && check.kind === 'scored') {
        process.stderr.write(`${seedV1Messages.fromWarehouse(username, check.snapshotAt, check.provider)}\n`);
      }
      process.stdout.write(flags.json ? `${checkJson(check)}\n` : checkText(check));
      process.exitCode = exitCode(check, summary);
    });
}
