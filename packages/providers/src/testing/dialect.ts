import type { ScavioContract } from '../records.ts';
import type { ParsedRequest, Vendor } from './requests.ts';

export interface EndpointRule {
  /** Parameters the vendor rejects the request without. */
  required: readonly string[];
  /** Parameters of which the vendor needs at least one (`profile {username | sec_user_id}`). */
  oneOf?: readonly string[];
  /** Parameters that must read as integers when present. */
  integers: readonly string[];
  /** Parameters that must be JSON strings when present (the documented API's `cursor: "0"`). */
  strings?: readonly string[];
  /** Inclusive bounds of integer parameters when present (`count` 1-30). */
  ranges?: Readonly<Record<string, readonly [number, number]>>;
  /** Parameters limited to a fixed set of values when present. */
  choices?: Readonly<Record<string, readonly string[]>>;
  /** Parameters sent all together or not at all (`user/followers`: `page_token` with `min_time`). */
  together?: readonly (readonly string[])[];
}

/** How one vendor speaks on the wire: where it lives, which method, its envelope and its error bodies. */
export interface Dialect {
  vendor: Vendor;
  /** Path of the vendor's base URL on the shared server (the real base paths, under a vendor prefix). */
  prefix: string;
  method: 'GET' | 'POST';
  endpoints: Record<string, EndpointRule>;
  success(data: unknown, request: ParsedRequest, meta: { requestNumber: number; creditsRemaining: number | null }): unknown;
  error(status: number, message: string, request: ParsedRequest): unknown;
  invalid(field: string, message: string, type: string): { status: number; body: unknown };
}

export const SCAVIO_BILLING_URL = 'https://scavio.dev/dashboard/billing';

/**
 * Scavio as its tutorials (and the seeds) call it: POST with a JSON body, `{data, response_time, credits_used,
 * credits_remaining}`; profiles, posts and hashtag lists asked by name, numeric cursors.
 */
const scavioDialect: Dialect = {
  vendor: 'scavio',
  prefix: '/scavio/api/v1/tiktok',
  method: 'POST',
  endpoints: {
    'user/info': { required: ['username'], integers: [] },
    'user/posts': { required: ['username'], integers: ['count', 'cursor'] },
    'hashtag/videos': { required: ['hashtag'], integers: ['count', 'cursor'] },
  },
  success: (data, _request, meta) => ({
    data,
    response_time: 0,
    credits_used: 1,
    ...(meta.creditsRemaining === null ? {} : { credits_remaining: meta.creditsRemaining }),
  }),
  error: (status, message) => (status === 402 ? { error: message, billing_url: SCAVIO_BILLING_URL } : { error: message }),
  invalid: (field, message) => ({ status: 400, body: { error: `${field}: ${message}` } }),
};

/**
 * Scavio's documented API (its SDKs' `tiktok` namespace, 2026): same envelope and errors, other endpoints. The
 * profile gives the `sec_uid` posts are asked by, the hashtag detail the id its videos are asked by; cursors
 * are strings, `count` is 1-30. Its validation errors come as `{"error": {"message"}}`, the other shape its SDKs read.
 */
const scavioDocumentedDialect: Dialect = {
  ...scavioDialect,
  endpoints: {
    profile: { required: [], oneOf: ['username', 'sec_user_id'], integers: [] },
    'user/posts': {
      required: ['sec_user_id'],
      integers: ['count'],
      strings: ['cursor', 'sort_type'],
      ranges: { count: [1, 30] },
      choices: { sort_type: ['0', '1'] },
    },
    hashtag: { required: [], oneOf: ['hashtag_name', 'hashtag_id'], integers: [] },
    'hashtag/videos': { required: ['hashtag_id'], integers: ['count'], strings: ['cursor'], ranges: { count: [1, 30] } },
    'user/followers': {
      required: ['sec_user_id'],
      integers: ['count', 'min_time'],
      strings: ['page_token'],
      ranges: { count: [1, 20] },
      together: [['page_token', 'min_time']],
    },
    'video/comments': { required: ['video_id'], integers: ['count'], strings: ['cursor'], ranges: { count: [1, 50] } },
  },
  invalid: (field, message) => ({ status: 422, body: { error: { message: `${field}: ${message}` } } }),
};

export const SCAVIO_DIALECTS: Readonly<Record<ScavioContract, Dialect>> = {
  'scavio-2026': scavioDocumentedDialect,
  'scavio-tutorial': scavioDialect,
};

/** TikHub: GET with a query, `{code, request_id, message, router, params, data}`; errors under `detail`. */
export const tikhubDialect: Dialect = {
  vendor: 'tikhub',
  prefix: '/tikhub/api/v1/tiktok',
  method: 'GET',
  endpoints: {
    'web/fetch_user_profile': { required: [], integers: [] },
    'web/fetch_user_post': { required: ['secUid'], integers: ['cursor', 'count'] },
    'web/fetch_tag_detail': { required: ['tagName'], integers: [] },
    'web/fetch_tag_post': { required: ['challengeID'], integers: ['cursor', 'count'] },
    'analytics/detect_fake_views': {
      required: ['item_id'],
      integers: [],
      choices: { content_category: ['default', 'entertainment', 'education', 'product', 'verified_large'] },
    },
  },
  success: (data, request, meta) => ({
    code: 200,
    request_id: `00000000-0000-4000-8000-${String(meta.requestNumber).padStart(12, '0')}`,
    message: 'Request successful. This request will incur a charge.',
    router: `/api/v1/tiktok/${request.endpoint}`,
    // TikHub echoes the query with every value as a string.
    params: Object.fromEntries(Object.entries(request.params).map(([k, v]) => [k, String(v)])),
    data,
  }),
  error: (status, message, request) => ({ detail: { code: status, message, router: `/api/v1/tiktok/${request.endpoint}` } }),
  // FastAPI's own validation answer: a list of problems, each with where, what and why.
  invalid: (field, message, type) => ({ status: 422, body: { detail: [{ type, loc: ['query', field], msg: message, input: null }] } }),
};
