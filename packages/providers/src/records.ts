/** The normalised records every provider returns. Counts are exact integers or `null` (unknown), never a guessed 0. */

export type ProviderName = 'scavio' | 'tikhub' | 'synthetic';

/**
 * Which wire contract answered: Scavio's documented API (`profile`, `user/posts` by `sec_user_id`, `hashtag`,
 * `hashtag/videos` by id, app snake_case), the contract of Scavio's tutorials (`user/info`, `user/posts` and
 * `hashtag/videos` by name, web camelCase), or TikHub's.
 */
export const SCAVIO_CONTRACTS = ['scavio-2026', 'scavio-tutorial'] as const;
export type ScavioContract = (typeof SCAVIO_CONTRACTS)[number];
export type WireContract = ScavioContract | 'tikhub';

/** A creator's own feed, or a hashtag's: their pages may hold different numbers of videos. */
export type Feed = 'creator' | 'hashtag';

export interface CreatorProfile {
  /** Lower-cased TikTok handle (`uniqueId`). */
  username: string;
  userId: string | null;
  secUid: string | null;
  nickname: string | null;
  verified: boolean | null;
  privateAccount: boolean | null;
  /** Account creation time where the body carries it. */
  createdAt: Date | null;
  followers: number | null;
  following: number | null;
  /** Likes received over all videos (`heartCount` / `total_favorited`). */
  likesReceived: number | null;
  videoCount: number | null;
  /** Counts the body sent but that could not be trusted (wrapped, non-integer...), by field. */
  countProblems: string[];
}

export interface Video {
  videoId: string;
  /** Lower-cased author handle, when the body names it. */
  author: string | null;
  createdAt: Date | null;
  caption: string;
  plays: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  durationSeconds: number | null;
  hashtags: string[];
  isPinned: boolean;
  isAd: boolean;
  countProblems: string[];
}

export interface Page<T> {
  items: T[];
  /** Cursor for the next page, or null when the body gave none. */
  nextCursor: string | null;
  hasMore: boolean;
  /** Videos the page held that are not the asked creator's, left out of `items` (see `askedCreatorsPage`). */
  leftOut?: readonly LeftOut[];
}

/** A video left out of a creator's page, and whose it is. */
export interface LeftOut {
  videoId: string;
  author: string;
}

export interface HashtagInfo {
  hashtag: string;
  hashtagId: string | null;
  /** Number of videos the platform reports for the hashtag, where it reports one. */
  videoCount: number | null;
  viewCount: number | null;
}

/** Who to ask for a creator's videos: some APIs key posts by `secUid`, learnt from the profile. */
export interface CreatorRef {
  username: string;
  secUid?: string | null;
}
