import { CONTENT_CATEGORIES, DEFAULT_SIMULATOR_SEED, PROVIDER_NAMES, type ProviderName } from '@creator-audit/providers';
import { type Command, Option } from 'commander';
import type { CreatorFetchFlags } from '../workflows/fetch-creators.ts';
import { durationIn, instant, intIn, numberIn, oneOf } from './parse-values.ts';

/** Where the warehouse lives unless `--db` says otherwise. */
export const DEFAULT_DB = 'data/warehouse.duckdb';
export const DEFAULT_PARQUET_DIR = 'data/parquet';

const SECOND = 1000;
const DAY = 86_400 * SECOND;

/**
 * What each option accepts. The bounds are what still makes sense, so a slip of the finger (`--rps 1e-9`, one call
 * every 30 years; `--concurrency 100000`) is refused with the range instead of being obeyed.
 */
export const OPTION_LIMITS = {
  seed: intIn(1, 2 ** 31 - 1),
  concurrency: intIn(1, 64),
  rps: numberIn(0.01, 1000),
  maxCredits: numberIn(0, 1_000_000_000),
  maxAge: durationIn(SECOND, 3650 * DAY, { allowZero: true }),
  timeout: durationIn(SECOND, 600 * SECOND, { allowZero: false }),
  videos: intIn(1, 1000),
} as const;

export interface DbFlags {
  db: string;
}

interface SimulatorFlags {
  /** Seed of the offline simulator. */
  seed: number;
  /** The simulator's clock (synthetic only), to take snapshots at chosen times. */
  at?: Date;
}

export interface ProviderFlags extends SimulatorFlags {
  provider: ProviderName;
}

export interface PacingFlags {
  concurrency?: number;
  rps?: number;
  maxCredits?: number;
  maxAge: number;
  timeout: number;
}

/** `--db`, the warehouse file. */
export function withDb(cmd: Command): Command {
  return cmd.option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB);
}

/** `--seed` and `--at`: the offline simulator's world and clock. */
function withSimulator(cmd: Command, at = "the simulator's clock (synthetic only; ISO 8601), to take snapshots at chosen times"): Command {
  return cmd.option('--seed <n>', 'seed of the offline simulator', OPTION_LIMITS.seed, DEFAULT_SIMULATOR_SEED).option('--at <time>', at, instant);
}

/** `--provider` (the offline simulator by default) with `--seed` and `--at`. */
export function withProvider(cmd: Command, choices: readonly ProviderName[] = PROVIDER_NAMES): Command {
  return withSimulator(cmd.addOption(new Option('-p, --provider <name>', 'data source').argParser(oneOf(choices)).default(choices[0])));
}

/** `--max-age`: what is fresher than this is not fetched again. */
export function withMaxAge(cmd: Command, help: string): Command {
  return cmd.addOption(new Option('--max-age <duration>', help).argParser(OPTION_LIMITS.maxAge).default(DAY, '24h'));
}

export function withTimeout(cmd: Command): Command {
  return cmd.addOption(new Option('--timeout <duration>', 'the most one request may take, retries apart').argParser(OPTION_LIMITS.timeout).default(30 * SECOND, '30s'));
}

/** How hard and how long a fetch may go: `--concurrency`, `--rps`, `--max-credits`, `--max-age`, `--timeout`. */
export function withPacing(cmd: Command, help: { items: string; maxAge: string }): Command {
  const paced = cmd
    .option('--concurrency <n>', `${help.items} fetched at once (default: per provider)`, OPTION_LIMITS.concurrency)
    .option('--rps <n>', 'calls per second at most (default: per provider)', OPTION_LIMITS.rps)
    .option('--max-credits <n>', 'stop cleanly once this many credits are spent (for the whole run, across resumes)', OPTION_LIMITS.maxCredits);
  return withTimeout(withMaxAge(paced, help.maxAge));
}

/** A repeatable option's parser: collects every value given. */
export const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export interface CreatorListFlags extends CreatorFetchFlags, DbFlags {
  input: string;
  dryRun?: boolean;
}

/** Options of every command that fetches a creator list (`ingest`, `audit-creators`). */
export function withCreatorList(cmd: Command): Command {
  const withList = cmd
    .requiredOption('-i, --input <file>', 'creator list: CSV (username column or first column) or text, one handle per line')
    .option('--videos <n>', 'recent videos to fetch per creator (audit-creators: what its rulesets score)', OPTION_LIMITS.videos, 30)
    .option('--dry-run', 'print the calls and credits the run would spend, and spend nothing');
  return withPacing(withDb(withProvider(withList)), { items: 'creators', maxAge: 'skip creators with a snapshot newer than this (0 = refetch all)' });
}

/** `--content-category`: TikHub's categories, which shift the fake-view thresholds. */
export function withContentCategory(cmd: Command): Command {
  return cmd.addOption(
    new Option('--content-category <category>', 'TikHub content category: shifts the thresholds').argParser(oneOf(CONTENT_CATEGORIES)).default('default'),
  );
}
