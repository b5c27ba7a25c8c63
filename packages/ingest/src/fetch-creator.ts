import {
  collectPages,
  type CreatorProfile,
  type Fetched,
  type FailureOutcome,
  type Page,
  type Provider,
  type RawBody,
  RunStoppingError,
  type StopReason,
  type Video,
} from '@creator-audit/providers';
import type { Wallet } from './budget.ts';

/** How a creator ended in a run. `ok` and `partial` carry a snapshot; the rest say why not. */
export type CreatorOutcome = 'ok' | 'partial' | 'skipped_fresh' | 'budget_exhausted' | 'not_attempted' | FailureOutcome;

export interface LandedRaw extends RawBody {
  outcome: 'ok' | FailureOutcome;
  /** Why the body failed its schema, for the quarantine table. */
  schemaError: string | null;
}

export interface LandedVideo extends Video {
  fetchedAt: Date;
  feedPosition: number;
}

export interface LandedCreator {
  username: string;
  outcome: CreatorOutcome;
  detail: string | null;
  profile: CreatorProfile | null;
  snapshotAt: Date | null;
  videos: LandedVideo[];
  pagingStop: StopReason | null;
  raws: LandedRaw[];
  credits: number;
  /** Set when a run-stopping answer (401, 402) cut this creator's paging short: land it, then stop the run. */
  runStop?: RunStoppingError;
}

export interface CreatorFetchPlan {
  videosPerCreator: number;
  pageSize: number;
  maxEmptyPages: number;
}

/** Runs one call through the rate limiter, charging the creator's wallet. */
export type CallGate = <T>(call: () => Promise<Fetched<T>>) => Promise<Fetched<T>>;

export function landRaw<T>(fetched: Fetched<T>): LandedRaw {
  return {
    ...fetched.raw,
    outcome: fetched.ok ? 'ok' : fetched.outcome,
    schemaError: !fetched.ok && fetched.outcome === 'schema_error' ? fetched.detail : null,
  };
}

export function expectedCalls(plan: CreatorFetchPlan): number {
  return 1 + Math.max(1, Math.ceil(plan.videosPerCreator / plan.pageSize));
}

/**
 * One creator: its profile, then its recent videos page by page. Never throws for a bad answer (those are
 * outcomes); only `RunStoppingError` and budget exhaustion end the walk early, keeping what was fetched.
 * A stop during the profile call throws (nothing was gathered); a stop while paging returns the creator as
 * `partial` with `runStop` set, because its profile and pages so far are paid for and must land.
 */
export async function fetchCreator(
  provider: Provider,
  username: string,
  plan: CreatorFetchPlan,
  wallet: Wallet,
  gate: CallGate,
): Promise<LandedCreator> {
  const landed: LandedCreator = {
    username,
    outcome: 'ok',
    detail: null,
    profile: null,
    snapshotAt: null,
    videos: [],
    pagingStop: null,
    raws: [],
    credits: 0,
  };
  const paidCall = async <T>(call: () => Promise<Fetched<T>>): Promise<Fetched<T> | null> => {
    if (!wallet.ensure(provider.creditsPerCall)) return null;
    const fetched = await gate(call);
    wallet.pay(fetched.raw.credits);
    landed.credits += fetched.raw.credits;
    landed.raws.push(landRaw(fetched));
    return fetched;
  };

  const profile = await paidCall(() => provider.profile(username));
  if (profile === null) return { ...landed, outcome: 'budget_exhausted', detail: 'credit budget reached before the profile call' };
  if (!profile.ok) return { ...landed, outcome: profile.outcome, detail: profile.detail };
  landed.profile = profile.value;
  landed.snapshotAt = profile.raw.fetchedAt;
  if (profile.value.privateAccount) {
    // Posts of a private account answer 10222: the call would cost a credit and tell nothing new.
    return { ...landed, outcome: 'private', detail: 'private account: profile stored, videos not fetched' };
  }

  let runStop: RunStoppingError | null = null;
  const collected = await collectPages<LandedVideo>(
    async (cursor, count) => {
      let page: Fetched<Page<Video>> | null;
      try {
        page = await paidCall(() => provider.videosPage({ username, secUid: profile.value.secUid }, cursor, count));
      } catch (error) {
        if (!(error instanceof RunStoppingError)) throw error;
        runStop = error;
        return null;
      }
      if (page === null || !page.ok) return page;
      const fetchedAt = page.raw.fetchedAt;
      const items = page.value.items.map((v) => ({ ...v, fetchedAt, feedPosition: 0 }));
      return { ...page, value: { ...page.value, items } };
    },
    { maxItems: plan.videosPerCreator, pageSize: plan.pageSize, maxEmptyPages: plan.maxEmptyPages },
  );
  landed.videos = collected.items.map((v, i) => ({ ...v, feedPosition: i + 1 }));
  landed.pagingStop = collected.stop;

  // Read through a const: the compiler cannot see the callback above assign it.
  const stoppedBy = runStop as RunStoppingError | null;
  if (stoppedBy) {
    const detail = `profile stored with ${landed.videos.length} video(s); the run stopped while paging: ${stoppedBy.message}`;
    return { ...landed, outcome: 'partial', detail, runStop: stoppedBy };
  }

  if (collected.failure) {
    const { outcome, detail, atPage } = collected.failure;
    if (atPage === 0) return { ...landed, outcome, detail: `profile stored; videos failed: ${detail}` };
    return { ...landed, outcome: 'partial', detail: `videos stopped at page ${atPage + 1}: ${outcome}: ${detail}` };
  }
  if (collected.stop === 'halted') {
    // Partial even with no videos: its profile lands, so a resumed run must not fetch (and pay for) it again.
    return { ...landed, outcome: 'partial', detail: `profile stored with ${landed.videos.length} video(s); credit budget reached while paging` };
  }
  return landed;
}
