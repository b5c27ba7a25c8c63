import { byEndpoint, data, startWireServer, tiktokStatus } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { createHttpTransport } from '../src/http-transport.ts';
import type { Provider } from '../src/provider.ts';
import { ScavioProvider } from '../src/scavio.ts';
import { createDocumentedSimulator, syntheticCommentTruth, syntheticFollowerTruth, syntheticHandles } from '../src/synthetic/index.ts';
import { scavioWorld } from './scavio-worlds.ts';
import { withWire } from './wire-clients.ts';

const AT = new Date('2026-03-01T12:00:00Z');
const KEY = 'sk-audience-0001';
const SEC_UID = 'MS4wLjABAAAA-charli';
const creator = { username: 'charlidamelio', secUid: SEC_UID };

/** A follower as the app's list sends it. */
const follower = (uid: string, counts: Partial<Record<string, number>> = {}) => ({
  uid,
  sec_uid: `MS4wLjABAAAA-${uid}`,
  unique_id: `fan_${uid}`,
  nickname: `Fan ${uid}`,
  signature: '',
  avatar_thumb: { uri: 'musically-maliva-obj/1594805258216454', url_list: ['https://p16-sign-va.tiktokcdn.com/musically-maliva-obj/1594805258216454~c5_100x100.jpeg'] },
  follower_count: 3,
  following_count: 2_400,
  total_favorited: 0,
  aweme_count: 0,
  create_time: 1_767_225_600,
  ...counts,
});

const documentedWith = (routes: Parameters<typeof byEndpoint>[0]) => ({
  server: { scavio: { contract: 'scavio-2026' as const, backend: byEndpoint({ ...routes }) } },
});

describe("Scavio's documented user/followers and video/comments over loopback HTTP", () => {
  it('walks the simulated followers newest first, passing page_token and min_time back together, exactly as the simulator holds them', async () => {
    const handles = syntheticHandles(5, 40);
    const simulator = createDocumentedSimulator({ seed: 5, clock: () => AT, faultRate: 0 });
    const server = await startWireServer({ scavio: { apiKey: KEY, contract: 'scavio-2026', backend: { transport: simulator } } });
    const scavio = new ScavioProvider({ transport: createHttpTransport({ baseUrl: server.scavioBaseUrl, apiKey: KEY }), clock: () => AT });
    try {
      // The first creator the simulator has with more than 60 followers.
      let profile = null;
      for (const handle of handles) {
        const got = await scavio.profile(handle);
        if (got.ok && !got.value.privateAccount && (got.value.followers ?? 0) > 60) {
          profile = got.value;
          break;
        }
      }
      if (profile === null) throw new Error('no creator with followers');
      const pages = [];
      let cursor = null;
      for (let i = 0; i < 3; i++) {
        const page = await scavio.audience.followersPage(profile, cursor, 20);
        if (page === null || !page.ok) throw new Error(`page ${i}: ${page === null ? 'null' : page.detail}`);
        pages.push(page);
        cursor = page.value.next;
      }
      const asked = server.requests.filter((r) => r.endpoint === 'user/followers');
      expect(asked.map((r) => Object.keys(r.params).sort())).toEqual([
        ['count', 'sec_user_id'],
        ['count', 'min_time', 'page_token', 'sec_user_id'],
        ['count', 'min_time', 'page_token', 'sec_user_id'],
      ]);
      const first = pages[0]?.value;
      expect(asked[1]?.params).toMatchObject({ page_token: first?.next?.pageToken, min_time: first?.next?.minTime });
      const got = pages.flatMap((p) => p.value.items.map((u) => u.userId));
      const truth = syntheticFollowerTruth(5, profile.username, AT, 60);
      expect(got).toEqual(truth.map((f) => f.userId));
      // Newest first: each page's window is older than the one before, and the followers arrived inside it.
      expect(first?.minTime?.getTime()).toBe(truth[19]?.followedAt.getTime());
      expect(pages[1]?.value.maxTime?.getTime()).toBeLessThanOrEqual(first?.minTime?.getTime() ?? 0);
      expect(pages.every((p) => p.raw.contract === 'scavio-2026' && p.raw.endpoint === 'user/followers' && p.raw.credits === 1)).toBe(true);
      const counted = pages.flatMap((p) => p.value.items).filter((u) => u.following !== null);
      expect(counted.length).toBe(60);
    } finally {
      await scavio.close();
      await server.close();
    }
  }, 60_000);

  it("reads a video's comments by offset cursor, as the simulator lists them; authors' zeroed counts stay unknown", async () => {
    const handles = syntheticHandles(5, 40);
    const simulator = createDocumentedSimulator({ seed: 5, clock: () => AT, faultRate: 0, handles });
    const server = await startWireServer({ scavio: { apiKey: KEY, contract: 'scavio-2026', backend: { transport: simulator } } });
    const scavio = new ScavioProvider({ transport: createHttpTransport({ baseUrl: server.scavioBaseUrl, apiKey: KEY }), clock: () => AT, contract: 'scavio-2026' });
    try {
      const truth = handles.flatMap((h) => syntheticCommentTruth(5, h, AT, 3, 60)).find((v) => v.organic + v.pod + v.bots > 60);
      if (!truth) throw new Error('no video with more than 60 comments');
      const first = await scavio.audience.commentsPage(truth.videoId, null, 50);
      if (first === null || !first.ok) throw new Error('first comment page failed');
      expect(first.value).toMatchObject({ hasMore: true, nextCursor: '50', total: truth.organic + truth.pod + truth.bots });
      const second = await scavio.audience.commentsPage(truth.videoId, first.value.nextCursor, 50);
      if (second === null || !second.ok) throw new Error('second comment page failed');
      const ids = [...first.value.items, ...second.value.items].slice(0, 60).map((c) => c.commentId);
      expect(ids).toEqual(truth.comments.map((c) => c.commentId));
      const requests = server.requests.filter((r) => r.endpoint === 'video/comments');
      expect(requests.map((r) => r.params)).toEqual([
        { video_id: truth.videoId, cursor: '0', count: 50 },
        { video_id: truth.videoId, cursor: '50', count: 50 },
      ]);
      const author = first.value.items[0]?.author;
      expect(author?.userId).toMatch(/^\d+$/);
      expect([author?.followers, author?.following, author?.videoCount, author?.likesReceived]).toEqual([null, null, null, null]);
    } finally {
      await scavio.close();
      await server.close();
    }
  }, 60_000);

  it('reads exact counts of a real follower, and none from a follower whose following_count is 0 (a list placeholder: it follows this creator)', () =>
    withWire(
      documentedWith({
        'user/followers': () =>
          data({
            followers: [follower('1'), follower('2', { follower_count: 0, following_count: 0, total_favorited: 0, aweme_count: 0 })],
            has_more: 0,
            page_token: 'x',
            min_time: 1_767_225_600,
          }),
      }),
      async (c) => {
        const page = await c.scavio.audience.followersPage(creator, null, 20);
        expect(page?.ok).toBe(true);
        if (!page?.ok) return;
        const [real, placeholder] = page.value.items;
        expect(real).toMatchObject({ followers: 3, following: 2_400, videoCount: 0, likesReceived: 0, avatar: 'musically-maliva-obj/1594805258216454', bio: '' });
        expect(placeholder).toMatchObject({ followers: null, following: null, videoCount: null, likesReceived: null });
        expect(placeholder?.countProblems.join()).toContain('placeholders');
      },
    ));

  it.each([
    ['followings', { followings: [follower('1')], has_more: 0 }],
    ['user_list', { user_list: [follower('1')], has_more: 0 }],
    ['nothing', { has_more: 0, total: 5 }],
  ])('a follower page whose users are under %s is a schema error naming the keys, never an empty page', (_name, body) =>
    withWire(documentedWith({ 'user/followers': () => data(body) }), async (c) => {
      const page = await c.scavio.audience.followersPage(creator, null, 20);
      expect(page).toMatchObject({ ok: false, outcome: 'schema_error' });
      expect(page && !page.ok && page.detail).toContain(`the body has: ${Object.keys(body).join(', ')}`);
    }),
  );

  it('an empty list under the known key (null, as the app sends it) is an empty last page; a follower without any id is a schema error', () =>
    withWire(
      documentedWith({
        'user/followers': (req) =>
          req.params.sec_user_id === SEC_UID ? data({ followers: null, has_more: 0, total: 0 }) : data({ followers: [{ nickname: 'nobody' }], has_more: 0 }),
      }),
      async (c) => {
        expect(await c.scavio.audience.followersPage(creator, null, 20)).toMatchObject({ ok: true, value: { items: [], hasMore: false, next: null } });
        const odd = await c.scavio.audience.followersPage({ username: 'x', secUid: 'other' }, null, 20);
        expect(odd).toMatchObject({ ok: false, outcome: 'schema_error', detail: 'follower 1 has no id (uid, sec_uid or unique_id)' });
      },
    ));

  it('a page that says more follow but gives only one half of the cursor cannot go on: no cursor is guessed', () =>
    withWire(documentedWith({ 'user/followers': () => data({ followers: [follower('1')], has_more: 1, page_token: 'tok' }) }), async (c) => {
      const page = await c.scavio.audience.followersPage(creator, null, 20);
      expect(page).toMatchObject({ ok: true, value: { hasMore: true, next: null } });
    }));

  it('comments under another key are a schema error, a comment without cid too; a TikTok status in the 200 is its outcome', () =>
    withWire(
      documentedWith({
        'video/comments': (req) =>
          req.params.video_id === '1'
            ? data({ comment_list: [], cursor: 0, has_more: 0 })
            : req.params.video_id === '2'
              ? data({ comments: [{ text: 'hi' }], cursor: 1, has_more: 0 })
              : tiktokStatus(10204),
      }),
      async (c) => {
        const other = await c.scavio.audience.commentsPage('1', null, 50);
        expect(other).toMatchObject({ ok: false, outcome: 'schema_error' });
        expect(other && !other.ok && other.detail).toContain('no comment list under the key video/comments answers with (comments); the body has: comment_list, cursor, has_more');
        expect(await c.scavio.audience.commentsPage('2', null, 50)).toMatchObject({ ok: false, outcome: 'schema_error', detail: 'comment 1 has no cid' });
        expect(await c.scavio.audience.commentsPage('3', null, 50)).toMatchObject({ ok: false, outcome: 'unavailable' });
      },
    ));
});

describe("comments of another video than the one asked", () => {
  const comment = (cid: string, awemeId: string | null) => ({ cid, text: 'so good', create_time: 1_767_225_600, digg_count: 1, ...(awemeId === null ? {} : { aweme_id: awemeId }) });

  it('a page naming another video is identity_mismatch, naming both: its commenters would read as this creator\'s regulars or pod', () =>
    withWire(
      documentedWith({
        'video/comments': (req) =>
          req.params.video_id === '7001'
            ? data({ comments: [comment('c1', '7001'), comment('c2', '7999'), comment('c3', null)], cursor: 3, has_more: 0 })
            : data({ comments: [comment('c4', String(req.params.video_id)), comment('c5', null)], cursor: 2, has_more: 0 }),
      }),
      async (c) => {
        const foreign = await c.scavio.audience.commentsPage('7001', null, 50);
        expect(foreign).toMatchObject({
          ok: false,
          outcome: 'identity_mismatch',
          detail: 'asked for the comments of video 7001, the page holds comments of video(s) 7999',
        });
        // Its own video's comments, and comments that name no video (they cannot be checked), are read as asked.
        const own = await c.scavio.audience.commentsPage('7002', null, 50);
        expect(own?.ok && own.value.items.map((i) => [i.commentId, i.videoId])).toEqual([
          ['c4', '7002'],
          ['c5', '7002'],
        ]);
      },
    ));
});

describe("the tutorials' contract has no audience endpoints: the client says so and asks nothing", () => {
  const tutorial = scavioWorld('scavio-tutorial');

  it('once the profile showed the contract, followers and comments answer null without a call, and support() says why', () =>
    withWire({ server: { scavio: { contract: 'scavio-tutorial', backend: tutorial.backend() } }, scavioClient: 'learn' }, async (c) => {
      expect(c.scavio.audience.support()).toEqual({ state: 'unknown' });
      await c.scavio.profile('charlidamelio');
      expect(await c.scavio.audience.followersPage(tutorial.creator, null, 20)).toBeNull();
      expect(await c.scavio.audience.commentsPage('1', null, 50)).toBeNull();
      expect(c.server.requests.map((r) => r.endpoint)).toEqual(['profile', 'user/info']);
      const support = c.scavio.audience.support();
      expect(support.state).toBe('unsupported');
      expect(support.state === 'unsupported' && support.reason).toContain("tutorials' contract, which has no user/followers or video/comments endpoint");
    }));

  it("asked first, a followers page learns the contract from the tutorials' free probe and answers null", () =>
    withWire({ server: { scavio: { contract: 'scavio-tutorial', backend: tutorial.backend() } }, scavioClient: 'learn' }, async (c) => {
      expect(await c.scavio.audience.followersPage(creator, null, 20)).toBeNull();
      expect(c.server.requests.map((r) => [r.endpoint, r.answered])).toEqual([
        ['user/followers', 404],
        ['user/info', 400],
      ]);
      expect(c.scavio.contract()).toBe('scavio-tutorial');
    }));

  it('learn() tells either contract with free requests only: a 422 for user/followers without a creator, or a 404 then the tutorials\' 400', async () => {
    await withWire({ server: { scavio: { contract: 'scavio-tutorial', backend: tutorial.backend() } }, scavioClient: 'learn' }, async (c) => {
      expect((await c.scavio.audience.learn()).state).toBe('unsupported');
      expect(c.server.requests.map((r) => [r.endpoint, r.answered])).toEqual([
        ['user/followers', 404],
        ['user/info', 400],
      ]);
    });
    await withWire({ server: { scavio: { contract: 'scavio-2026', backend: byEndpoint({}) } }, scavioClient: 'learn' }, async (c) => {
      expect(await c.scavio.audience.learn()).toEqual({ state: 'supported' });
      expect(c.server.requests.map((r) => [r.endpoint, r.answered])).toEqual([['user/followers', 422]]);
      expect(c.scavio.contract()).toBe('scavio-2026');
    });
  });

  it('on the documented contract, a followers page asked first decides it', () =>
    withWire(
      { server: { scavio: { contract: 'scavio-2026', backend: byEndpoint({ 'user/followers': () => data({ followers: [], has_more: 0 }) }) } }, scavioClient: 'learn' },
      async (c) => {
        expect(await c.scavio.audience.followersPage(creator, null, 20)).toMatchObject({ ok: true });
        expect(c.scavio.contract()).toBe('scavio-2026');
        expect(c.scavio.audience.support()).toEqual({ state: 'supported' });
      },
    ));

  it('TikHub offers no audience endpoint this project could verify: its client has none', () =>
    withWire({}, async (c) => {
      const provider: Provider = c.tikhub;
      expect(provider.audience).toBeUndefined();
    }));
});
