import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpTransport, createSyntheticTransport, type ScavioContract, ScavioProvider, syntheticHandles } from '@creator-audit/providers';
import { asDocumentedContract, startWireServer } from '@creator-audit/providers/testing';
import { Warehouse } from '@creator-audit/warehouse';
import { describe, expect, it } from 'vitest';
import { planCreatorRun } from '../src/creators/dry-run.ts';
import { ingestCreators } from '../src/creators/ingest-creators.ts';
import { ingestOptions } from './ingest-wire.ts';

const AT = new Date('2026-11-23T12:00:00Z');
const KEY = 'sk-scavio-pricing-0001';
const PLAN = { videosPerCreator: 30, pageSize: 30, maxEmptyPages: 3 };

/** The simulated world behind a loopback Scavio speaking `contract`, and a client that has to learn which. */
async function withScavio(contract: ScavioContract, fn: (scavio: ScavioProvider, warehouse: Warehouse) => Promise<void>) {
  const simulator = createSyntheticTransport({ seed: 3, clock: () => AT, faultRate: 0 });
  const server = await startWireServer({
    scavio: { apiKey: KEY, contract, backend: { transport: contract === 'scavio-2026' ? asDocumentedContract(simulator) : simulator } },
  });
  const scavio = new ScavioProvider({ transport: createHttpTransport({ baseUrl: server.scavioBaseUrl, apiKey: KEY }), clock: () => AT });
  const dir = mkdtempSync(join(tmpdir(), 'pricing-'));
  const warehouse = await Warehouse.open(join(dir, 'w.duckdb'));
  try {
    await fn(scavio, warehouse);
  } finally {
    warehouse.close();
    await scavio.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('what 30 videos cost on each Scavio contract', () => {
  it('prices a creator before the contract is known as the documented one answers (profile + 3 pages of about 10), and after it as it was answered', () =>
    withScavio('scavio-tutorial', async (scavio, warehouse) => {
      const before = planCreatorRun(scavio, ['alice'], new Set(), PLAN);
      expect(before.calls.map((c) => c.endpoint)).toEqual(['profile', 'user/posts', 'user/posts', 'user/posts']);
      await ingestCreators(warehouse, scavio, syntheticHandles(3, 5), ingestOptions({ ...PLAN, now: () => AT }));
      expect(scavio.contract()).toBe('scavio-tutorial');
      const after = planCreatorRun(scavio, ['alice'], new Set(), PLAN);
      expect(after.calls.map((c) => c.endpoint)).toEqual(['user/info', 'user/posts']);
    }));

  it('spends on the documented contract what the plan said: a creator with 30 videos or more costs 4 credits', () =>
    withScavio('scavio-2026', async (scavio, warehouse) => {
      const handles = syntheticHandles(3, 12);
      const plan = planCreatorRun(scavio, handles, new Set(), PLAN);
      const summary = await ingestCreators(warehouse, scavio, handles, ingestOptions({ ...PLAN, now: () => AT }));
      expect(scavio.contract()).toBe('scavio-2026');
      const full = await warehouse.rows(
        `SELECT credits FROM creator_outcomes WHERE run_id = $run AND outcome = 'ok' AND videos_fetched = 30`,
        { run: summary.runId },
      );
      expect(full.length).toBeGreaterThan(0);
      for (const row of full) expect(row.credits).toBe(4);
      expect(plan.credits).toBe(handles.length * 4);
      const [contracts] = await warehouse.rows(`SELECT list(DISTINCT contract) AS c FROM raw_responses`);
      expect(contracts?.c).toEqual(['scavio-2026']);
    }));
});
