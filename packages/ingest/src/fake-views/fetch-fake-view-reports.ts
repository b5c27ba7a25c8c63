import type { ContentCategory, FakeViewReport, Fetched, Provider } from '@creator-audit/providers';
import { hashInput, tikhubFakeViewReports, type Warehouse } from '@creator-audit/warehouse';
import { listValue } from '@duckdb/node-api';
import type { FetchKind } from '../fetch-loop/fetch-kind.ts';
import { OUTCOME_LEDGERS, outcomeLedger } from '../fetch-loop/outcome-ledger.ts';
import { type FetchRunSummary, runFetch } from '../fetch-loop/run-fetch.ts';
import type { ProgressSink } from '../progress.ts';
import { failureDetail, fakeViewReportRow } from './fake-view-report-row.ts';

/** What this needs of the TikHub client: its own analysis of one video (`TikHubProvider` has it). */
export interface FakeViewSource extends Pick<Provider, 'name' | 'creditsPerCall'> {
  detectFakeViews(itemId: string, category: ContentCategory): Promise<Fetched<FakeViewReport>>;
}

export interface FakeViewFetchOptions {
  category: ContentCategory;
  /** Calls at once. */
  concurrency: number;
  /** Calls per second at most (TikHub documents about 10); null for no limit. */
  rps: number | null;
  /** Stop cleanly once this many credits are spent (one per answered call); null for no limit. */
  maxCredits: number | null;
  /** Skip videos with a successful report for the category newer than this; 0 asks again. */
  maxAgeMs: number;
  now?: () => Date;
  signal?: AbortSignal;
  progress?: ProgressSink;
}

export interface FakeViewFetchSummary extends FetchRunSummary {
  asked: number;
  skippedFresh: number;
  failures: Array<{ videoId: string; outcome: string; detail: string }>;
}

interface AskedReport {
  videoId: string;
  fetched: Fetched<FakeViewReport>;
}

async function freshReports(warehouse: Warehouse, ids: readonly string[], category: ContentCategory, maxAgeMs: number, now: Date) {
  // DuckDB cannot type an empty bound list: nothing asked, nothing fresh.
  if (maxAgeMs <= 0 || ids.length === 0) return new Set<string>();
  const rows = await warehouse.rows(
    `select distinct item_id from tikhub_fake_view_reports
     where outcome = 'ok' and content_category = $category and fetched_at >= $cutoff::TIMESTAMP and list_contains($ids, item_id)`,
    { category, cutoff: new Date(now.getTime() - maxAgeMs).toISOString(), ids: listValue([...ids]) },
  );
  return new Set(rows.map((r) => String(r.item_id)));
}

/** TikHub's `detect_fake_views` as the fetch loop sees it: one call per video, one report row per answer. */
function fakeViewReportKind(source: FakeViewSource, category: ContentCategory): FetchKind<string, AskedReport> {
  return {
    kind: 'fake_views',
    onInterrupt: 'finish',
    key: (videoId) => videoId,
    expectedCalls: () => 1,
    fetch: async (videoId, calls) => {
      const fetched = await calls.paid(() => source.detectFakeViews(videoId, category));
      return fetched === null ? null : { videoId, fetched };
    },
    rows: (runId, _provider, { videoId, fetched }) => [[tikhubFakeViewReports, [fakeViewReportRow(runId, videoId, category, fetched)]]],
    unstorable: (runId, _provider, { videoId, fetched }, why) => [
      [tikhubFakeViewReports, [fakeViewReportRow(runId, videoId, category, { ok: false, outcome: 'schema_error', detail: why.slice(0, 300), raw: fetched.raw })]],
    ],
    outcome: ({ fetched }) => (fetched.ok ? 'ok' : fetched.outcome),
    ...outcomeLedger(OUTCOME_LEDGERS.fakeViewReports),
  };
}

/**
 * Asks TikHub's `detect_fake_views` about each video through the fetch loop: every answer lands with its raw
 * body (schema failures also in `quarantine`) and its normalised report, or the failure, in
 * `tikhub_fake_view_reports`, under a `runs` row of kind `fake_views`. A bad key or exhausted credits (401/402)
 * stop the run, as do the budget and an interrupt; what was landed stays, and the same list resumes.
 */
export async function fetchFakeViewReports(
  warehouse: Warehouse,
  source: FakeViewSource,
  videoIds: readonly string[],
  options: FakeViewFetchOptions,
): Promise<FakeViewFetchSummary> {
  const now = options.now ?? (() => new Date());
  const ids = [...new Set(videoIds)];
  const fresh = await freshReports(warehouse, ids, options.category, options.maxAgeMs, now());
  const failures: FakeViewFetchSummary['failures'] = [];
  const summary = await runFetch(
    warehouse,
    source,
    fakeViewReportKind(source, options.category),
    ids,
    {
      concurrency: options.concurrency,
      rps: options.rps,
      maxCredits: options.maxCredits,
      inputName: `detect_fake_views:${options.category}`,
      inputHash: hashInput([options.category, ...ids]),
      runOptions: { category: options.category, videos: ids.length, maxCredits: options.maxCredits },
      fresh,
      flushEvery: 1,
      progress: options.progress,
      signal: options.signal,
      now,
    },
    ({ videoId, fetched }) => {
      if (!fetched.ok) failures.push({ videoId, outcome: fetched.outcome, detail: failureDetail(fetched) });
    },
  );
  return { ...summary, asked: ids.length, skippedFresh: fresh.size, failures };
}
