import { Rng } from '../random.ts';
import type { Transport, WireRequest, WireResponse } from '../../transport.ts';
import { videoAt } from '../videos.ts';
import { CAPTCHA_BODY, tiktokStatusBody } from '../wire.ts';
import { audienceTraits } from './audience-traits.ts';
import { commentList } from './comments.ts';
import type { SyntheticDirectory } from './directory.ts';
import { followersListedAt } from './follow-stream.ts';
import { followersFrom } from './followers.ts';
import { commentBody, followerBody } from './wire.ts';

export interface SyntheticAudienceOptions {
  seed: number;
  clock?: () => Date;
  /** Creators whose sec_uids and video ids the simulator can resolve (see `SyntheticDirectory`). */
  directory: SyntheticDirectory;
  /** Share of calls answered with a captcha, per call and minute, as the rest of the simulator does. Default 0.002. */
  faultRate?: number;
}

const FOLLOWERS_PAGE = 20;
const COMMENTS_PAGE = 50;

const ok = (data: unknown): WireResponse => ({ status: 200, body: JSON.stringify({ data, response_time: 0, credits_used: 1 }) });
const invalid = (field: string, message: string): WireResponse => ({ status: 422, body: JSON.stringify({ error: { message: `${field}: ${message}` } }) });

/** `page_token`: the rank the next page starts at, opaque to clients as real tokens are. */
const tokenOf = (rank: number) => Buffer.from(JSON.stringify({ r: rank })).toString('base64url');
function rankOf(token: string): number | null {
  try {
    const r = (JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { r?: unknown }).r;
    return typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : null;
  } catch {
    // A token we never issued: the request is refused below, as a real server refuses a forged cursor.
    return null;
  }
}

const count = (value: unknown, max: number) => {
  const n = Number(value ?? max);
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : null;
};

/**
 * The simulated world's followers and comments, in Scavio's documented contract (`user/followers`,
 * `video/comments`; app objects in Scavio's envelope): the tutorials' contract has no such endpoint. Followers come
 * newest first, paged by `page_token` and `min_time` together; comments are paged by an offset `cursor`.
 */
export function createSyntheticAudienceTransport(options: SyntheticAudienceOptions): Transport {
  const { seed, directory } = options;
  const clock = options.clock ?? (() => new Date());
  const faultRate = options.faultRate ?? 0.002;

  const followers = (p: Record<string, unknown>, atS: number): WireResponse => {
    const t = directory.creatorBySecUid(String(p.sec_user_id));
    if (t === null || t.status === 'not_found') return ok(tiktokStatusBody(10202, 'user not exist'));
    if (t.status === 'private') return ok(tiktokStatusBody(10222, 'private account'));
    const size = count(p.count, FOLLOWERS_PAGE);
    if (size === null) return invalid('count', 'Input should be between 1 and 20');
    // The documented contract: both halves of the cursor come back together, or neither does.
    if ((p.page_token === undefined) !== (p.min_time === undefined)) return invalid('page_token, min_time', 'pass both from the previous answer');
    const from = p.page_token === undefined ? followersListedAt(t, atS) : rankOf(String(p.page_token));
    if (from === null) return invalid('page_token', 'invalid page token');
    const page = followersFrom(t, audienceTraits(t), atS, from, size);
    const last = page[page.length - 1];
    const next = last ? last.rank - 1 : 0;
    return ok({
      followers: page.map((f) => followerBody(f.account)),
      has_more: next >= 1 ? 1 : 0,
      page_token: tokenOf(next),
      min_time: last ? last.followedAtS : Number(p.min_time ?? 0),
      max_time: page[0]?.followedAtS ?? 0,
      total: followersListedAt(t, atS),
      status_code: 0,
    });
  };

  const comments = (p: Record<string, unknown>, atS: number): WireResponse => {
    const post = directory.postByVideoId(String(p.video_id));
    if (post === null || post.postedAtS > atS || post.creator.status === 'not_found') return ok(tiktokStatusBody(10204, 'video unavailable'));
    if (post.creator.status === 'private') return ok(tiktokStatusBody(10216, 'private post'));
    const t = post.creator;
    const size = count(p.count, COMMENTS_PAGE);
    if (size === null) return invalid('count', 'Input should be between 1 and 50');
    const cursor = Number(p.cursor ?? 0);
    if (!Number.isInteger(cursor) || cursor < 0) return invalid('cursor', 'Input should be a valid integer');
    const list = commentList(t, audienceTraits(t), videoAt(post, atS), atS);
    const end = Math.min(list.total, cursor + size);
    const page = Array.from({ length: Math.max(0, end - cursor) }, (_, i) => commentBody(list.at(cursor + i)));
    return ok({ comments: page.length > 0 ? page : null, cursor: Math.max(end, cursor), has_more: end < list.total ? 1 : 0, total: list.total, status_code: 0 });
  };

  return async (request: WireRequest) => {
    const atS = Math.floor(clock().getTime() / 1000);
    const p = (typeof request.json === 'object' && request.json !== null ? request.json : {}) as Record<string, unknown>;
    if (request.method !== 'POST') return { status: 405, body: JSON.stringify({ error: 'Method Not Allowed' }) };
    const key = request.path === 'user/followers' ? 'sec_user_id' : request.path === 'video/comments' ? 'video_id' : null;
    if (key === null) return { status: 404, body: JSON.stringify({ error: 'Not Found' }) };
    if (typeof p[key] !== 'string' || p[key] === '') return invalid(key, 'Field required');
    if (faultRate > 0 && new Rng(seed, 'fault', request.path, JSON.stringify(p), Math.floor(atS / 60)).chance(faultRate)) {
      return { status: 200, body: JSON.stringify(CAPTCHA_BODY) };
    }
    return request.path === 'user/followers' ? followers(p, atS) : comments(p, atS);
  };
}
