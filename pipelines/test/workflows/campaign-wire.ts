import { Warehouse } from '@creator-audit/warehouse';
import { createHttpTransport, type Provider, ScavioProvider } from '@creator-audit/providers';
import {
  type Answer,
  byEndpoint,
  type CampaignPost,
  campaignItem,
  createFeed,
  data,
  type ParsedRequest,
  startWireServer,
  type WireServer,
} from '@creator-audit/providers/testing';
import { DEFAULT_MAX_VIDEOS, type TrackCampaignOptions } from '../../src/workflows/track-campaign.ts';

/**
 * A small UGC campaign, #summer, served by a loopback Scavio over two days. Day 2 brings growth, two new
 * videos and a new creator, a clean-up (botfarm_01's first video loses plays and likes) and a deleted video
 * (private_pat's). Participants answer `user/info` and `user/posts` as an organic creator, a bot farm (HIGH
 * RISK under seed-v1), or a private account.
 */
export const DAY1 = new Date('2026-05-20T12:00:00Z');
export const DAY2 = new Date('2026-05-21T12:00:00Z');
export const HASHTAG = 'summer';
const SCAVIO_KEY = 'sk-scavio-live-campaign-7c1d';

const post = (id: string, author: string, plays: number, likes: number, comments: number, shares: number, caption: string): CampaignPost => ({
  id,
  author,
  plays,
  likes,
  comments,
  shares,
  saves: Math.floor(likes / 10),
  caption,
});

export const CAPTIONS = {
  html: '<script>alert(1)</script><b>WIN</b> a free phone #summer',
  rtl: 'عرض الصيف \u202Egnp.exe\u202C 🌞 #summer',
  emoji: 'part 2 👨‍👩‍👧‍👦🏳️‍🌈 #summer\n\u001b[31mred\u001b[0m\u0007 done',
};

export const DAY1_POSTS: CampaignPost[] = [
  post('7501', 'mia.makes', 120_000, 10_500, 400, 300, 'This search API changed my workflow #summer'),
  post('7502', 'botfarm_01', 90_000, 2_000, 5, 1, CAPTIONS.html),
  post('7503', 'lena_rtl', 45_000, 4_000, 150, 80, CAPTIONS.rtl),
  post('7504', 'mia.makes', 60_000, 5_000, 200, 90, CAPTIONS.emoji),
  post('7505', 'private_pat', 8_000, 600, 20, 4, 'quiet entry #summer'),
  post('7506', 'botfarm_01', 30_000, 1_000, 3, 0, 'giveaway giveaway #summer'),
];

const DAY2_POSTS: CampaignPost[] = [
  post('7501', 'mia.makes', 150_000, 12_000, 450, 360, 'This search API changed my workflow #summer'),
  post('7502', 'botfarm_01', 70_000, 1_500, 5, 1, CAPTIONS.html),
  post('7503', 'lena_rtl', 50_000, 4_400, 170, 85, CAPTIONS.rtl),
  post('7507', 'new_nick', 20_000, 1_800, 60, 30, 'first time joining #summer'),
  post('7504', 'mia.makes', 61_000, 5_050, 205, 91, CAPTIONS.emoji),
  post('7506', 'botfarm_01', 31_000, 1_020, 3, 0, 'giveaway giveaway #summer'),
  post('7508', 'lena_rtl', 5_000, 450, 12, 6, 'day two #summer'),
];

/**
 * What the screening reads per participant: followers, following, likes received, and ten recent videos (seed-v1
 * reads plays, likes and comments; cohort-v1 also shares and saves, left out as 0 when not given).
 */
interface Persona {
  followers: number;
  following: number;
  private?: boolean;
  videos: Array<{ plays: number; likes: number; comments: number; shares?: number; saves?: number }>;
}

/** An honest creator: plays about its followers, likes 3-7.5% of followers, and shares and saves as people do (4 and 6 per 100 likes). */
const organic = (followers: number): Persona => ({
  followers,
  following: 300,
  videos: Array.from({ length: 10 }, (_, i) => {
    const likes = Math.round(followers * (0.03 + i * 0.005));
    return { plays: followers + i * 7_000, likes, comments: 200 + i, shares: Math.round(likes * 0.04), saves: Math.round(likes * 0.06) };
  }),
});

const PERSONAS: Record<string, Persona> = {
  'mia.makes': organic(80_000),
  lena_rtl: organic(40_000),
  new_nick: organic(20_000),
  // Follows more than follow it, likes and plays far below its audience, identical likes on every video, never
  // shared or saved.
  botfarm_01: { followers: 100_000, following: 150_000, videos: Array.from({ length: 10 }, () => ({ plays: 1_000, likes: 200, comments: 1 })) },
  private_pat: { followers: 5_000, following: 100, private: true, videos: [] },
};

function profile(request: ParsedRequest): Answer {
  const username = String(request.params.username);
  const p = PERSONAS[username];
  if (!p) return data({ statusCode: 10202, status_code: 10202, statusMsg: 'user not exist' });
  const likes = p.videos.reduce((sum, v) => sum + v.likes, 0);
  return data({
    user: { id: `u-${username}`, uniqueId: username, secUid: `sec-${username}`, nickname: username, verified: false, privateAccount: Boolean(p.private) },
    stats: { followerCount: p.followers, followingCount: p.following, heartCount: likes, videoCount: p.videos.length },
    statsV2: { followerCount: String(p.followers), followingCount: String(p.following), heartCount: String(likes), videoCount: String(p.videos.length) },
  });
}

function posts(request: ParsedRequest): Answer {
  const username = String(request.params.username);
  const videos = (PERSONAS[username]?.videos ?? []).map((v, i) =>
    campaignItem({ id: `${username}-${i}`, author: username, plays: v.plays, likes: v.likes, comments: v.comments, shares: v.shares ?? 0, saves: v.saves ?? 0, caption: 'feed' }, 'fyp'),
  );
  return data({ videos, cursor: String(videos.length), hasMore: false });
}

export interface CampaignWire {
  server: WireServer;
  provider: Provider;
  warehouse: Warehouse;
  /** Moves the campaign (and the client's clock) to another moment. */
  setNow(at: Date): void;
  now: () => Date;
}

/**
 * The campaign behind a real Scavio client over HTTP, a warehouse in memory, and a clock the test moves. Day 1's
 * list comes in pages of three with the first page answered twice and lena_rtl's video pinned in front.
 */
export async function withCampaignWire(fn: (wire: CampaignWire) => Promise<void>, options: { credits?: number } = {}): Promise<void> {
  let current = DAY1;
  const feeds = new Map<string, ReturnType<typeof createFeed>>();
  const feedFor = (at: Date) => {
    const key = at.toISOString();
    let feed = feeds.get(key);
    if (!feed) {
      const day1 = at < DAY2;
      const items = (day1 ? DAY1_POSTS : DAY2_POSTS).map((p) => campaignItem(p, HASHTAG));
      const pinned = day1 ? items.filter((i) => i.id === '7503') : [];
      feed = createFeed({ items, pinned, dialect: 'web', listKey: 'videos', pageSize: 3, ...(day1 ? { repeatedRequest: 1 } : {}) });
      feeds.set(key, feed);
    }
    return feed;
  };
  const backend = byEndpoint({ 'hashtag/videos': (r) => feedFor(current)(r), 'user/info': profile, 'user/posts': posts });
  // A limited account here is one whose vendor does not say what is left: its 402 comes unannounced.
  const limited = options.credits === undefined ? {} : { credits: options.credits, hideCreditsRemaining: true };
  const server = await startWireServer({ scavio: { apiKey: SCAVIO_KEY, backend, ...limited } });
  const now = () => current;
  const transport = createHttpTransport({ baseUrl: server.scavioBaseUrl, apiKey: SCAVIO_KEY, minRetryDelayMs: 5, maxRetryDelayMs: 20, timeoutMs: 2_000 });
  const provider = new ScavioProvider({ transport, clock: now, contract: 'scavio-tutorial' });
  const warehouse = await Warehouse.open(':memory:');
  try {
    await fn({ server, provider, warehouse, now, setNow: (at) => (current = at) });
  } finally {
    warehouse.close();
    await provider.close();
    await server.close();
  }
}

/** Options for the tests: no budget, one participant at a time (a deterministic order), never a fresh skip. */
export function trackOptions(now: () => Date, options: Partial<TrackCampaignOptions> = {}): TrackCampaignOptions {
  return {
    maxVideos: DEFAULT_MAX_VIDEOS,
    maxCredits: null,
    concurrency: 1,
    rps: null,
    screen: true,
    maxAgeMs: 0,
    flagAt: 'high',
    values: null,
    now,
    ...options,
  };
}
