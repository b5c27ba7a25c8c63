import { createHttpTransport, type Provider, ScavioProvider, TikHubProvider } from '@creator-audit/providers';
import {
  type Backend,
  byEndpoint,
  type CampaignPost,
  campaignItem,
  createFeed,
  data,
  startWireServer,
  tagDetail,
  type Vendor,
  type WireServer,
} from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { type HashtagIngestOptions, ingestHashtags } from '../src/hashtags/ingest-hashtags.ts';
import { snapshotAuthors, storedScansAt } from '../src/hashtags/stored-scans.ts';
import type { Warehouse } from '@creator-audit/warehouse';
import { KEYS } from './ingest-wire.ts';
import { withTempWarehouse } from '@creator-audit/warehouse/testing';

const AT = new Date('2026-05-21T12:00:00Z');
const OPTIONS: HashtagIngestOptions = { maxVideos: 1000, pageSize: 3, maxEmptyPages: 3, maxCredits: null, now: () => AT };

const post = (n: number, extra: Partial<CampaignPost> = {}): CampaignPost => ({
  id: `74000000000000000${String(n).padStart(2, '0')}`,
  author: `creator${n % 4}`,
  plays: 10_000 + n * 1_111,
  likes: 900 + n,
  comments: 30 + n,
  shares: 5 + n,
  saves: 2,
  ...extra,
});
const items = (posts: readonly CampaignPost[]) => posts.map((p) => campaignItem(p, 'summer'));

async function withScan(
  vendor: Vendor,
  routes: Record<string, Backend>,
  fn: (ctx: { server: WireServer; provider: Provider; warehouse: Warehouse }) => Promise<void>,
  credits?: number,
): Promise<void> {
  // A limited account here is one whose vendor does not say what is left: its 402 comes unannounced.
  const limited = credits === undefined ? {} : { credits, hideCreditsRemaining: true };
  const server = await startWireServer({ [vendor]: { apiKey: KEYS[vendor], backend: byEndpoint(routes), ...limited } });
  const baseUrl = vendor === 'scavio' ? server.scavioBaseUrl : server.tikhubBaseUrl;
  const transport = createHttpTransport({ baseUrl, apiKey: KEYS[vendor], minRetryDelayMs: 5, maxRetryDelayMs: 20, timeoutMs: 2_000 });
  const provider = vendor === 'scavio' ? new ScavioProvider({ transport, clock: () => AT, contract: 'scavio-tutorial' }) : new TikHubProvider({ transport, clock: () => AT });
  try {
    await withTempWarehouse((warehouse) => fn({ server, provider, warehouse }));
  } finally {
    await provider.close();
    await server.close();
  }
}

const landed = (w: Warehouse) =>
  w.rows(`SELECT video_id, list_position, author, is_pinned, plays FROM hashtag_videos ORDER BY list_position`);
const scanRows = (w: Warehouse) =>
  w.rows(
    `SELECT hashtag, outcome, detail, pages, paging_stop, credits, videos_fetched, reported_video_count::DOUBLE AS reported
     FROM hashtag_scans ORDER BY hashtag`,
  );

describe('hashtag scans over HTTP: every page, once', () => {
  it('walks every page, keeps a repeated page and a pinned video once each, and numbers the list 1..n', () => {
    const posts = Array.from({ length: 8 }, (_, i) => post(i + 1));
    const feed = createFeed({ items: items(posts), pinned: items([post(5)]), dialect: 'web', listKey: 'videos', pageSize: 3, repeatedRequest: 1 });
    return withScan('scavio', { 'hashtag/videos': feed }, async ({ server, provider, warehouse }) => {
      const summary = await ingestHashtags(warehouse, provider, ['summer'], OPTIONS);
      expect(summary.scans[0]?.outcome).toBe('ok');
      const rows = await landed(warehouse);
      expect(rows.map((r) => r.video_id)).toEqual([posts[4], ...posts.slice(0, 4), ...posts.slice(5)].map((p) => p?.id));
      expect(rows.map((r) => r.list_position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(rows.filter((r) => r.is_pinned).map((r) => r.video_id)).toEqual([posts[4]?.id]);
      // The exact statsV2 figure, not the rounded stats one.
      expect(rows[1]?.plays).toBe(11_111n);
      // 9 items a page of 3 is 3 pages, plus the repeated answer.
      expect(server.requests.map((r) => r.params.cursor)).toEqual([undefined, 3, 3, 6]);
      expect(await scanRows(warehouse)).toEqual([
        { hashtag: 'summer', outcome: 'ok', detail: null, pages: 4, paging_stop: 'end', credits: 4, videos_fetched: 8, reported: null },
      ]);
    });
  });

  it('walks on past an empty page that says hasMore, and stops after maxEmptyPages when they never end', async () => {
    const posts = Array.from({ length: 4 }, (_, i) => post(i + 1));
    await withScan('scavio', { 'hashtag/videos': createFeed({ items: items(posts), dialect: 'web', listKey: 'videos', emptyPagesAtEnd: 1 }) }, async ({ server, provider, warehouse }) => {
      await ingestHashtags(warehouse, provider, ['summer'], OPTIONS);
      // Two pages of videos, one empty page saying hasMore, then the empty page that ends the list.
      expect(await scanRows(warehouse)).toMatchObject([{ outcome: 'ok', paging_stop: 'end', pages: 4, videos_fetched: 4 }]);
      expect(server.requests).toHaveLength(4);
    });
    await withScan('scavio', { 'hashtag/videos': createFeed({ items: items(posts), dialect: 'web', listKey: 'videos', emptyPagesAtEnd: Infinity }) }, async ({ server, provider, warehouse }) => {
      await ingestHashtags(warehouse, provider, ['summer'], OPTIONS);
      expect(await scanRows(warehouse)).toMatchObject([{ outcome: 'ok', paging_stop: 'empty_pages', pages: 5, credits: 5 }]);
      expect(server.requests).toHaveLength(5);
    });
  });

  it('on TikHub, resolves the challenge id first, pays for that call too, and stores the count the API reports', () => {
    const posts = Array.from({ length: 5 }, (_, i) => post(i + 1));
    const routes = {
      'web/fetch_tag_detail': () => data(tagDetail('summer', '7001', 12, 987_654)),
      'web/fetch_tag_post': createFeed({ items: items(posts), dialect: 'web', pageSize: 3 }),
    };
    return withScan('tikhub', routes, async ({ server, provider, warehouse }) => {
      const summary = await ingestHashtags(warehouse, provider, ['summer'], OPTIONS);
      expect(summary.creditsSpent).toBe(3);
      expect(server.requests.filter((r) => r.endpoint === 'web/fetch_tag_post').map((r) => r.query.challengeID)).toEqual(['7001', '7001']);
      expect(await scanRows(warehouse)).toMatchObject([{ outcome: 'ok', pages: 2, credits: 3, videos_fetched: 5, reported: 12 }]);
    });
  });
});

describe('hashtag scans: stops keep what was paid for', () => {
  it('lands the pages fetched before a 402, as a partial scan, and scans no further hashtag', () => {
    const posts = Array.from({ length: 9 }, (_, i) => post(i + 1));
    const feed = createFeed({ items: items(posts), dialect: 'web', listKey: 'videos', pageSize: 3 });
    return withScan(
      'scavio',
      { 'hashtag/videos': feed },
      async ({ provider, warehouse }) => {
        const summary = await ingestHashtags(warehouse, provider, ['summer', 'winter'], OPTIONS);
        expect(summary.stop).toMatchObject({ kind: 'run_stopping', message: expect.stringMatching(/no credits left \(HTTP 402\)/) });
        expect(summary.notReached).toEqual(['winter']);
        expect(await scanRows(warehouse)).toMatchObject([
          { hashtag: 'summer', outcome: 'partial', detail: expect.stringMatching(/^stopped at page 3: .*402/), pages: 2, credits: 2, videos_fetched: 6 },
        ]);
        expect(await landed(warehouse)).toHaveLength(6);
        const [run] = await warehouse.rows(`SELECT status, stop_reason FROM runs`);
        expect(run).toMatchObject({ status: 'stopped', stop_reason: expect.stringMatching(/402/) });
      },
      2,
    );
  });

  it('stops at --max-credits mid-list, keeps the pages paid for, and names the hashtags left unscanned', () => {
    const posts = Array.from({ length: 9 }, (_, i) => post(i + 1));
    const feed = createFeed({ items: items(posts), dialect: 'web', listKey: 'videos', pageSize: 3 });
    return withScan('scavio', { 'hashtag/videos': feed }, async ({ server, provider, warehouse }) => {
      const summary = await ingestHashtags(warehouse, provider, ['summer', 'winter'], { ...OPTIONS, maxCredits: 2 });
      expect(server.requests).toHaveLength(2);
      expect(summary).toMatchObject({ creditsSpent: 2, stop: { kind: 'budget' }, notReached: ['winter'] });
      expect(await scanRows(warehouse)).toMatchObject([{ outcome: 'partial', detail: 'credit budget reached while paging', videos_fetched: 6 }]);
      const [run] = await warehouse.rows(`SELECT status, stop_reason FROM runs`);
      expect(run).toMatchObject({ status: 'stopped', stop_reason: 'credit budget of 2 reached' });
    });
  });
});

describe('stored scans: what a campaign reads back', () => {
  it('finds the scans of this provider at this instant only, and the authors of a snapshot once each, in list order', () => {
    // Authors creator1, creator2, creator3, creator0, creator1, creator2: two pages of three.
    const posts = Array.from({ length: 6 }, (_, i) => post(i + 1));
    const feed = createFeed({ items: items(posts), dialect: 'web', listKey: 'videos', pageSize: 3 });
    return withScan(
      'scavio',
      { 'hashtag/videos': feed },
      async ({ provider, warehouse }) => {
        // Summer pays 2 pages; the account runs dry on winter's second page: a partial scan, stored with its reason.
        await ingestHashtags(warehouse, provider, ['summer', 'winter'], OPTIONS);
        const later = new Date(AT.getTime() + 1_000);
        expect(await storedScansAt(warehouse, provider.name, ['summer', 'winter', 'autumn'], AT)).toEqual(
          new Map([
            ['summer', { outcome: 'ok', detail: null }],
            ['winter', { outcome: 'partial', detail: expect.stringMatching(/^stopped at page 2: .*402/) }],
          ]),
        );
        expect(await storedScansAt(warehouse, provider.name, ['summer'], later)).toEqual(new Map());
        expect(await storedScansAt(warehouse, 'tikhub', ['summer'], AT)).toEqual(new Map());
        expect(await storedScansAt(warehouse, provider.name, [], AT)).toEqual(new Map());
        expect(await snapshotAuthors(warehouse, provider.name, [{ hashtag: 'summer', snapshotAt: AT }])).toEqual([
          'creator1',
          'creator2',
          'creator3',
          'creator0',
        ]);
        expect(await snapshotAuthors(warehouse, provider.name, [{ hashtag: 'summer', snapshotAt: later }])).toEqual([]);
      },
      3,
    );
  });
});

describe('hashtag scans: an interrupt', () => {
  it('asks for no further page, lands the pages fetched, and marks the run interrupted', () => {
    const controller = new AbortController();
    const feed = createFeed({ items: items(Array.from({ length: 9 }, (_, i) => post(i + 1))), dialect: 'web', listKey: 'videos', pageSize: 3 });
    const interruptingFeed: Backend = (request) => {
      controller.abort();
      return feed(request);
    };
    return withScan('scavio', { 'hashtag/videos': interruptingFeed }, async ({ server, provider, warehouse }) => {
      const summary = await ingestHashtags(warehouse, provider, ['summer', 'winter'], { ...OPTIONS, signal: controller.signal });
      expect(server.requests).toHaveLength(1);
      expect(summary).toMatchObject({ stop: { kind: 'interrupted' }, notReached: ['winter'] });
      expect(await scanRows(warehouse)).toMatchObject([{ outcome: 'partial', detail: 'stopped at page 2: interrupted: the pages fetched so far are kept', videos_fetched: 3 }]);
      const [run] = await warehouse.rows(`SELECT status, stop_reason FROM runs`);
      expect(run).toEqual({ status: 'interrupted', stop_reason: expect.stringMatching(/^interrupted: /) });
    });
  });
});

describe('hashtag scans: captions are stored byte for byte', () => {
  it('keeps HTML, emoji sequences, right-to-left text and control characters exactly as sent', () => {
    const captions = [
      '<script>alert("x")</script><img src=x onerror=alert(1)> #summer',
      'family day 👨‍👩‍👧‍👦🏳️‍🌈 #summer',
      'عرض الصيف \u202Egnp.exe\u202C #summer',
      'line one\nline two\t\u001b[31mred\u001b[0m\u0007 #summer',
    ];
    const posts = captions.map((caption, i) => post(i + 1, { caption }));
    return withScan('scavio', { 'hashtag/videos': createFeed({ items: items(posts), dialect: 'web', listKey: 'videos' }) }, async ({ provider, warehouse }) => {
      await ingestHashtags(warehouse, provider, ['summer'], OPTIONS);
      const rows = await warehouse.rows(`SELECT caption, octet_length(encode(caption))::INTEGER AS bytes FROM hashtag_videos ORDER BY list_position`);
      expect(rows.map((r) => r.caption)).toEqual(captions);
      expect(rows.map((r) => r.bytes)).toEqual(captions.map((c) => Buffer.byteLength(c, 'utf8')));
    });
  });
});
