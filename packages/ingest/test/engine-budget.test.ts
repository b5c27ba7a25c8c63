import { createSyntheticProvider } from '@creator-audit/providers';
import { type Backend, captcha, raw, tiktokStatus } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { ingestCreators } from '../src/creators/ingest-creators.ts';
import { freshCreators } from '../src/creators/freshness.ts';
import { duplicates, ingestOptions, outcomesOf, withIngestWire } from './ingest-wire.ts';
import { asks, handleOf, handles } from './wire-world.ts';

const cohort = handles(40);
/** Answers as the world does, but with the envelope billing `credits` per call. */
const billing =
  (credits: number) =>
  (world: Backend): Backend =>
  async (request) => {
    const answer = await world(request);
    if (answer.kind !== 'data') return answer;
    return raw(200, JSON.stringify({ data: answer.data, response_time: 0, credits_used: credits, credits_remaining: 1_000 }));
  };
const paidAnswers = (requests: readonly { answered: unknown }[]) => requests.filter((r) => r.answered === 200).length;

/** Answers as the world does, but the first answers' envelopes say the bills given, in order (written as JSON text). */
const oddBills =
  (bills: readonly string[], billed: string[]) =>
  (world: Backend): Backend =>
  async (request) => {
    const answer = await world(request);
    if (answer.kind !== 'data' || billed.length >= bills.length) return answer;
    const bill = bills[billed.length];
    billed.push(handleOf(request));
    return raw(200, `{"data":${JSON.stringify(answer.data)},"response_time":0,"credits_used":${bill},"credits_remaining":1000}`);
  };

describe('--max-credits', () => {
  it.each([
    ['creators that cost what was reserved', {}],
    // A page sent twice costs a call nobody planned for: the extra must come out of the budget too.
    ['creators that need an extra page', { feeds: Object.fromEntries(cohort.map((h) => [h, { repeatedRequest: 1 }])) }],
  ])('stops cleanly at the budget with concurrency 8, never overshooting (%s)', (_, world) =>
    withIngestWire({ world }, async ({ ingest, warehouse, server }) => {
      const summary = await ingest(cohort, { concurrency: 8, maxCredits: 25 });
      expect(summary.stop).toEqual({ kind: 'budget', message: expect.stringContaining('25') });
      expect(paidAnswers(server.requests)).toBeLessThanOrEqual(25);
      expect(summary.creditsSpent).toBe(paidAnswers(server.requests));
      const outcomes = await outcomesOf(warehouse, summary.runId);
      expect(outcomes.size).toBe(cohort.length);
      expect(summary.byOutcome.budget_exhausted).toBeGreaterThan(20);
      // Nobody left undecided was asked anything: budget_exhausted means not a single call.
      const asked = new Set(server.requests.map(handleOf));
      for (const [h, o] of outcomes) if (o === 'budget_exhausted') expect(asked.has(h)).toBe(false);
    }),
  );

  it('holds the budget when the vendor bills more per call than expected (credits_used 2)', () =>
    withIngestWire({ backend: billing(2) }, async ({ ingest, server, warehouse }) => {
      const summary = await ingest(cohort, { concurrency: 8, maxCredits: 25 });
      expect(summary.stop?.kind).toBe('budget');
      expect(summary.creditsSpent).toBeLessThanOrEqual(25);
      expect(summary.creditsSpent).toBe(2 * paidAnswers(server.requests));
      // Creators begun before the first bill showed the real price end partial, their profiles kept...
      expect(summary.byOutcome.partial).toBeGreaterThan(0);
      // ...and a creator left for a later run has nothing stored, so resuming never fetches it twice.
      const [stored] = await warehouse.rows(
        `SELECT count(*)::INTEGER AS n FROM creators JOIN creator_outcomes USING (username, run_id) WHERE outcome = 'budget_exhausted'`,
      );
      expect(stored?.n).toBe(0);
      const before = server.requests.length;
      const resumed = await ingest(cohort, { concurrency: 8, maxCredits: 1_000 });
      expect(resumed).toMatchObject({ runId: summary.runId, stop: null });
      const asked = new Set(server.requests.slice(before).map(handleOf));
      expect(asked.size).toBe(summary.byOutcome.budget_exhausted);
    }));

  it('re-running with the same budget spends nothing more: the budget belongs to the run, not to the invocation', () =>
    withIngestWire({}, async ({ ingest, server }) => {
      const first = await ingest(cohort, { concurrency: 8, maxCredits: 25 });
      const paid = paidAnswers(server.requests);
      const again = await ingest(cohort, { concurrency: 8, maxCredits: 25 });
      expect(again).toMatchObject({ runId: first.runId, resumed: true, stop: { kind: 'budget' }, byOutcome: first.byOutcome });
      expect(paidAnswers(server.requests)).toBe(paid);
    }));

  it('raising the budget and re-running finishes the run without fetching anyone twice', () =>
    withIngestWire({}, async ({ ingest, warehouse, server }) => {
      const first = await ingest(cohort, { concurrency: 8, maxCredits: 25 });
      const decided = [...(await outcomesOf(warehouse, first.runId))].filter(([, o]) => o !== 'budget_exhausted').map(([h]) => h);
      const before = server.requests.length;
      const second = await ingest(cohort, { concurrency: 8, maxCredits: 200 });
      expect(second).toMatchObject({ runId: first.runId, resumed: true, stop: null, byOutcome: { ok: cohort.length } });
      const asked = new Set(server.requests.slice(before).map(handleOf));
      for (const h of decided) expect(asked.has(h)).toBe(false);
      expect(paidAnswers(server.requests)).toBe(cohort.length * 3);
      expect(second.creditsSpent).toBe(cohort.length * 3);
      expect(await duplicates(warehouse, 'raw_responses', ['request_key'])).toBe(0);
    }));
});

describe('--max-age', () => {
  it('a second run right after costs zero credits: fresh snapshots and account facts are skipped, transient failures retried', () =>
    withIngestWire({}, async ({ ingest, warehouse, server }) => {
      server.script(asks('gone', 'profile'), tiktokStatus(10202));
      server.script(asks('walled', 'profile'), captcha('body'));
      const list = [...handles(10), 'gone', 'walled'];
      const first = await ingest(list, { maxAgeMs: 24 * 3_600_000 });
      expect(first.byOutcome).toEqual({ ok: 10, not_found: 1, captcha: 1 });
      const before = server.requests.length;

      const second = await ingest(list, { maxAgeMs: 24 * 3_600_000 });
      expect(second.runId).not.toBe(first.runId);
      expect(second.byOutcome).toEqual({ skipped_fresh: 11, ok: 1 });
      expect(server.requests.slice(before).map(handleOf)).toEqual(['walled', 'walled', 'walled']);
      expect(second.creditsSpent).toBe(3);

      const third = await ingest(list, { maxAgeMs: 24 * 3_600_000 });
      expect(third).toMatchObject({ byOutcome: { skipped_fresh: 12 }, creditsSpent: 0 });
      expect((await outcomesOf(warehouse, third.runId)).size).toBe(list.length);

      // --max-age 0 fetches everyone again.
      const fourth = await ingest(list, { maxAgeMs: 0 });
      expect(fourth.byOutcome.skipped_fresh).toBeUndefined();
    }));

  it('a bill of credits_used -1000, -1e400 or 1e18 is counted at our own price, with a note on the creator, and the budget holds', () => {
    const billed: string[] = [];
    return withIngestWire({ backend: oddBills(['-1000', '-1e400', '1e18'], billed) }, async ({ ingest, server, warehouse }) => {
      const summary = await ingest(cohort, { concurrency: 4, maxCredits: 10 });
      // Believing -1000 once let a run of --max-credits 10 make 62 paid calls and report "credits spent -939".
      expect(summary.stop?.kind).toBe('budget');
      expect(paidAnswers(server.requests)).toBeLessThanOrEqual(10);
      expect(summary.creditsSpent).toBe(paidAnswers(server.requests));
      const [ledger] = await warehouse.rows(`SELECT min(credits)::DOUBLE AS least, max(credits)::DOUBLE AS most FROM raw_responses WHERE run_id = $run`, { run: summary.runId });
      expect(ledger).toEqual({ least: 1, most: 1 });
      const notes = await warehouse.rows(`SELECT username, detail FROM creator_outcomes WHERE run_id = $run AND detail LIKE '%not a credit figure%' ORDER BY ALL`, { run: summary.runId });
      expect(notes.map((r) => r.username)).toEqual([...new Set(billed)].sort());
      expect(notes.map((r) => r.detail).join('\n')).toMatch(/credits_used -1000 is not a credit figure \(a number from 0 to 100 a call\): ignored, counted at our own price, 1/);
    });
  });

  it("stops cleanly before the vendor's account runs dry, as its credits_remaining says, instead of at the first 402", () =>
    withIngestWire({ credits: 25 }, async ({ ingest, server, warehouse }) => {
      const summary = await ingest(cohort, { concurrency: 4 });
      expect(summary.stop).toEqual({ kind: 'budget', message: expect.stringContaining('nearly out of credits') });
      expect(server.requests.filter((r) => r.answered === 402)).toHaveLength(0);
      expect(summary.creditsSpent).toBeLessThanOrEqual(25);
      const outcomes = await outcomesOf(warehouse, summary.runId);
      expect(outcomes.size).toBe(cohort.length);
      expect([...outcomes.values()].filter((o) => o === 'partial')).toHaveLength(0);
    }));

  it('--max-age 0 fetches everyone, even creators whose snapshots are dated after now (a simulator run with --at ahead)', () =>
    withIngestWire({}, async ({ warehouse }) => {
      const list = handles(4);
      const tomorrow = new Date(Date.now() + 24 * 3_600_000);
      const simulator = createSyntheticProvider({ seed: 42, clock: () => tomorrow, faultRate: 0 });
      try {
        await ingestCreators(warehouse, simulator, list, ingestOptions({ now: () => tomorrow }));
      } finally {
        await simulator.close();
      }
      // Any positive age counts them fresh (decided "after" now); 0 means refetch all, whatever the dates say.
      expect(await freshCreators(warehouse, 'synthetic', 1, new Date())).toEqual(new Set(list));
      expect(await freshCreators(warehouse, 'synthetic', 0, new Date())).toEqual(new Set());
    }));

  it('is per provider: a simulated run an hour ago does not make a paid run skip anyone as fresh', () =>
    withIngestWire({}, async ({ ingest, warehouse, server }) => {
      const day = 24 * 3_600_000;
      const list = handles(6);
      const hourAgo = new Date(Date.now() - 3_600_000);
      const simulator = createSyntheticProvider({ seed: 42, clock: () => hourAgo, faultRate: 0 });
      try {
        await ingestCreators(warehouse, simulator, list, ingestOptions({ maxAgeMs: day, now: () => hourAgo }));
      } finally {
        await simulator.close();
      }
      // The simulator's outcomes are fresh for the simulator...
      expect(await freshCreators(warehouse, 'synthetic', day, new Date())).toEqual(new Set(list));
      // ...and nothing for Scavio: every creator is fetched and paid for.
      const paid = await ingest(list, { maxAgeMs: day });
      expect(paid.byOutcome).toEqual({ ok: 6 });
      expect(new Set(server.requests.map(handleOf))).toEqual(new Set(list));
      expect(paid.creditsSpent).toBe(server.requests.length);
    }));
});
