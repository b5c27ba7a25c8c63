import { z } from 'zod';
import { parseJsonText } from '../json-text.ts';
import type { Transport, WireRequest, WireResponse } from '../transport.ts';

/**
 * Serves Scavio's documented contract from a transport that speaks the tutorials' one (the simulator), so the
 * same simulated world can be fetched in either contract and the results compared. Requests are translated
 * (`profile` -> `user/info`, `user/posts` by `sec_user_id` -> by username, `hashtag` -> an id, `hashtag/videos`
 * by id -> by name) and web bodies rewritten in the app's snake_case, exact counts as numbers, the authors of
 * list items with the zeroed counts the app sends there. Pages hold at most 10 videos whatever `count` asks,
 * as the documented API's do. Unknown `sec_user_id`s and hashtag ids answer TikTok's 10202, as for a missing user.
 * With `audience`, `user/followers` and `video/comments` are served too.
 */
export function asDocumentedContract(tutorial: Transport, audience?: DocumentedAudience): Transport {
  const usernameBySecUid = new Map<string, string>();
  const hashtagById = new Map<string, string>();

  const ask = async (path: string, json: Record<string, unknown>, rewrite: (data: unknown) => unknown): Promise<WireResponse> => {
    const res = await tutorial({ method: 'POST', path, json });
    if (res.failure || res.status !== 200) return res;
    let body: unknown;
    try {
      body = parseJsonText(res.body);
    } catch {
      // Not JSON (a captcha page, a cut body): passed on as it came.
      return res;
    }
    const env = envelope.safeParse(body);
    if (!env.success || env.data.data === undefined) return res;
    return { status: 200, body: JSON.stringify({ ...env.data, data: rewrite(env.data.data) }) };
  };

  return async (request: WireRequest): Promise<WireResponse> => {
    const p = (typeof request.json === 'object' && request.json !== null ? request.json : {}) as Record<string, unknown>;
    const count = Math.min(Number(p.count ?? 30), DOCUMENTED_PAGE);
    switch (request.path) {
      case 'profile': {
        const username = typeof p.username === 'string' ? p.username : usernameBySecUid.get(String(p.sec_user_id));
        if (username === undefined) return notFound();
        return ask('user/info', { username }, (data) => {
          const user = appUser(data);
          if (user) {
            usernameBySecUid.set(String(user.user.sec_uid), username);
            audience?.registerHandle(username);
          }
          return user ?? data;
        });
      }
      case 'user/posts': {
        const username = usernameBySecUid.get(String(p.sec_user_id));
        if (username === undefined) return notFound();
        return ask('user/posts', { username, count, cursor: Number(p.cursor ?? 0) }, (data) => appPage(data, 'max_cursor'));
      }
      case 'hashtag': {
        const name = String(p.hashtag_name ?? '');
        const id = hashtagIdOf(name);
        hashtagById.set(id, name);
        return ok({ ch_info: { cid: id, cha_name: name }, status_code: 0 });
      }
      case 'hashtag/videos': {
        const name = hashtagById.get(String(p.hashtag_id));
        if (name === undefined) return notFound();
        return ask('hashtag/videos', { hashtag: name, count, cursor: Number(p.cursor ?? 0) }, (data) => appPage(data, 'cursor'));
      }
      case 'user/followers':
      case 'video/comments':
        // Endpoints the tutorials' contract never had: served by the simulated audience, when there is one.
        return audience ? audience.transport(request) : { status: 404, body: JSON.stringify({ error: 'Not Found' }) };
      default:
        return { status: 404, body: JSON.stringify({ error: 'Not Found' }) };
    }
  };
}

/**
 * The documented contract's audience endpoints (`user/followers`, `video/comments`), which have no tutorial
 * counterpart to translate: a transport answering them in the documented contract already, told of every creator
 * whose profile is answered (the simulator resolves sec_uids only of handles it has been told of).
 */
export interface DocumentedAudience {
  transport: Transport;
  registerHandle(handle: string): void;
}

const DOCUMENTED_PAGE = 10;

const envelope = z.looseObject({ data: z.unknown().optional() });
const ok = (data: unknown): WireResponse => ({ status: 200, body: JSON.stringify({ data, response_time: 0, credits_used: 1 }) });
const notFound = () => ok({ status_code: 10202, status_msg: 'user not exist' });

/** A stable numeric id per hashtag name (FNV-1a), as TikTok's challenge ids are numeric strings. */
function hashtagIdOf(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name.toLowerCase()) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return String(1_000_000 + h);
}

const exact = z.union([z.string(), z.number()]).nullish();
const webProfile = z.looseObject({
  user: z.looseObject({ id: exact, uniqueId: z.string(), secUid: z.string(), nickname: z.string().nullish(), verified: z.boolean().nullish(), privateAccount: z.boolean().nullish(), createTime: exact }),
  statsV2: z.looseObject({ followerCount: exact, followingCount: exact, heartCount: exact, videoCount: exact }),
});
const webItem = z.looseObject({
  id: z.string(),
  desc: z.string().nullish(),
  createTime: exact,
  author: z.looseObject({ uniqueId: z.string(), nickname: z.string().nullish() }),
  statsV2: z.looseObject({ playCount: exact, diggCount: exact, commentCount: exact, shareCount: exact, collectCount: exact }),
  challenges: z.array(z.looseObject({ title: z.string() })).nullish(),
  textExtra: z.array(z.looseObject({ hashtagName: z.string() })).nullish(),
  isAd: z.boolean().nullish(),
  isPinnedItem: z.boolean().nullish(),
  video: z.looseObject({ duration: z.number() }),
});
const webPage = z.looseObject({ videos: z.array(z.unknown()), cursor: exact, hasMore: z.boolean() });

const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));

/** The web profile as the app's `data.user`; anything else (a TikTok status, a captcha) is left as it came. */
function appUser(data: unknown) {
  const web = webProfile.safeParse(data);
  if (!web.success) return null;
  const { user, statsV2 } = web.data;
  return {
    user: {
      uid: user.id === null || user.id === undefined ? null : String(user.id),
      unique_id: user.uniqueId,
      sec_uid: user.secUid,
      nickname: user.nickname ?? null,
      follower_count: num(statsV2.followerCount),
      following_count: num(statsV2.followingCount),
      total_favorited: num(statsV2.heartCount),
      aweme_count: num(statsV2.videoCount),
      verification_type: user.verified ? 1 : 0,
      secret: user.privateAccount ? 1 : 0,
      create_time: num(user.createTime),
    },
  };
}

function appPage(data: unknown, cursorKey: 'max_cursor' | 'cursor') {
  const page = webPage.safeParse(data);
  if (!page.success) return data;
  return {
    aweme_list: page.data.videos.map((v) => appAweme(webItem.parse(v))),
    [cursorKey]: num(page.data.cursor),
    has_more: page.data.hasMore ? 1 : 0,
    status_code: 0,
  };
}

function appAweme(item: z.infer<typeof webItem>) {
  const s = item.statsV2;
  return {
    aweme_id: item.id,
    desc: item.desc ?? '',
    create_time: num(item.createTime),
    // List contexts zero the author's counts in the app: whoever reads them as the creator's gets 0s.
    author: { unique_id: item.author.uniqueId, nickname: item.author.nickname ?? null, follower_count: 0, total_favorited: 0, aweme_count: 0 },
    statistics: {
      play_count: num(s.playCount),
      digg_count: num(s.diggCount),
      comment_count: num(s.commentCount),
      share_count: num(s.shareCount),
      collect_count: num(s.collectCount),
    },
    text_extra: (item.textExtra ?? []).map((t) => ({ hashtag_name: t.hashtagName })),
    cha_list: (item.challenges ?? []).map((c) => ({ cha_name: c.title })),
    is_top: item.isPinnedItem ? 1 : 0,
    is_ads: item.isAd ? 1 : 0,
    video: { duration: Math.round(item.video.duration * 1000) },
  };
}
