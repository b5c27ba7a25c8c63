import { byEndpoint, createFeed, data, raw, tiktokStatus } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { appAwemes, appUser, webItems, webUserInfo, webUserInfoWrapped } from './fixtures.ts';
import { FETCHED_AT, SCAVIO_KEY, type WireSetup, withWire } from './wire-clients.ts';

const profiles: Record<string, unknown> = { charlidamelio: webUserInfo, wrapped: webUserInfoWrapped, appcreator: appUser };

/** Scavio's seeds send web camelCase under `data`; its current docs show app snake_case. Both are served. */
const scavio = (posts = createFeed({ items: webItems(3), dialect: 'web', listKey: 'videos' })): WireSetup => ({
  server: {
    scavio: {
      backend: byEndpoint({
        'user/info': (req) => {
          const profile = profiles[String(req.params.username)];
          return profile === undefined ? tiktokStatus(10202) : data(profile);
        },
        'user/posts': posts,
        'hashtag/videos': createFeed({ items: webItems(5), dialect: 'web', listKey: 'videos' }),
      }),
    },
  },
});

describe('ScavioProvider over HTTP: profiles in both dialects', () => {
  it('reads a web camelCase profile and prefers the exact statsV2 strings over rounded stats', () =>
    withWire(scavio(), async ({ scavio }) => {
      const got = await scavio.profile('charlidamelio');
      expect(got.ok && got.value).toMatchObject({
        username: 'charlidamelio',
        userId: '6800000000000000001',
        secUid: 'MS4wLjABAAAA-charli',
        verified: true,
        privateAccount: false,
        followers: 427_682,
        following: 1_301,
        likesReceived: 11_907_467_940,
        videoCount: 2_503,
        countProblems: [],
      });
    }));

  it('flags a wrapped negative heartCount (null with its reason, never a guessed count)', () =>
    withWire(scavio(), async ({ scavio }) => {
      const got = await scavio.profile('wrapped');
      expect(got.ok && got.value).toMatchObject({ followers: 5_000, likesReceived: null });
      expect(got.ok && got.value.countProblems).toEqual(['likes_received: negative (wrapped?): -977433948']);
    }));

  it('reads an app snake_case profile (follower_count, total_favorited as a string)', () =>
    withWire(scavio(), async ({ scavio }) => {
      const got = await scavio.profile('appcreator');
      expect(got.ok && got.value).toMatchObject({
        username: 'appcreator',
        secUid: 'MS4wLjABAAAA-app',
        followers: 1_234_567,
        following: 12,
        likesReceived: 99_999_999_999,
        videoCount: 321,
        verified: true,
        privateAccount: false,
      });
    }));

  it('POSTs {username} as JSON with the Bearer key', () =>
    withWire(scavio(), async ({ scavio, server }) => {
      await scavio.profile('charlidamelio');
      expect(server.requests).toMatchObject([
        { vendor: 'scavio', method: 'POST', endpoint: 'user/info', json: { username: 'charlidamelio' }, authorized: true, answered: 200 },
      ]);
    }));
});

describe('ScavioProvider over HTTP: video pages in both dialects', () => {
  it('reads data.videos web items, exact statsV2 over rounded stats, and sends {username, count, cursor}', () =>
    withWire(scavio(), async ({ scavio, server }) => {
      const got = await scavio.videosPage({ username: 'charlidamelio' }, null, 30);
      expect(got.ok && got.value).toMatchObject({ nextCursor: '3', hasMore: false });
      expect(got.ok && got.value.items[0]).toMatchObject({
        videoId: 'w1',
        author: 'charlidamelio',
        plays: 1_234_567,
        likes: 98_765,
        comments: 1_002,
        shares: 301,
        saves: 51,
        hashtags: ['fyp'],
        durationSeconds: 15,
      });
      expect(server.requests[0]?.json).toEqual({ username: 'charlidamelio', count: 30, cursor: 0 });
    }));

  it('reads an app aweme_list page: snake_case statistics, durations in ms, has_more as 0/1', () =>
    withWire(scavio(createFeed({ items: appAwemes(3), dialect: 'app', pageSize: 2 })), async ({ scavio }) => {
      const got = await scavio.videosPage({ username: 'appcreator' }, null, 30);
      expect(got.ok && got.value).toMatchObject({ nextCursor: '2', hasMore: true });
      expect(got.ok && got.value.items[0]).toMatchObject({
        videoId: 'a1',
        author: 'appcreator',
        plays: 5_000,
        likes: 400,
        comments: 0,
        durationSeconds: 15.3,
        hashtags: ['dance'],
      });
    }));

  it('asks hashtag/videos without a cursor first, then with the cursor it was given', () =>
    withWire(scavio(), async ({ scavio, server }) => {
      const tag = { hashtag: 'fyp', hashtagId: null, videoCount: null, viewCount: null };
      const first = await scavio.hashtagPage(tag, null, 3);
      await scavio.hashtagPage(tag, first.ok ? first.value.nextCursor : null, 3);
      expect(server.requests.map((r) => r.json)).toEqual([
        { hashtag: 'fyp', count: 3 },
        { hashtag: 'fyp', count: 3, cursor: 3 },
      ]);
    }));
});

describe('ScavioProvider over HTTP: what lands in RawBody', () => {
  it('keeps the body as sent, the request key and the credits the envelope reports, and never the key', () =>
    withWire(scavio(), async ({ scavio }) => {
      const got = await scavio.videosPage({ username: 'charlidamelio' }, null, 30);
      expect(got.raw).toMatchObject({
        provider: 'scavio',
        endpoint: 'user/posts',
        requestKey: 'user/posts?count=30&cursor=0&username=charlidamelio',
        httpStatus: 200,
        fetchedAt: FETCHED_AT,
        credits: 1,
      });
      expect(JSON.parse(got.raw.body)).toMatchObject({ credits_used: 1, data: { videos: [{ id: 'w1' }, { id: 'w2' }, { id: 'w3' }] } });
      expect(JSON.stringify(got.raw)).not.toContain(SCAVIO_KEY);
    }));

  it('bills what credits_used says, and nothing for an answer that failed', () =>
    withWire(scavio(), async ({ scavio, server }) => {
      server.script('user/info', raw(200, JSON.stringify({ data: webUserInfo, credits_used: 2, credits_remaining: 98 })));
      expect((await scavio.profile('charlidamelio')).raw.credits).toBe(2);
      server.script('user/info', raw(404, JSON.stringify({ error: 'Not Found' })));
      expect((await scavio.profile('charlidamelio')).raw).toMatchObject({ httpStatus: 404, credits: 0 });
    }));
});
