import { type Backend, byEndpoint, createFeed, data, html, type WireServerOptions } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { collectPages } from '../src/paging.ts';
import { appAwemes, webItem, webItems } from './fixtures.ts';
import { withWire } from './wire-clients.ts';

const scavioPosts = (posts: Backend): WireServerOptions => ({ scavio: { backend: byEndpoint({ 'user/posts': posts }) } });
const tikhubPosts = (posts: Backend): WireServerOptions => ({ tikhub: { backend: byEndpoint({ 'web/fetch_user_post': posts }) } });
const creator = { username: 'charlidamelio', secUid: 'MS4wLjABAAAA-charli' };

describe('collectPages over the real clients: paging pathologies', () => {
  it('dedupes the same page sent twice and walks on to the end', () =>
    withWire({ server: scavioPosts(createFeed({ items: webItems(10), dialect: 'web', listKey: 'videos', repeatedRequest: 1 })) }, async ({ scavio, server }) => {
      const got = await collectPages((cursor, count) => scavio.videosPage(creator, cursor, count), { maxItems: 100, pageSize: 4 });
      expect(got.stop).toBe('end');
      expect(got.items.map((v) => v.videoId)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9', 'w10']);
      expect(server.requests.map((r) => r.params.cursor)).toEqual([0, 4, 4, 8]);
      expect(got.raws).toHaveLength(4);
    }));

  it('stops after maxEmptyPages when hasMore stays true over empty lists, a bounded number of calls', () =>
    withWire({ server: tikhubPosts(createFeed({ items: webItems(3), dialect: 'web', emptyPagesAtEnd: Infinity })) }, async ({ tikhub, server }) => {
      const got = await collectPages((cursor, count) => tikhub.videosPage(creator, cursor, count), { maxItems: 100, pageSize: 10, maxEmptyPages: 3 });
      expect(got.stop).toBe('empty_pages');
      expect(got.items).toHaveLength(3);
      expect(server.requests).toHaveLength(4);
    }));

  it('walks through a few empty pages that end with hasMore false', () =>
    withWire({ server: tikhubPosts(createFeed({ items: webItems(3), dialect: 'web', emptyPagesAtEnd: 2 })) }, async ({ tikhub, server }) => {
      const got = await collectPages((cursor, count) => tikhub.videosPage(creator, cursor, count), { maxItems: 100, pageSize: 10, maxEmptyPages: 3 });
      expect(got.stop).toBe('end');
      expect(server.requests).toHaveLength(4);
    }));

  it('keeps pinned videos once, as first seen, when they come again in date order', () => {
    const pinned = [webItem('w3', 1_699_992_800), webItem('w7', 1_699_978_400)];
    return withWire({ server: scavioPosts(createFeed({ items: webItems(10), pinned, dialect: 'web', listKey: 'videos' })) }, async ({ scavio, server }) => {
      const got = await collectPages((cursor, count) => scavio.videosPage(creator, cursor, count), { maxItems: 100, pageSize: 4 });
      expect(got.stop).toBe('end');
      expect(got.items.map((v) => v.videoId)).toEqual(['w3', 'w7', 'w1', 'w2', 'w4', 'w5', 'w6', 'w8', 'w9', 'w10']);
      expect(got.items.filter((v) => v.isPinned).map((v) => v.videoId)).toEqual(['w3', 'w7']);
      expect(server.requests).toHaveLength(3);
    });
  });

  it('follows hasMore through pages shorter than the count asked for', () =>
    withWire({ server: tikhubPosts(createFeed({ items: webItems(10), dialect: 'web', pageSize: 3 })) }, async ({ tikhub, server }) => {
      const got = await collectPages((cursor, count) => tikhub.videosPage(creator, cursor, count), { maxItems: 100, pageSize: 10 });
      expect(got.stop).toBe('end');
      expect(got.items).toHaveLength(10);
      expect(server.requests.map((r) => [r.query.cursor, r.query.count])).toEqual([
        ['0', '10'],
        ['3', '10'],
        ['6', '10'],
        ['9', '10'],
      ]);
    }));

  it('gives up on a page that never changes, after maxEmptyPages repeats', () => {
    const samePage = () => data({ itemList: webItems(4), cursor: '4', hasMore: true, statusCode: 0 });
    return withWire({ server: tikhubPosts(samePage) }, async ({ tikhub, server }) => {
      const got = await collectPages((cursor, count) => tikhub.videosPage(creator, cursor, count), { maxItems: 100, pageSize: 4, maxEmptyPages: 3 });
      expect(got.stop).toBe('empty_pages');
      expect(got.items).toHaveLength(4);
      expect(server.requests).toHaveLength(4);
    });
  });

  it('follows max_cursor in the app dialect until has_more is 0', () =>
    withWire({ server: scavioPosts(createFeed({ items: appAwemes(5), dialect: 'app' })) }, async ({ scavio, server }) => {
      const got = await collectPages((cursor, count) => scavio.videosPage(creator, cursor, count), { maxItems: 100, pageSize: 2 });
      expect(got.stop).toBe('end');
      expect(got.items.map((v) => v.videoId)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
      expect(server.requests.map((r) => r.params.cursor)).toEqual([0, 2, 4]);
    }));

  it('stops at maxItems and asks only for what is still missing', () =>
    withWire({ server: scavioPosts(createFeed({ items: webItems(10), dialect: 'web', listKey: 'videos' })) }, async ({ scavio, server }) => {
      const got = await collectPages((cursor, count) => scavio.videosPage(creator, cursor, count), { maxItems: 5, pageSize: 4 });
      expect(got.stop).toBe('limit');
      expect(got.items).toHaveLength(5);
      expect(server.requests.map((r) => r.params.count)).toEqual([4, 1]);
    }));

  it('never passes the hard page cap, whatever hasMore says', () =>
    withWire({ server: tikhubPosts(createFeed({ items: webItems(100), dialect: 'web' })) }, async ({ tikhub, server }) => {
      const got = await collectPages((cursor, count) => tikhub.videosPage(creator, cursor, count), { maxItems: 1_000, pageSize: 10, maxPages: 3 });
      expect(got.stop).toBe('max_pages');
      expect(server.requests).toHaveLength(3);
    }));

  it('stops on a failed page with its outcome and index, keeping the pages before it', () =>
    withWire({ server: tikhubPosts(createFeed({ items: webItems(10), dialect: 'web' })) }, async ({ tikhub, server }) => {
      server.script((r) => r.query.cursor === '4', html());
      const got = await collectPages((cursor, count) => tikhub.videosPage(creator, cursor, count), { maxItems: 100, pageSize: 4 });
      expect(got).toMatchObject({ stop: 'failed', failure: { outcome: 'html', atPage: 1 } });
      expect(got.items).toHaveLength(4);
      expect(got.raws.map((r) => r.httpStatus)).toEqual([200, 200]);
    }));
});
