import { z } from 'zod';
import { RunStoppingError } from './errors.ts';
import { decode, type ExchangeOptions, exchange, ShapeError } from './exchange.ts';
import { parseHashtagDetail } from './hashtag-body.ts';
import { messages } from './messages.ts';
import type { Fetched } from './outcomes.ts';
import type { Provider } from './provider.ts';
import type { CreatorProfile, CreatorRef, HashtagInfo, Page, Video } from './records.ts';
import { parseProfileData } from './profile-body.ts';
import { type ContentCategory, type FakeViewReport, fakeViewReportSchema } from './tikhub-fake-views.ts';
import type { Transport, WireResponse } from './transport.ts';
import { parseVideoPage } from './video-page.ts';

export const TIKHUB_DEFAULT_BASE_URL = 'https://api.tikhub.io/api/v1/tiktok';
export const TIKHUB_KEY_VAR = 'TIKHUB_API_KEY';

/** TikHub's envelope; `params` echoes the query with values as strings. */
const envelope = z.looseObject({
  code: z.number(),
  request_id: z.string().nullish(),
  message: z.string().nullish(),
  router: z.string().nullish(),
  data: z.unknown(),
});

/** Errors: `{"detail": {"code", "message"}}`, or FastAPI's 422 `{"detail": [{loc, msg, type}]}`. */
const errorBody = z.looseObject({
  detail: z.union([
    z.looseObject({ code: z.number().nullish(), message: z.string().nullish() }),
    z.array(z.looseObject({ loc: z.array(z.union([z.string(), z.number()])).nullish(), msg: z.string().nullish() })),
    z.string(),
  ]),
});

export function tikhubErrorMessage(body: string): string | null {
  try {
    const { detail } = errorBody.parse(JSON.parse(body));
    if (typeof detail === 'string') return detail;
    if (Array.isArray(detail)) return detail.map((d) => `${(d.loc ?? []).join('.')}: ${d.msg ?? ''}`).join('; ');
    return detail.message ?? null;
  } catch {
    return null;
  }
}

function dataOf(json: unknown): unknown {
  const env = envelope.parse(json);
  if (env.code !== 200) throw new ShapeError(`TikHub envelope code ${env.code}: ${env.message ?? ''}`);
  return env.data;
}

export interface TikHubOptions {
  transport: Transport;
  clock?: () => Date;
}

/**
 * TikHub's TikTok web endpoints: GET with query parameters, TikTok's raw JSON inside the envelope's `data`.
 * A creator's posts are keyed by `secUid`, which the profile call supplies.
 */
export class TikHubProvider implements Provider {
  readonly name = 'tikhub' as const;
  readonly creditsPerCall = 1;
  readonly maxPageSize = 35;
  private readonly exchange: ExchangeOptions;

  constructor(private readonly options: TikHubOptions) {
    this.exchange = {
      provider: 'tikhub',
      transport: options.transport,
      stopOn: (res: WireResponse) => {
        if (res.status === 401) throw new RunStoppingError('tikhub', 401, messages.badKey('tikhub', TIKHUB_KEY_VAR));
        if (res.status === 402) throw new RunStoppingError('tikhub', 402, messages.noCredits('tikhub', tikhubErrorMessage(res.body)));
      },
      // TikHub bills per successful request and reports no credit count in the envelope.
      creditsOf: (res) => (res.status >= 200 && res.status < 300 ? 1 : 0),
      clock: options.clock ?? (() => new Date()),
    };
  }

  async profile(username: string): Promise<Fetched<CreatorProfile>> {
    const ex = await exchange(this.exchange, { method: 'GET', path: 'web/fetch_user_profile', query: { uniqueId: username } });
    return decode(ex, (json) => parseProfileData(dataOf(json), username));
  }

  async videosPage(creator: CreatorRef, cursor: string | null, count: number): Promise<Fetched<Page<Video>>> {
    if (!creator.secUid) throw new Error(`TikHub needs the secUid of @${creator.username}: fetch its profile first.`);
    const query = { secUid: creator.secUid, cursor: cursor ?? '0', count: String(count) };
    const ex = await exchange(this.exchange, { method: 'GET', path: 'web/fetch_user_post', query });
    return decode(ex, (json) => parseVideoPage(dataOf(json)));
  }

  async hashtagInfo(hashtag: string): Promise<Fetched<HashtagInfo>> {
    const ex = await exchange(this.exchange, { method: 'GET', path: 'web/fetch_tag_detail', query: { tagName: hashtag } });
    return decode(ex, (json) => parseHashtagDetail(dataOf(json), hashtag));
  }

  async hashtagPage(tag: HashtagInfo, cursor: string | null, count: number): Promise<Fetched<Page<Video>>> {
    if (!tag.hashtagId) throw new Error(`TikHub needs the challenge id of #${tag.hashtag}: call hashtagInfo first.`);
    const query = { challengeID: tag.hashtagId, cursor: cursor ?? '0', count: String(count) };
    const ex = await exchange(this.exchange, { method: 'GET', path: 'web/fetch_tag_post', query });
    return decode(ex, (json) => parseVideoPage(dataOf(json)));
  }

  /** TikHub's own fake-view analysis of one video; `category` shifts its thresholds (see seed 001). */
  async detectFakeViews(itemId: string, category: ContentCategory): Promise<Fetched<FakeViewReport>> {
    const query = { item_id: itemId, content_category: category };
    const ex = await exchange(this.exchange, { method: 'GET', path: 'analytics/detect_fake_views', query });
    return decode(ex, (json) => fakeViewReportSchema.parse(dataOf(json)));
  }

  async close(): Promise<void> {
    const t = this.options.transport as Transport & { close?: () => Promise<void> };
    await t.close?.();
  }
}
