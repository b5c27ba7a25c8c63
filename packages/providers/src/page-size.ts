import type { Feed, Page } from './records.ts';

/**
 * How many videos a full page really holds, per feed, as the API answered this run: the largest page that said
 * more would follow (a last page is short by nature, so it says nothing). Scavio's documented API answers about
 * 10 whatever `count` asks, so pricing by the asked count would promise a third of the calls a creator costs.
 */
export class PageSizes {
  private readonly largest = new Map<Feed, number>();

  observe(feed: Feed, page: Page<unknown>): void {
    // Videos left out (another author's) were sent all the same: the page's size is what the API answered.
    const sent = page.items.length + (page.leftOut?.length ?? 0);
    if (!page.hasMore || sent === 0) return;
    this.largest.set(feed, Math.max(this.largest.get(feed) ?? 0, sent));
  }

  observed(feed: Feed): number | null {
    return this.largest.get(feed) ?? null;
  }
}
