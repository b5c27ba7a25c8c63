import type { Feed, Page } from './records.ts';

/**
 * How many videos a full page really holds, per feed, as the API answered this run: the largest page that said
 * more would follow (a last page is short by nature, so it says nothing). Scavio's documented API answers about
 * 10 whatever `count` asks, so pricing by the asked count would promise a third of the calls a creator costs.
 */
export class PageSizes {
  private readonly largest = new Map<Feed, number>();

  observe(feed: Feed, page: Page<unknown>): void {
    if (!page.hasMore || page.items.length === 0) return;
    this.largest.set(feed, Math.max(this.largest.get(feed) ?? 0, page.items.length));
  }

  observed(feed: Feed): number | null {
    return this.largest.get(feed) ?? null;
  }
}
