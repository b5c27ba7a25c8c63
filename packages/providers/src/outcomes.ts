import type { ProviderName, WireContract } from './records.ts';

/**
 * Why a call produced no record. Facts about the account (`not_found`, `private`, ...) are final for
 * a snapshot; the others are the transport's or the vendor's trouble and are worth retrying later.
 */
export const ACCOUNT_OUTCOMES = ['not_found', 'private', 'unavailable', 'region_locked'] as const;
const TRANSIENT_OUTCOMES = [
  'bad_request',
  'captcha',
  'html',
  'empty_body',
  'illegal_request',
  'schema_error',
  // The profile reports videos, yet the pages held none (a vendor rate-limiting with 200s and empty lists does this).
  'empty_feed',
  'rate_limited',
  'server_error',
  'network_error',
  'timeout',
  // An answer over the transport's size limit, dropped unread: worth asking again in a later run, not in this one.
  'body_too_large',
  // The answer was about another account than the one asked (see identity.ts): the vendor's mistake, not a fact.
  'identity_mismatch',
  'http_error',
] as const;

type AccountOutcome = (typeof ACCOUNT_OUTCOMES)[number];
export type FailureOutcome = AccountOutcome | (typeof TRANSIENT_OUTCOMES)[number];

/** One HTTP exchange as it is landed: enough to re-normalise later without spending credits. Never holds a key. */
export interface RawBody {
  provider: ProviderName;
  /** The wire contract the request was made in (a Scavio server speaks one of two). */
  contract: WireContract;
  endpoint: string;
  /** Stable description of what was asked (`user/info?username=foo`), used for resume and audit. */
  requestKey: string;
  httpStatus: number;
  fetchedAt: Date;
  body: string;
  credits: number;
  /** Credits the account had left after this answer, where the envelope says (Scavio's `credits_remaining`); else null. */
  creditsRemaining: number | null;
  /** What about the answer was not believed and what was used instead (a credit figure out of range): for the record. */
  notes: readonly string[];
}

export type Fetched<T> =
  | { ok: true; value: T; raw: RawBody }
  | { ok: false; outcome: FailureOutcome; detail: string; raw: RawBody };

/** TikTok status codes seen inside 200 bodies, mapped to what they mean for us. */
export const TIKTOK_STATUS: Record<number, { outcome: FailureOutcome; meaning: string }> = {
  10201: { outcome: 'bad_request', meaning: 'bad parameter' },
  10202: { outcome: 'not_found', meaning: 'user not found' },
  10204: { outcome: 'unavailable', meaning: 'video unavailable' },
  10216: { outcome: 'private', meaning: 'private post' },
  10221: { outcome: 'not_found', meaning: 'user banned or not found' },
  10222: { outcome: 'private', meaning: 'private account' },
  10231: { outcome: 'region_locked', meaning: 'region locked' },
};
