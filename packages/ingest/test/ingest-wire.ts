import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createHttpTransport,
  type HttpTransportOptions,
  type Provider,
  ScavioProvider,
  TikHubProvider,
} from '@creator-audit/providers';
import { type Backend, startWireServer, type Vendor, type WireServer } from '@creator-audit/providers/testing';
import { type IngestOptions, type IngestSummary, ingestCreators } from '../src/creators/ingest-creators.ts';
import { Warehouse } from '@creator-audit/warehouse';
import { creatorWorld, type WorldOptions } from './wire-world.ts';

/** Keys that look real, so a test can search every landed byte for them. */
export const SCAVIO_KEY = 'sk-scavio-live-5f1e9c0d2b7a4e63';
const TIKHUB_KEY = 'tk-tikhub-live-8a2d4c6e0f1b3957';
export const KEYS: Readonly<Record<Vendor, string>> = { scavio: SCAVIO_KEY, tikhub: TIKHUB_KEY };

/** Ten videos wanted, five a page: a creator of the default world (seven videos) costs three calls. */
const PLAN = { videosPerCreator: 10, pageSize: 5, maxEmptyPages: 2 } as const;

/** Small backoffs keep retries quick; tests that need Retry-After honoured raise the cap. */
const QUICK: Partial<HttpTransportOptions> = { minRetryDelayMs: 5, maxRetryDelayMs: 20, timeoutMs: 2_000 };

export interface IngestWireSetup {
  vendor?: Vendor;
  world?: WorldOptions;
  latencyMs?: number;
  /** Credits the vendor account holds; at 0 it answers 402. */
  credits?: number;
  /** The vendor does not say what the account has left (no `credits_remaining`): its 402 comes unannounced. */
  hideCreditsRemaining?: boolean;
  transport?: Partial<Omit<HttpTransportOptions, 'baseUrl'>>;
  /** Wraps the world's backend: to watch requests, or to change how answers come back. Scripts still go first. */
  backend?: (world: Backend) => Backend;
}

export interface IngestWire {
  server: WireServer;
  provider: Provider;
  warehouse: Warehouse;
  /** A temp folder for the warehouse file and exports, removed afterwards. */
  dir: string;
  /** `ingestCreators` with the test plan and quiet defaults; any option can be overridden. */
  ingest(handles: readonly string[], options?: Partial<IngestOptions>): Promise<IngestSummary>;
}

/** Options every engine test starts from: no freshness skips, no rate limit, small landing batches. */
export function ingestOptions(options: Partial<IngestOptions> = {}): IngestOptions {
  return { ...PLAN, concurrency: 4, rps: null, maxCredits: null, maxAgeMs: 0, flushEvery: 5, inputName: 'creators.txt', ...options };
}

export function providerFor(vendor: Vendor, baseUrl: string, transport: Partial<HttpTransportOptions> = {}): Provider {
  const http = createHttpTransport({ baseUrl, apiKey: KEYS[vendor], ...QUICK, ...transport });
  return vendor === 'scavio' ? new ScavioProvider({ transport: http, contract: 'scavio-tutorial' }) : new TikHubProvider({ transport: http });
}

/**
 * Runs `fn` with a wire server serving the test world, the real client of `vendor` over HTTP, and a
 * warehouse in a temp file; closes and removes all of it whatever happens.
 */
export async function withIngestWire(setup: IngestWireSetup, fn: (wire: IngestWire) => Promise<void>): Promise<void> {
  const vendor = setup.vendor ?? 'scavio';
  const world = creatorWorld(vendor, setup.world);
  const backend = setup.backend ? setup.backend(world) : world;
  const own = {
    apiKey: KEYS[vendor],
    backend,
    hideCreditsRemaining: Boolean(setup.hideCreditsRemaining),
    ...(setup.credits === undefined ? {} : { credits: setup.credits }),
  };
  const server = await startWireServer({ [vendor]: own, ...(setup.latencyMs ? { latencyMs: setup.latencyMs } : {}) });
  const baseUrl = vendor === 'scavio' ? server.scavioBaseUrl : server.tikhubBaseUrl;
  const provider = providerFor(vendor, baseUrl, setup.transport);
  const dir = mkdtempSync(join(tmpdir(), 'ingest-wire-'));
  const warehouse = await Warehouse.open(join(dir, 'warehouse.duckdb'));
  const ingest = (handles: readonly string[], options: Partial<IngestOptions> = {}) =>
    ingestCreators(warehouse, provider, handles, ingestOptions(options));
  try {
    await fn({ server, provider, warehouse, dir, ingest });
  } finally {
    warehouse.close();
    await provider.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every input creator has exactly one outcome in the run, and nothing else does. */
export async function outcomesOf(warehouse: Warehouse, runId: string): Promise<Map<string, string>> {
  const rows = await warehouse.rows(`SELECT username, outcome FROM creator_outcomes WHERE run_id = $run ORDER BY username`, { run: runId });
  return new Map(rows.map((r) => [String(r.username), String(r.outcome)]));
}

/** Groups of rows that appear more than once in `table` over `key` columns (fixed, test-chosen lists). */
export async function duplicates(warehouse: Warehouse, table: string, key: readonly string[]): Promise<number> {
  const [row] = await warehouse.rows(
    `SELECT count(*)::INTEGER AS n FROM (SELECT ${key.join(', ')} FROM ${table} GROUP BY ALL HAVING count(*) > 1)`,
  );
  return Number(row?.n);
}
