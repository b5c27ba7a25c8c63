import type { AudienceSource, Provider } from '@creator-audit/providers';
import { hashInput, type Warehouse } from '@creator-audit/warehouse';
import type { FetchKind } from '../fetch-loop/fetch-kind.ts';
import { OUTCOME_LEDGERS, outcomeLedger, reopenUndecided } from '../fetch-loop/outcome-ledger.ts';
import { type FetchRunOptions, type FetchRunSummary, runFetch } from '../fetch-loop/run-fetch.ts';
import { type AudienceItem, audienceItems, freshAudiences } from './audience-items.ts';
import { audienceCallsFor } from './audience-plan.ts';
import { audienceRows } from './audience-rows.ts';
import { type AudiencePlan, fetchAudience, type LandedAudience, undecidedAudience } from './fetch-audience.ts';
import { audienceMessages } from './messages.ts';

/** Audience samples as the fetch loop sees them: one creator each, one `audience_samples` row each. */
function audienceKind(provider: Provider, source: AudienceSource, plan: AudiencePlan): FetchKind<AudienceItem, LandedAudience> {
  const undecided = (username: string, outcome: LandedAudience['outcome'], detail: string) => undecidedAudience(username, plan, outcome, detail);
  return {
    kind: 'audience',
    // A sample is a dozen or more calls: an interrupt asks for no further call and lands what was read (`partial`).
    onInterrupt: 'stop',
    key: (item) => item.username,
    expectedCalls: (item) => audienceCallsFor(provider, source, item, plan).length,
    fetch: (item, calls) => fetchAudience(provider, source, item, plan, calls),
    rows: audienceRows,
    unstorable: (runId, name, a, why, at) =>
      audienceRows(runId, name, { ...undecided(a.username, 'schema_error', audienceMessages.unstorable(why)), credits: a.credits }, at),
    outcome: (a) => a.outcome,
    ...outcomeLedger(OUTCOME_LEDGERS.audience),
    skippedFresh: (runId, name, username, at) => audienceRows(runId, name, undecided(username, 'skipped_fresh', audienceMessages.fresh), at),
    notReached: (runId, name, username, why, at) =>
      audienceRows(runId, name, undecided(username, why.budget ? 'budget_exhausted' : 'not_attempted', why.message), at),
    reopen: reopenUndecided(OUTCOME_LEDGERS.audience),
  };
}

/** The fetch loop's options, less what a sample run works out itself (its input's hash, its record, the fresh ones). */
export interface AudienceRunOptions extends Omit<FetchRunOptions, 'inputHash' | 'runOptions' | 'fresh'> {
  /** Skip creators sampled more recently than this; 0 samples everyone again. */
  maxAgeMs: number;
}

/** The source of a provider's audiences, or an error a user can act on when it has none. */
export function audienceSourceOf(provider: Provider): AudienceSource | null {
  return provider.audience ?? null;
}

/**
 * Samples each creator's audience through the fetch loop: followers newest first, then comments under its newest
 * videos, paced, budgeted, resumable, creators sampled within `maxAgeMs` skipped. The sec_uid and the videos come
 * from the creator's latest snapshot by this provider (no paid profile call); without one, its profile is fetched.
 * Every input creator ends with exactly one `audience_samples` row for the run.
 */
export async function sampleAudiences(
  warehouse: Warehouse,
  provider: Provider,
  handles: readonly string[],
  plan: AudiencePlan,
  options: AudienceRunOptions,
): Promise<FetchRunSummary> {
  const source = audienceSourceOf(provider);
  if (source === null) throw new Error(audienceMessages.noAudienceSource(provider.name));
  const now = options.now ?? (() => new Date());
  const items = await audienceItems(warehouse, provider.name, handles, plan.videos);
  const fresh = await freshAudiences(warehouse, provider.name, options.maxAgeMs, now());
  return runFetch(warehouse, source, audienceKind(provider, source, plan), items, {
    concurrency: options.concurrency,
    rps: options.rps,
    maxCredits: options.maxCredits,
    inputName: options.inputName,
    inputHash: hashInput([`followers=${plan.followers}`, `videos=${plan.videos}`, `comments=${plan.comments}`, ...handles]),
    runOptions: { ...plan, maxCredits: options.maxCredits },
    fresh,
    rejected: options.rejected,
    flushEvery: options.flushEvery,
    flushAfterMs: options.flushAfterMs,
    progress: options.progress,
    signal: options.signal,
    now,
  });
}
