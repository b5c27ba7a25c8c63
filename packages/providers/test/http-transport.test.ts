import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { byEndpoint, data, hang, rateLimited, reset, startWireServer, tikhubDialect, vendorError, type WireServer } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { createHttpTransport, type HttpTransportOptions } from '../src/http-transport.ts';
import { TikHubProvider } from '../src/tikhub.ts';
import { webUserInfo } from './fixtures.ts';
import { FETCHED_AT, TIKHUB_KEY, withWire } from './wire-clients.ts';

/** The TikHub profile both vendors' tests here ask for. */
const profile = byEndpoint({ 'web/fetch_user_profile': () => data({ userInfo: webUserInfo, statusCode: 0 }) });
const scavioProfile = byEndpoint({ 'user/info': () => data(webUserInfo) });
const serving = { scavio: { backend: scavioProfile }, tikhub: { backend: profile } };

/** A TikHub client on its own transport, for tests that set what `withWire` does not (the base URL, defaults). */
async function withTikHub(
  server: WireServer,
  options: Partial<HttpTransportOptions>,
  fn: (tikhub: TikHubProvider) => Promise<void>,
  baseUrl = server.tikhubBaseUrl,
): Promise<void> {
  const tikhub = new TikHubProvider({ transport: createHttpTransport({ baseUrl, apiKey: TIKHUB_KEY, ...options }), clock: () => FETCHED_AT });
  try {
    await fn(tikhub);
  } finally {
    await tikhub.close();
  }
}

async function withServer(fn: (server: WireServer) => Promise<void>, options: Parameters<typeof startWireServer>[0] = {}): Promise<void> {
  const server = await startWireServer({ ...options, tikhub: { apiKey: TIKHUB_KEY, backend: profile, ...options.tikhub } });
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

/** A loopback port nothing listens on (one the system just handed out and took back). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => probe.close((e) => (e ? reject(e) : resolve())));
  return port;
}

describe('what the transport sends', () => {
  it('asks for JSON, and says its body is JSON only when it sends one (Scavio POSTs a body, TikHub GETs a query)', () =>
    withWire({ server: serving }, async ({ scavio, tikhub, server }) => {
      expect((await scavio.profile('charlidamelio')).ok).toBe(true);
      expect((await tikhub.profile('charlidamelio')).ok).toBe(true);
      const [post, get] = server.requests;
      expect(post).toMatchObject({ method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' } });
      expect(get).toMatchObject({ method: 'GET', headers: { accept: 'application/json' } });
      expect(get?.headers['content-type']).toBeUndefined();
    }));

  it('a base URL written with its trailing slash reaches the same endpoints', () =>
    withServer((server) =>
      withTikHub(server, {}, async (tikhub) => {
        expect(await tikhub.profile('charlidamelio')).toMatchObject({ ok: true, value: { followers: 427_682 } });
        expect(server.requests).toMatchObject([{ endpoint: 'web/fetch_user_profile', answered: 200 }]);
      }, `${server.tikhubBaseUrl}/`),
    ));

  it('refuses an unusable key by the name it was given ("the API key"), before anything is sent', () => {
    expect(() => createHttpTransport({ baseUrl: 'http://127.0.0.1:9/', apiKey: 'short' })).toThrow(/the API key/);
  });

  it('a request whose body cannot be written is a network_error naming the error, nothing thrown or sent', () =>
    withServer(async (server) => {
      const transport = createHttpTransport({ baseUrl: server.scavioBaseUrl, apiKey: TIKHUB_KEY });
      try {
        // A BigInt has no JSON form: the error JSON.stringify throws has no code, so the detail names it as an error.
        const got = await transport({ method: 'POST', path: 'user/info', json: { count: 10n } });
        expect(got).toEqual({ status: 0, body: '', failure: { kind: 'network_error', detail: expect.stringMatching(/^error: .*BigInt/) } });
        expect(server.requests).toHaveLength(0);
      } finally {
        await transport.close();
      }
    }));
});

describe('what a failure says', () => {
  it("a timeout's detail starts with its code", () =>
    withWire({ server: serving, transport: { timeoutMs: 150, maxRetries: 0 } }, async ({ tikhub, server }) => {
      server.script('web/fetch_user_profile', hang());
      const got = await tikhub.profile('charlidamelio');
      expect(got).toMatchObject({ ok: false, outcome: 'timeout', detail: expect.stringMatching(/^ATTEMPT_TIMEOUT: no whole answer/) });
    }));

  it("a reset connection's detail starts with undici's code for it", () =>
    withWire({ server: serving, transport: { maxRetries: 0 } }, async ({ tikhub, server }) => {
      server.script('web/fetch_user_profile', reset());
      const got = await tikhub.profile('charlidamelio');
      expect(got).toMatchObject({ ok: false, outcome: 'network_error', detail: expect.stringMatching(/^(ECONNRESET|UND_ERR_SOCKET): /) });
    }));
});

describe('retries and their waits', () => {
  it('a vendor that refuses every connection gives network_error after the retries: the call settles, nothing is thrown', async () => {
    const port = await closedPort();
    const tikhub = new TikHubProvider({
      transport: createHttpTransport({ baseUrl: `http://127.0.0.1:${port}${tikhubDialect.prefix}`, apiKey: TIKHUB_KEY, minRetryDelayMs: 5, maxRetries: 2 }),
      clock: () => FETCHED_AT,
    });
    try {
      const got = await tikhub.profile('charlidamelio');
      expect(got).toMatchObject({ ok: false, outcome: 'network_error', detail: expect.stringMatching(/^ECONNREFUSED: /), raw: { httpStatus: 0 } });
    } finally {
      await tikhub.close();
    }
  });

  it('retries a refused connection: a vendor that is not listening yet is asked again until it is', async () => {
    const port = await closedPort();
    const baseUrl = `http://127.0.0.1:${port}${tikhubDialect.prefix}`;
    // Waits of 100, 200, 400, 800 ms and then 1 s: the server starts listening during the second.
    const tikhub = new TikHubProvider({
      transport: createHttpTransport({ baseUrl, apiKey: TIKHUB_KEY, minRetryDelayMs: 100, maxRetryDelayMs: 1_000, maxRetries: 8 }),
      clock: () => FETCHED_AT,
    });
    let server: WireServer | null = null;
    try {
      const asked = tikhub.profile('charlidamelio');
      await sleep(150);
      server = await startWireServer({ port, tikhub: { apiKey: TIKHUB_KEY, backend: profile } });
      expect(await asked).toMatchObject({ ok: true, value: { followers: 427_682 } });
      expect(server.requests).toHaveLength(1);
    } finally {
      await tikhub.close();
      await server?.close();
    }
  });

  it('minRetryDelayMs is the first wait: set to 1.5 s, the retry after a 503 comes no sooner', () =>
    withWire({ server: serving, transport: { minRetryDelayMs: 1_500, maxRetryDelayMs: 10_000 } }, async ({ tikhub, server }) => {
      server.script('web/fetch_user_profile', vendorError(503, 'Service Unavailable'));
      expect((await tikhub.profile('charlidamelio')).ok).toBe(true);
      const [first, second] = server.requests.map((r) => r.arrivedAtMs) as [number, number];
      expect(server.requests.map((r) => r.answered)).toEqual([503, 200]);
      // Timers fire late on a busy machine, never early (less a millisecond's rounding).
      expect(second - first).toBeGreaterThanOrEqual(1_495);
    }));

  it('maxRetryDelayMs caps a Retry-After: a 429 asking for 20 s is retried after the 0.3 s cap', () =>
    withWire({ server: serving, transport: { maxRetryDelayMs: 300 } }, async ({ tikhub, server }) => {
      server.script('web/fetch_user_profile', rateLimited(20));
      const started = performance.now();
      expect((await tikhub.profile('charlidamelio')).ok).toBe(true);
      expect(server.requests.map((r) => r.answered)).toEqual([429, 200]);
      // Half the 20 s asked for: far above the cap on the slowest machine, far below what an uncapped wait takes.
      expect(performance.now() - started).toBeLessThan(10_000);
    }));
});

describe('connections and pace', () => {
  it('opens at most 16 connections to a vendor by default: the 17th of 20 calls at once waits for an answer', () =>
    withServer(
      (server) =>
        withTikHub(server, { minRetryDelayMs: 5 }, async (tikhub) => {
          const got = await Promise.all(Array.from({ length: 20 }, () => tikhub.profile('charlidamelio')));
          expect(got.every((g) => g.ok)).toBe(true);
          const arrivals = server.requests.map((r) => r.arrivedAtMs).sort((a, b) => a - b);
          expect(arrivals).toHaveLength(20);
          // Each answer leaves 1 s after its request arrived; the 17th request can only go out on a connection one freed.
          expect((arrivals[16] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(995);
        }),
      { latencyMs: 1_000 },
    ));

  it('with rps, calls made all at once go out one at a time on its schedule', () =>
    withServer((server) =>
      withTikHub(server, { rps: 4 }, async (tikhub) => {
        const got = await Promise.all(Array.from({ length: 5 }, () => tikhub.profile('charlidamelio')));
        expect(got.every((g) => g.ok)).toBe(true);
        const arrivals = server.requests.map((r) => r.arrivedAtMs).sort((a, b) => a - b);
        // 5 calls at 4 a second: the last goes out a second after the first. The bound leaves room for the first
        // request's own connection set-up; without a pace all five arrive within a few milliseconds.
        expect((arrivals[4] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(700);
      }),
    ));
});

describe('close', () => {
  it('closes the connections: nothing is sent after close(), a call then fails without reaching the vendor', () =>
    withServer(async (server) => {
      const transport = createHttpTransport({ baseUrl: server.tikhubBaseUrl, apiKey: TIKHUB_KEY, maxRetries: 0 });
      const ask = () => transport({ method: 'GET', path: 'web/fetch_user_profile', query: { uniqueId: 'charlidamelio' } });
      expect((await ask()).status).toBe(200);
      await transport.close();
      expect(await ask()).toMatchObject({ status: 0, failure: { kind: 'network_error', detail: expect.stringMatching(/^UND_ERR_(CLOSED|DESTROYED): /) } });
      expect(server.requests).toHaveLength(1);
    }));
});
