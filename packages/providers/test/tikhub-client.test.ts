import { byEndpoint, createFeed, data, tiktokStatus } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { appAwemes, tagDetail, webItems, webUserInfo, webUserInfoWrapped } from './fixtures.ts';
import { FETCHED_AT, TIKHUB_KEY, type WireSetup, withWire } from './wire-clients.ts';

/** TikHub's web endpoints pass TikTok's raw JSON through: the profile nests under `userInfo`. */
const profiles: Record<string, unknown> = { charlidamelio: webUserInfo, wrapped: webUserInfoWrapped };

const tikhub = (posts = createFeed({ items: webItems(3), dialect: 'web' })): WireSetup => ({
  server: {
    tikhub: {
      backend: byEndpoint({
        'web/fetch_user_profile': (req) => {
          const userInfo = profiles[String(req.params.uniqueId)];
          return userInfo === undefined ? tiktokStatus(10202) : data({ userInfo, statusCode: 0, status_code: 0 });
        },
        'web/fetch_user_post': posts,
        'web/fetch_tag_detail': () => data(tagDetail),
        'web/fetch_tag_post': createFeed({ items: webItems(4), dialect: 'web' }),
      }),
    },
  },
});

describe('TikHubProvider over HTTP', () => {
  it('reads a profile from web/fetch_user_profile, exact statsV2 preferred, asked by uniqueId', () =>
    withWire(tikhub(), async ({ tikhub, server }) => {
      const got = await tikhub.profile('charlidamelio');
      expect(got.ok && got.value).toMatchObject({
        username: 'charlidamelio',
        secUid: 'MS4wLjABAAAA-charli',
        followers: 427_682,
        likesReceived: 11_907_467_940,
        countProblems: [],
      });
      expect(server.requests).toMatchObject([
        { method: 'GET', endpoint: 'web/fetch_user_profile', query: { uniqueId: 'charlidamelio' }, authorized: true },
      ]);
    }));

  it('flags a wrapped negative heartCount when no statsV2 backs it', () =>
    withWire(tikhub(), async ({ tikhub }) => {
      const got = await tikhub.profile('wrapped');
      expect(got.ok && got.value).toMatchObject({ likesReceived: null, countProblems: ['likes_received: negative (wrapped?): -977433948'] });
    }));

  it('asks for posts by the secUid the profile gave, with cursor and count as query strings', () =>
    withWire(tikhub(), async ({ tikhub, server }) => {
      const profile = await tikhub.profile('charlidamelio');
      const secUid = profile.ok ? profile.value.secUid : null;
      const page = await tikhub.videosPage({ username: 'charlidamelio', secUid }, null, 35);
      expect(page.ok && page.value.items.map((v) => [v.videoId, v.plays])).toEqual([
        ['w1', 1_234_567],
        ['w2', 1_234_567],
        ['w3', 1_234_567],
      ]);
      expect(server.requests[1]?.query).toEqual({ secUid: 'MS4wLjABAAAA-charli', cursor: '0', count: '35' });
    }));

  it('reads the app dialect when TikHub passes aweme_list through', () =>
    withWire(tikhub(createFeed({ items: appAwemes(2), dialect: 'app' })), async ({ tikhub }) => {
      const page = await tikhub.videosPage({ username: 'appcreator', secUid: 'MS4wLjABAAAA-app' }, null, 35);
      expect(page.ok && page.value).toMatchObject({ hasMore: false, items: [{ videoId: 'a1', durationSeconds: 15.3 }, { videoId: 'a2' }] });
    }));

  it('resolves a hashtag to its challenge id and exact counts, then pages it by challengeID', () =>
    withWire(tikhub(), async ({ tikhub, server }) => {
      const info = await tikhub.hashtagInfo('fyp');
      expect(info.ok && info.value).toEqual({ hashtag: 'fyp', hashtagId: '1593940', videoCount: 1_003, viewCount: 2_000_000_000_123 });
      if (!info.ok) return;
      const page = await tikhub.hashtagPage(info.value, null, 2);
      expect(page.ok && page.value).toMatchObject({ nextCursor: '2', hasMore: true, items: [{ videoId: 'w1' }, { videoId: 'w2' }] });
      expect(server.requests.map((r) => [r.endpoint, r.query])).toEqual([
        ['web/fetch_tag_detail', { tagName: 'fyp' }],
        ['web/fetch_tag_post', { challengeID: '1593940', cursor: '0', count: '2' }],
      ]);
    }));

  it('lands the envelope as sent, the request key and one credit, and never the key', () =>
    withWire(tikhub(), async ({ tikhub }) => {
      const got = await tikhub.profile('charlidamelio');
      expect(got.raw).toMatchObject({
        provider: 'tikhub',
        endpoint: 'web/fetch_user_profile',
        requestKey: 'web/fetch_user_profile?uniqueId=charlidamelio',
        httpStatus: 200,
        fetchedAt: FETCHED_AT,
        credits: 1,
      });
      expect(JSON.parse(got.raw.body)).toMatchObject({
        code: 200,
        router: '/api/v1/tiktok/web/fetch_user_profile',
        params: { uniqueId: 'charlidamelio' },
        data: { userInfo: { statsV2: { heartCount: '11907467940' } } },
      });
      expect(JSON.stringify(got.raw)).not.toContain(TIKHUB_KEY);
    }));
});
