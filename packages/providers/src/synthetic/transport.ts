import type { Transport, WireRequest, WireResponse } from '../transport.ts';
import { campaignVideosAt } from './campaign.ts';
import { creatorTraits } from './creator.ts';
import { Rng } from './random.ts';
import { pinnedPosts, profileAt, recentPosts, videoAt } from './videos.ts';
import { CAPTCHA_BODY, itemBody, profileBody, tiktokStatusBody } from './wire.ts';

export interface SyntheticOptions {
  seed: number;
  /** The simulated world's time; the provider's clock, so a fetch's `fetchedAt` and its numbers agree. */
  clock?: () => Date;
  /**
   * Share of calls answered with a captcha instead of data, as real vendors sometimes pass through. Drawn per
   * call and minute, so a re-run a minute later gets through. Default 0.002; 0 for a clean world.
   */
  faultRate?: number;
}

const MAX_PAGE = 35;

const ok = (data: unknown): WireResponse => ({ status: 200, body: JSON.stringify({ data, response_time: 0, credits_used: 1 }) });
const error = (status: number, message: string): WireResponse => ({ status, body: JSON.stringify({ error: message }) });

function params(request: WireRequest): Record<string, unknown> {
  return (typeof request.json === 'object' && request.json !== null ? request.json : {}) as Record<string, unknown>;
}

function pageSize(value: unknown): number {
  const n = Number(value ?? 30);
  return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_PAGE) : 30;
}

/**
 * The simulated world behind Scavio's endpoints (`user/info`, `user/posts`, `hashtag/videos`), answering
 * in Scavio's envelope. Runs in process for the offline default, or behind the loopback wire server.
 */
export function createSyntheticTransport(options: SyntheticOptions): Transport {
  const { seed } = options;
  const clock = options.clock ?? (() => new Date());
  const faultRate = options.faultRate ?? 0.002;

  const faulty = (request: WireRequest, atS: number) =>
    faultRate > 0 && new Rng(seed, 'fault', request.path, JSON.stringify(request.json ?? {}), Math.floor(atS / 60)).chance(faultRate);

  const userInfo = (username: string, atS: number): WireResponse => {
    const t = creatorTraits(seed, username);
    if (t.status === 'not_found') return ok(tiktokStatusBody(10202, 'user not exist'));
    return ok(profileBody(t, profileAt(t, atS)));
  };

  const userPosts = (username: string, count: number, cursor: number, atS: number): WireResponse => {
    const t = creatorTraits(seed, username);
    if (t.status === 'not_found') return ok(tiktokStatusBody(10202, 'user not exist'));
    if (t.status === 'private') return ok(tiktokStatusBody(10222, 'private account'));
    // Cursor 0 asks for the newest page, which leads with the pinned videos; later cursors are times in ms.
    const before = cursor > 0 ? cursor / 1000 : Number.POSITIVE_INFINITY;
    const posts = recentPosts(t, atS, before, count);
    const pinned = cursor > 0 ? [] : pinnedPosts(t, atS);
    const items = [
      ...pinned.map((p) => itemBody(videoAt(p, atS), t.nickname, true)),
      ...posts.map((p) => itemBody(videoAt(p, atS), t.nickname, false)),
    ];
    const last = posts[posts.length - 1];
    const hasMore = last !== undefined && recentPosts(t, atS, last.postedAtS, 1).length > 0;
    return ok({ videos: items, cursor: last ? last.postedAtS * 1000 : cursor, hasMore });
  };

  const hashtagVideos = (hashtag: string, count: number, cursor: number, atS: number): WireResponse => {
    const tag = hashtag.trim().replace(/^#/, '').toLowerCase();
    const listed = campaignVideosAt(seed, tag, atS);
    const page = listed.slice(cursor, cursor + count);
    const authors = new Map<string, string>();
    const items = page.map((v) => {
      let nickname = authors.get(v.username);
      if (nickname === undefined) {
        nickname = creatorTraits(seed, v.username).nickname;
        authors.set(v.username, nickname);
      }
      return itemBody(v, nickname, false);
    });
    return ok({ videos: items, cursor: cursor + page.length, hasMore: cursor + page.length < listed.length });
  };

  return async (request) => {
    const atS = Math.floor(clock().getTime() / 1000);
    const p = params(request);
    if (request.method !== 'POST') return error(405, 'Method Not Allowed');
    const known = ['user/info', 'user/posts', 'hashtag/videos'];
    if (!known.includes(request.path)) return error(404, 'Not Found');
    const key = request.path === 'hashtag/videos' ? 'hashtag' : 'username';
    if (typeof p[key] !== 'string' || p[key] === '') return error(400, `${key}: Field required`);
    if (faulty(request, atS)) return { status: 200, body: JSON.stringify(CAPTCHA_BODY) };
    const name = (p[key] as string).toLowerCase();
    const cursor = Number(p.cursor ?? 0);
    if (!Number.isInteger(cursor) || cursor < 0) return error(400, 'cursor: Input should be a valid integer');
    switch (request.path) {
      case 'user/info':
        return userInfo(name, atS);
      case 'user/posts':
        return userPosts(name, pageSize(p.count), cursor, atS);
      default:
        return hashtagVideos(name, pageSize(p.count), cursor, atS);
    }
  };
}
