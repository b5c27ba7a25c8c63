import { createPace, type Provider, type RunStoppingError } from '@creator-audit/providers';
import {
  appendRows,
  creditsSpentInRun,
  finishRun,
  inputRejects,
  type RunStatus,
  startOrResumeRun,
  type Warehouse,
} from '@creator-audit/warehouse';
import PQueue from 'p-queue';
import { CreditBudget } from '../budget.ts';
import type { RejectedLine } from '../input-list.ts';
import { ingestMessages } from '../messages.ts';
import { type ProgressSink, silentProgress } from '../progress.ts';
import type { FetchKind } from './fetch-kind.ts';
import { fetchItem } from './fetch-item.ts';
import { LandingBuffer, type LandingItem } from './landing-buffer.ts';
import { type CallGate, type CallPermit, PaidCalls, type Refusal } from './paid-calls.ts';
import type { RunStop } from './run-stop.ts';

/** What the loop needs of the client a kind calls: its name for the record, and what a call is expected to cost. */
export type FetchSource = Pick<Provider, 'name' | 'creditsPerCall'>;

export interface FetchRunOptions {
  /** Items fetched at once (ignored by sequential kinds). */
  concurrency: number;
  /** Calls per second across the run; null for no limit (the in-process simulator). */
  rps: number | null;
  /** Credits the whole run may spend, across resumes; null for no limit. */
  maxCredits: number | null;
  /** Names the input in `runs`; with `inputHash`, finds the unfinished run to resume. */
  inputName: string;
  inputHash: string;
  /** Kept with the run for the record. */
  runOptions: unknown;
  /** Keys to skip: fresh enough already. */
  fresh?: ReadonlySet<string>;
  /** Lines of the input that were not items; stored with a new run. */
  rejected?: readonly RejectedLine[];
  /** Items per landing transaction, and how long an item may wait to land. */
  flushEvery?: number;
  flushAfterMs?: number;
  progress?: ProgressSink;
  signal?: AbortSignal;
  now?: () => Date;
}

export interface FetchRunSummary {
  runId: string;
  resumed: boolean;
  provider: string;
  total: number;
  /** Outcomes over the whole run (a resumed run's earlier invocations included). */
  byOutcome: Record<string, number>;
  creditsSpent: number;
  stop: RunStop | null;
  /** Keys this invocation never decided, because the run stopped first. */
  notReached: string[];
}

/** Spaces the calls it lets through at most `rps` per second, evenly, across every item in flight. */
function rateGate(rps: number | null): CallGate {
  if (rps === null) return (call) => call();
  const pace = createPace(rps);
  return async (call) => {
    await pace();
    return call();
  };
}

/**
 * The one fetch loop: every kind of item (creators, hashtag scans, fake-view reports) is fetched through it.
 * It starts or resumes the run, skips fresh and already decided items, fetches the rest with bounded concurrency
 * and paced calls inside the credit budget (each item reserves what it expects to spend before its first call),
 * lands each decided item with its raw bodies in one transaction (within about a second), and records how the
 * run ended. A 401/402, the budget or an interrupt stops it cleanly: what was paid for lands, the rest is named.
 * A bug or a failed write also stops it cleanly, then is rethrown.
 */
export async function runFetch<Item, Landed>(
  warehouse: Warehouse,
  provider: FetchSource,
  kind: FetchKind<Item, Landed>,
  items: readonly Item[],
  options: FetchRunOptions,
  onDecided?: (landed: Landed) => void,
): Promise<FetchRunSummary> {
  const now = options.now ?? (() => new Date());
  const progress = options.progress ?? silentProgress;
  const run = await startOrResumeRun(warehouse, {
    kind: kind.kind,
    provider: provider.name,
    inputName: options.inputName,
    inputHash: options.inputHash,
    options: options.runOptions,
    now: now(),
  });
  if (run.resumed) await kind.reopen?.(warehouse, run.runId);
  else {
    const rows = (options.rejected ?? []).map((r) => ({ run_id: run.runId, line: r.line, raw: r.raw, reason: r.reason }));
    await appendRows(warehouse.connection, inputRejects, rows);
  }
  const decided = await kind.decided(warehouse, run.runId);
  // Items being fetched or landed: a worker holds its slot until its item is committed (see LandingBuffer).
  let inFlight = 0;
  const landing = new LandingBuffer(warehouse, {
    flushEvery: options.flushEvery ?? 200,
    flushAfterMs: options.flushAfterMs ?? 1000,
    inFlight: () => inFlight,
  });
  const budget = new CreditBudget(options.maxCredits, run.resumed ? await creditsSpentInRun(warehouse, run.runId) : 0);
  const gate = rateGate(options.rps);
  const budgetMessage = () =>
    budget.vendorLimited ? ingestMessages.vendorCreditsLow(Math.max(0, (budget.cap ?? 0) - budget.spent)) : ingestMessages.budgetReached(options.maxCredits);
  // Written from inside queued tasks, so held in an object the compiler does not narrow.
  const state: { stop: RunStop | null; fatal: unknown; vendor: RunStoppingError | null } = { stop: null, fatal: null, vendor: null };
  const permit: CallPermit = {
    refusal: (): Refusal | null => {
      if (state.vendor) return 'run_stopping';
      return kind.onInterrupt === 'stop' && options.signal?.aborted ? 'interrupted' : null;
    },
    vendorStopped: (error) => {
      state.vendor ??= error;
    },
  };
  const queue = new PQueue({ concurrency: kind.sequential ? 1 : Math.max(1, options.concurrency) });
  const halt = (stop: RunStop) => {
    state.stop ??= stop;
    queue.clear();
  };
  const onAbort = () => halt({ kind: 'interrupted', message: ingestMessages.interruptedRun });
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  /** Lands an item; a worker's own item (`own`) is waited for until it is committed, so its slot is not freed before. */
  const land = async (item: LandingItem, outcome: string, own: boolean) => {
    progress.advance(outcome);
    if (item.rows.length === 0) return;
    await (own ? landing.addAndWait(item) : landing.add(item));
  };

  const keys = new Map(items.map((item) => [kind.key(item), item]));
  const todo = [...keys].filter(([key]) => !decided.has(key));
  progress.start(todo.length, provider.name);
  for (const [key] of todo) {
    if (options.fresh?.has(key)) await land({ rows: kind.skippedFresh?.(run.runId, provider.name, key, now()) ?? [] }, 'skipped_fresh', false);
  }
  const reached = new Set<string>();
  for (const [key, item] of todo) {
    if (options.fresh?.has(key)) continue;
    // Fed a few at a time: a list of any size never sits in memory as queued tasks.
    await queue.onSizeLessThan(Math.max(1, options.concurrency));
    if (state.stop) break;
    void queue.add(async () => {
      if (state.stop) return;
      const wallet = budget.open(kind.expectedCalls(item) * budget.callCost(provider.creditsPerCall));
      if (!wallet) return halt({ kind: 'budget', message: budgetMessage() });
      const calls = new PaidCalls(wallet, provider.creditsPerCall, gate, permit);
      inFlight++;
      try {
        const fetched = await fetchItem(kind, item, calls, { runId: run.runId, provider: provider.name, now });
        if (fetched.landed !== null) reached.add(key);
        // An undecided item's paid-for bodies land too; it is tried again on resume.
        if (fetched.landed !== null || fetched.landing.rows.length > 0) await land(fetched.landing, fetched.outcome, true);
        if (fetched.landed !== null) onDecided?.(fetched.landed);
        if (calls.vendorStop) halt({ kind: 'run_stopping', message: calls.vendorStop.message });
        else if (calls.refusal === 'budget') halt({ kind: 'budget', message: budgetMessage() });
      } catch (error) {
        // A bug or a warehouse failure: stop cleanly, land what we have, then report it.
        state.fatal ??= error;
        halt({ kind: 'interrupted', message: ingestMessages.failed((error as Error).message) });
      } finally {
        inFlight--;
        wallet.close();
      }
    });
  }
  await queue.onIdle();
  options.signal?.removeEventListener('abort', onAbort);

  // Whatever was never decided (stopped early) is named, and recorded where its kind keeps such a record.
  const { stop } = state;
  const notReached = todo.map(([key]) => key).filter((key) => !reached.has(key) && !options.fresh?.has(key));
  const why = { budget: stop?.kind === 'budget', message: stop?.message ?? ingestMessages.notReached };
  for (const key of notReached) {
    const rows = kind.notReached?.(run.runId, provider.name, key, why, now());
    if (rows) await land({ rows }, why.budget ? 'budget_exhausted' : 'not_attempted', false);
  }
  try {
    await landing.flush();
  } catch (error) {
    state.fatal ??= error;
  } finally {
    progress.stop();
  }

  const status: RunStatus = state.fatal || stop?.kind === 'interrupted' ? 'interrupted' : stop ? 'stopped' : 'finished';
  await finishRun(warehouse, run.runId, status, state.fatal ? ingestMessages.failed((state.fatal as Error).message) : (stop?.message ?? null), now());
  if (state.fatal) throw state.fatal;
  return {
    runId: run.runId,
    resumed: run.resumed,
    provider: provider.name,
    total: keys.size,
    byOutcome: await kind.tally(warehouse, run.runId),
    creditsSpent: await creditsSpentInRun(warehouse, run.runId),
    stop,
    notReached,
  };
}
