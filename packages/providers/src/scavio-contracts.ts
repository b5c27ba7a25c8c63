import { contractMessages } from './messages.ts';
import type { CreatorRef, HashtagInfo, ScavioContract } from './records.ts';
import type { WireRequest } from './transport.ts';

/**
 * The requests of Scavio's two contracts, under the same base URL (`…/api/v1/tiktok`).
 *
 * - `scavio-2026`, the documented API (its docs and its SDKs: scavio-js `namespaces/tiktok.ts`, scavio-python,
 *   scavio-mcp `tools/tiktok.ts`): `profile {username}` answers `data.user` (app snake_case) with the `sec_uid`
 *   that `user/posts {sec_user_id, cursor: "0", count 1-30, sort_type: "0"}` needs; `hashtag {hashtag_name}`
 *   answers the id that `hashtag/videos {hashtag_id, cursor, count}` needs. Pages hold about 10 videos
 *   whatever `count` asks.
 * - `scavio-tutorial`, what Scavio's tutorials (and the seeds) call: `user/info {username}`,
 *   `user/posts {username, count, cursor: 0}` and `hashtag/videos {hashtag}`, numeric cursors, web camelCase.
 */
export const SCAVIO_ENDPOINTS: Readonly<Record<ScavioContract, { profile: string; videos: string; hashtag: string | null; hashtagVideos: string }>> = {
  'scavio-2026': { profile: 'profile', videos: 'user/posts', hashtag: 'hashtag', hashtagVideos: 'hashtag/videos' },
  'scavio-tutorial': { profile: 'user/info', videos: 'user/posts', hashtag: null, hashtagVideos: 'hashtag/videos' },
};

/** Videos a page holds before any was seen: the documented API's "about 10"; the tutorials' pages hold what `count` asks. */
export const SCAVIO_PAGE_SIZE: Readonly<Record<ScavioContract, number | null>> = { 'scavio-2026': 10, 'scavio-tutorial': null };

/** `count` the documented API accepts: 1 to 30. */
const documentedCount = (count: number) => Math.max(1, Math.min(30, Math.trunc(count)));

export function profileRequest(contract: ScavioContract, username: string): WireRequest {
  return { method: 'POST', path: SCAVIO_ENDPOINTS[contract].profile, json: { username } };
}

export function videosRequest(contract: ScavioContract, creator: CreatorRef, cursor: string | null, count: number): WireRequest {
  const path = SCAVIO_ENDPOINTS[contract].videos;
  if (contract === 'scavio-tutorial') return { method: 'POST', path, json: { username: creator.username, count, cursor: cursor === null ? 0 : Number(cursor) } };
  if (!creator.secUid) throw new Error(contractMessages.missingKey(`user/posts for @${creator.username}`, 'its sec_uid'));
  return { method: 'POST', path, json: { sec_user_id: creator.secUid, cursor: cursor ?? '0', count: documentedCount(count), sort_type: '0' } };
}

export function hashtagRequest(hashtag: string): WireRequest {
  return { method: 'POST', path: 'hashtag', json: { hashtag_name: hashtag } };
}

export function hashtagVideosRequest(contract: ScavioContract, tag: HashtagInfo, cursor: string | null, count: number): WireRequest {
  const path = SCAVIO_ENDPOINTS[contract].hashtagVideos;
  if (contract === 'scavio-tutorial') {
    const json: Record<string, unknown> = { hashtag: tag.hashtag, count };
    if (cursor !== null) json.cursor = Number(cursor);
    return { method: 'POST', path, json };
  }
  if (!tag.hashtagId) throw new Error(contractMessages.missingKey(`hashtag/videos for #${tag.hashtag}`, 'its hashtag_id'));
  return { method: 'POST', path, json: { hashtag_id: tag.hashtagId, cursor: cursor ?? '0', count: documentedCount(count) } };
}

/**
 * A request that only the tutorials' contract can answer with anything but 404, and that costs nothing: `user/info`
 * without a username. A server that has the path rejects it (400/422, free); one without it says 404.
 */
export const TUTORIAL_PATH_PROBE: WireRequest = { method: 'POST', path: 'user/info', json: {} };
