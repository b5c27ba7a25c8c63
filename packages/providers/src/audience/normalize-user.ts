import { type CountReading, readCount } from '../counts.ts';
import { normaliseHandle } from '../normalize.ts';
import type { AudienceUser } from './records.ts';
import { type AppAudienceUser, appAudienceUser } from './shapes.ts';

/** The last second every store we write can hold (DuckDB, Parquet, JS Date): 9999-12-31T23:59:59Z. */
const LAST_EPOCH_SECOND = 253_402_300_799;

/** Reads counts and times, keeping why a value could not be read (a missing field is simply unknown). */
class Readings {
  readonly problems: string[] = [];
  count(field: string, reading: CountReading): number | null {
    if (reading.value === null && reading.problem !== 'missing') this.problems.push(`${field}: ${reading.problem}`);
    return reading.value;
  }
  /** Seconds since the epoch; 0 is the app's "unset", and a time past year 9999 is unreadable. */
  time(field: string, raw: unknown): Date | null {
    const seconds = this.count(field, readCount(raw));
    if (seconds === null || seconds === 0) return null;
    if (seconds > LAST_EPOCH_SECOND) {
      this.problems.push(`${field}: beyond any real time: ${seconds}`);
      return null;
    }
    return new Date(seconds * 1000);
  }
}

const idText = (v: string | number | null | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const truthy = (v: boolean | number | null | undefined): boolean | null => (v === null || v === undefined ? null : Boolean(v));

function avatarOf(user: AppAudienceUser): string | null {
  const thumb = user.avatar_thumb;
  return thumb?.uri || thumb?.url_list?.[0] || user.avatar_uri || null;
}

function verifiedOf(user: AppAudienceUser): boolean | null {
  if (user.verification_type !== null && user.verification_type !== undefined) return user.verification_type > 0;
  return user.custom_verify ? true : null;
}

/**
 * How counts of a user object are to be read. `follower`: as a follower list sends them, except where they are the
 * app's list placeholders (see `parseFollowerPage`); `never`: a comment's author, whose counts lists zero.
 */
export type CountsReading = 'read' | 'placeholders' | 'never';

/** The app's user object as our record; `counts` says whether its counts can be believed. */
export function audienceUserFromApp(raw: unknown, counts: CountsReading): AudienceUser {
  const user = appAudienceUser.parse(raw);
  const r = new Readings();
  const read = (field: string, value: unknown) => (counts === 'read' ? r.count(field, readCount(value)) : null);
  if (counts === 'placeholders') r.problems.push(PLACEHOLDER_PROBLEM);
  return {
    userId: idText(user.uid),
    secUid: user.sec_uid || null,
    username: user.unique_id ? normaliseHandle(user.unique_id) : null,
    nickname: user.nickname ?? null,
    bio: user.signature ?? null,
    avatar: avatarOf(user),
    followers: read('followers', user.follower_count),
    following: read('following', user.following_count),
    likesReceived: read('likes_received', user.total_favorited),
    videoCount: read('video_count', user.aweme_count),
    createdAt: r.time('created_at', user.create_time),
    verified: verifiedOf(user),
    privateAccount: truthy(user.secret),
    countProblems: r.problems,
  };
}

/** Why a follower's counts are unknown although the body sent numbers. */
const PLACEHOLDER_PROBLEM =
  'counts: following_count 0 for an account that follows this creator: the list sent zeroed placeholders, not counts';

/** An account that follows someone follows at least one account: a 0 there means the list zeroed every count. */
export function hasPlaceholderCounts(raw: unknown): boolean {
  const parsed = appAudienceUser.safeParse(raw);
  if (!parsed.success) return false;
  return readCount(parsed.data.following_count).value === 0;
}
