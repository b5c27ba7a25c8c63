import { landSyntheticLabels, parseHashtags, progressBar } from '@creator-audit/ingest';
import { createProvider, PROVIDER_DEFAULTS, PROVIDER_NAMES, type ProviderName } from '@creator-audit/providers';
import { CAMPAIGN_TABLES, FLAG_LEVEL_NAMES, type FlagLevel, readCampaignValues } from '@creator-audit/scoring';
import { type Command, Option } from 'commander';
import { campaignMessages } from '../messages.ts';
import { campaignReports } from '../workflows/campaign-reports.ts';
import { DEFAULT_MAX_VIDEOS, type TrackCampaignOptions, type TrackedCampaign, trackCampaign } from '../workflows/track-campaign.ts';
import { duration, instant, nonNegativeNumber, oneOf, positiveInt, positiveNumber } from '../options.ts';
import { DEFAULT_DB, withWarehouse } from '../warehouse-path.ts';

interface TrackCampaignFlags {
  hashtag?: string[];
  provider: ProviderName;
  db: string;
  seed: number;
  at?: Date;
  maxCredits?: number;
  maxVideos: number;
  values?: string;
  screen: boolean;
  flagAt: FlagLevel;
  maxAge: number;
  concurrency?: number;
  rps?: number;
  timeout: number;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** 0 done (or stopped at --max-credits), 2 the vendor ended the run, 130 interrupted. */
function exitCodeOf(tracked: TrackedCampaign): number {
  if (tracked.scan?.interrupted || tracked.screening.ingest?.stop?.kind === 'interrupted') return 130;
  return tracked.scan?.stoppedBy || tracked.screening.ingest?.stop?.kind === 'run_stopping' ? 2 : 0;
}

async function run(flags: TrackCampaignFlags): Promise<void> {
  const list = parseHashtags(flags.hashtag ?? []);
  if (list.rejected.length > 0 || list.hashtags.length === 0) throw new Error(campaignMessages.badHashtags(list.rejected));
  if (list.duplicates.length > 0) process.stderr.write(`${campaignMessages.duplicateHashtags(list.duplicates)}\n`);
  if (flags.at && flags.provider !== 'synthetic') throw new Error(campaignMessages.atNeedsSimulator);
  const values = flags.values ? readCampaignValues(flags.values) : null;
  const at = flags.at;
  const clock = at ? () => at : () => new Date();
  const defaults = PROVIDER_DEFAULTS[flags.provider];
  const options: TrackCampaignOptions = {
    maxVideos: flags.maxVideos,
    maxCredits: flags.maxCredits ?? null,
    concurrency: flags.concurrency ?? defaults.concurrency,
    rps: flags.rps ?? defaults.rps,
    screen: flags.screen,
    maxAgeMs: flags.maxAge,
    flagAt: flags.flagAt,
    values,
    progress: progressBar(),
    now: clock,
  };
  const provider = createProvider({ name: flags.provider, env: process.env, seed: flags.seed, timeoutMs: flags.timeout, clock, rps: flags.rps, concurrency: flags.concurrency });
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    await withWarehouse(flags.db, async (warehouse) => {
      const tracked = await trackCampaign(warehouse, provider, list.hashtags, { ...options, signal: controller.signal });
      // The simulator's ground truth lands beside its data, for evaluation; the campaign tables never read it.
      if (provider.name === 'synthetic') await landSyntheticLabels(warehouse, flags.seed);
      process.stdout.write(await campaignReports(warehouse, tracked, options));
      process.stdout.write(`\n${campaignMessages.stored(flags.db, Object.keys(CAMPAIGN_TABLES), tracked)}\n`);
      if (tracked.scan?.notScanned.length) {
        const why = tracked.scan.interrupted ? 'interrupted' : (tracked.scan.stoppedBy ?? 'credit budget reached');
        process.stderr.write(`${campaignMessages.notScanned(tracked.scan.notScanned, why)}\n`);
      }
      process.exitCode = exitCodeOf(tracked);
    });
  } finally {
    process.off('SIGINT', onSigint);
    await provider.close();
  }
}

export function registerTrackCampaign(program: Command): void {
  program
    .command('track-campaign')
    .description('scan UGC campaign hashtags (every page) into a new snapshot, screen participants, and report growth and clean-ups')
    .addOption(new Option('--hashtag <tag>', 'campaign hashtag, as #Tag, tag or a tiktok.com/tag/ address (repeat for several)').argParser(collect))
    .addOption(new Option('-p, --provider <name>', 'data source').argParser(oneOf(PROVIDER_NAMES)).default('synthetic'))
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .option('--seed <n>', 'seed of the offline simulator', positiveInt, 42)
    .option('--at <time>', "the simulator's clock (synthetic only; ISO 8601), to replay a campaign over days", instant)
    .option('--max-credits <n>', 'credits for the whole run: the scan first, then screening with what is left', nonNegativeNumber)
    .option('--max-videos <n>', 'stop walking a hashtag list after this many videos', positiveInt, DEFAULT_MAX_VIDEOS)
    .option('--values <file>', 'JSON of your own per-metric values for earned media value (see data/campaign-values.example.json)')
    .option('--no-screen', 'do not fetch or score participants; totals then include every creator')
    .addOption(
      new Option('--flag-at <level>', 'seed-v1 verdicts counted as flagged: high (HIGH RISK) or medium (MEDIUM and HIGH RISK)')
        .argParser(oneOf(FLAG_LEVEL_NAMES))
        .default('high'),
    )
    .addOption(
      new Option('--max-age <duration>', 'screen again only participants fetched longer ago than this').argParser(duration).default(duration('24h'), '24h'),
    )
    .option('--concurrency <n>', 'participants fetched at once (default: per provider)', positiveInt)
    .option('--rps <n>', 'calls per second at most (default: per provider)', positiveNumber)
    .addOption(new Option('--timeout <duration>', 'per-request timeout').argParser(duration).default(duration('30s'), '30s'))
    .action(run);
}
