import { performance } from 'node:perf_hooks';
import { byEndpoint, data, drip, oversized, rateLimited, type WireServer } from '@creator-audit/providers/testing';
import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from '../src/http-transport.ts';
import { webUserInfo } from './fixtures.ts';
import { SCAVIO_KEY, withWire, type WireSetup } from './wire-clients.ts';

const MiB = 2 ** 20;
const serving: WireSetup['server'] = { scavio: { backend: byEndpoint({ 'user/info': () => data(webUserInfo) }) } };

/** The server notices a client that left a moment after it left: wait for it to record how the answer ended. */
async function ended(server: WireServer, index = 0): Promise<void> {
  await vi.waitFor(() => expect(server.requests[index]?.answered).not.toBe('pending'), { timeout: 10_000, interval: 20 });
}

describe('--timeout caps each attempt as a whole, headers and body', () => {
  it('a server dripping a byte a second gives timeout after about the timeout, not after the whole drip', () =>
    withWire({ server: serving, transport: { timeoutMs: 2_000 } }, async ({ scavio, server }) => {
      // About 70 bytes at one a second: never idle for 2 s, so an idle timeout would wait more than a minute.
      server.script('user/info', drip(JSON.stringify({ data: { user: { uniqueId: 'charlidamelio', pad: 'x'.repeat(14) } } }), 1_000));
      const started = performance.now();
      const got = await scavio.profile('charlidamelio');
      const tookMs = performance.now() - started;
      expect(got).toMatchObject({ ok: false, outcome: 'timeout', detail: expect.stringContaining('within 2 s') });
      // Generous bounds: never before the timeout, and far from the minute the drip would take.
      expect(tookMs).toBeGreaterThanOrEqual(1_900);
      expect(tookMs).toBeLessThan(20_000);
      await ended(server);
      expect(server.requests[0]?.bodyBytesSent).toBeLessThan(30);
      // The answer had begun: it is not asked again (a retry would pay again), and it counts as the 200 it was.
      expect(server.requests).toHaveLength(1);
      expect(got.raw).toMatchObject({ httpStatus: 200, credits: 1 });
    }));

  it('an answer that comes in time is read whole, however slowly its bytes came', () =>
    withWire({ server: serving, transport: { timeoutMs: 15_000 } }, async ({ scavio, server }) => {
      // A few hundred bytes, one a millisecond or so.
      server.script('user/info', drip(JSON.stringify({ data: webUserInfo, credits_used: 1 }), 1));
      expect(await scavio.profile('charlidamelio')).toMatchObject({ ok: true, value: { followers: 427_682 } });
      expect(server.requests.map((r) => r.answered)).toEqual([200]);
    }));

  it("waits out a 429's Retry-After longer than the timeout, then asks again: the wait is ours, not the server's", () =>
    withWire({ server: serving, transport: { timeoutMs: 1_000, maxRetryDelayMs: 5_000 } }, async ({ scavio, server }) => {
      server.script('user/info', rateLimited(2));
      expect(await scavio.profile('charlidamelio')).toMatchObject({ ok: true, value: { followers: 427_682 } });
      expect(server.requests.map((r) => r.answered)).toEqual([429, 200]);
    }));

  it('0 is refused, never read as no timeout', () => {
    expect(() => createHttpTransport({ baseUrl: 'http://127.0.0.1:9/', apiKey: SCAVIO_KEY, timeoutMs: 0 })).toThrow("a request's timeout must be a positive number");
  });
});

describe('an answer over the size limit is refused without being read', () => {
  it.each([
    ['declared by its Content-Length', true],
    ['sent chunked, with no length said', false],
  ])('80 MB %s: body_too_large, the connection dropped early, not asked again', (_, declareLength) =>
    withWire({ server: serving }, async ({ scavio, server }) => {
      server.script('user/info', oversized(80 * 1_000_000, declareLength));
      const got = await scavio.profile('charlidamelio');
      expect(got).toMatchObject({ ok: false, outcome: 'body_too_large', detail: expect.stringContaining('20 MiB limit'), raw: { httpStatus: 200, body: '' } });
      await ended(server);
      expect(server.requests.map((r) => r.answered)).toEqual(['cut']);
      // What went out is what socket buffers took (a few MB) plus, chunked, the 20 MiB read before refusing: far from 80 MB.
      expect(server.requests[0]?.bodyBytesSent).toBeLessThan(declareLength ? 20 * MiB : 40 * MiB);
    }));

  it('the limit is an option: an answer just under it is read, one just over it is not', () =>
    withWire({ server: serving, transport: { maxBodyBytes: 4_000 } }, async ({ scavio, server }) => {
      server.script('user/info', oversized(3_999), oversized(4_001, false));
      expect(await scavio.profile('charlidamelio')).toMatchObject({ ok: false, outcome: 'schema_error' });
      expect(await scavio.profile('charlidamelio')).toMatchObject({ ok: false, outcome: 'body_too_large' });
    }));
});
