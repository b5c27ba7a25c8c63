import { type Answer, byEndpoint, captcha, data, emptyBody, html, raw, rateLimited, tiktokStatus, vendorError } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import type { HttpTransportOptions } from '../src/http-transport.ts';
import type { Fetched } from '../src/outcomes.ts';
import type { CreatorProfile } from '../src/records.ts';
import { webUserInfo } from './fixtures.ts';
import { withWire } from './wire-clients.ts';

/**
 * How each answer is sorted (`classifyResponse`), read off what the real TikHub client returns over the wire: the
 * outcome and the detail a person reads in the landed record. TikHub, because its envelope (`{code: 200, data}`)
 * puts TikTok's own fields under `data`, where a vendor passes them through.
 */
const JSON_TYPE = { 'content-type': 'application/json' };
const ENDPOINT = 'web/fetch_user_profile';
const payload = (extra: Record<string, unknown> = {}) => ({ userInfo: webUserInfo, statusCode: 0, ...extra });
/** TikHub's success envelope as raw text, to send under any status. */
const envelope = (extra: Record<string, unknown> = {}) => JSON.stringify({ code: 200, message: 'Request successful.', data: payload(extra) });

async function answered(answer: Answer, transport: Partial<HttpTransportOptions> = {}): Promise<Fetched<CreatorProfile>> {
  let got: Fetched<CreatorProfile> | undefined;
  await withWire({ server: { tikhub: { backend: byEndpoint({ [ENDPOINT]: () => data(payload()) }) } }, transport }, async ({ tikhub, server }) => {
    server.script(ENDPOINT, answer);
    got = await tikhub.profile('charlidamelio');
  });
  return got as Fetched<CreatorProfile>;
}

describe('HTTP statuses: the outcome and the detail', () => {
  it('a 429 the retries did not outlast: rate_limited, "HTTP 429 after retries"', async () => {
    expect(await answered(rateLimited(), { maxRetries: 0 })).toMatchObject({ ok: false, outcome: 'rate_limited', detail: 'HTTP 429 after retries' });
  });

  it('a 500 is a server error like 502-504: server_error, "HTTP 500 after retries"', async () => {
    expect(await answered(vendorError(500, 'Internal Server Error'), { maxRetries: 0 })).toMatchObject({
      ok: false,
      outcome: 'server_error',
      detail: 'HTTP 500 after retries',
    });
  });

  it("a 400's detail quotes the first 200 characters of its body, not the whole of a long one", async () => {
    const got = await answered(vendorError(400, `Invalid uniqueId ${'x'.repeat(400)}`));
    expect(got).toMatchObject({ ok: false, outcome: 'bad_request', detail: `HTTP 400: ${got.raw.body.slice(0, 200)}` });
    expect(got.raw.body.length).toBeGreaterThan(400);
  });

  it.each([403, 300])('a %i is http_error "HTTP %i", even when its body reads as a good profile', async (status) => {
    const got = await answered(raw(status, envelope(), JSON_TYPE));
    expect(got).toMatchObject({ ok: false, outcome: 'http_error', detail: `HTTP ${status}`, raw: { httpStatus: status } });
  });
});

describe('odd 200s: the detail a person reads', () => {
  it('a body of only white space is an empty body', async () => {
    expect(await answered(raw(200, ' \r\n\t ', JSON_TYPE))).toMatchObject({ ok: false, outcome: 'empty_body', detail: 'HTTP 200 with an empty body' });
    expect(await answered(emptyBody())).toMatchObject({ ok: false, outcome: 'empty_body', detail: 'HTTP 200 with an empty body' });
  });

  it("an HTML page's detail quotes its first 80 characters, as JSON", async () => {
    const got = await answered(html());
    const page = got.raw.body;
    expect(page.length).toBeGreaterThan(80);
    expect(got).toMatchObject({ ok: false, outcome: 'html', detail: `HTML instead of JSON: ${JSON.stringify(page.slice(0, 80))}` });
  });

  it('a body that is not JSON is quoted the same way', async () => {
    const text = `upstream error: ${'z'.repeat(200)}`;
    expect(await answered(raw(200, text, { 'content-type': 'text/plain' }))).toMatchObject({
      ok: false,
      outcome: 'schema_error',
      detail: `not JSON: ${JSON.stringify(text.slice(0, 80))}`,
    });
  });

  it('a captcha says so', async () => {
    expect(await answered(captcha('data'))).toMatchObject({ ok: false, outcome: 'captcha', detail: 'captcha challenge (code 10000, type verify)' });
  });

  it('the JSON body null is a schema error, never a crash', async () => {
    expect(await answered(raw(200, 'null', JSON_TYPE))).toMatchObject({ ok: false, outcome: 'schema_error' });
  });
});

describe("TikTok's status code inside a 200", () => {
  it('a known code: its outcome, and the detail names the code and its meaning', async () => {
    expect(await answered(tiktokStatus(10222))).toMatchObject({ ok: false, outcome: 'private', detail: 'TikTok status 10222: private account' });
  });

  it('an unknown code is still no success: http_error naming it', async () => {
    expect(await answered(tiktokStatus(10999))).toMatchObject({ ok: false, outcome: 'http_error', detail: 'TikTok status 10999' });
  });

  it('a code sent as a string is read as the number', async () => {
    expect(await answered(data(payload({ statusCode: '10222' })))).toMatchObject({ ok: false, outcome: 'private', detail: 'TikTok status 10222: private account' });
  });

  it.each([
    ['a word', 'ok'],
    ['true', true],
    ['a fraction', 0.5],
  ])('a status that is no integer code (%s) is not read as one: the profile is read', async (_, statusCode) => {
    expect(await answered(data(payload({ statusCode })))).toMatchObject({ ok: true, value: { followers: 427_682 } });
  });
});

describe('a captcha is the pair of fields, type "verify" and code 10000, never one alone', () => {
  it.each([
    ['type "verify" alone', { type: 'verify' }],
    ['code 10000 alone', { code: '10000' }],
  ])('%s: the profile is read', async (_, extra) => {
    expect(await answered(data(payload(extra)))).toMatchObject({ ok: true, value: { followers: 427_682 } });
  });
});
