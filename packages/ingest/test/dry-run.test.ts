import { describe, expect, it } from 'vitest';
import { planCreatorRun } from '../src/creators/dry-run.ts';
import { freshCreators } from '../src/creators/freshness.ts';
import { withIngestWire } from './ingest-wire.ts';
import { handleOf, handles } from './wire-world.ts';

/** A creator with fewer videos than a page costs exactly what the plan says: a profile and one page. */
const onePage = { videosPerCreator: 10, pageSize: 10, maxEmptyPages: 2 };
const DAY_MS = 24 * 3_600_000;

describe.each(['scavio', 'tikhub'] as const)('%s: --dry-run', (vendor) => {
  it('plans the very calls and credits a real run then spends, fresh creators skipped in both', () =>
    withIngestWire({ vendor, world: { videos: () => 7 } }, async ({ ingest, provider, warehouse, server }) => {
      // Some creators are fresh from an earlier run; the plan and the run must both skip them.
      await ingest(handles(4), { ...onePage, maxAgeMs: DAY_MS });
      const before = server.requests.length;
      const list = handles(12);

      const fresh = await freshCreators(warehouse, provider.name, DAY_MS, new Date());
      const plan = planCreatorRun(provider, list, fresh, onePage);
      expect(server.requests.length).toBe(before);
      const summary = await ingest(list, { ...onePage, maxAgeMs: DAY_MS });

      expect({ creators: plan.creators, skipped: plan.skippedFresh }).toEqual({ creators: 8, skipped: 4 });
      expect(summary.byOutcome).toEqual({ ok: 8, skipped_fresh: 4 });
      const called = server.requests.slice(before).map((r) => ({ username: handleOf(r), endpoint: r.endpoint }));
      const sorted = <T extends { username: string; endpoint: string }>(calls: T[]) =>
        calls.map((c) => `${c.username} ${c.endpoint}`).sort();
      expect(sorted(plan.calls)).toEqual(sorted(called));
      expect(plan.credits).toBe(summary.creditsSpent);
      expect(plan.credits).toBe(16);
    }));
});
