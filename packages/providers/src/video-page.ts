import { z } from 'zod';
import { ShapeError } from './exchange.ts';
import { schemaReasons } from './messages.ts';
import { videoFromApp, videoFromOld, videoFromWeb } from './normalize.ts';
import type { Page, Video } from './records.ts';
import { appAweme, oldWebItem, webItem } from './tiktok-shapes.ts';

/**
 * A page of videos in any shape TikTok or a vendor has sent one: web `videos` / `itemList` / `items`, app
 * `aweme_list`, or the 2020 challenge list that is the list itself. A body with none of them is a schema
 * error, never an empty page: an empty page must say so under a key we know (`[]`, or `null` as the app
 * sends empty lists). Each item must carry its id and its counts where its shape keeps them.
 */
export function parseVideoPage(data: unknown): Page<Video> {
  if (Array.isArray(data)) return { items: data.map(oldItem), nextCursor: null, hasMore: false };
  const body = pageBody.parse(data);
  const app = listAt(body, APP_LIST_KEYS);
  const web = app ? null : listAt(body, WEB_LIST_KEYS);
  // The keys as the body sent them (the parsed object lists the schema's first).
  if (!app && !web) throw new ShapeError(schemaReasons.noVideoList([...WEB_LIST_KEYS, ...APP_LIST_KEYS], Object.keys(data as object)));
  const items = app ? app.map(appItem) : (web ?? []).map(webListItem);
  // The app pages on `max_cursor` (`cursor` on hashtag lists), the web on `cursor` (`maxCursor` in 2020).
  const cursor = app ? (body.max_cursor ?? body.cursor) : (body.cursor ?? body.maxCursor);
  const next = cursor === null || cursor === undefined ? '' : String(cursor).trim();
  return { items, nextCursor: next === '' ? null : next, hasMore: Boolean(body.hasMore ?? body.has_more ?? false) };
}

const WEB_LIST_KEYS = ['videos', 'itemList', 'items'] as const;
const APP_LIST_KEYS = ['aweme_list'] as const;

const list = z.array(z.unknown()).nullish();
const cursorValue = z.union([z.number(), z.string()]).nullish();
const flag = z.union([z.boolean(), z.number()]).nullish();

const pageBody = z.looseObject({
  videos: list,
  itemList: list,
  items: list,
  aweme_list: list,
  cursor: cursorValue,
  maxCursor: cursorValue,
  max_cursor: cursorValue,
  hasMore: flag,
  has_more: flag,
});

/** The first of `keys` the body has (a list, or `null` for an empty one); undefined when it has none of them. */
function listAt(body: Record<string, unknown>, keys: readonly string[]): unknown[] | undefined {
  for (const key of keys) {
    if (!(key in body)) continue;
    const value = body[key];
    if (value === null || value === undefined) return [];
    return value as unknown[];
  }
  return undefined;
}

const WEB_COUNTS = ['playCount', 'diggCount', 'commentCount', 'shareCount', 'collectCount'];
const APP_COUNTS = ['play_count', 'digg_count', 'comment_count', 'share_count', 'collect_count'];

const hasAny = (o: unknown, keys: readonly string[]) =>
  typeof o === 'object' && o !== null && keys.some((k) => (o as Record<string, unknown>)[k] !== undefined && (o as Record<string, unknown>)[k] !== null);

function webListItem(raw: unknown, index: number): Video {
  const item = webItem.parse(raw);
  if (!hasAny(item.stats, WEB_COUNTS) && !hasAny(item.statsV2, WEB_COUNTS)) throw new ShapeError(schemaReasons.itemWithoutCounts(index, item.id, 'stats, statsV2'));
  return identified(videoFromWeb(item), index);
}

function appItem(raw: unknown, index: number): Video {
  const aweme = appAweme.parse(raw);
  if (!hasAny(aweme.statistics, APP_COUNTS)) throw new ShapeError(schemaReasons.itemWithoutCounts(index, aweme.aweme_id, 'statistics'));
  return identified(videoFromApp(aweme), index);
}

function oldItem(raw: unknown, index: number): Video {
  const item = oldWebItem.parse(raw);
  if (!hasAny(item.itemInfos, WEB_COUNTS)) throw new ShapeError(schemaReasons.itemWithoutCounts(index, item.itemInfos.id, 'itemInfos'));
  return identified(videoFromOld(item), index);
}

function identified(video: Video | null, index: number): Video {
  if (video === null) throw new ShapeError(schemaReasons.itemWithoutId(index));
  return video;
}
