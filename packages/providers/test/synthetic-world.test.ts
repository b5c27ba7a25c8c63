import { startWireServer } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { createHttpTransport } from '../src/http-transport.ts';
import { collectPages } from '../src/paging.ts';
import { ScavioProvider } from '../src/scavio.ts';
import {
  createSyntheticProvider,
  createSyntheticTransport,
  syntheticCreatorTruth,
  syntheticFeedTruth,
  syntheticHandles,
  syntheticHashtagTruth,
} from '../src/synthetic/index.ts';

const AT = new Date('2026-11-23T12:00:00Z');
const clock = () => AT;

async function bodies(seed: number, handles: readonly string[]): Promise<string[]> {
  const transport = createSyntheticTransport({ seed, clock });
  const out: string[] = [];
  for (const username of handles) {
    out.push((await transport({ method: 'POST', path: 'user/info', json: { username } })).body);
    out.push((await transport({ method: 'POST', path: 'user/posts', json: { username, count: 30, cursor: 0 } })).body);
  }
  return out;
}

describe('the simulator is deterministic', () => {
  it('gives the same handles for the same seed, all valid TikTok handles and distinct', () => {
    const handles = syntheticHandles(42, 5_000);
    expect(syntheticHandles(42, 5_000)).toEqual(handles);
    expect(new Set(handles).size).toBe(5_000);
    for (const h of handles) expect(h).toMatch(/^[a-z0-9_.]{2,24}$/);
    expect(handles.some((h) => h.endsWith('.'))).toBe(false);
    expect(syntheticHandles(7, 50)).not.toEqual(handles.slice(0, 50));
  });

  it('answers byte for byte the same for the same seed and clock, whatever was asked before', async () => {
    const handles = syntheticHandles(42, 40);
    const forward = await bodies(42, handles);
    const backward = (await bodies(42, [...handles].reverse())).reverse();
    // Reversing the creators reverses each (info, posts) pair too: put the pairs back in order.
    const unpaired = backward.flatMap((_, i, all) => (i % 2 === 0 ? [all[i + 1] as string, all[i] as string] : []));
    expect(unpaired).toEqual(forward);
    expect(await bodies(43, handles)).not.toEqual(forward);
  });

  it('lays the world out in time: a later clock sees the same videos older, with more plays', () => {
    const handle = syntheticHandles(42, 200).find((h) => syntheticCreatorTruth(42, h, AT).archetype === 'organic' && syntheticFeedTruth(42, h, AT, 30).length === 30) as string;
    const now = syntheticFeedTruth(42, handle, AT, 30);
    const later = syntheticFeedTruth(42, handle, new Date(AT.getTime() + 3 * 86_400_000), 60);
    const laterById = new Map(later.map((v) => [v.videoId, v]));
    for (const v of now) {
      const same = laterById.get(v.videoId);
      expect(same, v.videoId).toBeDefined();
      expect(same?.plays).toBeGreaterThanOrEqual(v.plays);
    }
  });
});

describe('what the Scavio client reads from it', () => {
  it('parses every profile with exact counts, and reports private and missing accounts as outcomes', async () => {
    const provider = createSyntheticProvider({ seed: 42, clock, faultRate: 0 });
    const outcomes = new Map<string, number>();
    for (const username of syntheticHandles(42, 400)) {
      const got = await provider.profile(username);
      const truth = syntheticCreatorTruth(42, username, AT);
      if (!got.ok) {
        outcomes.set(got.outcome, (outcomes.get(got.outcome) ?? 0) + 1);
        expect(got.outcome).toBe(truth.status);
        continue;
      }
      expect(got.value.countProblems).toEqual([]);
      expect(got.value.followers).toBe(truth.followers);
      expect(got.value.following).toBe(truth.following);
      expect(got.value.privateAccount).toBe(truth.status === 'private');
      if (truth.status === 'private') outcomes.set('private', (outcomes.get('private') ?? 0) + 1);
    }
    expect(outcomes.get('not_found')).toBeGreaterThan(0);
    expect(outcomes.get('private')).toBeGreaterThan(0);
  });

  it('sends rounded stats and int32-wrapped heartCount beside the exact statsV2 strings the client prefers', async () => {
    const transport = createSyntheticTransport({ seed: 42, clock, faultRate: 0 });
    const provider = createSyntheticProvider({ seed: 42, clock, faultRate: 0 });
    const big = syntheticHandles(42, 3_000).find((h) => syntheticCreatorTruth(42, h, AT).followers > 5_000_000 && syntheticCreatorTruth(42, h, AT).status === 'ok') as string;
    const body = JSON.parse((await transport({ method: 'POST', path: 'user/info', json: { username: big } })).body);
    expect(body.data.stats.followerCount).not.toBe(Number(body.data.statsV2.followerCount));
    expect(body.data.stats.followerCount % 1_000).toBe(0);
    const profile = await provider.profile(big);
    expect(profile.ok && profile.value.followers).toBe(Number(body.data.statsV2.followerCount));
    // Mega accounts pass 2^31 likes: TikTok's number wraps negative, the client must take the string.
    for (const username of syntheticHandles(42, 3_000)) {
      const res = JSON.parse((await transport({ method: 'POST', path: 'user/info', json: { username } })).body);
      if (!(res.data.stats?.heartCount < 0)) continue;
      const wrapped = await provider.profile(username);
      expect(wrapped.ok && wrapped.value.likesReceived).toBe(Number(res.data.statsV2.heartCount));
      expect(Number(res.data.statsV2.heartCount)).toBeGreaterThan(2 ** 31);
      return;
    }
    throw new Error('no creator with a wrapped heartCount in 3,000');
  });

  it('pages a creator feed with pinned videos first and again in date order, deduped by the paging walk', async () => {
    const provider = createSyntheticProvider({ seed: 42, clock, faultRate: 0 });
    const handles = syntheticHandles(42, 300);
    let sawPinned = false;
    for (const username of handles.slice(0, 120)) {
      if (syntheticCreatorTruth(42, username, AT).status !== 'ok') continue;
      const walk = await collectPages((cursor, count) => provider.videosPage({ username }, cursor, count), { maxItems: 60, pageSize: 25 });
      const expected = syntheticFeedTruth(42, username, AT, 60);
      expect(walk.items.map((v) => v.videoId)).toEqual(expected.map((v) => v.videoId));
      expect(walk.items.map((v) => v.plays)).toEqual(expected.map((v) => v.plays));
      if (!walk.items.some((v) => v.isPinned)) continue;
      sawPinned = true;
      // Walk far enough to meet each pinned video again in date order: the raw pages hold it twice, the walk once.
      const deep = await collectPages((cursor, count) => provider.videosPage({ username }, cursor, count), { maxItems: 2_000, pageSize: 35 });
      const pinnedIds = deep.items.filter((v) => v.isPinned).map((v) => v.videoId);
      const sent = deep.raws.map((r) => r.body).join('\n');
      for (const id of pinnedIds) expect(sent.split(`"id":"${id}"`).length - 1, id).toBe(2);
      expect(new Set(deep.items.map((v) => v.videoId)).size).toBe(deep.items.length);
    }
    expect(sawPinned).toBe(true);
  });

  it('answers Scavio-style errors for requests it cannot serve', async () => {
    const transport = createSyntheticTransport({ seed: 1, clock });
    expect((await transport({ method: 'POST', path: 'user/info', json: {} })).status).toBe(400);
    expect((await transport({ method: 'POST', path: 'user/nope', json: { username: 'a' } })).status).toBe(404);
    expect((await transport({ method: 'GET', path: 'user/info', query: { username: 'a' } })).status).toBe(405);
  });

  it('passes a captcha through now and then, at the rate asked, and a minute later lets the same call through', async () => {
    const transport = createSyntheticTransport({ seed: 42, clock, faultRate: 0.5 });
    const later = createSyntheticTransport({ seed: 42, clock: () => new Date(AT.getTime() + 60_000), faultRate: 0.5 });
    let captchas = 0;
    let recovered = 0;
    for (const username of syntheticHandles(42, 200)) {
      const res = await transport({ method: 'POST', path: 'user/info', json: { username } });
      if (!res.body.includes('"verify"')) continue;
      captchas++;
      if (!(await later({ method: 'POST', path: 'user/info', json: { username } })).body.includes('"verify"')) recovered++;
    }
    expect(captchas).toBeGreaterThan(60);
    expect(captchas).toBeLessThan(140);
    expect(recovered).toBeGreaterThan(captchas / 4);
  });
});

describe('hashtags are campaigns that move', () => {
  it('a scan a day later holds new videos, more plays on the ones still listed, and loses deleted ones', () => {
    const before = syntheticHashtagTruth(42, 'summerglow', AT);
    const after = syntheticHashtagTruth(42, 'summerglow', new Date(AT.getTime() + 86_400_000));
    const beforeIds = new Set(before.map((v) => v.videoId));
    const afterById = new Map(after.map((v) => [v.videoId, v]));
    expect(after.filter((v) => !beforeIds.has(v.videoId)).length).toBeGreaterThan(0);
    const kept = before.filter((v) => afterById.has(v.videoId));
    expect(kept.reduce((s, v) => s + (afterById.get(v.videoId)?.plays ?? 0), 0)).toBeGreaterThan(kept.reduce((s, v) => s + v.plays, 0));
    const repeatCreators = new Map<string, number>();
    for (const v of before) repeatCreators.set(v.username, (repeatCreators.get(v.username) ?? 0) + 1);
    expect([...repeatCreators.values()].some((n) => n > 1)).toBe(true);
  });

  it('lists videos out of time order, all carrying the tag', async () => {
    const transport = createSyntheticTransport({ seed: 42, clock, faultRate: 0 });
    const body = JSON.parse((await transport({ method: 'POST', path: 'hashtag/videos', json: { hashtag: '#SummerGlow', count: 30 } })).body);
    const times: number[] = body.data.videos.map((v: { createTime: number }) => v.createTime);
    expect(times).not.toEqual([...times].sort((a, b) => b - a));
    for (const v of body.data.videos) expect(v.desc).toContain('#summerglow');
  });
});

describe('served over loopback HTTP', () => {
  it('reaches the real Scavio client over the wire server exactly as it does in process', async () => {
    const server = await startWireServer({ scavio: { apiKey: 'sk-synthetic-world-key', backend: { transport: createSyntheticTransport({ seed: 42, clock, faultRate: 0 }) } } });
    const overHttp = new ScavioProvider({ transport: createHttpTransport({ baseUrl: server.scavioBaseUrl, apiKey: 'sk-synthetic-world-key' }), name: 'synthetic', clock });
    const inProcess = createSyntheticProvider({ seed: 42, clock, faultRate: 0 });
    try {
      for (const username of syntheticHandles(42, 15)) {
        const [a, b] = [await overHttp.profile(username), await inProcess.profile(username)];
        expect(a.ok ? a.value : a.outcome).toEqual(b.ok ? b.value : b.outcome);
        const [pa, pb] = [await overHttp.videosPage({ username }, null, 30), await inProcess.videosPage({ username }, null, 30)];
        expect(pa.ok ? pa.value : pa.outcome).toEqual(pb.ok ? pb.value : pb.outcome);
      }
    } finally {
      await overHttp.close();
      await server.close();
    }
  });
});
