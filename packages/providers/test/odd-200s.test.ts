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
import { webUserInfo } from './fixtures.ts';
import { withWire } from './wire-clients.ts';

const backends: WireServerOptions = {
  scavio: { backend: byEndpoint({ 'user/info': () => data(webUserInfo) }) },
  tikhub: { backend: byEndpoint({ 'web/fetch_user_profile': () => data({ userInfo: webUserInfo, statusCode: 0 }) }) },
};

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

describe.each(['scavio', 'tikhub'] as const)('%s: odd 200s', (vendor) => {
  it.each(odd)('%s -> %s', (_name, outcome, answer) =>
    withWire({ server: backends }, async (clients) => {
      clients.server.script(() => true, answer);
      const got = await clients[vendor].profile('charlidamelio');
      expect(got).toMatchObject({ ok: false, outcome, raw: { httpStatus: 200 } });
      expect(clients.server.requests).toHaveLength(1);
    }),
  );
});
