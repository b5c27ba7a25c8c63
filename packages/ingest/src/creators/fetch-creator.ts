import {
  collectPages,
  type CreatorProfile,
  type FailureOutcome,
  type Fetched,
  type LeftOut,
  type Page,
  type Provider,
  type StopReason,
  type Video,
} from '@creator-audit/providers';
import type { PaidCalls } from '../fetch-loop/paid-calls.ts';
import { creatorMessages } from './messages.ts';

/** How a creator ended in a run. `ok` and `partial` carry a snapshot; the rest say why not. */
type CreatorOutcome = 'ok' | 'partial' | 'skipped_fresh' | 'budget_exhausted' | 'not_attempted' | FailureOutcome;

interface LandedVideo extends Video {
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
  credits: number;
}

export interface CreatorFetchPlan {
  videosPerCreator: number;
  pageSize: number;
  /** Pages in a row that bring nothing new before the walk gives up (default: `collectPages`'). */
  maxEmptyPages?: number;
}

/**
 * Calls a creator is expected to cost: its profile, then its pages at the size the API really answers (Scavio's
 * documented API sends about 10 videos a page whatever is asked: 30 videos are 3 pages, not 1).
 */
export function expectedCalls(plan: CreatorFetchPlan, provider: Pick<Provider, 'expectedPageSize'>): number {
  const pageSize = Math.max(1, Math.min(plan.pageSize, provider.expectedPageSize('creator')));
  return 1 + Math.max(1, Math.ceil(plan.videosPerCreator / pageSize));
}

/**
 * One creator: its profile, then its recent videos page by page. Never throws for a bad answer (those are
 * outcomes). Returns null when the run could not pay for the profile call or had stopped before it: nothing
 * was learnt, and a resumed run tries the creator again. A stop while paging (the budget, a 401/402) returns the
 * creator as `partial`: its profile and pages so far are paid for and land.
 */
export async function fetchCreator(
  provider: Provider,
  username: string,
  plan: CreatorFetchPlan,
  calls: PaidCalls,
): Promise<LandedCreator | null> {
  const profile = await calls.paid(() => provider.profile(username));
  if (profile === null) return null;
  const landed: LandedCreator = {
    username,
    outcome: 'ok',
    detail: null,
    profile: null,
    snapshotAt: null,
    videos: [],
    pagingStop: null,
    credits: 0,
  };
  const leftOut: LeftOut[] = [];
  // What the answers held that was not taken as sent (others' videos, unbelievable credit figures) goes on record.
  const settled = (creator: Partial<LandedCreator>): LandedCreator => {
    const notes = [...(leftOut.length > 0 ? [creatorMessages.othersLeftOut(leftOut)] : []), ...calls.raws.flatMap((r) => r.notes)];
    return { ...landed, ...creator, detail: creatorMessages.withNotes(creator.detail ?? null, notes), credits: calls.credits };
  };
  if (!profile.ok) return settled({ outcome: profile.outcome, detail: profile.detail });
  landed.profile = profile.value;
  landed.snapshotAt = profile.raw.fetchedAt;
  if (profile.value.privateAccount) {
    // Posts of a private account answer 10222: the call would cost a credit and tell nothing new.
    return settled({ outcome: 'private', detail: creatorMessages.privateAccount });
  }

  const collected = await collectPages<LandedVideo>(
    async (cursor, count) => {
      const page: Fetched<Page<Video>> | null = await calls.paid(() =>
        provider.videosPage({ username, secUid: profile.value.secUid }, cursor, count),
      );
      if (page === null || !page.ok) return page;
      leftOut.push(...(page.value.leftOut ?? []));
      const fetchedAt = page.raw.fetchedAt;
      const items = page.value.items.map((v) => ({ ...v, fetchedAt, feedPosition: 0 }));
      return { ...page, value: { ...page.value, items } };
    },
    { maxItems: plan.videosPerCreator, pageSize: plan.pageSize, maxEmptyPages: plan.maxEmptyPages, expectedItems: profile.value.videoCount },
  );
  landed.videos = collected.items.map((v, i) => ({ ...v, feedPosition: i + 1 }));
  landed.pagingStop = collected.stop;

  if (calls.vendorStop) {
    return settled({ outcome: 'partial', detail: creatorMessages.stoppedWhilePaging(landed.videos.length, calls.vendorStop.message) });
  }
  if (collected.failure) {
    const { outcome, detail, atPage } = collected.failure;
    // Without one video read there is nothing to score: the failure is the outcome, whatever page it came on.
    if (landed.videos.length === 0) return settled({ outcome, detail: creatorMessages.videosFailed(detail) });
    return settled({ outcome: 'partial', detail: creatorMessages.videosStoppedAt(atPage + 1, outcome, detail) });
  }
  if (collected.stop === 'halted') {
    // Partial even with no videos: its profile lands, so a resumed run must not fetch (and pay for) it again.
    return settled({ outcome: 'partial', detail: creatorMessages.budgetWhilePaging(landed.videos.length) });
  }
  return settled({});
}
