/**
 * What an audience sample reads: the accounts that follow a creator (newest first) and the comments under its
 * videos. Counts are exact integers or `null` (unknown), never a guessed 0; a field the body did not send is null.
 */

/** A TikTok account as a follower list or a comment carries it (the app's user object). */
export interface AudienceUser {
  userId: string | null;
  secUid: string | null;
  /** Lower-cased handle (`unique_id`). */
  username: string | null;
  nickname: string | null;
  /** The profile's bio (`signature`); '' when the account has none, null when the body did not say. */
  bio: string | null;
  /** The avatar as sent: `avatar_thumb.uri`, else its first `url_list` entry; null when the body sent no avatar. */
  avatar: string | null;
  followers: number | null;
  following: number | null;
  /** Likes received over all its videos (`total_favorited`). */
  likesReceived: number | null;
  /** Videos posted (`aweme_count`). */
  videoCount: number | null;
  createdAt: Date | null;
  verified: boolean | null;
  privateAccount: boolean | null;
  /** Counts the body sent but that could not be trusted, by field (a list's zeroed placeholders among them). */
  countProblems: string[];
}

/**
 * Where the next follower page starts: Scavio's documented `user/followers` pages with `page_token` and `min_time`
 * passed together, both as the previous answer sent them.
 */
export interface FollowerCursor {
  pageToken: string;
  minTime: number | string;
}

export interface FollowerPage {
  items: AudienceUser[];
  /** Null when the answer gave no whole cursor (either half missing): the walk cannot go on without guessing. */
  next: FollowerCursor | null;
  hasMore: boolean;
  /** Follow times the page spans (`min_time`, `max_time`), where the answer says: the window the sample describes. */
  minTime: Date | null;
  maxTime: Date | null;
  /** Followers the list reports in all, where it reports it. */
  total: number | null;
}

export interface SampledComment {
  commentId: string;
  /** The video the comment is under (`aweme_id`), else the one asked for. */
  videoId: string;
  /** The text as sent; null when the body sent none (a sticker comment, say). */
  text: string | null;
  createdAt: Date | null;
  likes: number | null;
  /** The commenter. Its counts are never read: lists send them as zeroed placeholders. */
  author: AudienceUser | null;
}

export interface CommentPage {
  items: SampledComment[];
  nextCursor: string | null;
  hasMore: boolean;
  total: number | null;
}

/** Whether a provider, in the contract its server speaks, can sample audiences. */
export type AudienceSupport =
  | { state: 'supported' }
  | { state: 'unsupported'; reason: string }
  /** The contract is not known yet: the first audience call asks the documented one and learns. */
  | { state: 'unknown' };
