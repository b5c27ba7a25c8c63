import { type Backend, byEndpoint, data, html, raw, tiktokStatus, vendorError } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { collectPages } from '../src/paging.ts';
import type { ScavioContract } from '../src/records.ts';
import { scavioWorld } from './scavio-worlds.ts';
import { type WireClients, withWire } from './wire-clients.ts';

/** A Scavio server of one contract, and a client that has to learn which one it is. */
const learning = (contract: ScavioContract, routes?: { posts?: Backend }) => ({
  server: { scavio: { contract, backend: scavioWorld(contract).backend(routes) } },
  scavioClient: 'learn' as const,
});

const endpoints = (c: WireClients) => c.server.requests.map((r) => r.endpoint);

describe('ScavioProvider learns the contract from the first telling answer', () => {
  it('asks the documented contract first, and stays there when it answers', () =>
    withWire(learning('scavio-2026'), async (c) => {
      expect(c.scavio.contract()).toBeNull();
      const got = await c.scavio.profile('charlidamelio');
      expect(got.ok && got.value).toMatchObject({ username: 'charlidamelio', secUid: 'MS4wLjABAAAA-charli', followers: 427_682 });
      expect(got.raw).toMatchObject({ contract: 'scavio-2026', endpoint: 'profile', requestKey: 'profile?username=charlidamelio' });
      expect(c.scavio.contract()).toBe('scavio-2026');
      await c.scavio.profile('charlidamelio');
      expect(endpoints(c)).toEqual(['profile', 'profile']);
    }));

  it("falls back to the tutorials' user/info when the documented path is missing, once for the provider's life", () =>
    withWire(learning('scavio-tutorial'), async (c) => {
      const first = await c.scavio.profile('charlidamelio');
      expect(first.ok && first.value.followers).toBe(427_682);
      expect(first.raw).toMatchObject({ contract: 'scavio-tutorial', endpoint: 'user/info' });
      expect(c.server.requests.map((r) => [r.endpoint, r.answered])).toEqual([
        ['profile', 404],
        ['user/info', 200],
      ]);
      await c.scavio.profile('someone_else');
      expect(endpoints(c)).toEqual(['profile', 'user/info', 'user/info']);
      expect(c.scavio.contract()).toBe('scavio-tutorial');
    }));

  it('takes a 404 for a missing creator for what it is: asks the other contract for the same creator, decides nothing, and the next creator decides', () =>
    withWire(learning('scavio-2026'), async (c) => {
      c.server.script('profile', vendorError(404, 'User not found'));
      const missing = await c.scavio.profile('ghost');
      expect(missing).toMatchObject({ ok: false, outcome: 'not_found', raw: { contract: 'scavio-2026', httpStatus: 404, credits: 0 } });
      expect(!missing.ok && missing.detail).toContain('HTTP 404 from Scavio\'s documented profile and from the tutorials\' user/info');
      expect(c.server.requests.map((r) => [r.endpoint, r.params.username])).toEqual([
        ['profile', 'ghost'],
        ['user/info', 'ghost'],
      ]);
      expect(c.scavio.contract()).toBeNull();
      const next = await c.scavio.profile('charlidamelio');
      expect(next.ok).toBe(true);
      expect(c.scavio.contract()).toBe('scavio-2026');
      expect(endpoints(c)).toEqual(['profile', 'user/info', 'profile']);
    }));

  it("on the tutorials' contract, a missing first creator (TikTok 10202 in a 200) still settles it", () =>
    withWire(learning('scavio-tutorial'), async (c) => {
      const missing = await c.scavio.profile('ghost');
      expect(missing).toMatchObject({ ok: false, outcome: 'not_found', raw: { contract: 'scavio-tutorial', httpStatus: 200 } });
      expect(c.scavio.contract()).toBe('scavio-tutorial');
    }));

  it.each(['scavio-2026', 'scavio-tutorial'] as const)('%s: many creators in flight before the contract is known cost one probe, not one each', (contract) =>
    withWire({ ...learning(contract), server: { scavio: { contract, backend: scavioWorld(contract).backend() }, latencyMs: 20 } }, async (c) => {
      const handles = Array.from({ length: 8 }, (_, i) => (i === 0 ? 'charlidamelio' : `creator_${i}`));
      const got = await Promise.all(handles.map((h) => c.scavio.profile(h)));
      expect(got.filter((g) => g.ok)).toHaveLength(1);
      const own = scavioWorld(contract).endpoints.profile;
      expect(endpoints(c).filter((e) => e === 'profile')).toHaveLength(contract === 'scavio-2026' ? 8 : 1);
      expect(endpoints(c).filter((e) => e === own)).toHaveLength(8);
      expect(got.every((g) => g.raw.contract === contract)).toBe(true);
    }),
  );

  it('a transient failure or a gateway page on the first call decides nothing; the next call asks again', () =>
    withWire({ ...learning('scavio-2026'), transport: { maxRetries: 0 } }, async (c) => {
      c.server.script('profile', vendorError(503, 'Service Unavailable'), html());
      expect(await c.scavio.profile('charlidamelio')).toMatchObject({ ok: false, outcome: 'server_error', raw: { contract: 'scavio-2026' } });
      expect(await c.scavio.profile('charlidamelio')).toMatchObject({ ok: false, outcome: 'html' });
      expect(c.scavio.contract()).toBeNull();
      expect((await c.scavio.profile('charlidamelio')).ok).toBe(true);
      // Neither failure sent the client to the tutorials' contract: no user/info was asked.
      expect(endpoints(c)).toEqual(['profile', 'profile', 'profile']);
      expect(c.scavio.contract()).toBe('scavio-2026');
    }));

  it('says where to look when neither contract answers (a base URL serving neither)', () =>
    withWire(learning('scavio-2026'), async (c) => {
      // The documented profile answers 404 like a missing path; the tutorials' user/info is missing on this server.
      c.server.script('profile', vendorError(404, 'Not Found'));
      const got = await c.scavio.profile('charlidamelio');
      expect(got).toMatchObject({ ok: false, outcome: 'not_found', detail: expect.stringContaining('SCAVIO_BASE_URL serves neither contract') });
    }));

  it('a client told the contract asks nothing to learn it', () =>
    withWire({ server: { scavio: { contract: 'scavio-tutorial' as const, backend: scavioWorld('scavio-tutorial').backend() } } }, async (c) => {
      expect(c.scavio.contract()).toBe('scavio-tutorial');
      await c.scavio.profile('charlidamelio');
      expect(endpoints(c)).toEqual(['user/info']);
    }));

  it('refuses to page a creator before the contract is known: the profile tells it, and gives the sec_uid', () =>
    withWire(learning('scavio-2026'), async (c) => {
      await expect(c.scavio.videosPage({ username: 'charlidamelio' }, null, 30)).rejects.toThrow(/before Scavio's contract was known/);
      expect(c.server.requests).toHaveLength(0);
    }));
});

describe("the documented contract's wire", () => {
  it('pages a creator by the sec_uid the profile gave: cursor "0" then max_cursor as strings, sort_type "0", about 10 a page whatever count asks', () =>
    withWire(learning('scavio-2026', { posts: scavioWorld('scavio-2026').feed(25) }), async (c) => {
      const profile = await c.scavio.profile('charlidamelio');
      const secUid = profile.ok ? profile.value.secUid : null;
      const got = await collectPages((cursor, count) => c.scavio.videosPage({ username: 'charlidamelio', secUid }, cursor, count), { maxItems: 30, pageSize: 30 });
      expect(got).toMatchObject({ stop: 'end' });
      expect(got.items).toHaveLength(25);
      expect(c.server.requests.slice(1).map((r) => r.json)).toEqual([
        { sec_user_id: 'MS4wLjABAAAA-charli', cursor: '0', count: 30, sort_type: '0' },
        { sec_user_id: 'MS4wLjABAAAA-charli', cursor: '10', count: 20, sort_type: '0' },
        { sec_user_id: 'MS4wLjABAAAA-charli', cursor: '20', count: 10, sort_type: '0' },
      ]);
      expect(got.raws.every((r) => r.contract === 'scavio-2026' && r.endpoint === 'user/posts')).toBe(true);
    }));

  it('resolves a hashtag to its id (ch_info.cid), then pages it by hashtag_id with the cursor the list gave', () =>
    withWire({ ...learning('scavio-2026'), server: { scavio: { contract: 'scavio-2026' as const, backend: scavioWorld('scavio-2026').backend({ hashtagVideos: scavioWorld('scavio-2026').feed(15, {}, true) }) } } }, async (c) => {
      const info = await c.scavio.hashtagInfo('fyp');
      expect(info?.ok && info.value).toEqual({ hashtag: 'fyp', hashtagId: '1593940', videoCount: null, viewCount: 2_000_000_000_123 });
      expect(info?.raw).toMatchObject({ contract: 'scavio-2026', endpoint: 'hashtag', requestKey: 'hashtag?hashtag_name=fyp' });
      if (!info?.ok) return;
      const got = await collectPages((cursor, count) => c.scavio.hashtagPage(info.value, cursor, count), { maxItems: 100, pageSize: 30 });
      expect(got.items).toHaveLength(15);
      expect(c.server.requests.slice(1).map((r) => r.json)).toEqual([
        { hashtag_id: '1593940', cursor: '0', count: 30 },
        { hashtag_id: '1593940', cursor: '10', count: 30 },
      ]);
    }));

  it('takes a profile without sec_uid for a schema error: its videos could not be asked for', () =>
    withWire({ server: { scavio: { contract: 'scavio-2026' as const, backend: byEndpoint({ profile: () => data({ user: { unique_id: 'x', follower_count: 5 } }) }) } } }, async (c) => {
      expect(await c.scavio.profile('x')).toMatchObject({ ok: false, outcome: 'schema_error', detail: expect.stringContaining('no sec_uid') });
    }));

  it("adds Scavio's own words to a failed answer: {error: {message}} and {error: '...'}", () =>
    withWire({ server: { scavio: { contract: 'scavio-2026' as const, backend: scavioWorld('scavio-2026').backend() } } }, async (c) => {
      c.server.script('profile', raw(422, JSON.stringify({ error: { message: 'username: invalid handle' } })), vendorError(404, 'User not found'));
      expect(await c.scavio.profile('x')).toMatchObject({ outcome: 'bad_request', detail: expect.stringContaining('username: invalid handle') });
      expect(await c.scavio.profile('x')).toMatchObject({ outcome: 'not_found', detail: 'HTTP 404: User not found' });
    }));
});

describe('hashtags while the contract is being learnt', () => {
  it("on the tutorials' contract: the documented hashtag path is missing, a free username-less user/info proves theirs, and the hashtag is paged by name", () =>
    withWire(learning('scavio-tutorial'), async (c) => {
      const info = await c.scavio.hashtagInfo('fyp');
      expect(info).toBeNull();
      expect(c.server.requests.map((r) => [r.endpoint, r.answered])).toEqual([
        ['hashtag', 404],
        ['user/info', 400],
      ]);
      expect(c.scavio.contract()).toBe('scavio-tutorial');
      const page = await c.scavio.hashtagPage({ hashtag: 'fyp', hashtagId: null, videoCount: null, viewCount: null }, null, 30);
      expect(page).toMatchObject({ ok: true, raw: { contract: 'scavio-tutorial', requestKey: 'hashtag/videos?count=30&hashtag=fyp' } });
      expect(await c.scavio.hashtagInfo('other')).toBeNull();
      expect(c.server.requests).toHaveLength(3);
    }));

  it('on the documented contract, a hashtag it does not know is not_found, and nothing is spent', () =>
    withWire(learning('scavio-2026'), async (c) => {
      c.server.script('hashtag', vendorError(404, 'Hashtag not found'));
      const info = await c.scavio.hashtagInfo('nosuchtag');
      expect(info).toMatchObject({ ok: false, outcome: 'not_found', raw: { credits: 0 } });
      expect(info?.ok === false && info.detail).toContain("the tutorials' user/info is missing");
      expect(c.server.requests.map((r) => [r.endpoint, r.answered])).toEqual([
        ['hashtag', 404],
        ['user/info', 404],
      ]);
    }));

  it('pages a hashtag by an id kept from an earlier run, learning the documented contract from it', () =>
    withWire(learning('scavio-2026'), async (c) => {
      const page = await c.scavio.hashtagPage({ hashtag: 'fyp', hashtagId: '1593940', videoCount: null, viewCount: null }, null, 30);
      expect(page.ok).toBe(true);
      expect(c.scavio.contract()).toBe('scavio-2026');
      expect(endpoints(c)).toEqual(['hashtag/videos']);
    }));
});

describe('what a creator costs, and what pricing can read', () => {
  it.each([
    ['scavio-2026', 4, 10],
    ['scavio-tutorial', 2, 30],
  ] as const)('%s: 30 videos cost %i credits (profile + pages), and pages hold %i', (contract, credits, pageSize) =>
    withWire(learning(contract, { posts: scavioWorld(contract).feed(40, contract === 'scavio-tutorial' ? { pageSize: 30 } : {}) }), async (c) => {
      expect(c.scavio.expectedPageSize('creator')).toBe(10);
      const profile = await c.scavio.profile('charlidamelio');
      if (!profile.ok) throw new Error(profile.detail);
      const got = await collectPages((cursor, count) => c.scavio.videosPage(profile.value, cursor, count), { maxItems: 30, pageSize: 30 });
      expect(got.items).toHaveLength(30);
      const raws = [profile.raw, ...got.raws];
      expect(raws.reduce((sum, r) => sum + r.credits, 0)).toBe(credits);
      expect(c.scavio.observedPageSize('creator')).toBe(pageSize);
      expect(c.scavio.expectedPageSize('creator')).toBe(pageSize);
      expect(c.scavio.observedPageSize('hashtag')).toBeNull();
    }),
  );

  it('reads credits_remaining from each answer, and null where the envelope has none', () =>
    withWire({ server: { scavio: { contract: 'scavio-2026' as const, credits: 50, backend: scavioWorld('scavio-2026').backend() } } }, async (c) => {
      const first = await c.scavio.profile('charlidamelio');
      expect(first.raw).toMatchObject({ credits: 1, creditsRemaining: 49 });
      c.server.script('profile', raw(200, JSON.stringify({ data: { statusCode: 10202 } })));
      expect((await c.scavio.profile('charlidamelio')).raw).toMatchObject({ credits: 1, creditsRemaining: null });
      const tikhub = await c.tikhub.profile('anyone');
      expect(tikhub.raw).toMatchObject({ contract: 'tikhub', creditsRemaining: null });
    }));

  it('before anything is known, prices pages at the documented "about 10"; once the tutorials\' contract is known, at what count asks', () =>
    withWire(learning('scavio-tutorial'), async (c) => {
      expect(c.scavio.expectedPageSize('creator')).toBe(10);
      await c.scavio.profile('charlidamelio');
      expect(c.scavio.expectedPageSize('creator')).toBe(30);
      expect(c.scavio.observedPageSize('creator')).toBeNull();
    }));
});

describe('a TikTok status in a 200 on the documented contract', () => {
  it('is an outcome about the creator, and settles the contract', () =>
    withWire(learning('scavio-2026'), async (c) => {
      c.server.script('profile', tiktokStatus(10222));
      expect(await c.scavio.profile('someone')).toMatchObject({ ok: false, outcome: 'private', raw: { contract: 'scavio-2026' } });
      expect(c.scavio.contract()).toBe('scavio-2026');
    }));
});
