import { type Warehouse } from '@creator-audit/warehouse';
import { fetchFakeViewReports, progressBar, type RunStop } from '@creator-audit/ingest';
import { CONTENT_CATEGORIES, type ContentCategory, createProvider, PROVIDER_DEFAULTS, TikHubProvider } from '@creator-audit/providers';
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
import { type Command, Option } from 'commander';
import { duration, nonNegativeNumber, oneOf, positiveInt, positiveNumber } from '../options.ts';
import { DEFAULT_DB, withWarehouse } from '../warehouse-path.ts';

interface DetectFlags {
  video?: string[];
  all?: boolean;
  contentCategory: ContentCategory;
  mcn?: boolean;
  json?: boolean;
  provider?: 'tikhub';
  db: string;
  maxCredits?: number;
  maxAge: number;
  concurrency?: number;
  rps?: number;
  timeout: number;
}

export const categoryOption = () =>
  new Option('--content-category <category>', 'TikHub content category: shifts the thresholds').argParser(oneOf(CONTENT_CATEGORIES)).default('default');

const write = (text: string) => process.stdout.write(`${text}\n`);
const warn = (text: string) => process.stderr.write(`${text}\n`);

/** Exit code after a TikHub fetch: 2 the vendor ended it (key, credits), 130 interrupted, else 0. */
const stopCode = (stop: RunStop | null) => (stop?.kind === 'run_stopping' ? 2 : stop?.kind === 'interrupted' ? 130 : 0);

/** Asks TikHub about `ids` (keys from the environment only), reporting failures and stops on stderr. */
async function fetchTheirs(warehouse: Warehouse, ids: readonly string[], flags: DetectFlags): Promise<number> {
  const provider = createProvider({ name: 'tikhub', env: process.env, timeoutMs: flags.timeout, rps: flags.rps, concurrency: flags.concurrency });
  if (!(provider instanceof TikHubProvider)) throw new Error('the tikhub provider lacks detect_fake_views');
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const summary = await fetchFakeViewReports(warehouse, provider, ids, {
      category: flags.contentCategory,
      concurrency: flags.concurrency ?? PROVIDER_DEFAULTS.tikhub.concurrency,
      rps: flags.rps ?? PROVIDER_DEFAULTS.tikhub.rps,
      maxCredits: flags.maxCredits ?? null,
      maxAgeMs: flags.maxAge,
      signal: controller.signal,
      progress: progressBar(),
    });
    for (const f of summary.failures) warn(fakeViewMessages.tikhubFailed(f.videoId, f.outcome, f.detail));
    if (summary.stop?.kind === 'budget') warn(fakeViewMessages.budgetReached(summary.notReached.length));
    else if (summary.stop) warn(summary.stop.message);
    return stopCode(summary.stop);
  } finally {
    process.off('SIGINT', onSigint);
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
      warn(fakeViewMessages.notInWarehouse(missing));
      exitCode = 1;
    }
  }
  if (flags.provider === 'tikhub' && held.length > 0) exitCode = Math.max(exitCode, await fetchTheirs(warehouse, held, flags));
  const run = await scoreFakeViews(warehouse, flags.contentCategory);

  if (!asked) {
    if (!flags.json) {
      write(formatFakeViewRun(run, await summarizeFakeViews(warehouse)));
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
      exitCode = Math.max(exitCode, 1);
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
  program
    .command('detect-fake-views')
    .description("per-video fake-view analysis in TikHub's detect_fake_views shape, from the warehouse (offline)")
    .option('--video <id...>', 'video ids to analyse (their latest snapshot)')
    .option('--all', 'score every video in the warehouse (batch, into video_fake_view_scores)')
    .addOption(categoryOption())
    .option('--mcn', 'add the MCN business-impact report')
    .option('--json', 'print one JSON object per video: {item_id, username, snapshot_at, content_category, data, tikhub?}')
    .addOption(new Option('--provider <name>', "also fetch TikHub's own analysis (needs TIKHUB_API_KEY)").argParser(oneOf(['tikhub'] as const)))
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .option('--max-credits <n>', 'TikHub: stop cleanly after this many paid calls', nonNegativeNumber)
    .addOption(
      new Option('--max-age <duration>', 'TikHub: skip videos it analysed for this category more recently than this')
        .argParser(duration)
        .default(duration('24h'), '24h'),
    )
    .option('--concurrency <n>', 'TikHub: calls at once (default: per provider)', positiveInt)
    .option('--rps <n>', 'TikHub: calls per second at most (default: per provider)', positiveNumber)
    .addOption(new Option('--timeout <duration>', 'TikHub: per-request timeout').argParser(duration).default(duration('30s'), '30s'))
    .action(async (flags: DetectFlags) => {
      if (flags.video && flags.all) throw new Error(fakeViewMessages.videoAndAll);
      if (!flags.video && !flags.all) throw new Error(fakeViewMessages.noVideos);
      if (flags.all && flags.provider === 'tikhub' && flags.maxCredits === undefined) throw new Error(fakeViewMessages.tikhubAllNeedsBudget);
      process.exitCode = await withWarehouse(flags.db, (w) => detect(w, flags));
    });

}
