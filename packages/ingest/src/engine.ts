import { createPace, type Fetched, type Provider, RunStoppingError } from '@creator-audit/providers';
import PQueue from 'p-queue';
import { CreditBudget } from './budget.ts';
import { type CallGate, type CreatorFetchPlan, type CreatorOutcome, expectedCalls, fetchCreator, type LandedCreator } from './fetch-creator.ts';
import { freshCreators } from './freshness.ts';
import type { RejectedLine } from './input-list.ts';
import { LandingBuffer } from './landing.ts';
import { type ProgressSink, silentProgress } from './progress.ts';
import { creditsSpentInRun, decidedInRun, finishRun, hashInput, startOrResumeRun, appendRows, inputRejects, type Warehouse } from '@creator-audit/warehouse';

export interface IngestOptions extends CreatorFetchPlan {
  /** Creators fetched at once. */
  concurrency: number;
  /** Calls per second across the run; null for no limit (the in-process simulator). */
  rps: number | null;
  maxCredits: number | null;
  /** Skip creators with a snapshot newer than this; 0 fetches everyone. */
  maxAgeMs: number;
  /** Creators per landing transaction. */
  flushEvery?: number;
  inputName: string;
  /** Lines of the input that were not creators; stored with the run for the record. */
  rejected?: readonly RejectedLine[];
  progress?: ProgressSink;
  signal?: AbortSignal;
  now?: () => Date;
}

export type StopKind = 'run_stopping' | 'budget' | 'interrupted';

export interface IngestSummary {
  runId: string;
  resumed: boolean;
  provider: string;
  total: number;
  byOutcome: Record<string, number>;
  creditsSpent: number;
  stop: { kind: StopKind; message: string } | null;
}

/**
 * Spaces the calls the engine starts at most `rps` per second, evenly. Retries happen inside the transport,
 * out of the engine's sight: an HTTP transport built with the same `rps` paces those too.
 */
export function rateGate(rps: number | null): CallGate {
  if (rps === null) return (call) => call();
  const pace = createPace(rps);
  return async <T>(call: () => Promise<Fetched<T>>) => {
    await pace();
    return call();
  };
}

function undecided(username: string, outcome: CreatorOutcome, detail: string): LandedCreator {
  return { username, outcome, detail, profile: null, snapshotAt: null, videos: [], pagingStop: null, raws: [], credits: 0 };
}

/**
 * Bulk creator ingest: bounded concurrency, rate-limited calls, a credit budget, freshness skips, and
 * transactional landing so a run killed at any moment resumes without duplicates or double spending.
 * Every input creator ends in exactly one `creator_outcomes` row for the run.
 */
export async function ingestCreators(
  warehouse: Warehouse,
  provider: Provider,
  handles: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const now = options.now ?? (() => new Date());
  const progress = options.progress ?? silentProgress;
  const run = await startOrResumeRun(warehouse, {
    kind: 'creators',
    provider: provider.name,
    inputName: options.inputName,
    inputHash: hashInput(handles),
    options: { videosPerCreator: options.videosPerCreator, pageSize: options.pageSize, maxCredits: options.maxCredits },
    now: now(),
  });
  if (!run.resumed) {
    const rows = (options.rejected ?? []).map((r) => ({ run_id: run.runId, line: r.line, raw: r.raw, reason: r.reason }));
    await appendRows(warehouse.connection, inputRejects, rows);
  }
  const alreadyDecided = await decidedInRun(warehouse, run.runId);
  const fresh = await freshCreators(warehouse, provider.name, options.maxAgeMs, now());
  const landing = new LandingBuffer(warehouse, run.runId, provider.name, options.flushEvery ?? 200, now);
  const budget = new CreditBudget(options.maxCredits, run.resumed ? await creditsSpentInRun(warehouse, run.runId) : 0);
  const gate = rateGate(options.rps);
  // Written from inside queued tasks, so held in an object the compiler does not narrow.
  const state: { stop: IngestSummary['stop']; fatal: unknown } = { stop: null, fatal: null };

  const decide = async (creator: LandedCreator) => {
    progress.advance(creator.outcome);
    await landing.add(creator);
  };

  const todo = handles.filter((h) => !alreadyDecided.has(h));
  progress.start(todo.length, `${provider.name}`);
  const queue = new PQueue({ concurrency: options.concurrency });
  const halt = (stop: NonNullable<IngestSummary['stop']>) => {
    state.stop ??= stop;
    queue.clear();
  };
  const onAbort = () => halt({ kind: 'interrupted', message: 'interrupted: stopped scheduling, everything fetched so far is kept' });
  options.signal?.addEventListener('abort', onAbort, { once: true });

  for (const username of todo) {
    if (fresh.has(username)) await decide(undecided(username, 'skipped_fresh', 'snapshot newer than --max-age'));
  }
  for (const username of todo) {
    if (fresh.has(username)) continue;
    // Fed a few at a time: a cohort of any size never sits in memory as queued tasks.
    await queue.onSizeLessThan(options.concurrency);
    if (state.stop) break;
    void queue.add(async () => {
      if (state.stop) return;
      const wallet = budget.open(expectedCalls(options) * budget.callCost(provider.creditsPerCall));
      if (!wallet) return halt({ kind: 'budget', message: `credit budget of ${options.maxCredits} reached` });
      try {
        const landed = await fetchCreator(provider, username, options, wallet, gate);
        await decide(landed);
        if (landed.runStop) halt({ kind: 'run_stopping', message: landed.runStop.message });
      } catch (error) {
        if (error instanceof RunStoppingError) halt({ kind: 'run_stopping', message: error.message });
        else {
          // A bug or a warehouse failure: stop cleanly, land what we have, then report it.
          state.fatal ??= error;
          halt({ kind: 'interrupted', message: `failed: ${(error as Error).message}` });
        }
      } finally {
        wallet.close();
      }
    });
  }
  await queue.onIdle();
  options.signal?.removeEventListener('abort', onAbort);
  await landing.flush();

  // Whatever was never decided (stopped early) still gets its one row, saying why.
  const { stop } = state;
  const decidedNow = await decidedInRun(warehouse, run.runId);
  const leftOutcome: CreatorOutcome = stop?.kind === 'budget' ? 'budget_exhausted' : 'not_attempted';
  for (const username of handles) {
    if (!decidedNow.has(username)) await decide(undecided(username, leftOutcome, stop?.message ?? 'not reached'));
  }
  await landing.flush();
  progress.stop();

  const status = stop === null ? 'finished' : stop.kind === 'interrupted' ? 'interrupted' : 'stopped';
  await finishRun(warehouse, run.runId, status, stop?.message ?? null, now());
  if (state.fatal) throw state.fatal;
  const totals = await warehouse.rows(
    `SELECT outcome, count(*)::INTEGER AS n, sum(credits)::DOUBLE AS credits FROM creator_outcomes WHERE run_id = $run GROUP BY outcome`,
    { run: run.runId },
  );
  return {
    runId: run.runId,
    resumed: run.resumed,
    provider: provider.name,
    total: handles.length,
    byOutcome: Object.fromEntries(totals.map((r) => [String(r.outcome), Number(r.n)])),
    creditsSpent: totals.reduce((sum, r) => sum + Number(r.credits), 0),
    stop,
  };
}
