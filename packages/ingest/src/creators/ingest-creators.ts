import type { Provider } from '@creator-audit/providers';
import { hashInput, type Warehouse } from '@creator-audit/warehouse';
import type { FetchKind } from '../fetch-loop/fetch-kind.ts';
import { OUTCOME_LEDGERS, outcomeLedger, reopenUndecided } from '../fetch-loop/outcome-ledger.ts';
import { type FetchRunOptions, type FetchRunSummary, runFetch } from '../fetch-loop/run-fetch.ts';
import type { RejectedLine } from '../input-list.ts';
import type { ProgressSink } from '../progress.ts';
import { creatorRows, undecidedCreator } from './creator-rows.ts';
import { type CreatorFetchPlan, expectedCalls, fetchCreator, type LandedCreator } from './fetch-creator.ts';
import { freshCreators } from './freshness.ts';
import { creatorMessages } from './messages.ts';

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
  /** A decided creator waits at most this long to land. */
  flushAfterMs?: number;
  inputName: string;
  /** Lines of the input that were not creators; stored with the run for the record. */
  rejected?: readonly RejectedLine[];
  progress?: ProgressSink;
  signal?: AbortSignal;
  now?: () => Date;
}

export type IngestSummary = FetchRunSummary;

/** Creators as the fetch loop sees them: a profile and its recent videos each, one `creator_outcomes` row each. */
export function creatorKind(provider: Provider, plan: CreatorFetchPlan): FetchKind<string, LandedCreator> {
  return {
    kind: 'creators',
    onInterrupt: 'finish',
    key: (username) => username,
    expectedCalls: () => expectedCalls(plan, provider),
    fetch: (username, calls) => fetchCreator(provider, username, plan, calls),
    rows: creatorRows,
    unstorable: (runId, provider, c, why, at) =>
      creatorRows(runId, provider, { ...undecidedCreator(c.username, 'schema_error', creatorMessages.unstorable(why)), credits: c.credits }, at),
    outcome: (c) => c.outcome,
    ...outcomeLedger(OUTCOME_LEDGERS.creators),
    skippedFresh: (runId, provider, username, at) => creatorRows(runId, provider, undecidedCreator(username, 'skipped_fresh', creatorMessages.fresh), at),
    notReached: (runId, provider, username, why, at) =>
      creatorRows(runId, provider, undecidedCreator(username, why.budget ? 'budget_exhausted' : 'not_attempted', why.message), at),
    reopen: reopenUndecided(OUTCOME_LEDGERS.creators),
  };
}

/**
 * Bulk creator ingest through the fetch loop: bounded concurrency, paced calls, a credit budget, freshness
 * skips, and landing within a second, so a run killed at any moment resumes without duplicates or double
 * spending. Every input creator ends in exactly one `creator_outcomes` row for the run.
 */
export async function ingestCreators(
  warehouse: Warehouse,
  provider: Provider,
  handles: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const now = options.now ?? (() => new Date());
  const fresh = await freshCreators(warehouse, provider.name, options.maxAgeMs, now());
  const loop: FetchRunOptions = {
    concurrency: options.concurrency,
    rps: options.rps,
    maxCredits: options.maxCredits,
    inputName: options.inputName,
    inputHash: hashInput(handles),
    runOptions: { videosPerCreator: options.videosPerCreator, pageSize: options.pageSize, maxCredits: options.maxCredits },
    fresh,
    now,
    rejected: options.rejected,
    flushEvery: options.flushEvery,
    flushAfterMs: options.flushAfterMs,
    progress: options.progress,
    signal: options.signal,
  };
  return runFetch(warehouse, provider, creatorKind(provider, options), handles, loop);
}

