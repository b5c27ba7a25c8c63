import type { CreatorTraits } from './creator.ts';
import { Rng } from './random.ts';
import type { SimVideo } from './videos.ts';

/**
 * TikTok's web bodies as Scavio passes them through: `stats` as JSON numbers (4 significant digits from
 * 100,000 up, and heartCount wrapped to int32 past 2^31, as TikTok sends them) beside `statsV2`'s exact strings.
 */
const INT32_MAX = 2 ** 31 - 1;

function rounded(n: number): number {
  if (n < 100_000) return n;
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 3);
  return Math.round(n / magnitude) * magnitude;
}

const wrapped = (n: number) => (n > INT32_MAX ? n | 0 : rounded(n));

/** The sec_uid the simulator gives a creator: drawn from its handle, so only a directory of handles can invert it. */
export function secUidOf(t: CreatorTraits): string {
  const rng = new Rng(t.seed, 'secuid', t.username);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return `MS4wLjABAAAA${Array.from({ length: 52 }, () => rng.pick([...alphabet])).join('')}`;
}

export interface ProfileFigures {
  followers: number;
  following: number;
  likesReceived: number;
  videoCount: number;
}

export function profileBody(t: CreatorTraits, figures: ProfileFigures) {
  const { followers, following, likesReceived, videoCount } = figures;
  return {
    user: {
      id: t.userId,
      uniqueId: t.username,
      nickname: t.nickname,
      secUid: secUidOf(t),
      verified: t.verified,
      privateAccount: t.status === 'private',
      createTime: t.createdAtS,
    },
    stats: {
      followerCount: rounded(followers),
      followingCount: rounded(following),
      heartCount: wrapped(likesReceived),
      heart: wrapped(likesReceived),
      videoCount,
      diggCount: 0,
    },
    statsV2: {
      followerCount: String(followers),
      followingCount: String(following),
      heartCount: String(likesReceived),
      heart: String(likesReceived),
      videoCount: String(videoCount),
      diggCount: '0',
    },
  };
}

export function itemBody(v: SimVideo, nickname: string, pinned: boolean) {
  return {
    id: v.videoId,
    desc: v.caption,
    createTime: v.postedAtS,
    author: { uniqueId: v.username, nickname },
    stats: {
      playCount: rounded(v.plays),
      diggCount: rounded(v.likes),
      commentCount: rounded(v.comments),
      shareCount: rounded(v.shares),
      collectCount: rounded(v.saves),
    },
    statsV2: {
      playCount: String(v.plays),
      diggCount: String(v.likes),
      commentCount: String(v.comments),
      shareCount: String(v.shares),
      collectCount: String(v.saves),
    },
    challenges: v.hashtags.map((title) => ({ title })),
    textExtra: v.hashtags.map((hashtagName) => ({ hashtagName })),
    isAd: false,
    video: { duration: v.durationS },
    ...(pinned ? { isPinnedItem: true } : {}),
  };
}

/** TikTok's own status inside a 200 (10202 not found, 10222 private), as the web API sends it. */
export const tiktokStatusBody = (code: number, message: string) => ({ statusCode: code, status_code: code, statusMsg: message });

export const CAPTCHA_BODY = { code: '10000', from: '', type: 'verify', version: '', region: 'va', subtype: 'slide' } as const;
