import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDocumentedSimulator,
  createHttpTransport,
  createSyntheticTransport,
  type ScavioContract,
  ScavioProvider,
  type Transport,
} from '@creator-audit/providers';
import { startWireServer, type WireServer } from '@creator-audit/providers/testing';
import { Warehouse } from '@creator-audit/warehouse';
import type { AudienceRunOptions } from '../src/audience/audience-kind.ts';
import { sampleAudiences } from '../src/audience/audience-kind.ts';
import type { AudiencePlan } from '../src/audience/fetch-audience.ts';
import { ingestCreators } from '../src/creators/ingest-creators.ts';
import type { FetchRunSummary } from '../src/fetch-loop/run-fetch.ts';
import { SCAVIO_KEY } from './ingest-wire.ts';

export const AUDIENCE_AT = new Date('2026-03-01T12:00:00Z');
export const AUDIENCE_SEED = 7;
/** 40 followers (2 pages), the first 20 comments of the 3 newest videos (1 page each). */
export const AUDIENCE_PLAN: AudiencePlan = { followers: 40, videos: 3, comments: 20 };

export interface AudienceWire {
  server: WireServer;
  provider: ScavioProvider;
  warehouse: Warehouse;
  sample(handles: readonly string[], options?: Partial<AudienceRunOptions>, plan?: AudiencePlan): Promise<FetchRunSummary>;
  /** Creators ingested as `ingest` would, in the contract served: snapshots whose sec_uid a sample can use. */
  ingest(handles: readonly string[]): Promise<FetchRunSummary>;
  /** Paid answers so far, by endpoint. */
  paid(): Record<string, number>;
}

/**
 * The simulated world behind a loopback Scavio server (documented contract: with followers and comments; the
 * tutorials': without), the real client learning which, and a temp warehouse.
 */
export async function withAudienceWire(
  contract: ScavioContract,
  fn: (wire: AudienceWire) => Promise<void>,
  options: { credits?: number; wrap?: (transport: Transport) => Transport } = {},
): Promise<void> {
  const { credits } = options;
  const clock = () => AUDIENCE_AT;
  const world =
    contract === 'scavio-2026'
      ? createDocumentedSimulator({ seed: AUDIENCE_SEED, clock, faultRate: 0 })
      : createSyntheticTransport({ seed: AUDIENCE_SEED, clock, faultRate: 0 });
  const transport = options.wrap ? options.wrap(world) : world;
  const server = await startWireServer({ scavio: { apiKey: SCAVIO_KEY, contract, backend: { transport }, ...(credits === undefined ? {} : { credits }) } });
  const provider = new ScavioProvider({ transport: createHttpTransport({ baseUrl: server.scavioBaseUrl, apiKey: SCAVIO_KEY, minRetryDelayMs: 5, maxRetryDelayMs: 20 }), clock });
  const dir = mkdtempSync(join(tmpdir(), 'audience-wire-'));
  const warehouse = await Warehouse.open(join(dir, 'warehouse.duckdb'));
  const base = { concurrency: 4, rps: null, maxCredits: null, maxAgeMs: 0, inputName: 'creators.txt', flushEvery: 5, now: clock };
  try {
    await fn({
      server,
      provider,
      warehouse,
      sample: (handles, options = {}, plan = AUDIENCE_PLAN) => sampleAudiences(warehouse, provider, handles, plan, { ...base, ...options }),
      ingest: (handles) => ingestCreators(warehouse, provider, handles, { ...base, videosPerCreator: 10, pageSize: 10 }),
      paid: () => {
        const out: Record<string, number> = {};
        for (const r of server.requests) if (r.answered === 200) out[r.endpoint] = (out[r.endpoint] ?? 0) + 1;
        return out;
      },
    });
  } finally {
    warehouse.close();
    await provider.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
