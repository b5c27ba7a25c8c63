import { performance } from 'node:perf_hooks';
import {
  byEndpoint,
  data,
  DEFAULT_WIRE_KEYS,
  drip,
  hang,
  html,
  oversized,
  raw,
  SCAVIO_BILLING_URL,
  startWireServer,
  truncated,
  vendorError,
  type WireServer,
  type WireServerOptions,
} from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { createHttpTransport } from '../src/http-transport.ts';
import { ScavioProvider } from '../src/scavio.ts';
import type { Transport } from '../src/transport.ts';
import { webUserInfo } from './fixtures.ts';

async function withServer(options: WireServerOptions, fn: (server: WireServer) => Promise<void>): Promise<void> {
  const server = await startWireServer(options);
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

const scavioAuth = { authorization: `Bearer ${DEFAULT_WIRE_KEYS.scavio}`, 'content-type': 'application/json' };
const tikhubAuth = { authorization: `Bearer ${DEFAULT_WIRE_KEYS.tikhub}` };
const profileBackend: WireServerOptions = {
  scavio: { backend: byEndpoint({ 'user/info': () => data(webUserInfo) }) },
  tikhub: { backend: byEndpoint({ 'web/fetch_user_post': () => data({ itemList: [], hasMore: false, cursor: '0' }) }) },
};

const post = (server: WireServer, endpoint: string, body: unknown, headers: Record<string, string> = scavioAuth) =>
  fetch(`${server.scavioBaseUrl}/${endpoint}`, { method: 'POST', headers, body: JSON.stringify(body) });

describe('the wire server speaks Scavio', () => {
  it('answers 401 JSON to a missing Bearer key and records the request as unauthorized', () =>
    withServer(profileBackend, async (server) => {
      const res = await post(server, 'user/info', { username: 'x' }, { 'content-type': 'application/json' });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'Invalid or missing API key' });
      expect(server.requests).toMatchObject([{ vendor: 'scavio', endpoint: 'user/info', params: { username: 'x' }, authorized: false, answered: 401 }]);
    }));

  it('wraps data in {data, response_time, credits_used, credits_remaining} and answers 402 with billing_url at zero', () =>
    withServer({ scavio: { ...profileBackend.scavio, credits: 1 } }, async (server) => {
      const first = await post(server, 'user/info', { username: 'x' });
      expect(await first.json()).toMatchObject({ data: { user: { uniqueId: 'CharliDamelio' } }, credits_used: 1, credits_remaining: 0 });
      const second = await post(server, 'user/info', { username: 'x' });
      expect(second.status).toBe(402);
      expect(await second.json()).toMatchObject({ billing_url: SCAVIO_BILLING_URL });
    }));

  it('answers 400 to a missing required field', () =>
    withServer(profileBackend, async (server) => {
      const res = await post(server, 'user/posts', { count: 30 });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'username: Field required' });
    }));
});

describe("the wire server speaks Scavio's documented contract", () => {
  const documented: WireServerOptions = {
    scavio: {
      contract: 'scavio-2026',
      backend: byEndpoint({ profile: () => data({ user: { uid: '1', sec_uid: 's', unique_id: 'x', follower_count: 5 } }), 'user/posts': () => data({ aweme_list: [], has_more: 0 }) }),
    },
  };

  it("answers 404 to the tutorials' endpoints, and serves its own", () =>
    withServer(documented, async (server) => {
      const tutorial = await post(server, 'user/info', { username: 'x' });
      expect(tutorial.status).toBe(404);
      expect(await tutorial.json()).toEqual({ error: 'Not Found' });
      const own = await post(server, 'profile', { username: 'x' });
      expect(await own.json()).toMatchObject({ data: { user: { sec_uid: 's' } }, credits_used: 1 });
    }));

  it("rejects what its SDKs would not send, with 422 {error: {message}}: no username nor sec_user_id, a numeric cursor, count 31", () =>
    withServer(documented, async (server) => {
      const none = await post(server, 'profile', {});
      expect(none.status).toBe(422);
      expect(await none.json()).toEqual({ error: { message: 'username | sec_user_id: One of these fields is required' } });
      const numeric = await post(server, 'user/posts', { sec_user_id: 's', cursor: 0, count: 10 });
      expect(await numeric.json()).toEqual({ error: { message: 'cursor: Input should be a valid string' } });
      const tooMany = await post(server, 'user/posts', { sec_user_id: 's', cursor: '0', count: 31 });
      expect(await tooMany.json()).toEqual({ error: { message: 'count: Input should be between 1 and 30' } });
      expect((await post(server, 'user/posts', { sec_user_id: 's', cursor: '0', count: 30, sort_type: '0' })).status).toBe(200);
    }));

  it("the tutorials' contract (the default) answers 404 to the documented endpoints", () =>
    withServer(profileBackend, async (server) => {
      expect((await post(server, 'profile', { username: 'x' })).status).toBe(404);
      expect((await post(server, 'hashtag', { hashtag_name: 'x' })).status).toBe(404);
      expect((await post(server, 'user/info', { username: 'x' })).status).toBe(200);
    }));
});

describe('the wire server speaks TikHub', () => {
  it('wraps data in its envelope and echoes every parameter as a string', () =>
    withServer(profileBackend, async (server) => {
      const res = await fetch(`${server.tikhubBaseUrl}/web/fetch_user_post?secUid=s1&cursor=0&count=35`, { headers: tikhubAuth });
      expect(await res.json()).toMatchObject({
        code: 200,
        request_id: expect.any(String),
        router: '/api/v1/tiktok/web/fetch_user_post',
        params: { secUid: 's1', cursor: '0', count: '35' },
        data: { itemList: [], hasMore: false },
      });
    }));

  it("answers FastAPI's 422 list to a missing or non-integer query parameter", () =>
    withServer(profileBackend, async (server) => {
      const missing = await fetch(`${server.tikhubBaseUrl}/web/fetch_user_post?cursor=0`, { headers: tikhubAuth });
      expect(missing.status).toBe(422);
      expect(await missing.json()).toEqual({ detail: [{ type: 'missing', loc: ['query', 'secUid'], msg: 'Field required', input: null }] });
      const garbled = await fetch(`${server.tikhubBaseUrl}/web/fetch_user_post?secUid=s&count=NaN`, { headers: tikhubAuth });
      expect(await garbled.json()).toMatchObject({ detail: [{ type: 'int_parsing', loc: ['query', 'count'] }] });
    }));

  it('answers 422 to a value outside an enum (detect_fake_views content_category)', () =>
    withServer(profileBackend, async (server) => {
      const res = await fetch(`${server.tikhubBaseUrl}/analytics/detect_fake_views?item_id=7460937381265411370&content_category=news`, {
        headers: tikhubAuth,
      });
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ detail: [{ type: 'enum', loc: ['query', 'content_category'] }] });
    }));

  it('answers errors as {"detail": {code, message}}: 401 for a wrong key, 404 for an unknown endpoint, 405 for POST', () =>
    withServer(profileBackend, async (server) => {
      const wrongKey = await fetch(`${server.tikhubBaseUrl}/web/fetch_user_post?secUid=s`, { headers: { authorization: 'Bearer nope' } });
      expect(wrongKey.status).toBe(401);
      expect(await wrongKey.json()).toMatchObject({ detail: { code: 401, message: 'Invalid or missing API key' } });
      const unknown = await fetch(`${server.tikhubBaseUrl}/web/fetch_nothing`, { headers: tikhubAuth });
      expect(await unknown.json()).toMatchObject({ detail: { code: 404 } });
      const wrongMethod = await fetch(`${server.tikhubBaseUrl}/web/fetch_user_post?secUid=s`, { method: 'POST', headers: tikhubAuth });
      expect(wrongMethod.status).toBe(405);
    }));
});

describe('scripts, backends and timing', () => {
  it('consumes scripted answers in order, then lets the backend answer', () =>
    withServer(profileBackend, async (server) => {
      server.script('user/info', vendorError(503, 'down'), html());
      const statuses: Array<[number, string]> = [];
      for (let i = 0; i < 3; i++) {
        const res = await post(server, 'user/info', { username: 'x' });
        statuses.push([res.status, (await res.text()).slice(0, 15)]);
      }
      expect(statuses).toEqual([
        [503, '{"error":"down"'],
        [200, '<!DOCTYPE html>'],
        [200, '{"data":{"user"'],
      ]);
    }));

  it('cuts a success short: a whole HTTP message with half its JSON, or a connection closed mid-body', () =>
    withServer(profileBackend, async (server) => {
      server.script('user/info', truncated({ user: { uniqueId: 'x' } }, 20), truncated({ user: { uniqueId: 'x' } }, 20, true));
      const half = await post(server, 'user/info', { username: 'x' });
      expect(half.status).toBe(200);
      expect(await half.text()).toBe('{"data":{"user":{"un');
      await expect(post(server, 'user/info', { username: 'x' }).then((r) => r.text())).rejects.toThrow();
      expect(server.requests.map((r) => r.answered)).toEqual([200, 'cut']);
    }));

  it("records each request's headers, so a backend can echo them as a careless vendor does", () =>
    withServer({ scavio: { backend: byEndpoint({ 'user/info': (request) => raw(200, JSON.stringify({ echo: request.headers.authorization })) }) } }, async (server) => {
      expect(await (await post(server, 'user/info', { username: 'x' })).json()).toEqual({ echo: scavioAuth.authorization });
      expect(server.requests[0]?.headers).toMatchObject({ authorization: scavioAuth.authorization, 'content-type': 'application/json' });
    }));

  it('drips an answer byte by byte, and streams an oversized one of exactly the size asked, both valid JSON', () =>
    withServer(profileBackend, async (server) => {
      server.script('user/info', drip('{"data":{}}', 5), oversized(3 * 2 ** 20), oversized(100_000, false));
      expect(await (await post(server, 'user/info', { username: 'x' })).json()).toEqual({ data: {} });
      const declared = await post(server, 'user/info', { username: 'x' });
      expect(declared.headers.get('content-length')).toBe(String(3 * 2 ** 20));
      expect((await declared.text()).length).toBe(3 * 2 ** 20);
      const chunked = await post(server, 'user/info', { username: 'x' });
      expect(chunked.headers.get('content-length')).toBeNull();
      expect(JSON.parse(await chunked.text())).toMatchObject({ data: { padding: expect.stringMatching(/^x+$/) } });
      expect(server.requests.map((r) => [r.answered, r.bodyBytesSent])).toEqual([
        [200, 11],
        [200, 3 * 2 ** 20],
        [200, 100_000],
      ]);
    }));

  it('matches a script to one request by its parameters', () =>
    withServer(profileBackend, async (server) => {
      server.script((r) => r.params.username === 'b', vendorError(503, 'down'));
      expect((await post(server, 'user/info', { username: 'a' })).status).toBe(200);
      expect((await post(server, 'user/info', { username: 'b' })).status).toBe(503);
    }));

  it('serves a Scavio Transport as the backend, to the real client over HTTP', () => {
    const inProcess: Transport = async (request) => ({
      status: 200,
      body: JSON.stringify({ data: webUserInfo, credits_used: 1, credits_remaining: 7, echo: request }),
    });
    return withServer({ scavio: { backend: { transport: inProcess } } }, async (server) => {
      const scavio = new ScavioProvider({ transport: createHttpTransport({ baseUrl: server.scavioBaseUrl, apiKey: DEFAULT_WIRE_KEYS.scavio }) });
      try {
        const got = await scavio.profile('charlidamelio');
        expect(got.ok && got.value.followers).toBe(427_682);
        expect(JSON.parse(got.raw.body).echo).toEqual({ method: 'POST', path: 'user/info', json: { username: 'charlidamelio' } });
      } finally {
        await scavio.close();
      }
    });
  });

  it('waits latencyMs before every answer', () =>
    withServer({ ...profileBackend, latencyMs: 60 }, async (server) => {
      const started = performance.now();
      await post(server, 'user/info', { username: 'x' });
      expect(performance.now() - started).toBeGreaterThanOrEqual(59);
    }));

  it('drops a hanging connection on close()', async () => {
    const server = await startWireServer(profileBackend);
    server.script('user/info', hang());
    const pending = post(server, 'user/info', { username: 'x' }).then(
      () => 'answered',
      () => 'dropped',
    );
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await server.close();
    expect(await pending).toBe('dropped');
    expect(server.requests[0]?.answered).toBe('hang');
  });
});
