import type { CreatorRef } from '../records.ts';
import type { WireRequest } from '../transport.ts';
import { audienceMessages } from './messages.ts';
import type { FollowerCursor } from './records.ts';

/**
 * The audience endpoints of Scavio's documented API (FIELD-NOTES): `user/followers {sec_user_id, count <= 20,
 * page_token, min_time}`, newest followers first, both cursor halves passed back as the previous answer sent them;
 * `video/comments {video_id, cursor, count <= 50}`. The tutorials' contract has neither.
 */
export const AUDIENCE_ENDPOINTS = { followers: 'user/followers', comments: 'video/comments' } as const;

/** Largest `count` each endpoint accepts: also what a page is priced at until pages say otherwise. */
export const AUDIENCE_PAGE_LIMIT = { followers: 20, comments: 50 } as const;

export type AudienceFeed = keyof typeof AUDIENCE_PAGE_LIMIT;

const bounded = (count: number, max: number) => Math.max(1, Math.min(max, Math.trunc(count)));

export function followersRequest(creator: CreatorRef, cursor: FollowerCursor | null, count: number): WireRequest {
  if (!creator.secUid) throw new Error(audienceMessages.needsSecUid(creator.username));
  const json: Record<string, unknown> = { sec_user_id: creator.secUid, count: bounded(count, AUDIENCE_PAGE_LIMIT.followers) };
  if (cursor) {
    json.page_token = cursor.pageToken;
    json.min_time = cursor.minTime;
  }
  return { method: 'POST', path: AUDIENCE_ENDPOINTS.followers, json };
}

/** Cursors go out as strings, as the documented API's other list endpoints take them (`cursor: "0"`). */
export function commentsRequest(videoId: string, cursor: string | null, count: number): WireRequest {
  return { method: 'POST', path: AUDIENCE_ENDPOINTS.comments, json: { video_id: videoId, cursor: cursor ?? '0', count: bounded(count, AUDIENCE_PAGE_LIMIT.comments) } };
}

/** A request only the documented contract answers with anything but 404, for free: `user/followers` without a creator. */
export const AUDIENCE_PATH_PROBE: WireRequest = { method: 'POST', path: AUDIENCE_ENDPOINTS.followers, json: {} };
