import { z } from 'zod';
import type { AudienceSource } from './audience/audience-source.ts';
import { AUDIENCE_PATH_PROBE } from './audience/requests.ts';
import { scavioAudience } from './audience/scavio-audience.ts';
import { ContractChoice } from './contract-choice.ts';
import { type CreditReading, readVendorCredits } from './credit-figures.ts';
import { RunStoppingError } from './errors.ts';
import { decode, type Exchanged, type ExchangeOptions, exchange, ShapeError } from './exchange.ts';
import { parseHashtagDetail } from './hashtag-body.ts';
import { askedCreatorsPage } from './identity.ts';
import { contractMessages, messages, schemaReasons } from './messages.ts';
import type { Fetched, RawBody } from './outcomes.ts';
import { PageSizes } from './page-size.ts';
import { parseProfileData } from './profile-body.ts';
import type { Provider } from './provider.ts';
import type { CreatorProfile, CreatorRef, Feed, HashtagInfo, Page, ProviderName, ScavioContract, Video } from './records.ts';
import {
  hashtagRequest,
  hashtagVideosRequest,
  profileRequest,
  SCAVIO_ENDPOINTS,
  SCAVIO_PAGE_SIZE,
  TUTORIAL_PATH_PROBE,
  videosRequest,
} from './scavio-contracts.ts';
import type { Transport, WireRequest, WireResponse } from './transport.ts';
import { parseVideoPage } from './video-page.ts';

export const SCAVIO_DEFAULT_BASE_URL = 'https://api.scavio.dev/api/v1/tiktok';
export const SCAVIO_KEY_VAR = 'SCAVIO_API_KEY';
const SCAVIO_CREDITS_PER_CALL = 1;

/** The envelope's credit figures are read apart (`creditsOf`): an odd one is ignored, never a reason to refuse the data. */
const envelope = z.looseObject({ data: z.unknown().optional() });

/** The envelope's `data`, or the body itself where a vendor answered without one. */
function dataOf(json: unknown): unknown {
  const parsed = envelope.parse(json);
  return parsed.data === undefined ? json : parsed.data;
}

/** Scavio's error bodies, as its SDKs read them: `{"error": "..."}` or `{"error": {"message": "..."}}`. */
const errorBody = z.looseObject({ error: z.union([z.string(), z.looseObject({ message: z.string() })]) });

function scavioErrorMessage(body: string): string | null {
  try {
    const { error } = errorBody.parse(JSON.parse(body));
    return typeof error === 'string' ? error : error.message;
  } catch {
    // Not one of Scavio's error bodies (HTML, empty, a gateway's page): the HTTP status says it all.
    return null;
  }
}

export interface ScavioOptions {
  transport: Transport;
  /** `synthetic` when the simulator answers in Scavio's wire format. */
  name?: ProviderName;
  /** The contract the server is known to speak; by default it is learnt from the first telling answer. */
  contract?: ScavioContract;
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

/**
 * Scavio bills `credits_used` per answer and says `credits_remaining`. Our own price, for an answer that does not
 * say (or says something unbelievable), is one credit for a 2xx (a body cut off after one included), none otherwise.
 */
function creditsOf(res: WireResponse, json: unknown): CreditReading {
  const sent = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  const ownPrice = res.status >= 200 && res.status < 300 ? SCAVIO_CREDITS_PER_CALL : 0;
  return readVendorCredits({ used: sent.credits_used, remaining: sent.credits_remaining }, ownPrice);
}

/**
 * What an answer says about the path asked: `missing` (404: no such path, or nothing under it), `present` (a
 * JSON 200, or a 400/405/422: the server knows the path and judged what we sent), or `unknown` (no answer,
 * rate limited, the vendor down, or a 200 that is not JSON: a gateway's page says nothing about the API behind it).
 */
function pathSeen(raw: RawBody): 'missing' | 'unknown' | 'present' {
  if (raw.httpStatus === 404) return 'missing';
  if (raw.httpStatus === 400 || raw.httpStatus === 405 || raw.httpStatus === 422) return 'present';
  if (raw.httpStatus >= 200 && raw.httpStatus < 300) return isJson(raw.body) ? 'present' : 'unknown';
  return 'unknown';
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Scavio's TikTok API: POST with a JSON body, in whichever of its two contracts the server speaks (see
 * `scavio-contracts.ts`). The documented contract is asked first; a 404 for its path (told apart from a
 * missing creator by asking the tutorials' contract for the same creator) turns the provider to the tutorials'
 * contract for the rest of its life. Every raw body records the contract it was asked in.
 */
export class ScavioProvider implements Provider {
  readonly name: ProviderName;
  readonly creditsPerCall = SCAVIO_CREDITS_PER_CALL;
  readonly maxPageSize = 30;
  private readonly exchange: ExchangeOptions;
  private readonly choice: ContractChoice<ScavioContract>;
  private readonly pageSizes = new PageSizes();
  /** Followers and comments: only the documented contract has them (`audience/scavio-audience.ts`). */
  readonly audience: AudienceSource;

  constructor(private readonly options: ScavioOptions) {
    this.name = options.name ?? 'scavio';
    this.choice = new ContractChoice(options.contract ?? null);
    this.exchange = {
      provider: this.name,
      transport: options.transport,
      stopOn: stopOn(this.name),
      creditsOf,
      clock: options.clock ?? (() => new Date()),
    };
    this.audience = scavioAudience({
      name: this.name,
      choice: this.choice,
      ask: (request, parse) => this.call('scavio-2026', request, (json) => parse(dataOf(json))),
      probeTutorial: () => exchange(this.exchange, TUTORIAL_PATH_PROBE, 'scavio-tutorial'),
      probeDocumented: () => exchange(this.exchange, AUDIENCE_PATH_PROBE, 'scavio-2026'),
      pathSeen,
    });
  }

  contract(): ScavioContract | null {
    return this.choice.current;
  }

  observedPageSize(feed: Feed): number | null {
    return this.pageSizes.observed(feed);
  }

  expectedPageSize(feed: Feed): number {
    // Until the server has told, the documented contract (asked first, and the smaller pages) prices the run.
    return this.pageSizes.observed(feed) ?? SCAVIO_PAGE_SIZE[this.choice.current ?? 'scavio-2026'] ?? this.maxPageSize;
  }

  creatorEndpoints(): { profile: string; videos: string } {
    return SCAVIO_ENDPOINTS[this.choice.current ?? 'scavio-2026'];
  }

  async profile(username: string): Promise<Fetched<CreatorProfile>> {
    return this.choice.run(
      (contract) => this.profileIn(contract, username),
      async () => {
        const documented = await this.profileIn('scavio-2026', username);
        const seen = pathSeen(documented.raw);
        if (seen === 'present') this.choice.decide('scavio-2026');
        if (seen !== 'missing') return documented;
        // A 404 may be a missing path or a missing creator: the tutorials' contract, asked for the same creator, tells.
        const tutorial = await this.profileIn('scavio-tutorial', username);
        const told = pathSeen(tutorial.raw);
        if (told === 'present') this.choice.decide('scavio-tutorial');
        if (told !== 'missing') return tutorial;
        const detail = contractMessages.notFoundOnBoth(`@${username}`, SCAVIO_ENDPOINTS['scavio-2026'].profile, SCAVIO_ENDPOINTS['scavio-tutorial'].profile);
        return { ok: false, outcome: 'not_found', detail, raw: documented.raw };
      },
    );
  }

  async videosPage(creator: CreatorRef, cursor: string | null, count: number): Promise<Fetched<Page<Video>>> {
    const contract = this.choice.current;
    if (contract === null) throw new Error(contractMessages.pagesBeforeContract(`user/posts for @${creator.username}`));
    const request = videosRequest(contract, creator, cursor, count);
    const page = await this.call(contract, request, (json) => askedCreatorsPage(parseVideoPage(dataOf(json)), creator.username));
    if (page.ok) this.pageSizes.observe('creator', page.value);
    return page;
  }

  /**
   * The hashtag's id, which the documented contract pages its videos by. `null` when the server speaks the
   * tutorials' contract, which pages hashtags by name: there is nothing to resolve there.
   */
  async hashtagInfo(hashtag: string): Promise<Fetched<HashtagInfo> | null> {
    return this.choice.run(
      async (contract) => (contract === 'scavio-tutorial' ? null : this.hashtagDetail(hashtag)),
      async () => {
        const documented = await this.hashtagDetail(hashtag);
        const seen = pathSeen(documented.raw);
        if (seen === 'present') this.choice.decide('scavio-2026');
        if (seen !== 'missing') return documented;
        // The tutorials' only hashtag call is a paid page; a username-less user/info tells their contract apart for free.
        const probe = await exchange(this.exchange, TUTORIAL_PATH_PROBE, 'scavio-tutorial');
        if (pathSeen(probe.raw) === 'present') {
          this.choice.decide('scavio-tutorial');
          return null;
        }
        if (probe.raw.httpStatus === 404) return { ok: false, outcome: 'not_found', detail: contractMessages.hashtagNotFound(hashtag), raw: documented.raw };
        // Neither told (the probe failed, or answered oddly): nothing is decided, and the hashtag is not judged missing.
        const outcome = 'outcome' in probe.classified ? probe.classified.outcome : 'http_error';
        return { ok: false, outcome, detail: contractMessages.undecided(hashtag), raw: documented.raw };
      },
    );
  }

  async hashtagPage(tag: HashtagInfo, cursor: string | null, count: number): Promise<Fetched<Page<Video>>> {
    const inContract = async (contract: ScavioContract) => {
      const page = await this.call(contract, hashtagVideosRequest(contract, tag, cursor, count), (body) => {
        // The seed reads `videos` at the top level or under `data`; both are accepted.
        const top = z.looseObject({ videos: z.array(z.unknown()).optional() }).parse(body);
        return parseVideoPage(top.videos ? body : dataOf(body));
      });
      if (page.ok) this.pageSizes.observe('hashtag', page.value);
      return page;
    };
    return this.choice.run(inContract, async () => {
      // Only the documented contract hands out hashtag ids: one kept from an earlier run is asked in it.
      if (!tag.hashtagId) throw new Error(contractMessages.pagesBeforeContract(`hashtag/videos for #${tag.hashtag}`));
      const page = await inContract('scavio-2026');
      if (page.ok) this.choice.decide('scavio-2026');
      return page;
    });
  }

  async close(): Promise<void> {
    const t = this.options.transport as Transport & { close?: () => Promise<void> };
    await t.close?.();
  }

  private profileIn(contract: ScavioContract, username: string): Promise<Fetched<CreatorProfile>> {
    return this.call(contract, profileRequest(contract, username), (json) => {
      const profile = parseProfileData(dataOf(json), username);
      if (contract === 'scavio-2026' && !profile.secUid) throw new ShapeError(schemaReasons.profileWithoutSecUid());
      return profile;
    });
  }

  private hashtagDetail(hashtag: string): Promise<Fetched<HashtagInfo>> {
    return this.call('scavio-2026', hashtagRequest(hashtag), (json) => parseHashtagDetail(dataOf(json), hashtag));
  }

  private async call<T>(contract: ScavioContract, request: WireRequest, parse: (json: unknown) => T): Promise<Fetched<T>> {
    const exchanged = await exchange(this.exchange, request, contract);
    return withVendorMessage(decode(exchanged, parse), exchanged);
  }
}

/** Adds Scavio's own words (`{"error": ...}`) to a failed HTTP answer's detail, where it sent some. */
function withVendorMessage<T>(fetched: Fetched<T>, exchanged: Exchanged): Fetched<T> {
  if (fetched.ok || exchanged.raw.httpStatus < 400) return fetched;
  const said = scavioErrorMessage(exchanged.raw.body);
  return said === null || fetched.detail.includes(said) ? fetched : { ...fetched, detail: `${fetched.detail}: ${said}` };
}
