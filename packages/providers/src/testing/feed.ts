import { type Answer, data } from './answers.ts';
import type { Backend } from './backend.ts';

type Item = Readonly<Record<string, unknown>>;

export interface FeedOptions {
  /** TikTok items in date order, newest first, already in the feed's dialect. */
  items: readonly Item[];
  dialect: 'web' | 'app';
  /** Key of a web page's list: TikHub passes TikTok's `itemList` through, Scavio's seeds read `videos`. */
  listKey?: 'itemList' | 'videos';
  /** Key of an app page's next cursor: a creator's posts page on `max_cursor`, a hashtag's list on `cursor`. */
  cursorKey?: 'max_cursor' | 'cursor';
  /** Most items a page holds, whatever `count` asks for: pages come back shorter than asked. */
  pageSize?: number;
  /** Served first and flagged pinned, and again where they fall in date order (TikTok sends both). */
  pinned?: readonly Item[];
  /** Index (0-based) of a request answered with the previous request's page again: same items, same cursor. */
  repeatedRequest?: number;
  /** Pages saying `hasMore` with no items once the feed is exhausted; `Infinity` never stops saying it. */
  emptyPagesAtEnd?: number;
}

/**
 * A creator's or hashtag's video list served by cursor (an offset into the list), with the paging
 * pathologies real APIs show switched on per option. Stateful: one feed is one walk.
 */
export function createFeed(options: FeedOptions): Backend {
  const pin = options.dialect === 'web' ? { isPinnedItem: true } : { is_top: 1 };
  const sequence = [...(options.pinned ?? []).map((item) => ({ ...item, ...pin })), ...options.items];
  const emptyAtEnd = options.emptyPagesAtEnd ?? 0;
  let served = 0;
  let emptyServed = 0;
  let previous: Answer | null = null;

  return (request) => {
    const index = served++;
    if (index === options.repeatedRequest && previous) return previous;
    const offset = Number(request.params.cursor ?? 0);
    const asked = Number(request.params.count ?? 30);
    const page = sequence.slice(offset, offset + Math.min(asked, options.pageSize ?? asked));
    const next = offset + page.length;
    if (page.length === 0) emptyServed++;
    // The last real page already promises more when empty pages are to follow.
    const hasMore = page.length > 0 ? next < sequence.length || emptyAtEnd > 0 : emptyServed <= emptyAtEnd;
    previous =
      options.dialect === 'web'
        ? data({ [options.listKey ?? 'itemList']: page, cursor: String(next), hasMore, statusCode: 0, status_code: 0 })
        : data({ aweme_list: page, [options.cursorKey ?? 'max_cursor']: next, min_cursor: offset, has_more: hasMore ? 1 : 0, status_code: 0 });
    return previous;
  };
}
