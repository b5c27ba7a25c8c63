import { z } from 'zod';
import { RunStoppingError } from './errors.ts';
import { decode, type ExchangeOptions, exchange } from './exchange.ts';
import { messages } from './messages.ts';
import type { Fetched } from './outcomes.ts';
import { parseProfileData } from './profile-body.ts';
import type { Provider } from './provider.ts';
import type { CreatorProfile, CreatorRef, HashtagInfo, Page, ProviderName, Video } from './records.ts';
import type { Transport, WireResponse } from './transport.ts';
import { parseVideoPage } from './video-page.ts';

export const SCAVIO_DEFAULT_BASE_URL = 'https://api.scavio.dev/api/v1/tiktok';
export const SCAVIO_KEY_VAR = 'SCAVIO_API_KEY';

const envelope = z.looseObject({
  data: z.unknown().optional(),
  credits_used: z.number().nullish(),
  credits_remaining: z.number().nullish(),
});

/** The envelope's `data`, or the body itself where a vendor answered without one. */
function dataOf(json: unknown): unknown {
  const parsed = envelope.parse(json);
  return parsed.data === undefined ? json : parsed.data;
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
