import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { appendRows, finishRun, hashInput, quarantine, rawResponses, runs, tikhubFakeViewReports, type Row, type RunStatus, type Warehouse } from '@creator-audit/warehouse';
import { CreditBudget, landRaw, quarantineRow, rawRow, silentProgress, type ProgressSink } from '@creator-audit/ingest';
import { type ContentCategory, type FakeViewReport, type Fetched, RunStoppingError } from '@creator-audit/providers';
import { listValue } from '@duckdb/node-api';
import { fakeViewMessages } from './messages.ts';
import { failureDetail, tikhubReportRow } from './tikhub-report-row.ts';

/** What this needs of the TikHub client: its own analysis of one video (`TikHubProvider` has it). */
export interface FakeViewSource {
  detectFakeViews(itemId: string, category: ContentCategory): Promise<Fetched<FakeViewReport>>;
}

export interface TikHubFetchOptions {
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

export type FetchStop = { kind: 'run_stopping' | 'budget' | 'interrupted'; message: string };

export interface TikHubFetchSummary {
  runId: string;
  asked: number;
  skippedFresh: number;
  byOutcome: Record<string, number>;
  creditsSpent: number;
  /** Videos never sent (stopped by the budget, the vendor or an interrupt). */
  notSent: string[];
  failures: Array<{ videoId: string; outcome: string; detail: string }>;
  stop: FetchStop | null;
}

async function freshReports(warehouse: Warehouse, ids: readonly string[], category: ContentCategory, maxAgeMs: number, now: Date) {
  if (maxAgeMs <= 0) return new Set<string>();
  const rows = await warehouse.rows(
    `select distinct item_id from tikhub_fake_view_reports
     where outcome = 'ok' and content_category = $category and fetched_at >= $cutoff::TIMESTAMP and list_contains($ids, item_id)`,
    { category, cutoff: new Date(now.getTime() - maxAgeMs).toISOString(), ids: listValue([...ids]) },
  );
  return new Set(rows.map((r) => String(r.item_id)));
}

/** Spaces call starts `1000 / rps` ms apart, across all workers (a steady pace, not bursts per second). */
function pace(rps: number | null): () => Promise<void> {
  if (rps === null) return async () => {};
  let next = 0;
  return async () => {
    const now = performance.now();
    const at = Math.max(now, next);
    next = at + 1000 / rps;
    if (at > now) await sleep(at - now);
  };
}

/**
 * Asks TikHub's `detect_fake_views` about each video and lands every answer as it comes: the body in
 * `raw_responses` (schema failures also in `quarantine`) and the normalised report, or the failure, in
 * `tikhub_fake_view_reports`, one transaction per answer, under a `runs` row of kind `fake_views`. A bad key
 * or exhausted credits (401/402) stop the run, as do the budget and an interrupt; what was landed stays.
 */
export async function fetchTikHubReports(
  warehouse: Warehouse,
  source: FakeViewSource,
  videoIds: readonly string[],
  options: TikHubFetchOptions,
): Promise<TikHubFetchSummary> {
  const now = options.now ?? (() => new Date());
  const progress = options.progress ?? silentProgress;
  const ids = [...new Set(videoIds)];
  const runId = `${now().toISOString().replace(/[-:]/g, '').slice(0, 15)}-fv-${randomUUID().slice(0, 8)}`;
  await appendRows(warehouse.connection, runs, [
    {
      run_id: runId,
      kind: 'fake_views',
      provider: 'tikhub',
      input_name: `detect_fake_views:${options.category}`,
      input_hash: hashInput(ids),
      started_at: now(),
      finished_at: null,
      status: 'running',
      stop_reason: null,
      options_json: JSON.stringify({ category: options.category, videos: ids.length, maxCredits: options.maxCredits }),
    },
  ]);

  const fresh = await freshReports(warehouse, ids, options.category, options.maxAgeMs, now());
  const todo = ids.filter((id) => !fresh.has(id));
  const budget = new CreditBudget(options.maxCredits);
  const wait = pace(options.rps);
  const byOutcome: Record<string, number> = {};
  const failures: TikHubFetchSummary['failures'] = [];
  const sent = new Set<string>();
  // Written from inside concurrent workers, so held in an object the compiler does not narrow.
  const state: { stop: FetchStop | null; budgetReached: boolean; fatal: unknown } = { stop: null, budgetReached: false, fatal: null };
  const halt = (stop: FetchStop) => {
    state.stop ??= stop;
  };
  const onAbort = () => halt({ kind: 'interrupted', message: fakeViewMessages.interrupted });
  options.signal?.addEventListener('abort', onAbort, { once: true });

  // One connection, so landings take turns: each is its own transaction.
  let landing: Promise<void> = Promise.resolve();
  const land = (rows: { raw: Row; quarantined: Row | null; report: Row }) => {
    landing = landing.then(() =>
      warehouse.transaction(async () => {
        await appendRows(warehouse.connection, rawResponses, [rows.raw]);
        if (rows.quarantined) await appendRows(warehouse.connection, quarantine, [rows.quarantined]);
        await appendRows(warehouse.connection, tikhubFakeViewReports, [rows.report]);
      }),
    );
    return landing;
  };

  const ask = async (id: string): Promise<Fetched<FakeViewReport> | null> => {
    // Out of budget, this worker ends; calls other workers already reserved for still go out.
    if (!budget.reserve(1)) {
      state.budgetReached = true;
      return null;
    }
    let spent = 0;
    try {
      await wait();
      if (state.stop) return null;
      sent.add(id);
      const fetched = await source.detectFakeViews(id, options.category);
      spent = fetched.raw.credits;
      return fetched;
    } catch (error) {
      if (!(error instanceof RunStoppingError)) throw error;
      halt({ kind: 'run_stopping', message: error.message });
      return null;
    } finally {
      budget.settle(1, spent);
    }
  };

  const askAndLand = async (id: string): Promise<boolean> => {
    const fetched = await ask(id);
    if (fetched === null) return false;
    const raw = landRaw(fetched);
    await land({ raw: rawRow(runId, raw), quarantined: quarantineRow(runId, raw), report: tikhubReportRow(runId, id, options.category, fetched) });
    const outcome = fetched.ok ? 'ok' : fetched.outcome;
    byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
    if (!fetched.ok) failures.push({ videoId: id, outcome: fetched.outcome, detail: failureDetail(fetched) });
    progress.advance(outcome);
    return true;
  };

  let cursor = 0;
  const worker = async () => {
    while (!state.stop) {
      const id = todo[cursor++];
      if (id === undefined) return;
      try {
        if (!(await askAndLand(id))) return;
      } catch (error) {
        // A bug or a warehouse failure: stop the other workers, keep what landed, then report it.
        state.fatal ??= error;
        halt({ kind: 'interrupted', message: `failed: ${(error as Error).message}` });
      }
    }
  };

  progress.start(todo.length, 'tikhub detect_fake_views');
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    // A failed landing already stopped the workers; it is rethrown below, after the run row says how it ended.
    await landing.catch((error: unknown) => {
      state.fatal ??= error;
    });
    progress.stop();
    if (state.budgetReached) halt({ kind: 'budget', message: fakeViewMessages.budgetOf(options.maxCredits ?? 0) });
    const status: RunStatus = state.stop === null ? 'finished' : state.stop.kind === 'interrupted' ? 'interrupted' : 'stopped';
    await finishRun(warehouse, runId, status, state.stop?.message ?? null, now());
  }
  if (state.fatal) throw state.fatal;
  return {
    runId,
    asked: ids.length,
    skippedFresh: fresh.size,
    byOutcome,
    creditsSpent: budget.spent,
    notSent: todo.filter((id) => !sent.has(id)),
    failures,
    stop: state.stop,
  };
}
