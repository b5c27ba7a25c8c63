import { type Answer, type Backend, byEndpoint, createFeed, data, type FeedOptions, html, truncated, type ParsedRequest } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import type { Fetched } from '../src/outcomes.ts';
import { collectPages } from '../src/paging.ts';
import type { Page, Video } from '../src/records.ts';
import { itemsIn } from './fixtures.ts';
import { SCAVIO_WORLDS } from './scavio-worlds.ts';
import { type WireClients, type WireSetup, withWire } from './wire-clients.ts';

/** A creator's feed served by one client's server: Scavio in either contract, or TikHub. */
interface PagingWorld {
  name: string;
  dialect: 'web' | 'app';
  setup(posts: Backend): WireSetup;
  pager(clients: WireClients): (cursor: string | null, count: number) => Promise<Fetched<Page<Video>>>;
  /** Whether a request is for the creator's posts. */
  isPosts(request: ParsedRequest): boolean;
}

const worlds: PagingWorld[] = [
  ...SCAVIO_WORLDS.map((w) => ({
    name: w.contract,
    dialect: w.dialect,
    setup: (posts: Backend): WireSetup => ({ server: { scavio: { contract: w.contract, backend: w.backend({ posts }) } } }),
    pager: (c: WireClients) => (cursor: string | null, count: number) => c.scavio.videosPage(w.creator, cursor, count),
    isPosts: (r: ParsedRequest) => r.endpoint === w.endpoints.videos,
  })),
  {
    name: 'tikhub',
    dialect: 'web',
    setup: (posts: Backend): WireSetup => ({ server: { tikhub: { backend: byEndpoint({ 'web/fetch_user_post': posts }) } } }),
    pager: (c: WireClients) => (cursor: string | null, count: number) =>
      c.tikhub.videosPage({ username: 'charlidamelio', secUid: 'MS4wLjABAAAA-charli' }, cursor, count),
    isPosts: (r: ParsedRequest) => r.endpoint === 'web/fetch_user_post',
  },
];

/**
 * One page as the world's posts endpoint sends it: web `videos` (Scavio) or `itemList` (TikHub) with `cursor` and
 * `hasMore`, app `aweme_list` with `max_cursor` and `has_more`; `next: null` leaves the cursor out.
 */
function pageIn(world: PagingWorld, items: readonly Record<string, unknown>[], next: number | null, hasMore: boolean): Answer {
  if (world.dialect === 'app') return data({ aweme_list: items, ...(next === null ? {} : { max_cursor: next }), has_more: hasMore ? 1 : 0, status_code: 0 });
  return data({ [world.name === 'tikhub' ? 'itemList' : 'videos']: items, ...(next === null ? {} : { cursor: String(next) }), hasMore, statusCode: 0 });
}

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `v${from + i}`);

describe.each(worlds)('$name: collectPages over the real client, paging pathologies', (world) => {
  const feed = (n: number, options: Omit<FeedOptions, 'items' | 'dialect'> = {}) =>
    createFeed({ items: itemsIn(world.dialect, n), dialect: world.dialect, listKey: 'videos', ...options });
  const asked = (clients: WireClients) =>
    clients.server.requests.filter(world.isPosts).map((r) => [String(r.params.cursor), String(r.params.count)]);

  it('dedupes the same page sent twice and walks on to the end', () =>
    withWire(world.setup(feed(10, { repeatedRequest: 1 })), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 4 });
      expect(got.stop).toBe('end');
      expect(got.items.map((v) => v.videoId)).toEqual(ids(1, 10));
      expect(asked(clients).map(([cursor]) => cursor)).toEqual(['0', '4', '4', '8']);
      expect(got.raws).toHaveLength(4);
    }));

  it('stops after maxEmptyPages when hasMore stays true over empty lists, a bounded number of calls', () =>
    withWire(world.setup(feed(3, { emptyPagesAtEnd: Infinity })), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 10, maxEmptyPages: 3 });
      expect(got.stop).toBe('empty_pages');
      expect(got.items).toHaveLength(3);
      expect(clients.server.requests).toHaveLength(4);
    }));

  it('walks through a few empty pages that end with hasMore false', () =>
    withWire(world.setup(feed(3, { emptyPagesAtEnd: 2 })), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 10, maxEmptyPages: 3 });
      expect(got.stop).toBe('end');
      expect(clients.server.requests).toHaveLength(4);
    }));

  it('keeps pinned videos once, as first seen, when they come again in date order', () => {
    const all = itemsIn(world.dialect, 10);
    const pinned = [all[2], all[6]].filter((x) => x !== undefined);
    return withWire(world.setup(feed(10, { pinned })), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 4 });
      expect(got.stop).toBe('end');
      expect(got.items.map((v) => v.videoId)).toEqual(['v3', 'v7', 'v1', 'v2', 'v4', 'v5', 'v6', 'v8', 'v9', 'v10']);
      expect(got.items.filter((v) => v.isPinned).map((v) => v.videoId)).toEqual(['v3', 'v7']);
      expect(clients.server.requests).toHaveLength(3);
    });
  });

  it('follows hasMore through pages shorter than the count asked for', () =>
    withWire(world.setup(feed(10, { pageSize: 3 })), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 10 });
      expect(got.stop).toBe('end');
      expect(got.items).toHaveLength(10);
      expect(asked(clients)).toEqual([
        ['0', '10'],
        ['3', '10'],
        ['6', '10'],
        ['9', '10'],
      ]);
    }));

  it('gives up on a page that never changes, after maxEmptyPages repeats', () => {
    let first: ReturnType<Backend> | null = null;
    const samePage = feed(4, { pageSize: 4, emptyPagesAtEnd: Infinity });
    const again: Backend = (req) => (first ??= samePage(req));
    return withWire(world.setup(again), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 4, maxEmptyPages: 3 });
      expect(got.stop).toBe('empty_pages');
      expect(got.items).toHaveLength(4);
      expect(clients.server.requests).toHaveLength(4);
    });
  });

  it('stops at maxItems and asks only for what is still missing', () =>
    withWire(world.setup(feed(10)), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 5, pageSize: 4 });
      expect(got.stop).toBe('limit');
      expect(got.items).toHaveLength(5);
      expect(asked(clients).map(([, count]) => count)).toEqual(['4', '1']);
    }));

  it('never passes the hard page cap, whatever hasMore says', () =>
    withWire(world.setup(feed(100)), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 1_000, pageSize: 10, maxPages: 3 });
      expect(got.stop).toBe('max_pages');
      expect(clients.server.requests).toHaveLength(3);
    }));

  it('counts the default page cap in the pages the API really sends (10 a page on the documented contract), not in asked-for ones', () =>
    withWire(world.setup(feed(200, { pageSize: 10 })), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 200, pageSize: 30 });
      expect(got.stop).toBe('limit');
      expect(got.items).toHaveLength(200);
      expect(clients.server.requests).toHaveLength(20);
    }));

  it('stops on an HTML 200 page with its outcome and index, keeping the pages before it', () =>
    withWire(world.setup(feed(10)), async (clients) => {
      clients.server.script((r) => world.isPosts(r) && String(r.params.cursor) === '4', html());
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 4 });
      expect(got).toMatchObject({ stop: 'failed', failure: { outcome: 'html', atPage: 1 } });
      expect(got.items).toHaveLength(4);
      expect(got.raws.map((r) => r.httpStatus)).toEqual([200, 200]);
    }));

  it('stops on a 200 whose JSON was cut short, as a schema error, never as an empty page', () =>
    withWire(world.setup(feed(10)), async (clients) => {
      clients.server.script((r) => world.isPosts(r) && String(r.params.cursor) === '4', truncated({ videos: itemsIn(world.dialect, 4) }, 120));
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 4 });
      expect(got).toMatchObject({ stop: 'failed', failure: { outcome: 'schema_error', atPage: 1, detail: expect.stringContaining('not JSON') } });
      expect(got.items).toHaveLength(4);
    }));

  it('retries a page whose connection closed mid-body, then walks on', () =>
    withWire(world.setup(feed(6)), async (clients) => {
      clients.server.script((r) => world.isPosts(r) && String(r.params.cursor) === '4', truncated({ videos: itemsIn(world.dialect, 2) }, 50, true));
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 4 });
      expect(got.stop).toBe('end');
      expect(got.items.map((v) => v.videoId)).toEqual(ids(1, 6));
      expect(clients.server.requests.map((r) => r.answered)).toEqual([200, 'cut', 200]);
    }));

  it('pages on past an empty first page that says has_more, and reads the videos behind it', () => {
    const emptyFirst = feed(0, { emptyPagesAtEnd: 1 });
    const videos = feed(5);
    let calls = 0;
    return withWire(world.setup((req) => (calls++ === 0 ? emptyFirst(req) : videos(req))), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 30, pageSize: 10, maxEmptyPages: 3, expectedItems: 5 });
      expect(got).toMatchObject({ stop: 'end', items: ids(1, 5).map((videoId) => ({ videoId })) });
      expect(got.failure).toBeUndefined();
      expect(clients.server.requests).toHaveLength(2);
    });
  });

  /**
   * A feed that says `hasMore` forever and brings one new video a page, the other nine repeats: every page is new
   * (so no run of empty pages ends it), and only the default page cap does. Optionally an empty page first.
   */
  const trickle = (emptyFirst: boolean): Backend => {
    const all = itemsIn(world.dialect, 100);
    let served = 0;
    return () => {
      const index = served++ - (emptyFirst ? 1 : 0);
      if (index < 0) return pageIn(world, [], 0, true);
      const items = index === 0 ? all.slice(0, 10) : [...all.slice(0, 9), all[9 + index] as Record<string, unknown>];
      return pageIn(world, items, 10 + index, true);
    };
  };

  it('the default page cap ends a walk that never runs out of pages: twice the pages maxItems takes, plus the empty-page allowance', () =>
    withWire(world.setup(trickle(false)), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 30, pageSize: 10, maxEmptyPages: 3 });
      // 30 items at 10 a page take 3 pages: the cap is 3 * 2 + 3 = 9 calls, 10 videos and then one a page.
      expect(got.stop).toBe('max_pages');
      expect(clients.server.requests).toHaveLength(9);
      expect(got.items.map((v) => v.videoId)).toEqual(ids(1, 18));
    }));

  it('an empty page does not widen that cap (it says nothing of how many videos a page holds)', () =>
    withWire(world.setup(trickle(true)), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 30, pageSize: 10, maxEmptyPages: 3 });
      expect(got.stop).toBe('max_pages');
      expect(clients.server.requests).toHaveLength(9);
      expect(got.items).toHaveLength(17);
    }));

  it('a page that says hasMore but gives no cursor ends the walk there (no_cursor), never starts it over', () =>
    withWire(world.setup(() => pageIn(world, itemsIn(world.dialect, 4), null, true)), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 100, pageSize: 4 });
      expect(got).toMatchObject({ stop: 'no_cursor', items: ids(1, 4).map((videoId) => ({ videoId })) });
      expect(got.failure).toBeUndefined();
      expect(clients.server.requests).toHaveLength(1);
    }));

  it('stops (halted) when the caller declines the next page, e.g. its budget ran out, keeping what it read', () =>
    withWire(world.setup(feed(10)), async (clients) => {
      const pager = world.pager(clients);
      let pages = 0;
      const got = await collectPages((cursor, count) => (pages++ < 1 ? pager(cursor, count) : Promise.resolve(null)), { maxItems: 100, pageSize: 4 });
      expect(got).toMatchObject({ stop: 'halted', items: ids(1, 4).map((videoId) => ({ videoId })) });
      expect(got.raws).toHaveLength(1);
      expect(clients.server.requests).toHaveLength(1);
    }));

  it('ends with an honest empty list for a creator that says it has no videos', () =>
    withWire(world.setup(feed(0)), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 30, pageSize: 10, expectedItems: 0 });
      expect(got).toMatchObject({ stop: 'end', items: [] });
      expect(got.failure).toBeUndefined();
    }));

  it('ends empty_feed, not "no videos", when a creator said to have videos is served only empty pages', () =>
    withWire(world.setup(feed(0, { emptyPagesAtEnd: Infinity })), async (clients) => {
      const got = await collectPages(world.pager(clients), { maxItems: 30, pageSize: 10, maxEmptyPages: 3, expectedItems: 12 });
      expect(got).toMatchObject({ stop: 'empty_pages', items: [], failure: { outcome: 'empty_feed', atPage: 2 } });
      expect(got.failure?.detail).toContain('reports 12 video(s), but 3 page(s) held none');
      expect(clients.server.requests).toHaveLength(3);
    }));
});
