import { ShapeError } from '../exchange.ts';
import { readCount } from '../counts.ts';
import { audienceMessages } from './messages.ts';
import { audienceUserFromApp, hasPlaceholderCounts } from './normalize-user.ts';
import type { AudienceUser, FollowerCursor, FollowerPage } from './records.ts';
import { followerListBody } from './shapes.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A page of Scavio's documented `user/followers`: the app's `followers` list, newest first, with `has_more`,
 * `page_token` and `min_time` (both passed back for the next page) and the follow times the page spans. A body
 * without `followers` is a schema error, never an empty page: an empty page says so under that key (`[]`, or `null`
 * as the app sends empty lists). A list of users under another key (`followings`, `user_list`) is not followers.
 * Each follower needs an id (`uid`, `sec_uid` or `unique_id`).
 */
export function parseFollowerPage(data: unknown): FollowerPage {
  if (!isObject(data) || !('followers' in data)) throw new ShapeError(audienceMessages.noFollowerList(isObject(data) ? Object.keys(data) : []));
  const body = followerListBody.parse(data);
  const items = (body.followers ?? []).map(followerAt);
  const pageToken = body.page_token === null || body.page_token === undefined || body.page_token === '' ? null : String(body.page_token);
  const minTime = body.min_time ?? null;
  const next: FollowerCursor | null = pageToken !== null && minTime !== null && minTime !== '' ? { pageToken, minTime } : null;
  return {
    items,
    next,
    hasMore: Boolean(body.has_more ?? false),
    minTime: timeOf(body.min_time),
    maxTime: timeOf(body.max_time),
    total: readCount(body.total).value,
  };
}

function followerAt(raw: unknown, index: number): AudienceUser {
  // A follower follows at least this creator: following_count 0 marks the zeroed counts lists send in place of counts.
  const user = audienceUserFromApp(raw, hasPlaceholderCounts(raw) ? 'placeholders' : 'read');
  if (user.userId === null && user.secUid === null && user.username === null) throw new ShapeError(audienceMessages.userWithoutId('follower', index));
  return user;
}

/** `min_time` / `max_time` in seconds (the app's unit); milliseconds are recognised by their size. */
function timeOf(raw: unknown): Date | null {
  const value = readCount(raw).value;
  if (value === null || value === 0) return null;
  return new Date(value > 1e11 ? value : value * 1000);
}
