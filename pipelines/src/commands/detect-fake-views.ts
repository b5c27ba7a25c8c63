import { fetchFakeViewReports, progressBar } from '@creator-audit/ingest';
import { type ContentCategory, TikHubProvider } from '@creator-audit/providers';
import {
  assembleFakeViewReport,
  fakeViewMessages,
  formatFakeViewReport,
  formatFakeViewRun,
  readAllFakeViewRows,
  readFakeViewRows,
  readTikHubReports,
  scoreFakeViews,
  summarizeFakeViews,
  videosInWarehouse,
} from '@creator-audit/scoring';
import { type Warehouse, withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { EXIT, exitCodeOf } from '../cli/exit-codes.ts';
import { withInterrupt } from '../cli/interrupt.ts';
import { messages, textCommands } from '../cli/messages.ts';
import { type DbFlags, type PacingFlags, withContentCategory, withDb, withPacing } from '../cli/option-sets.ts';
import { oneOf } from '../cli/parse-values.ts';
import { openProvider } from '../workflows/open-provider.ts';

interface DetectFlags extends DbFlags, PacingFlags {
  video?: string[];
  all?: boolean;
  contentCategory: ContentCategory;
  mcn?: boolean;
  json?: boolean;
  provider?: 'tikhub';
}

const write = (text: string) => process.stdout.write(`${text}\n`);
const warn = (text: string) => process.stderr.write(`${text}\n`);

/** Asks TikHub about `ids` (keys from the environment only), reporting failures and stops on stderr. */
async function fetchTheirs(warehouse: Warehouse, ids: readonly string[], flags: DetectFlags): Promise<number> {
  const { provider, concurrency, rps, clock } = openProvider({ ...flags, provider: 'tikhub' });
  if (!(provider instanceof TikHubProvider)) throw new Error(messages.noDetectFakeViews);
  try {
    const summary = await withInterrupt((signal) =>
      fetchFakeViewReports(warehouse, provider, ids, {
        category: flags.contentCategory,
        concurrency,
        rps,
        maxCredits: flags.maxCredits ?? null,
        maxAgeMs: flags.maxAge,
        signal,
        progress: progressBar(),
        now: clock,
      }),
    );
    for (const f of summary.failures) warn(fakeViewMessages.tikhubFailed(f.videoId, f.outcome, f.detail));
    if (summary.stop?.kind === 'budget') warn(messages.fakeViewsBudgetReached(summary.notReached.length));
    else if (summary.stop) warn(summary.stop.message);
    return exitCodeOf(summary.stop);
  } finally {
    await provider.close();
  }
}

async function detect(warehouse: Warehouse, flags: DetectFlags): Promise<number> {
  const asked = flags.video ? [...new Set(flags.video)] : null;
  const held = await videosInWarehouse(warehouse, asked);
  let exitCode = 0;
  if (asked) {
    const missing = asked.filter((id) => !held.includes(id));
    if (missing.length > 0) {
      warn(messages.videosNotInWarehouse(missing));
      exitCode = EXIT.error;
    }
    if (held.length === 0) return exitCode;
  }
  if (flags.provider === 'tikhub' && held.length > 0) exitCode = Math.max(exitCode, await fetchTheirs(warehouse, held, flags));
  const run = await scoreFakeViews(warehouse, flags.contentCategory);

  if (!asked) {
    if (!flags.json) {
      write(formatFakeViewRun(run, await summarizeFakeViews(warehouse), textCommands.agreement));
      return exitCode;
    }
    for await (const page of readAllFakeViewRows(warehouse)) {
      for (const row of page) {
        const assembled = assembleFakeViewReport(row, { mcnReport: Boolean(flags.mcn) });
        const head = { item_id: row.video_id, username: row.username, snapshot_at: row.snapshot_at, content_category: row.content_category };
        write(JSON.stringify(assembled.ok ? { ...head, data: assembled.report } : { ...head, data: null, reason: assembled.reason }));
      }
    }
    return exitCode;
  }

  const theirs = flags.provider === 'tikhub' ? await readTikHubReports(warehouse, held) : new Map();
  for (const row of await readFakeViewRows(warehouse, held)) {
    const assembled = assembleFakeViewReport(row, { mcnReport: Boolean(flags.mcn) });
    const tikhub = flags.provider === 'tikhub' ? { tikhub: theirs.get(row.video_id) ?? null } : {};
    if (!assembled.ok) {
      warn(fakeViewMessages.cannotAnalyse(row.video_id, assembled.reason));
      exitCode = Math.max(exitCode, EXIT.error);
    }
    if (flags.json) {
      const head = { item_id: row.video_id, username: row.username, snapshot_at: row.snapshot_at, content_category: row.content_category };
      write(JSON.stringify({ ...head, data: assembled.ok ? assembled.report : null, ...(assembled.ok ? {} : { reason: assembled.reason }), ...tikhub }));
    } else if (assembled.ok) {
      write(formatFakeViewReport(row, assembled.report, theirs.get(row.video_id) ?? null));
    }
  }
  return exitCode;
}

export function registerDetectFakeViews(program: Command): void {
  const command = program
    .command('detect-fake-views')
    .description("per-video fake-view analysis in TikHub's detect_fake_views shape, from the warehouse (offline)")
    .option('--video <id...>', 'video ids to analyse (their latest snapshot)')
    .option('--all', 'score every video in the warehouse (batch, into video_fake_view_scores)')
    .option('--mcn', 'add the MCN business-impact report')
    .option('--json', 'print one JSON object per video: {item_id, username, snapshot_at, content_category, data, tikhub?}')
    .addOption(new Option('--provider <name>', "also fetch TikHub's own analysis (needs TIKHUB_API_KEY)").argParser(oneOf(['tikhub'] as const)));
  withPacing(withDb(withContentCategory(command)), { items: 'TikHub: videos', maxAge: 'TikHub: skip videos it analysed for this category more recently than this' }).action(
    async (flags: DetectFlags) => {
      if (flags.video && flags.all) throw new Error(messages.videoAndAll);
      if (!flags.video && !flags.all) throw new Error(messages.noVideos);
      if (flags.all && flags.provider === 'tikhub' && flags.maxCredits === undefined) throw new Error(messages.tikhubAllNeedsBudget);
      process.exitCode = await withWarehouse(flags.db, { access: 'existing' }, (w) => detect(w, flags));
    },
  );
}
