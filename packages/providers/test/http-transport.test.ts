import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { byEndpoint, data, startWireServer, tikhubDialect, type WireServer } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { createHttpTransport } from '../src/http-transport.ts';
import { TikHubProvider } from '../src/tikhub.ts';
import { webUserInfo } from './fixtures.ts';
import { FETCHED_AT, TIKHUB_KEY } from './wire-clients.ts';

/** The TikHub profile the tests here ask for. */
const profile = byEndpoint({ 'web/fetch_user_profile': () => data({ userInfo: webUserInfo, statusCode: 0 }) });

/** A loopback port nothing listens on (one the system just handed out and took back). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => probe.close((e) => (e ? reject(e) : resolve())));
  return port;
}

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
});
