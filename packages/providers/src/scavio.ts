import { z } from 'zod';
import { RunStoppingError } from './errors.ts';
import { decode, type ExchangeOptions, exchange, ShapeError } from './exchange.ts';
import { messages } from './messages.ts';
import { profileFromApp, profileFromWeb, videoFromApp, videoFromWeb } from './normalize.ts';
import type { Fetched } from './outcomes.ts';
import type { Provider } from './provider.ts';
import type { CreatorProfile, CreatorRef, HashtagInfo, Page, ProviderName, Video } from './records.ts';
import { appAweme, appUser, webItem, webUserInfo } from './tiktok-shapes.ts';
import type { Transport, WireResponse } from './transport.ts';

export const SCAVIO_DEFAULT_BASE_URL = 'https://api.scavio.dev/api/v1/tiktok';
export const SCAVIO_KEY_VAR = 'SCAVIO_API_KEY';

const envelope = z.looseObject({
  data: z.unknown().optional(),
  credits_used: z.number().nullish(),
  credits_remaining: z.number().nullish(),
});

const listBody = z.looseObject({
  videos: z.array(z.unknown()).nullish(),
  itemList: z.array(z.unknown()).nullish(),
  aweme_list: z.array(z.unknown()).nullish(),
  cursor: z.union([z.number(), z.string()]).nullish(),
  max_cursor: z.union([z.number(), z.string()]).nullish(),
  hasMore: z.union([z.boolean(), z.number()]).nullish(),
  has_more: z.union([z.boolean(), z.number()]).nullish(),
});

/** The envelope's `data`, or the body itself where a vendor answered without one. */
function dataOf(json: unknown): unknown {
  const parsed = envelope.parse(json);
  return parsed.data === undefined ? json : parsed.data;
}

/** Profile bodies come as web camelCase (`stats`, `statsV2`, maybe under `userInfo`) or app snake_case (`user.follower_count`). */
export function parseProfileData(data: unknown, requested: string): CreatorProfile {
  const node = z.looseObject({ userInfo: z.unknown().optional(), user: z.unknown().optional() }).parse(data);
  const info = (node.userInfo ?? data) as Record<string, unknown>;
  // `user` is whatever the body sent: only an object can be the app dialect's user (a string is a schema error below).
  const user = typeof info.user === 'object' && info.user !== null ? (info.user as Record<string, unknown>) : undefined;
  if (user && ('follower_count' in user || 'unique_id' in user || 'aweme_count' in user)) {
    return profileFromApp(appUser.parse(user), requested);
  }
  const web = webUserInfo.parse(info);
  if (!web.user && !web.stats && !web.statsV2) throw new ShapeError('profile body has neither user nor stats');
  return profileFromWeb(web, requested);
}

/** Video lists: web `videos`/`itemList` with `cursor`/`hasMore`, or app `aweme_list` with `max_cursor`/`has_more`. */
export function parseVideoPage(data: unknown): Page<Video> {
  const body = listBody.parse(data);
  const web = body.videos ?? body.itemList;
  const items: Video[] = [];
  if (body.aweme_list) {
    for (const a of body.aweme_list) {
      const v = videoFromApp(appAweme.parse(a));
      if (v) items.push(v);
    }
  } else if (web) {
    for (const w of web) {
      const v = videoFromWeb(webItem.parse(w));
      if (v) items.push(v);
    }
  } else if (body.hasMore === undefined && body.has_more === undefined) {
    throw new ShapeError('video list body has no videos, itemList or aweme_list');
  }
  const cursor = body.aweme_list ? (body.max_cursor ?? body.cursor) : (body.cursor ?? body.max_cursor);
  return {
    items,
    nextCursor: cursor === null || cursor === undefined ? null : String(cursor),
    hasMore: Boolean(body.hasMore ?? body.has_more ?? false),
  };
}

export interface ScavioOptions {
  transport: Transport;
  /** `synthetic` when the simulator answers in Scavio's wire format. */
  name?: ProviderName;
  clock?: () => Date;
}

function stopOn(name: ProviderName) {
  return (res: WireResponse) => {
    if (res.status === 401) throw new RunStoppingError(name, 401, messages.badKey(name, SCAVIO_KEY_VAR));
    if (res.status === 402) {
      let billing: string | null = null;
      try {
        billing = z.looseObject({ billing_url: z.string() }).parse(JSON.parse(res.body)).billing_url;
      } catch {
        // A 402 without a readable billing_url still stops the run; only the hint is lost.
      }
      throw new RunStoppingError(name, 402, messages.noCredits(name, billing));
    }
  };
}

/** Scavio bills `credits_used` per answer; an answer without it cost one credit if it was a 200, none otherwise. */
function creditsOf(res: WireResponse, json: unknown): number {
  const reported = envelope.safeParse(json);
  if (reported.success && typeof reported.data.credits_used === 'number') return reported.data.credits_used;
  return res.status >= 200 && res.status < 300 ? 1 : 0;
}

/** Scavio's TikTok API: POST with a JSON body, the endpoints the seeds call. */
export class ScavioProvider implements Provider {
  readonly name: ProviderName;
  readonly creditsPerCall = 1;
  readonly maxPageSize = 30;
  private readonly exchange: ExchangeOptions;

  constructor(private readonly options: ScavioOptions) {
    this.name = options.name ?? 'scavio';
    this.exchange = {
      provider: this.name,
      transport: options.transport,
      stopOn: stopOn(this.name),
      creditsOf,
      clock: options.clock ?? (() => new Date()),
    };
  }

  async profile(username: string): Promise<Fetched<CreatorProfile>> {
    const ex = await exchange(this.exchange, { method: 'POST', path: 'user/info', json: { username } });
    return decode(ex, (json) => parseProfileData(dataOf(json), username));
  }

  async videosPage(creator: CreatorRef, cursor: string | null, count: number): Promise<Fetched<Page<Video>>> {
    const json = { username: creator.username, count, cursor: cursor === null ? 0 : Number(cursor) };
    const ex = await exchange(this.exchange, { method: 'POST', path: 'user/posts', json });
    return decode(ex, (body) => parseVideoPage(dataOf(body)));
  }

  async hashtagPage(tag: HashtagInfo, cursor: string | null, count: number): Promise<Fetched<Page<Video>>> {
    const json: Record<string, unknown> = { hashtag: tag.hashtag, count };
    if (cursor !== null) json.cursor = Number(cursor);
    const ex = await exchange(this.exchange, { method: 'POST', path: 'hashtag/videos', json });
    // The seed reads `videos` at the top level or under `data`; both are accepted.
    return decode(ex, (body) => {
      const top = z.looseObject({ videos: z.array(z.unknown()).optional() }).parse(body);
      return parseVideoPage(top.videos ? body : dataOf(body));
    });
  }

  async close(): Promise<void> {
    const t = this.options.transport as Transport & { close?: () => Promise<void> };
    await t.close?.();
  }
}
