import {
  type Backend,
  byEndpoint,
  createFeed,
  data,
  type FeedOptions,
  type ParsedRequest,
  type Vendor,
} from '@creator-audit/providers/testing';

/**
 * A cohort of creators served over the wire in either vendor's format, every body derived from the
 * handle alone: any handle is a public creator with exact `statsV2` strings beside rounded `stats`, and a
 * feed of a few videos. Tests script the odd creators in front of it with `server.script(asks(...))`.
 */

/** FNV-1a: a stable number per handle, so counts differ between creators without any randomness. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** An exact count that is never a round number, so reading the rounded `stats` instead shows. */
const exact = (handle: string, salt: string, scale: number) => (hashOf(`${salt}:${handle}`) % scale) * 100 + 37;
const rounded = (n: number) => Math.round(n / 1000) * 1000;

export interface WorldCounts {
  followers: number;
  following: number;
  /** Likes received: above 2^31 for most creators, so a 32-bit reading wraps. */
  likes: number;
  videoCount: number;
}

export function countsOf(handle: string): WorldCounts {
  const followers = exact(handle, 'followers', 10_000_000);
  return { followers, following: exact(handle, 'following', 50), likes: followers * 40 + 3, videoCount: exact(handle, 'videos', 30) };
}

const secUidOf = (handle: string) => `MS4wLjABAAAA-${handle}`;

/** TikTok's web profile: `stats` rounded, with likes wrapped to int32 as TikTok does; `statsV2` exact strings. */
export function webProfile(handle: string, overrides: { privateAccount?: boolean } = {}): Record<string, unknown> {
  const c = countsOf(handle);
  return {
    user: {
      id: `68000000${String(hashOf(handle)).padStart(10, '0')}`,
      uniqueId: handle,
      nickname: `Creator ${handle}`,
      secUid: secUidOf(handle),
      verified: false,
      privateAccount: overrides.privateAccount ?? false,
      createTime: 1_560_000_000,
    },
    stats: { followerCount: rounded(c.followers), followingCount: c.following, heartCount: c.likes | 0, videoCount: c.videoCount },
    statsV2: {
      followerCount: String(c.followers),
      followingCount: String(c.following),
      heartCount: String(c.likes),
      videoCount: String(c.videoCount),
    },
  };
}

export const videoIdOf = (handle: string, i: number) => `v-${handle}-${i}`;
export const playsOf = (handle: string, i: number) => exact(handle, `plays${i}`, 100_000);

/** `n` web items, newest first, with exact statsV2 plays beside rounded stats. */
export function webVideos(handle: string, n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const plays = playsOf(handle, i + 1);
    return {
      id: videoIdOf(handle, i + 1),
      desc: `video ${i + 1} of ${handle} #fyp`,
      createTime: String(1_700_000_000 - i * 86_400),
      author: { uniqueId: handle },
      stats: { playCount: rounded(plays), diggCount: 1_000, commentCount: 10, shareCount: 5, collectCount: 2 },
      statsV2: { playCount: String(plays), diggCount: '1003', commentCount: '11', shareCount: '5', collectCount: '2' },
      textExtra: [{ hashtagName: 'fyp' }],
      video: { duration: 15 },
    };
  });
}

/** The creator a request is about, for either vendor (TikHub asks for posts by secUid). */
export function handleOf(request: ParsedRequest): string {
  const p = request.params;
  if (request.vendor === 'scavio') return String(p.username);
  return request.endpoint === 'web/fetch_user_post' ? String(p.secUid).replace(secUidOf(''), '') : String(p.uniqueId);
}

export type Asked = 'profile' | 'posts';

export function askedOf(request: ParsedRequest): Asked {
  return request.endpoint === 'user/info' || request.endpoint === 'web/fetch_user_profile' ? 'profile' : 'posts';
}

/** Matches a creator's profile or posts requests, for `server.script`. */
export const asks =
  (handle: string, what: Asked): ((request: ParsedRequest) => boolean) =>
  (request) =>
    handleOf(request) === handle && askedOf(request) === what;

export interface WorldOptions {
  /** Videos in a creator's feed (default 7). */
  videos?: (handle: string) => number;
  /** Feed pathologies for some creators: pinned repeats, a repeated page, empty pages at the end. */
  feeds?: Record<string, Partial<FeedOptions>>;
  /** Profiles that differ from the default, as the TikTok payload. */
  profiles?: Record<string, Record<string, unknown>>;
}

/** The cohort as a wire-server backend for `vendor`. */
export function creatorWorld(vendor: Vendor, options: WorldOptions = {}): Backend {
  const listKey = vendor === 'scavio' ? 'videos' : 'itemList';
  const videos = options.videos ?? (() => 7);
  const feed = (handle: string) =>
    createFeed({ items: webVideos(handle, videos(handle)), dialect: 'web', listKey, ...options.feeds?.[handle] });
  // Feeds with pathologies keep state over a walk (which request repeats); plain ones are built per request.
  const walks = new Map(Object.keys(options.feeds ?? {}).map((h) => [h, feed(h)]));
  const posts: Backend = (request) => {
    const handle = handleOf(request);
    return (walks.get(handle) ?? feed(handle))(request);
  };
  const profile: Backend = (request) => {
    const handle = handleOf(request);
    const payload = options.profiles?.[handle] ?? webProfile(handle);
    return data(vendor === 'scavio' ? payload : { userInfo: payload, statusCode: 0 });
  };
  return vendor === 'scavio'
    ? byEndpoint({ 'user/info': profile, 'user/posts': posts })
    : byEndpoint({ 'web/fetch_user_profile': profile, 'web/fetch_user_post': posts });
}

/** `n` handles `prefix0001`...: valid TikTok handles, in input order. */
export const handles = (n: number, prefix = 'creator') => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(4, '0')}`);
