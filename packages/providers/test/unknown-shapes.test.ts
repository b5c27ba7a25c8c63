import { type Answer, byEndpoint, data } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import type { Fetched } from '../src/outcomes.ts';
import type { CreatorProfile, Page, Video } from '../src/records.ts';
import { itemsIn, webItem, webUserInfo } from './fixtures.ts';
import { SCAVIO_WORLDS } from './scavio-worlds.ts';
import { type WireClients, withWire } from './wire-clients.ts';

/**
 * A 200 whose list, counts or profile are not where any known shape keeps them is a schema error with the
 * reason, never an empty page, a creator with no videos, or a zero count. An empty list under a known key
 * is an empty page.
 */
interface FeedClient {
  name: string;
  dialect: 'web' | 'app';
  /** Serves `answer` for the creator's feed and for the hashtag's, then asks one of them. */
  ask(answer: Answer, feed: 'creator' | 'hashtag'): Promise<Fetched<Page<Video>>>;
}

const feedClients: FeedClient[] = [
  ...SCAVIO_WORLDS.map((w) => ({
    name: w.contract,
    dialect: w.dialect,
    ask: async (answer: Answer, feed: 'creator' | 'hashtag') => {
      let got: Fetched<Page<Video>> | null = null;
      const backend = w.backend({ posts: () => answer, hashtagVideos: () => answer });
      await withWire({ server: { scavio: { contract: w.contract, backend } } }, async (c: WireClients) => {
        got = feed === 'creator' ? await c.scavio.videosPage(w.creator, null, 30) : await c.scavio.hashtagPage(w.tag, null, 30);
      });
      if (got === null) throw new Error('no answer');
      return got;
    },
  })),
  {
    name: 'tikhub',
    dialect: 'web' as const,
    ask: async (answer: Answer, feed: 'creator' | 'hashtag') => {
      let got: Fetched<Page<Video>> | null = null;
      const backend = byEndpoint({ 'web/fetch_user_post': () => answer, 'web/fetch_tag_post': () => answer });
      await withWire({ server: { tikhub: { backend } } }, async (c) => {
        got =
          feed === 'creator'
            ? await c.tikhub.videosPage({ username: 'x', secUid: 'MS4wLjABAAAA-x' }, null, 30)
            : await c.tikhub.hashtagPage({ hashtag: 'fyp', hashtagId: '1', videoCount: null, viewCount: null }, null, 30);
      });
      if (got === null) throw new Error('no answer');
      return got;
    },
  },
];

describe.each(feedClients)('$name: a feed page whose list is under no known key', (client) => {
  const list = (n: number) => itemsIn(client.dialect, n);
  const listKey = client.dialect === 'app' ? 'aweme_list' : 'itemList';

  it.each(['creator', 'hashtag'] as const)('%s feed: the list moved under a new key is a schema error, never an empty page', async (feed) => {
    const got = await client.ask(data({ awemeItems: list(3), hasMore: true, cursor: '3', statusCode: 0 }), feed);
    expect(got).toMatchObject({ ok: false, outcome: 'schema_error' });
    expect(!got.ok && got.detail).toContain('no video list under any known key (videos, itemList, items, aweme_list); the body has: awemeItems');
  });

  it.each(['creator', 'hashtag'] as const)('%s feed: a body with only hasMore is a schema error (it used to read as an empty page)', async (feed) => {
    expect(await client.ask(data({ hasMore: true, has_more: 1, cursor: '0', statusCode: 0 }), feed)).toMatchObject({ ok: false, outcome: 'schema_error' });
  });

  it('an empty list under a known key, or null as the app sends one, is an empty page', async () => {
    expect(await client.ask(data({ [listKey]: [], hasMore: false, has_more: 0, statusCode: 0 }), 'creator')).toMatchObject({ ok: true, value: { items: [] } });
    expect(await client.ask(data({ [listKey]: null, hasMore: false, has_more: 0, statusCode: 0 }), 'creator')).toMatchObject({ ok: true, value: { items: [] } });
  });

  it('an item without its id, or with its counts under an unknown key, is a schema error, never a dropped video or a zero', async () => {
    const [first] = list(1);
    const idKey = client.dialect === 'app' ? 'aweme_id' : 'id';
    const noId = { ...first, [idKey]: undefined };
    const movedCounts =
      client.dialect === 'app' ? { ...first, statistics: undefined, stats_v3: { plays: 5 } } : { ...first, stats: undefined, statsV2: undefined, statsV3: { plays: '5' } };
    const page = (item: Record<string, unknown>) => data({ [listKey]: [...list(2), item], hasMore: false, has_more: 0, statusCode: 0 });
    expect(await client.ask(page(noId), 'creator')).toMatchObject({ ok: false, outcome: 'schema_error', detail: 'item 3 has no id' });
    const moved = await client.ask(page(movedCounts), 'creator');
    expect(moved).toMatchObject({ ok: false, outcome: 'schema_error' });
    expect(!moved.ok && moved.detail).toMatch(/^item 3 \(v1\) has no counts where its shape keeps them/);
  });
});

describe('the 2020 web item_list shape: videos under items, hasMore true, maxCursor', () => {
  it.each(['scavio', 'tikhub'] as const)('%s reads its videos and pages on maxCursor, not an empty page', async (vendor) => {
    const body = { statusCode: 0, items: [webItem('6801895105885195526', 1_583_689_617), webItem('6801895105885195527', 1_583_689_000)], hasMore: true, minCursor: '0', maxCursor: '1583689000000' };
    const servers = {
      scavio: { backend: byEndpoint({ 'user/posts': () => data(body) }) },
      tikhub: { backend: byEndpoint({ 'web/fetch_user_post': () => data(body) }) },
    };
    await withWire({ server: servers }, async (c) => {
      const got = await c[vendor].videosPage({ username: 'charlidamelio', secUid: 'MS4wLjABAAAA-t' }, null, 30);
      expect(got.ok && got.value).toMatchObject({ nextCursor: '1583689000000', hasMore: true, items: [{ videoId: '6801895105885195526', plays: 1_234_567 }, { videoId: '6801895105885195527' }] });
    });
  });
});

describe('profiles and hashtag details under no known shape', () => {
  async function askProfile(answer: Answer, contract: 'scavio-2026' | 'scavio-tutorial'): Promise<Fetched<CreatorProfile>> {
    let got: Fetched<CreatorProfile> | null = null;
    const backend = byEndpoint({ [contract === 'scavio-2026' ? 'profile' : 'user/info']: () => answer });
    await withWire({ server: { scavio: { contract, backend } } }, async (c) => {
      got = await c.scavio.profile('charlidamelio');
    });
    if (got === null) throw new Error('no answer');
    return got;
  }

  it.each(['scavio-2026', 'scavio-tutorial'] as const)('%s: a profile body with none of the fields we know is a schema error naming what it has', async (contract) => {
    const got = await askProfile(data({ account: { handle: 'charlidamelio', fans: 427_682 } }), contract);
    expect(got).toMatchObject({ ok: false, outcome: 'schema_error' });
    expect(!got.ok && got.detail).toMatch(/^no profile in any known shape .*; the body has: account$/);
  });

  it.each(['scavio-2026', 'scavio-tutorial'] as const)('%s: a profile whose counts moved is a schema error, never a creator with unknown or zero counts', async (contract) => {
    const moved = contract === 'scavio-2026' ? { user: { uid: '1', sec_uid: 's', unique_id: 'x', fans: 5 } } : { user: webUserInfo.user, counters: webUserInfo.statsV2 };
    const got = await askProfile(data(moved), contract);
    expect(got).toMatchObject({ ok: false, outcome: 'schema_error', detail: expect.stringContaining('the profile has no counts where its shape keeps them') });
  });

  it('a hashtag detail in neither the app nor the web shape is a schema error (Scavio documented, TikHub)', () =>
    withWire(
      {
        server: {
          scavio: { contract: 'scavio-2026', backend: byEndpoint({ hashtag: () => data({ challenge: { id: '1' } }) }) },
          tikhub: { backend: byEndpoint({ 'web/fetch_tag_detail': () => data({ challenge: { id: '1' } }) }) },
        },
      },
      async (c) => {
        expect(await c.scavio.hashtagInfo('fyp')).toMatchObject({ ok: false, outcome: 'schema_error', detail: expect.stringContaining('the body has: challenge') });
        expect(await c.tikhub.hashtagInfo('fyp')).toMatchObject({ ok: false, outcome: 'schema_error' });
      },
    ));
});
