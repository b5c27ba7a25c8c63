import { type Answer, byEndpoint, data } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import type { Fetched } from '../src/outcomes.ts';
import type { CreatorProfile, Page, Video } from '../src/records.ts';
import { appAweme, appUser, tagDetail, webItem, webUserInfo } from './fixtures.ts';
import { SCAVIO_WORLDS } from './scavio-worlds.ts';
import { type WireClients, type WireSetup, withWire } from './wire-clients.ts';

/** One client's server (Scavio in either contract, or TikHub), to ask it for @charlidamelio and for #fyp. */
interface IdentityWorld {
  name: string;
  setup: WireSetup;
  profileEndpoint: string;
  postsEndpoint: string;
  hashtagPostsEndpoint: string;
  /** `handle`'s profile in this world's dialect and envelope. */
  profileOf(handle: string): Answer;
  /** One last page of videos by the given authors, in order, ids `v1`... */
  pageBy(authors: readonly string[]): Answer;
  profile(c: WireClients): Promise<Fetched<CreatorProfile>>;
  page(c: WireClients): Promise<Fetched<Page<Video>>>;
  hashtagPage(c: WireClients): Promise<Fetched<Page<Video>>>;
}

const item = (dialect: 'web' | 'app', id: string, author: string) =>
  dialect === 'web' ? webItem(id, 1_700_000_000, { author: { uniqueId: author } }) : appAweme(id, 1_700_000_000, { author: { unique_id: author } });

const worlds: IdentityWorld[] = [
  ...SCAVIO_WORLDS.map((w) => ({
    name: w.contract,
    setup: { server: { scavio: { contract: w.contract, backend: w.backend() } } },
    profileEndpoint: w.endpoints.profile,
    postsEndpoint: w.endpoints.videos,
    hashtagPostsEndpoint: w.endpoints.hashtagVideos,
    profileOf: (handle: string) =>
      data(w.dialect === 'app' ? { user: { ...appUser.user, unique_id: handle, sec_uid: w.creator.secUid } } : { ...webUserInfo, user: { ...webUserInfo.user, uniqueId: handle } }),
    pageBy: (authors: readonly string[]) => w.page(authors.map((a, i) => item(w.dialect, `v${i + 1}`, a)), '0', false),
    profile: (c: WireClients) => c.scavio.profile('charlidamelio'),
    page: (c: WireClients) => c.scavio.videosPage(w.creator, null, 10),
    hashtagPage: (c: WireClients) => c.scavio.hashtagPage(w.tag, null, 10),
  })),
  {
    name: 'tikhub',
    setup: { server: { tikhub: { backend: byEndpoint({ 'web/fetch_tag_detail': () => data(tagDetail) }) } } },
    profileEndpoint: 'web/fetch_user_profile',
    postsEndpoint: 'web/fetch_user_post',
    hashtagPostsEndpoint: 'web/fetch_tag_post',
    profileOf: (handle: string) => data({ userInfo: { ...webUserInfo, user: { ...webUserInfo.user, uniqueId: handle } }, statusCode: 0 }),
    pageBy: (authors: readonly string[]) => data({ itemList: authors.map((a, i) => item('web', `v${i + 1}`, a)), hasMore: false, cursor: '0', statusCode: 0 }),
    profile: (c: WireClients) => c.tikhub.profile('charlidamelio'),
    page: (c: WireClients) => c.tikhub.videosPage({ username: 'charlidamelio', secUid: 'MS4wLjABAAAA-charli' }, null, 10),
    hashtagPage: (c: WireClients) => c.tikhub.hashtagPage({ hashtag: 'fyp', hashtagId: '1593940', videoCount: null, viewCount: null }, null, 10),
  },
];

describe.each(worlds)('$name: an answer about another account is an outcome, not data', (world) => {
  it('a profile of another account than the one asked is identity_mismatch, naming both', () =>
    withWire(world.setup, async (c) => {
      c.server.script(world.profileEndpoint, world.profileOf('Someone.Else'));
      const got = await world.profile(c);
      expect(got).toMatchObject({ ok: false, outcome: 'identity_mismatch', raw: { httpStatus: 200 } });
      expect(!got.ok && got.detail).toBe('asked for @charlidamelio, the answer is the profile of @someone.else');
    }));

  it('the same handle in another case, or with its @, is the account asked for', () =>
    withWire(world.setup, async (c) => {
      c.server.script(world.profileEndpoint, world.profileOf('@CHARLIDAMELIO'));
      expect(await world.profile(c)).toMatchObject({ ok: true, value: { username: 'charlidamelio' } });
    }));

  it("a page of the creator's feed holding only another account's videos is identity_mismatch, naming the authors", () =>
    withWire(world.setup, async (c) => {
      c.server.script(world.postsEndpoint, world.pageBy(['someone_else', 'someone_else', 'a_third']));
      const got = await world.page(c);
      expect(got).toMatchObject({ ok: false, outcome: 'identity_mismatch' });
      expect(!got.ok && got.detail).toBe("asked for @charlidamelio's videos, the page holds only videos by @someone_else, @a_third");
    }));

  it("keeps the creator's own videos on a page that also holds others' (co-authored posts), and names the ones left out", () =>
    withWire(world.setup, async (c) => {
      c.server.script(world.postsEndpoint, world.pageBy(['CharliDamelio', 'someone_else', 'charlidamelio']));
      const got = await world.page(c);
      expect(got.ok && got.value.items.map((v) => [v.videoId, v.author])).toEqual([
        ['v1', 'charlidamelio'],
        ['v3', 'charlidamelio'],
      ]);
      expect(got.ok && got.value.leftOut).toEqual([{ videoId: 'v2', author: 'someone_else' }]);
    }));

  it('a hashtag page holds many authors, as it should: every video is kept', () =>
    withWire(world.setup, async (c) => {
      c.server.script(world.hashtagPostsEndpoint, world.pageBy(['someone_else', 'a_third', 'charlidamelio']));
      const got = await world.hashtagPage(c);
      expect(got.ok && got.value.items.map((v) => v.author)).toEqual(['someone_else', 'a_third', 'charlidamelio']);
    }));
});
