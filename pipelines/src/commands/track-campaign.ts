import { parseHashtags, progressBar } from '@creator-audit/ingest';
import { CAMPAIGN_TABLES, FLAG_LEVEL_NAMES, type FlagLevel, readCampaignValues } from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { EXIT, worstExitCode } from '../cli/exit-codes.ts';
import { withInterrupt } from '../cli/interrupt.ts';
import { campaignMessages } from '../cli/messages.ts';
import { collect, type DbFlags, type PacingFlags, type ProviderFlags, withDb, withPacing, withProvider } from '../cli/option-sets.ts';
import { intIn, oneOf } from '../cli/parse-values.ts';
import { campaignReports } from '../workflows/campaign-reports.ts';
import { refuseBadProviderFlags, withOpenProvider } from '../workflows/open-provider.ts';
import { DEFAULT_MAX_VIDEOS, type TrackCampaignOptions, trackCampaign } from '../workflows/track-campaign.ts';

/** Ways a hashtag can end without a snapshot that are not errors: each has its own exit code or is the budget's doing. */
const NOT_ERRORS = ['budget_exhausted', 'interrupted', 'stopped', 'not_scanned'];

interface TrackCampaignFlags extends ProviderFlags, PacingFlags, DbFlags {
  hashtag?: string[];
  maxVideos: number;
  values?: string;
  screen: boolean;
  flagAt: FlagLevel;
}

async function run(flags: TrackCampaignFlags): Promise<void> {
  const list = parseHashtags(flags.hashtag ?? []);
  if (list.rejected.length > 0 || list.hashtags.length === 0) throw new Error(campaignMessages.badHashtags(list.rejected));
  if (list.duplicates.length > 0) process.stderr.write(`${campaignMessages.duplicateHashtags(list.duplicates)}\n`);
  const values = flags.values ? readCampaignValues(flags.values) : null;
  refuseBadProviderFlags(flags);
  await withWarehouse(flags.db, { access: 'create' }, async (warehouse) => {
    const { tracked, options } = await withOpenProvider(warehouse, flags, ({ provider, clock, concurrency, rps }) =>
      withInterrupt(async (signal) => {
        const options: TrackCampaignOptions = {
          maxVideos: flags.maxVideos,
          maxCredits: flags.maxCredits ?? null,
          concurrency,
          rps,
          screen: flags.screen,
          maxAgeMs: flags.maxAge,
          flagAt: flags.flagAt,
          values,
          progress: progressBar(),
          signal,
          now: clock,
        };
        return { tracked: await trackCampaign(warehouse, provider, list.hashtags, options), options };
      }),
    );
    process.stdout.write(await campaignReports(warehouse, tracked, options));
    process.stdout.write(`\n${campaignMessages.stored(flags.db, Object.keys(CAMPAIGN_TABLES), tracked)}\n`);
    const stop = tracked.scan?.stop;
    if (tracked.scan?.notReached.length) {
      const why = stop?.kind === 'interrupted' ? 'interrupted' : stop?.kind === 'run_stopping' ? stop.message : 'credit budget reached';
      process.stderr.write(`${campaignMessages.notScanned(tracked.scan.notReached, why)}\n`);
    }
    // A scan that brought nothing back because of an error must not look like a quiet day to a scheduler.
    const failed = tracked.snapshots.filter((s) => s.snapshotAt === null && !NOT_ERRORS.includes(s.outcome));
    if (failed.length > 0) process.stderr.write(`${campaignMessages.scansFailed(failed.map((s) => s.hashtag))}\n`);
    process.exitCode = Math.max(worstExitCode(stop, tracked.screening.ingest?.stop), failed.length > 0 ? EXIT.error : EXIT.ok);
  });
}

export function registerTrackCampaign(program: Command): void {
  const command = program
    .command('track-campaign')
    .description('scan UGC campaign hashtags (every page) into a new snapshot, screen participants (cohort-v1, seed-v1 beside it), and report growth and clean-ups')
    .addOption(new Option('--hashtag <tag>', 'campaign hashtag, as #Tag, tag or a tiktok.com/tag/ address (repeat for several)').argParser(collect))
    .option('--max-videos <n>', 'stop walking a hashtag list after this many videos', intIn(1, 100_000), DEFAULT_MAX_VIDEOS)
    .option('--values <file>', 'JSON of your own per-metric values for earned media value (see data/campaign-values.example.json)')
    .option('--no-screen', 'do not fetch or score participants; totals then include every creator')
    .addOption(
      new Option('--flag-at <level>', "cohort-v1 verdicts counted as flagged (seed-v1's shown beside): high (HIGH RISK) or medium (MEDIUM and HIGH RISK)")
        .argParser(oneOf(FLAG_LEVEL_NAMES))
        .default('high'),
    );
  withPacing(withDb(withProvider(command)), { items: 'participants', maxAge: 'screen again only participants fetched longer ago than this' }).action(run);
}
