import { z } from 'zod';
import { RunStoppingError } from './errors.ts';
import { decode, type ExchangeOptions, exchange, ShapeError } from './exchange.ts';
import { parseHashtagDetail } from './hashtag-body.ts';
import { askedCreatorsPage } from './identity.ts';
import { messages } from './messages.ts';
import type { Fetched } from './outcomes.ts';
import { PageSizes } from './page-size.ts';
import { parseProfileData } from './profile-body.ts';
import type { Provider } from './provider.ts';
import type { CreatorProfile, CreatorRef, Feed, HashtagInfo, Page, Video, WireContract } from './records.ts';
import { type ContentCategory, type FakeViewReport, fakeViewReportSchema } from './tikhub-fake-views.ts';
import type { Transport, WireRequest, WireResponse } from './transport.ts';
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
  private readonly pageSizes = new PageSizes();

  constructor(private readonly options: TikHubOptions) {
    this.exchange = {
      provider: 'tikhub',
      transport: options.transport,
      stopOn: (res: WireResponse) => {
        if (res.status === 401) throw new RunStoppingError('tikhub', 401, messages.badKey('tikhub', TIKHUB_KEY_VAR));
        if (res.status === 402) throw new RunStoppingError('tikhub', 402, messages.noCredits('tikhub', tikhubErrorMessage(res.body)));
      },
      // TikHub bills per successful request and reports no credit count in the envelope: there is nothing to believe.
      creditsOf: (res) => ({ credits: res.status >= 200 && res.status < 300 ? 1 : 0, creditsRemaining: null, notes: [] }),
      clock: options.clock ?? (() => new Date()),
    };
  }

  contract(): WireContract {
    return 'tikhub';
  }

  observedPageSize(feed: Feed): number | null {
    return this.pageSizes.observed(feed);
  }

  /** TikHub publishes no page size; until a page tells, pages are taken to hold what they were asked for. */
  creatorEndpoints(): { profile: string; videos: string } {
    return { profile: 'web/fetch_user_profile', videos: 'web/fetch_user_post' };
  }

  expectedPageSize(feed: Feed): number {
    return this.pageSizes.observed(feed) ?? this.maxPageSize;
  }

  async profile(username: string): Promise<Fetched<CreatorProfile>> {
    return this.call({ method: 'GET', path: 'web/fetch_user_profile', query: { uniqueId: username } }, (json) => parseProfileData(dataOf(json), username));
  }

  async videosPage(creator: CreatorRef, cursor: string | null, count: number): Promise<Fetched<Page<Video>>> {
    if (!creator.secUid) throw new Error(`TikHub needs the secUid of @${creator.username}: fetch its profile first.`);
    const query = { secUid: creator.secUid, cursor: cursor ?? '0', count: String(count) };
    const page = await this.call({ method: 'GET', path: 'web/fetch_user_post', query }, (json) => askedCreatorsPage(parseVideoPage(dataOf(json)), creator.username));
    if (page.ok) this.pageSizes.observe('creator', page.value);
    return page;
  }

  async hashtagInfo(hashtag: string): Promise<Fetched<HashtagInfo>> {
    return this.call({ method: 'GET', path: 'web/fetch_tag_detail', query: { tagName: hashtag } }, (json) => parseHashtagDetail(dataOf(json), hashtag));
  }

  async hashtagPage(tag: HashtagInfo, cursor: string | null, count: number): Promise<Fetched<Page<Video>>> {
    if (!tag.hashtagId) throw new Error(`TikHub needs the challenge id of #${tag.hashtag}: call hashtagInfo first.`);
    const query = { challengeID: tag.hashtagId, cursor: cursor ?? '0', count: String(count) };
    const page = await this.call({ method: 'GET', path: 'web/fetch_tag_post', query }, (json) => parseVideoPage(dataOf(json)));
    if (page.ok) this.pageSizes.observe('hashtag', page.value);
    return page;
  }

  /** TikHub's own fake-view analysis of one video; `category` shifts its thresholds (see seed 001). */
  async detectFakeViews(itemId: string, category: ContentCategory): Promise<Fetched<FakeViewReport>> {
    const query = { item_id: itemId, content_category: category };
    return this.call({ method: 'GET', path: 'analytics/detect_fake_views', query }, (json) => fakeViewReportSchema.parse(dataOf(json)));
  }

  private async call<T>(request: WireRequest, parse: (json: unknown) => T): Promise<Fetched<T>> {
    return decode(await exchange(this.exchange, request, 'tikhub'), parse);
  }

  async close(): Promise<void> {
    const t = this.options.transport as Transport & { close?: () => Promise<void> };
    await t.close?.();
  }
}
