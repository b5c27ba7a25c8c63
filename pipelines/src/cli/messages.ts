import type { ReportHints } from '@creator-audit/reports';
import type { LabelTableName, SharedMart } from '@creator-audit/scoring';
import type { TrackedCampaign } from '../workflows/track-campaign.ts';

/** What the CLI tells the analyst, in one place. */
export const messages = {
  cannotReadInput: (path: string, why: string) => `cannot read the creator list ${path}: ${why}`,
  noHandles: (path: string, rejected: number) =>
    `${path} holds no valid TikTok handle${rejected ? ` (${rejected} line(s) rejected, listed above)` : ''}`,
  rejectedLine: (line: number, raw: string, reason: string) => `line ${line}: ${JSON.stringify(raw)}: ${reason}`,
  stoppedByVendor: (message: string) => `stopped: ${message}`,
  stoppedAtBudget: (left: number) =>
    `stopped at the credit budget: ${left} creator(s) not fetched. Re-run with a higher --max-credits to finish them (fetched ones are kept and skipped).`,
  atNeedsSimulator: "--at sets the simulator's clock: it only works with --provider synthetic (real APIs answer for now)",
  interrupted: 'interrupted: everything fetched so far is stored; run the same command again to finish.',
  dryRunContractUnknown: (videos: number) =>
    `priced as Scavio's documented API answers (about 10 videos a page: ${videos} videos are ${Math.ceil(videos / 10)} pages); a server that speaks its tutorials' contract costs less (one page)`,
  interrupting: (graceS: number) =>
    `stopping: no new call goes out; waiting for the calls in flight to land (at most ${graceS} s). Ctrl-C again to stop now.`,
  stoppedNow: 'stopped now: what had landed is stored; the calls that were in flight will be made again on the next run.',
  internalError: (message: string) => `internal error: ${message} (run with --verbose for the details, and please report it)`,
  causedBy: (message: string) => `  caused by: ${message}`,
  noDetectFakeViews: 'the tikhub provider lacks detect_fake_views',
  badDate: (date: string) => `--date ${JSON.stringify(date)}: expected a day as YYYY-MM-DD`,
  noVideos: 'give --video ID... or --all',
  videoAndAll: '--video and --all exclude each other',
  tikhubAllNeedsBudget: '--all with --provider tikhub sends one paid call per video: give --max-credits to bound the spend',
  fakeViewsBudgetReached: (left: number) =>
    `stopped at --max-credits: ${left} video(s) not sent to TikHub; run again with a higher --max-credits to continue (answered ones are kept and skipped)`,
  videosNotInWarehouse: (ids: readonly string[]) =>
    `not in the warehouse: ${ids.join(', ')}. Our analysis reads ingested videos: ingest their creators first (creator-audit ingest).`,
  noTikhubReports: (category: string) =>
    `no TikHub analyses for content category "${category}" beside ours: fetch some first (detect-fake-views --video ID... --provider tikhub --content-category ${category})`,
};

/** The commands the packages' terminal texts name, passed in where they print them. */
export const textCommands = {
  sql: 'creator-audit sql "..."',
  variants: 'synthesize --variant',
  agreement: 'fake-views-agreement',
};

/** What the demo adds after its evaluation. */
export const demoMessages = {
  seedV1InFull: (db: string) =>
    `seed-v1 in full (confusion matrices, where it over-flags, what it misses): creator-audit evaluate --db ${db}; one creator: creator-audit check HANDLE --db ${db}`,
};

/** What track-campaign tells the analyst. */
export const campaignMessages = {
  badHashtags: (rejected: ReadonlyArray<{ raw: string; reason: string }>) =>
    rejected.length === 0
      ? 'give at least one --hashtag (for example --hashtag summersale)'
      : `not a hashtag:\n${rejected.map((r) => `  --hashtag ${JSON.stringify(r.raw)}: ${r.reason}`).join('\n')}`,
  duplicateHashtags: (raws: readonly string[]) => `scanned once: ${raws.map((r) => JSON.stringify(r)).join(', ')} repeat(s) an earlier --hashtag`,
  stored: (db: string, tables: readonly string[], tracked: TrackedCampaign) => {
    const scan = tracked.scan?.creditsSpent ?? 0;
    return `Credits spent: ${tracked.creditsSpent} (scan ${scan}, screening ${tracked.creditsSpent - scan}) on ${tracked.provider}. ` +
      `Tables ${tables.join(', ')} in ${db}; Parquet via \`creator-audit export\`.`;
  },
  screeningSkipped: 'skipped (--no-screen): totals include every creator.',
  /** The flags the campaign report names: where the scan stopped, and how to set values. */
  reportOptionNames: { maxVideos: '--max-videos', values: '--values FILE' },
  screeningStopped: (message: string) => `not run: ${message}`,
  interrupted: 'interrupted during the scan (the pages fetched so far are stored); run the command again to scan anew',
  noParticipants: 'no participants to screen (no video names its author).',
  scanFailed: (hashtag: string, outcome: string, detail: string | null) =>
    `#${hashtag}: the scan brought no snapshot (${outcome}${detail ? `: ${detail}` : ''}); nothing to report.`,
  scansFailed: (hashtags: readonly string[]) =>
    `no snapshot because the scan failed: ${hashtags.map((h) => `#${h}`).join(' ')} (the reason is in the report above; exit code 1)`,
  notScanned: (hashtags: readonly string[], why: string) => `not scanned (${why}): ${hashtags.map((h) => `#${h}`).join(' ')}`,
};

/** What audit-audience and evaluate-audience tell the analyst. */
export const audienceMessages = {
  unsupportedProvider: (provider: string) =>
    `${provider} cannot sample audiences: no followers or comments endpoint of it could be verified. Use --provider scavio (Scavio's documented API has user/followers and video/comments) or the simulator (--provider synthetic).`,
  noneSupported: (reason: string) => `no audience could be sampled: ${reason}`,
  dryRun: (plan: { calls: number; creators: number; skippedFresh: number; withoutSnapshot: number; credits: number; provider: string }) =>
    `dry run: ${plan.calls} call(s) for ${plan.creators} creator(s), ${plan.skippedFresh} fresh and skipped, ${plan.withoutSnapshot} without a snapshot ` +
    `(their profile is fetched for its sec_uid); about ${plan.credits} credit(s) on ${plan.provider} (fewer when a creator has fewer followers or comments than asked)`,
  contractUnknown:
    "priced as Scavio's documented API answers (20 followers and 50 comments a page); a server speaking its tutorials' contract has no audience endpoint and would spend nothing on samples",
  budgetStop: (left: number) =>
    `stopped at the credit budget: ${left} creator(s) not sampled. Re-run with a higher --max-credits to finish them (sampled ones are kept and skipped).`,
  margin: (followers: number, points: number) => `  ${'margin at 95%'.padEnd(18)}at most +-${points} points with ${followers} followers`,
  tables: (db: string) => `Tables audience_samples, follower_samples, comment_samples, follower_classifications, audience_quality, comment_classifications, comment_quality and audience_evidence in ${db}.`,
};

/** The CLI's words for the packages' typed errors (error-wording.ts picks one): the flag or command the analyst types. */
export const errorWording = {
  /** How to get what a report lacks: the commands that fill the warehouse. */
  reportHints: {
    ingest: 'ingest it first (creator-audit ingest), then run report creator again',
    track: (hashtag: string) => `run creator-audit track-campaign --hashtag ${hashtag} first`,
    score: 'creator-audit score computes it',
    detectFakeViews: 'run creator-audit detect-fake-views --all',
    auditAudience: 'run creator-audit audit-audience with it in the list',
  } satisfies ReportHints,
  /** The command that builds each shared mart an analysis reads. */
  buildCommand: {
    creator_scores: 'creator-audit score',
    video_fake_view_scores: 'creator-audit detect-fake-views --all',
    follower_classifications: 'creator-audit audit-audience',
    audience_quality: 'creator-audit audit-audience',
    comment_classifications: 'creator-audit audit-audience',
    comment_quality: 'creator-audit audit-audience',
    audience_evidence: 'creator-audit audit-audience',
  } satisfies Record<SharedMart, string>,
  seedOption: '--seed',
  noLabels: {
    sim_creator_labels:
      'this warehouse holds no simulator labels (sim_creator_labels): evaluate needs a simulated cohort (creator-audit demo, ingest --provider synthetic, or synthesize)',
    sim_audience_labels:
      'no simulator labels for audience samples: evaluate-audience needs a warehouse sampled from the simulator (audit-audience --provider synthetic)',
    sim_video_labels:
      'no simulator labels (sim_video_labels) in this warehouse: evaluation needs a synthetic ingest (creator-audit demo, or ingest --provider synthetic) or a synthesized cohort (creator-audit synthesize)',
  } satisfies Record<LabelTableName, string>,
  jsonOutput: '--format json',
  streamEveryRow: '--format csv or --format json',
  lakeOptions: { lake: '--lake', out: '--out' },
  forFiles: '; use `creator-audit export` for files',
  offlineProvider: 'use --provider synthetic for the offline simulator',
  queueOptions: {
    url: (url: string) => `--queue ${JSON.stringify(url)}`,
    allowVolatile: 'pass --allow-volatile',
    provider: 'give --provider',
  },
  warehouseMissing: (path: string) =>
    `no warehouse at ${path}: check the path, or create one by fetching data first (ingest, audit-creators, track-campaign, synthesize or demo)`,
  warehouseLocked: (path: string, why: string) =>
    `cannot open the warehouse ${path}: ${why} (another creator-audit command is using it: wait for it to finish)`,
  lakeOverLanded: (path: string, table: string) =>
    `${path} holds landed rows (${table}): reading a lake needs a file of its own for what is built from it (--db another.duckdb)`,
};
