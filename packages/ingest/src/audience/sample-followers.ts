import { type AudienceSource, type AudienceUser, type CreatorRef, collectPages, type FailureOutcome, type FollowerCursor, type StopReason } from '@creator-audit/providers';
import type { PaidCalls } from '../fetch-loop/paid-calls.ts';

export interface SampledFollower {
  user: AudienceUser;
  /** 1 for the newest follower. */
  position: number;
  page: number;
  pageMinTime: Date | null;
  pageMaxTime: Date | null;
  fetchedAt: Date;
}

export interface FollowerSample {
  followers: SampledFollower[];
  pages: number;
  stop: StopReason;
  failure: { outcome: FailureOutcome; detail: string; atPage: number } | null;
  /** The contract spoken has no follower list: nothing was asked. */
  unsupported: boolean;
  /** Followers the list said it holds, where it said. */
  listed: number | null;
}

/** A follower's identity for deduplication: its uid, else its sec_uid, else its handle (a page always has one). */
const idOf = (u: AudienceUser) => u.userId ?? u.secUid ?? `@${u.username}`;

/**
 * The newest `max` followers, page after page, through the run's paid calls. The walk is `collectPages`' (the same
 * bounded handling of repeated and empty pages as a feed's); its string cursor carries the documented API's pair,
 * `page_token` with `min_time`, exactly as the previous answer sent them.
 */
export async function sampleFollowers(source: AudienceSource, creator: CreatorRef, max: number, calls: PaidCalls): Promise<FollowerSample> {
  const pageOf = new Map<string, { page: number; minTime: Date | null; maxTime: Date | null; fetchedAt: Date }>();
  let pages = 0;
  let unsupported = false;
  let listed: number | null = null;
  const collected = await collectPages<{ videoId: string; user: AudienceUser }>(
    async (cursor, count) => {
      const asked: FollowerCursor | null = cursor === null ? null : (JSON.parse(cursor) as FollowerCursor);
      const page = await calls.paid(() => source.followersPage(creator, asked, count));
      if (page === null) {
        // Refused by the run (budget, vendor, interrupt), or no such endpoint in the contract the server speaks.
        unsupported = calls.refusal === null;
        return null;
      }
      if (!page.ok) return page;
      pages++;
      listed = page.value.total ?? listed;
      const items = page.value.items.map((user) => {
        const id = idOf(user);
        if (!pageOf.has(id)) pageOf.set(id, { page: pages, minTime: page.value.minTime, maxTime: page.value.maxTime, fetchedAt: page.raw.fetchedAt });
        return { videoId: id, user };
      });
      return { ...page, value: { items, hasMore: page.value.hasMore, nextCursor: page.value.next === null ? null : JSON.stringify(page.value.next) } };
    },
    { maxItems: Math.max(1, max), pageSize: Math.min(max, source.expectedPageSize('followers')) },
  );
  const followers = collected.items.map(({ videoId, user }, i) => {
    const where = pageOf.get(videoId) as { page: number; minTime: Date | null; maxTime: Date | null; fetchedAt: Date };
    return { user, position: i + 1, page: where.page, pageMinTime: where.minTime, pageMaxTime: where.maxTime, fetchedAt: where.fetchedAt };
  });
  return { followers, pages, stop: collected.stop, failure: collected.failure ?? null, unsupported, listed };
}
