import {
  type Answer,
  byEndpoint,
  captcha,
  data,
  emptyBody,
  html,
  illegalRequest,
  tiktokStatus,
  type WireServerOptions,
} from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import type { FailureOutcome } from '../src/outcomes.ts';
import type { ScavioContract } from '../src/records.ts';
import { webUserInfo } from './fixtures.ts';
import { scavioWorld } from './scavio-worlds.ts';
import { withWire } from './wire-clients.ts';

const backends = (contract: ScavioContract): WireServerOptions => ({
  scavio: { contract, backend: scavioWorld(contract).backend() },
  tikhub: { backend: byEndpoint({ 'web/fetch_user_profile': () => data({ userInfo: webUserInfo, statusCode: 0 }) }) },
});

/** A 200 is not trusted on its word: each of these becomes its own outcome, is not retried, and is landed. */
const odd: Array<[string, FailureOutcome, Answer]> = [
  ['an HTML page', 'html', html()],
  ['an empty body', 'empty_body', emptyBody()],
  ['"illegal request"', 'illegal_request', illegalRequest()],
  ['a captcha as the whole body', 'captcha', captcha('body')],
  ['a captcha inside the envelope', 'captcha', captcha('data')],
  ['TikTok 10202 (user not found)', 'not_found', tiktokStatus(10202)],
  ['TikTok 10221 (banned or not found)', 'not_found', tiktokStatus(10221)],
  ['TikTok 10222 (private account)', 'private', tiktokStatus(10222)],
  ['TikTok 10204 (video unavailable)', 'unavailable', tiktokStatus(10204)],
  ['TikTok 10231 (region locked)', 'region_locked', tiktokStatus(10231)],
];

const clients = [
  { name: 'scavio-2026', vendor: 'scavio', contract: 'scavio-2026' },
  { name: 'scavio-tutorial', vendor: 'scavio', contract: 'scavio-tutorial' },
  { name: 'tikhub', vendor: 'tikhub', contract: 'scavio-tutorial' },
] as const;

describe.each(clients)('$name: odd 200s', ({ vendor, contract }) => {
  it.each(odd)('%s -> %s', (_name, outcome, answer) =>
    withWire({ server: backends(contract) }, async (clients) => {
      clients.server.script(() => true, answer);
      const got = await clients[vendor].profile('charlidamelio');
      expect(got).toMatchObject({ ok: false, outcome, raw: { httpStatus: 200 } });
      expect(clients.server.requests).toHaveLength(1);
    }),
  );
});
