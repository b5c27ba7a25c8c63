import { ShapeError } from './exchange.ts';
import { preferExact, readCount } from './counts.ts';
import { schemaReasons } from './messages.ts';
import type { HashtagInfo } from './records.ts';
import { appChallengeDetail, webChallengeDetail } from './tiktok-shapes.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A hashtag's detail: the app's `ch_info.cid` (with `view_count`; the app reports no video count) or the web's
 * `challengeInfo.challenge.id` (with rounded `stats` and exact `statsV2`). Anything else is a schema error.
 */
export function parseHashtagDetail(data: unknown, hashtag: string): HashtagInfo {
  if (isObject(data) && 'ch_info' in data) {
    const ch = appChallengeDetail.parse(data).ch_info;
    const hashtagId = idText(ch.cid);
    if (hashtagId === null) throw new ShapeError(schemaReasons.hashtagUnknown(Object.keys(ch)));
    return { hashtag, hashtagId, videoCount: null, viewCount: readCount(ch.view_count).value };
  }
  if (isObject(data) && 'challengeInfo' in data) {
    const info = webChallengeDetail.parse(data).challengeInfo;
    const hashtagId = idText(info.challenge.id);
    if (hashtagId === null) throw new ShapeError(schemaReasons.hashtagUnknown(Object.keys(info.challenge)));
    return {
      hashtag,
      hashtagId,
      videoCount: preferExact(info.statsV2?.videoCount, info.stats?.videoCount).value,
      viewCount: preferExact(info.statsV2?.viewCount, info.stats?.viewCount).value,
    };
  }
  throw new ShapeError(schemaReasons.hashtagUnknown(isObject(data) ? Object.keys(data) : []));
}

const idText = (v: string | number | null | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));
