import { asDocumentedContract, startWireServer } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { createHttpTransport } from '../src/http-transport.ts';
import { collectPages } from '../src/paging.ts';
import type { CreatorProfile, ScavioContract, Video } from '../src/records.ts';
import { ScavioProvider } from '../src/scavio.ts';
import { createSyntheticTransport, syntheticHandles } from '../src/synthetic/index.ts';

const AT = new Date('2026-11-23T12:00:00Z');
const KEY = 'sk-sim-contracts-0001';

interface Fetched {
  contract: ScavioContract | null;
  creators: Array<{ username: string; outcome: string; profile: CreatorProfile | null; videos: Video[]; credits: number }>;
  hashtag: Video[];
  hashtagCredits: number;
}

/** The simulated world behind a loopback server speaking `contract`, fetched by a client that learns which. */
async function fetchWorld(contract: ScavioContract, handles: readonly string[]): Promise<Fetched> {
  const simulator = createSyntheticTransport({ seed: 11, clock: () => AT, faultRate: 0 });
  const backend = { transport: contract === 'scavio-2026' ? asDocumentedContract(simulator) : simulator };
  const server = await startWireServer({ scavio: { apiKey: KEY, contract, backend } });
  const scavio = new ScavioProvider({ transport: createHttpTransport({ baseUrl: server.scavioBaseUrl, apiKey: KEY }), clock: () => AT });
  try {
    const creators: Fetched['creators'] = [];
    for (const username of handles) {
      const profile = await scavio.profile(username);
      if (!profile.ok) {
        creators.push({ username, outcome: profile.outcome, profile: null, videos: [], credits: profile.raw.credits });
        continue;
      }
      const pages = profile.value.privateAccount
        ? null
        : await collectPages((cursor, count) => scavio.videosPage(profile.value, cursor, count), { maxItems: 30, pageSize: 30, expectedItems: profile.value.videoCount });
      const credits = profile.raw.credits + (pages?.raws ?? []).reduce((s, r) => s + r.credits, 0);
      creators.push({ username, outcome: pages?.failure?.outcome ?? 'ok', profile: profile.value, videos: pages?.items ?? [], credits });
    }
    const info = await scavio.hashtagInfo('summersale');
    const tag = info === null ? { hashtag: 'summersale', hashtagId: null, videoCount: null, viewCount: null } : info.ok ? info.value : null;
    if (tag === null) throw new Error('hashtag lookup failed');
    const list = await collectPages((cursor, count) => scavio.hashtagPage(tag, cursor, count), { maxItems: 200, pageSize: 30 });
    const hashtagCredits = (info?.raw.credits ?? 0) + list.raws.reduce((s, r) => s + r.credits, 0);
    return { contract: scavio.contract(), creators, hashtag: list.items, hashtagCredits };
  } finally {
    await scavio.close();
    await server.close();
  }
}

describe('the simulated world served in either Scavio contract', () => {
  it('gives the same creators, videos and hashtag list, exactly, whichever contract the client learns; only the cost differs', async () => {
    const handles = syntheticHandles(11, 12);
    const [documented, tutorial] = await Promise.all([fetchWorld('scavio-2026', handles), fetchWorld('scavio-tutorial', handles)]);
    expect(documented.contract).toBe('scavio-2026');
    expect(tutorial.contract).toBe('scavio-tutorial');
    const records = (f: Fetched) => f.creators.map(({ username, outcome, profile, videos }) => ({ username, outcome, profile, videos }));
    expect(records(documented)).toEqual(records(tutorial));
    expect(documented.hashtag).toEqual(tutorial.hashtag);
    expect(documented.hashtag.length).toBeGreaterThan(30);
    const full = documented.creators.filter((c) => c.videos.length === 30);
    expect(full.length).toBeGreaterThan(3);
    // 30 videos: the profile and 3 pages of 10 on the documented contract, the profile and one page of 30 on the tutorials'.
    for (const c of full) expect(c.credits).toBe(4);
    for (const c of tutorial.creators.filter((t) => t.videos.length === 30)) expect(c.credits).toBe(2);
    expect(documented.hashtagCredits).toBe(1 + Math.ceil(documented.hashtag.length / 10));
    expect(tutorial.hashtagCredits).toBe(Math.ceil(tutorial.hashtag.length / 30));
    // Two simulated worlds over HTTP, about 60 calls: seconds on a loaded machine, not the default 5.
  }, 60_000);
});
