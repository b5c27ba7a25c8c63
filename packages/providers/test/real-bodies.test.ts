import { readFileSync } from 'node:fs';
import { byEndpoint, raw } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { classifyResponse } from '../src/classify.ts';
import type { Video } from '../src/records.ts';
import { withWire } from './wire-clients.ts';

/**
 * Bodies recorded by others in public repositories (sources in fixtures/real/README.md), served byte for byte
 * over loopback HTTP to the real clients. Every expected number below is read off the body itself.
 */
const recorded = (name: string) => readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8');

/** Scavio's envelope fields spliced in before the recording's own keys: its `data` stays byte for byte. */
function inScavioEnvelope(text: string): string {
  return `{"credits_used":1,"credits_remaining":4999,"response_time":0.42,${text.slice(text.indexOf('{') + 1)}`;
}

/** TikHub's envelope fields spliced in the same way (the RapidAPI recordings hold TikTok's raw JSON under `data`). */
function inTikHubEnvelope(text: string, endpoint: string, params: Record<string, string>): string {
  const head = JSON.stringify({
    code: 200,
    request_id: '2f1c4b1e-0000-4000-8000-000000000001',
    message: 'Request successful. This request will incur a charge.',
    router: `/api/v1/tiktok/${endpoint}`,
    params,
  });
  return `${head.slice(0, -1)},${text.slice(text.indexOf('{') + 1)}`;
}

const at = (seconds: number) => new Date(seconds * 1000);

const ZG_DETAIL = recorded('rapidapi45_user_detail_zg.520_2025-10-20.json');
const ZG_POSTS = recorded('rapidapi45_user_posts_zg.520_2025-10-20.json');
const ZG_POPULAR = recorded('rapidapi45_user_popular_posts_zg.520_2025-10-20.json');

/** @zg.520's profile: `stats` rounded (427700, 6800000), `statsV2` exact ("427682", "6764096"); no createTime. */
const zgProfile = {
  username: 'zg.520',
  userId: '6799838955094836230',
  secUid: 'MS4wLjABAAAAkagks5n_8XDIMWf94LZDUYs54FG5bJmEFJkWtjA__uRUN8QWaavHhzSyEO6WBPQj',
  nickname: '小邹旅行🇨🇳',
  verified: false,
  privateAccount: false,
  createdAt: null,
  followers: 427_682,
  following: 176,
  likesReceived: 6_764_096,
  videoCount: 1_605,
  countProblems: [],
};

/** The one (pinned) item of @zg.520's posts page: its `statsV2` strings equal its `stats` numbers here. */
const zgPost: Video = {
  videoId: '7513039993741397256',
  author: 'zg.520',
  createdAt: at(1_749_265_942),
  caption: '高铁穿过莆田市湄洲湾跨海特大桥#china #中国高铁🚅 ',
  plays: 1_900_000,
  likes: 68_300,
  comments: 1_502,
  shares: 2_528,
  saves: 5_012,
  durationSeconds: 18,
  hashtags: ['china', '中国高铁🚅'],
  isPinned: true,
  isAd: false,
  countProblems: [],
};

describe('real web bodies (RapidAPI tiktok-api45, @zg.520, 2025-10-20) through Scavio and TikHub', () => {
  const servers = {
    scavio: { backend: byEndpoint({ 'user/info': () => raw(200, inScavioEnvelope(ZG_DETAIL)), 'user/posts': () => raw(200, inScavioEnvelope(ZG_POSTS)) }) },
    tikhub: {
      backend: byEndpoint({
        'web/fetch_user_profile': (r) => raw(200, inTikHubEnvelope(ZG_DETAIL, r.endpoint, r.query)),
        'web/fetch_user_post': (r) => raw(200, inTikHubEnvelope(ZG_POSTS, r.endpoint, r.query)),
      }),
    },
  };

  it.each(['scavio', 'tikhub'] as const)('%s: the profile prefers the exact statsV2 strings to the rounded stats', (vendor) =>
    withWire({ server: servers }, async (c) => {
      const got = await c[vendor].profile('zg.520');
      expect(got.ok && got.value).toEqual(zgProfile);
      expect(got.raw.body).toContain('"followerCount": 427700');
    }));

  it.each(['scavio', 'tikhub'] as const)('%s: the posts page reads its item, the string cursor and hasMore', (vendor) =>
    withWire({ server: servers }, async (c) => {
      const got = await c[vendor].videosPage({ username: 'zg.520', secUid: zgProfile.secUid }, null, 30);
      expect(got.ok && got.value).toEqual({ items: [zgPost], nextCursor: '1758331327601', hasMore: true });
    }));

  it('the popular-posts page: saves from statsV2 "59149", not the rounded 59100', () =>
    withWire({ server: { scavio: { backend: byEndpoint({ 'user/posts': () => raw(200, inScavioEnvelope(ZG_POPULAR)) }) } } }, async (c) => {
      const got = await c.scavio.videosPage({ username: 'zg.520' }, null, 30);
      expect(got.ok && got.value).toEqual({
        items: [
          {
            videoId: '7498337886933191943',
            author: 'zg.520',
            createdAt: at(1_745_842_841),
            caption: '新中国第一条运河太震撼了#china #大国基建 ',
            plays: 14_200_000,
            likes: 866_000,
            comments: 18_900,
            shares: 34_700,
            saves: 59_149,
            durationSeconds: 30,
            hashtags: ['china', '大国基建'],
            isPinned: true,
            isAd: false,
            countProblems: [],
          },
        ],
        nextCursor: '31865',
        hasMore: true,
      });
    }));
});

describe("real app bodies (VideoData/TiKTok-data, 2021) through Scavio's documented contract", () => {
  const USER_POSTS = recorded('reseller2021_app_user_posts_aweme_list.json');
  const CHALLENGE_LIST = recorded('reseller2021_app_challenge_aweme_list.json');
  const CHALLENGE_DETAIL = recorded('reseller2021_app_challenge_detail.json');
  const documented = {
    server: {
      scavio: {
        contract: 'scavio-2026' as const,
        backend: byEndpoint({
          'user/posts': () => raw(200, inScavioEnvelope(USER_POSTS)),
          hashtag: () => raw(200, inScavioEnvelope(CHALLENGE_DETAIL)),
          'hashtag/videos': () => raw(200, inScavioEnvelope(CHALLENGE_LIST)),
        }),
      },
    },
  };

  it('user/posts: aweme_list, max_cursor an int, has_more 1, no collect_count (saves unknown, not 0), durations in ms', () =>
    withWire(documented, async (c) => {
      const got = await c.scavio.videosPage({ username: 'anastasiyachorna3', secUid: 'MS4wLjABAAAA-any' }, null, 30);
      expect(got.ok && got.value).toEqual({
        items: [
          {
            videoId: '6990567184082701573',
            author: 'anastasiyachorna3',
            createdAt: at(1_627_618_258),
            caption: expect.stringMatching(/^Summer in bora bora #borabora/),
            plays: 5_040,
            likes: 453,
            comments: 11,
            shares: 3,
            saves: null,
            durationSeconds: 5.779,
            hashtags: ['borabora', 'frenchpolynesia', 'summer', 'girl', 'model', 'modelface', 'summervibes', 'travel', 'swim', 'nature', 'vacation', 'vibes'],
            isPinned: false,
            isAd: false,
            countProblems: [],
          },
        ],
        nextCursor: '1611080207000',
        hasMore: true,
      });
      expect(got.raw).toMatchObject({ contract: 'scavio-2026', creditsRemaining: 4999 });
    }));

  it('hashtag: the id is ch_info.cid "2087230", with its view_count; the app reports no video count', () =>
    withWire(documented, async (c) => {
      const got = await c.scavio.hashtagInfo('olympian');
      expect(got?.ok && got.value).toEqual({ hashtag: 'olympian', hashtagId: '2087230', videoCount: null, viewCount: 345_523_145 });
    }));

  it("hashtag/videos: the authors' zeroed follower_count is never read, the cursor 40 is, and ids past 2^53 stay exact", () =>
    withWire(documented, async (c) => {
      const got = await c.scavio.hashtagPage({ hashtag: 'olympian', hashtagId: '2087230', videoCount: null, viewCount: null }, null, 30);
      if (!got.ok) throw new Error(got.detail);
      expect(got.value.nextCursor).toBe('40');
      expect(got.value.hasMore).toBe(true);
      const plain = (v: Video) => [v.videoId, v.author, v.createdAt?.getTime(), v.plays, v.likes, v.comments, v.shares, v.saves, v.durationSeconds, v.hashtags];
      expect(got.value.items.map(plain)).toEqual([
        ['6864614389329284357', 'steele_johnson', 1_598_292_592_000, 4_163_152, 353_011, 1_269, 725, null, 28.652, ['diving', 'waitforthegreats', 'olympian']],
        ['6992456889573379334', 'raydinc', 1_628_058_242_000, 1_823_449, 319_879, 1_626, 932, null, 9.913, ['tokyo2020', 'olympictiktok', 'olympian']],
      ]);
      // The list's authors all say 0 followers, 0 likes, 0 videos: a video record has nowhere to carry them.
      const body = classifyResponse({ status: 200, body: got.raw.body });
      const list = (body as { json: { data: { aweme_list: Array<{ author: Record<string, unknown>; music: { id: unknown }; author_user_id: unknown }> } } }).json.data.aweme_list;
      expect(list.map((a) => [a.author.follower_count, a.author.total_favorited, a.author.aweme_count])).toEqual([
        [0, 0, 0],
        [0, 0, 0],
      ]);
      expect(Object.keys(got.value.items[0] ?? {}).filter((k) => /follow|favorit|aweme_count/i.test(k))).toEqual([]);
      expect(list.map((a) => [a.music.id, a.author_user_id])).toEqual([
        ['6835837996332222466', '6718109734736348166'],
        ['6992456477512567557', '6895578589849879558'],
      ]);
    }));
});

describe("the 2020 web hashtag list (VideoData/TiKTok-data) through the tutorials' hashtag/videos", () => {
  const OLD = recorded('reseller2021_web_hashtag_items_oldformat.json');

  it('reads all 30 videos from itemInfos (authorStats.heartCount a string beside numbers is never read), and ends the walk', () =>
    withWire({ server: { scavio: { backend: byEndpoint({ 'hashtag/videos': () => raw(200, inScavioEnvelope(OLD)) }) } } }, async (c) => {
      const got = await c.scavio.hashtagPage({ hashtag: 'funny', hashtagId: null, videoCount: null, viewCount: null }, null, 30);
      if (!got.ok) throw new Error(got.detail);
      const videos = got.value.items;
      expect(got.value).toMatchObject({ nextCursor: null, hasMore: false });
      expect(videos).toHaveLength(30);
      expect(new Set(videos.map((v) => v.author)).size).toBe(24);
      expect(videos.reduce((s, v) => s + (v.plays ?? 0), 0)).toBe(743_966_941);
      expect(videos.reduce((s, v) => s + (v.likes ?? 0), 0)).toBe(144_487_282);
      expect(videos[0]).toEqual({
        videoId: '6821608032351374597',
        author: 'lexnotalexis',
        createdAt: at(1_588_279_391),
        caption: 'IM CRYIN @collinskitchens  #neverfitin #acnh #onecommunity #fail #viral #funny',
        plays: 36_322_192,
        likes: 9_285_590,
        comments: 80_141,
        shares: 204_504,
        saves: null,
        durationSeconds: 11,
        hashtags: ['neverfitin', 'acnh', 'onecommunity', 'fail', 'viral', 'funny'],
        isPinned: false,
        isAd: false,
        countProblems: [],
      });
      expect(videos.map((v) => v.videoId).slice(-3)).toEqual(['6805267625719893254', '6828641785426889990', '6829865115173539077']);
    }));
});

describe('real bodies that are not what a call expects are refused, never read as empty', () => {
  const SEARCH = recorded('reseller2021_web_user_search.json');
  const TIKHUB_SEARCH = recorded('tikhub_web_fetch_general_search_2026-02-05.json');

  it('a user search (a list of 28 users) answering a profile call is a schema error, not its first user', () =>
    withWire({ server: { scavio: { backend: byEndpoint({ 'user/info': () => raw(200, inScavioEnvelope(SEARCH)) }) } } }, async (c) => {
      expect(await c.scavio.profile('funny')).toMatchObject({ ok: false, outcome: 'schema_error' });
    }));

  it('each of its 28 {user, stats} read as a web profile without statsV2: the stats numbers, as sent', () => {
    const users = (JSON.parse(SEARCH) as { data: Array<{ user: { uniqueId: string } }> }).data;
    const byHandle = new Map(users.map((u) => [u.user.uniqueId.toLowerCase(), u]));
    const backend = byEndpoint({ 'user/info': (r) => raw(200, inScavioEnvelope(`{"data":${JSON.stringify(byHandle.get(String(r.params.username)))}}`)) });
    return withWire({ server: { scavio: { backend } } }, async (c) => {
      const profiles = [];
      for (const handle of byHandle.keys()) {
        const got = await c.scavio.profile(handle);
        if (!got.ok) throw new Error(`${handle}: ${got.detail}`);
        profiles.push(got.value);
      }
      expect(profiles).toHaveLength(28);
      expect(profiles[0]).toEqual({
        username: 'funny',
        userId: '6743938120749843462',
        secUid: expect.stringMatching(/^MS4wLjABAAAA7N4AJtt6/),
        nickname: 'funny',
        verified: false,
        privateAccount: false,
        createdAt: null,
        followers: 1_500_000,
        following: 6,
        likesReceived: 56_800_000,
        videoCount: 640,
        countProblems: [],
      });
      expect(profiles.reduce((s, p) => s + (p.followers ?? 0), 0)).toBe(6_185_000);
      expect(profiles.every((p) => p.followers !== null && p.videoCount !== null)).toBe(true);
    });
  });

  it("TikHub's real search answer (its list under data.data[].item) served as a feed page is a schema error naming the keys it has", () =>
    withWire({ server: { tikhub: { backend: byEndpoint({ 'web/fetch_user_post': () => raw(200, TIKHUB_SEARCH) }) } } }, async (c) => {
      const got = await c.tikhub.videosPage({ username: 'x', secUid: 'MS4wLjABAAAA-x' }, null, 30);
      expect(got).toMatchObject({ ok: false, outcome: 'schema_error' });
      expect(!got.ok && got.detail).toMatch(/^no video list under any known key \(videos, itemList, items, aweme_list\); the body has: status_code, data, qc, cursor, has_more/);
    }));
});
