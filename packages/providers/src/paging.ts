import { pagingMessages } from './messages.ts';
import type { Fetched, FailureOutcome, RawBody } from './outcomes.ts';
import type { Page } from './records.ts';

export interface PagingLimits {
  /** Stop once this many distinct items are held. */
  maxItems: number;
  pageSize: number;
  /** Pages in a row that bring nothing new (empty, or the same page again) before giving up. */
  maxEmptyPages?: number;
  /**
   * Hard cap on calls, whatever the API says about `hasMore`. By default twice the pages `maxItems` takes (plus
   * the empty-page allowance), counted in the pages the API really sends: Scavio's documented API answers about
   * 10 whatever `count` asks, and a cap counted in asked-for pages would stop its walks a third of the way.
   */
  maxPages?: number;
  /**
   * Items the source says exist (a profile's `videoCount`). When it is above 0 and the walk read none, the walk
   * ends `empty_feed`: those pages were not the creator's feed, and "no videos" would be a verdict on nothing.
   */
  expectedItems?: number | null;
}

/** `halted`: the caller declined to fetch another page (e.g. the credit budget ran out). */
export type StopReason = 'limit' | 'end' | 'no_cursor' | 'empty_pages' | 'max_pages' | 'failed' | 'halted';

export interface Collected<T> {
  /** Distinct items in the order first seen (feed order). */
  items: T[];
  raws: RawBody[];
  stop: StopReason;
  failure?: { outcome: FailureOutcome; detail: string; atPage: number };
}

/**
 * Follows a cursor through what real APIs do: the same page sent twice, `hasMore` with an empty page,
 * pinned videos first and again in date order, short pages. Items are deduped by id. A page that brings
 * nothing new (empty, or a repeat behind the same cursor) may be a glitch, so the walk goes on, but only for
 * a bounded number of such pages in a row, and never past the hard page cap.
 */
export async function collectPages<T extends { videoId: string }>(
  fetchPage: (cursor: string | null, count: number) => Promise<Fetched<Page<T>> | null>,
  limits: PagingLimits,
): Promise<Collected<T>> {
  const maxEmpty = limits.maxEmptyPages ?? 3;
  // The smallest page that said more would follow; pages that big or bigger leave the cap as asked-for pages give it.
  let pageHolds = limits.pageSize;
  const maxPages = () => limits.maxPages ?? Math.ceil(limits.maxItems / Math.max(1, pageHolds)) * 2 + maxEmpty;
  const seen = new Set<string>();
  const items: T[] = [];
  const raws: RawBody[] = [];
  let cursor: string | null = null;
  let emptyInARow = 0;

  // A walk that ran its course without reading one of the items the source says exist.
  const ended = (stop: StopReason): Collected<T> => {
    const expected = limits.expectedItems ?? 0;
    if (items.length > 0 || expected <= 0) return { items, raws, stop };
    return { items, raws, stop, failure: { outcome: 'empty_feed', detail: pagingMessages.emptyFeed(expected, raws.length, stop), atPage: raws.length - 1 } };
  };

  for (let page = 0; page < maxPages(); page++) {
    const fetched = await fetchPage(cursor, Math.min(limits.pageSize, limits.maxItems - items.length));
    if (fetched === null) return { items, raws, stop: 'halted' };
    raws.push(fetched.raw);
    if (!fetched.ok) return { items, raws, stop: 'failed', failure: { outcome: fetched.outcome, detail: fetched.detail, atPage: page } };
    let fresh = 0;
    for (const item of fetched.value.items) {
      if (seen.has(item.videoId)) continue;
      seen.add(item.videoId);
      fresh++;
      items.push(item);
      if (items.length >= limits.maxItems) return { items, raws, stop: 'limit' };
    }
    emptyInARow = fresh === 0 ? emptyInARow + 1 : 0;
    if (!fetched.value.hasMore) return ended('end');
    if (fetched.value.items.length > 0) pageHolds = Math.min(pageHolds, fetched.value.items.length);
    if (emptyInARow >= maxEmpty) return ended('empty_pages');
    const next = fetched.value.nextCursor;
    if (next === null) return ended('no_cursor');
    cursor = next;
  }
  return ended('max_pages');
}
