import { startWireServer, type WireServer, type WireServerOptions } from '@creator-audit/providers/testing';
import { createHttpTransport, type HttpTransportOptions } from '../src/http-transport.ts';
import type { ScavioContract } from '../src/records.ts';
import { ScavioProvider } from '../src/scavio.ts';
import { TikHubProvider } from '../src/tikhub.ts';

/** Keys that look real, so a test can search every landed byte for them. */
export const SCAVIO_KEY = 'sk-scavio-live-5f1e9c0d2b7a4e63';
export const TIKHUB_KEY = 'tk-tikhub-live-8a2d4c6e0f1b3957';

export const FETCHED_AT = new Date('2025-03-01T12:00:00Z');

/** Small backoffs keep retry tests quick; the Retry-After test raises the cap so the header is honoured. */
const QUICK: Partial<HttpTransportOptions> = { minRetryDelayMs: 5, maxRetryDelayMs: 20, timeoutMs: 2_000 };

export interface WireClients {
  server: WireServer;
  scavio: ScavioProvider;
  tikhub: TikHubProvider;
}

export interface WireSetup {
  server?: WireServerOptions;
  /** Overrides for both clients' HTTP transports (a wrong `apiKey`, a small `timeoutMs`, retry delays). */
  transport?: Partial<Omit<HttpTransportOptions, 'baseUrl'>>;
  /**
   * The contract the Scavio client is told the server speaks (default: the one served, so a test of one contract's
   * wire sees no learning calls); `learn` leaves the client to find out, as in production.
   */
  scavioClient?: ScavioContract | 'learn';
}

/** Runs `fn` with a wire server and the real clients pointed at it, and closes all of them whatever happens. */
export async function withWire(setup: WireSetup, fn: (clients: WireClients) => Promise<void>): Promise<void> {
  const server = await startWireServer({
    ...setup.server,
    scavio: { apiKey: SCAVIO_KEY, ...setup.server?.scavio },
    tikhub: { apiKey: TIKHUB_KEY, ...setup.server?.tikhub },
  });
  const transport = (baseUrl: string, apiKey: string) => createHttpTransport({ baseUrl, apiKey, ...QUICK, ...setup.transport });
  const clock = () => FETCHED_AT;
  const told = setup.scavioClient ?? setup.server?.scavio?.contract ?? 'scavio-tutorial';
  const scavio = new ScavioProvider({ transport: transport(server.scavioBaseUrl, SCAVIO_KEY), clock, ...(told === 'learn' ? {} : { contract: told }) });
  const tikhub = new TikHubProvider({ transport: transport(server.tikhubBaseUrl, TIKHUB_KEY), clock });
  try {
    await fn({ server, scavio, tikhub });
  } finally {
    await Promise.all([scavio.close(), tikhub.close()]);
    await server.close();
  }
}
