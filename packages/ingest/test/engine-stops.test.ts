import { type Backend, SCAVIO_BILLING_URL, vendorError } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { duplicates, outcomesOf, withIngestWire } from './ingest-wire.ts';
import { handleOf, handles } from './wire-world.ts';

const cohort = handles(40);

describe('a vendor answer that stops the run (401 bad key, 402 no credits)', () => {
  it('402 mid-run: stops with the vendor message, keeps every body, records the rest not_attempted, and a re-run finishes only the rest', () =>
    // 50 paid answers: the account runs dry a third of the way in, mid-creator for some, and the vendor never said
    // how much was left (with credits_remaining the run stops before the 402: engine-budget.test.ts).
    withIngestWire({ credits: 50, hideCreditsRemaining: true }, async ({ ingest, warehouse, server }) => {
      const first = await ingest(cohort, { concurrency: 4 });
      expect(first.stop).toEqual({ kind: 'run_stopping', message: expect.stringContaining('HTTP 402') });
      expect(first.stop?.message).toContain(SCAVIO_BILLING_URL);
      expect(first.resumed).toBe(false);

      const outcomes = await outcomesOf(warehouse, first.runId);
      expect(outcomes.size).toBe(cohort.length);
      const done = [...outcomes].filter(([, o]) => o !== 'not_attempted').map(([h]) => h);
      expect(done.length).toBeGreaterThan(10);
      expect(done.length).toBeLessThan(20);
      // 50 paid calls at three per creator cannot all be whole creators: the stop cut some mid-paging.
      const cut = await warehouse.rows(`SELECT username, detail FROM creator_outcomes WHERE outcome = 'partial'`);
      expect(cut.length).toBeGreaterThan(0);
      for (const c of cut) expect(String(c.detail)).toMatch(/the run stopped while paging: .*HTTP 402/);
      expect(new Set(outcomes.values())).toEqual(new Set(['ok', 'partial', 'not_attempted']));
      const [snapshots] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM creators`);
      expect(snapshots?.n).toBe(done.length);
      const [run] = await warehouse.rows(`SELECT status, stop_reason FROM runs WHERE run_id = $run`, { run: first.runId });
      expect(run).toEqual({ status: 'stopped', stop_reason: first.stop?.message });

      // Everything the vendor answered with data is kept, also for creators the stop cut in half.
      const [kept] = await warehouse.rows(`SELECT count(*)::INTEGER AS n, sum(credits)::INTEGER AS credits FROM raw_responses`);
      const paid = server.requests.filter((r) => r.answered === 200).length;
      expect(paid).toBe(50);
      expect(kept).toEqual({ n: paid, credits: 50 });
      expect(first.creditsSpent).toBe(50);

      // The account is topped up; the same input resumes the same run and fetches only what was not decided.
      server.setCredits('scavio', 1_000);
      const before = server.requests.length;
      const second = await ingest(cohort, { concurrency: 4 });
      expect(second).toMatchObject({ runId: first.runId, resumed: true, stop: null });
      expect(second.byOutcome).toEqual({ ok: cohort.length - cut.length, partial: cut.length });
      const asked = new Set(server.requests.slice(before).map(handleOf));
      for (const h of done) expect(asked.has(h)).toBe(false);
      expect(asked.size).toBe(cohort.length - done.length);
      expect((await outcomesOf(warehouse, first.runId)).size).toBe(cohort.length);
      expect(await duplicates(warehouse, 'creator_outcomes', ['run_id', 'username'])).toBe(0);
      expect(await duplicates(warehouse, 'creators', ['username', 'run_id'])).toBe(0);
      expect(await duplicates(warehouse, 'videos', ['username', 'video_id'])).toBe(0);
      const [runAfter] = await warehouse.rows(`SELECT status, stop_reason FROM runs WHERE run_id = $run`, { run: first.runId });
      expect(runAfter).toEqual({ status: 'finished', stop_reason: null });
    }));

  it('401 mid-run (key revoked): stops naming SCAVIO_API_KEY, keeps what was fetched, and resumes once the key works again', () =>
    withIngestWire({}, async ({ ingest, warehouse, server }) => {
      // The key stops working after the 30th request, until it is restored.
      const key = { revokedAfter: 30, restored: false };
      server.script(
        () => !key.restored && server.requests.length > key.revokedAfter,
        ...Array.from({ length: 200 }, () => vendorError(401, 'Invalid or missing API key')),
      );
      const first = await ingest(cohort, { concurrency: 4 });
      expect(first.stop).toEqual({ kind: 'run_stopping', message: expect.stringContaining('SCAVIO_API_KEY') });
      const outcomes = await outcomesOf(warehouse, first.runId);
      expect(outcomes.size).toBe(cohort.length);
      const done = [...outcomes].filter(([, o]) => o !== 'not_attempted').map(([h]) => h);
      expect(done.length).toBeGreaterThan(5);
      expect([...outcomes.values()].every((o) => ['ok', 'partial', 'not_attempted'].includes(o))).toBe(true);
      const paid = server.requests.filter((r) => r.answered === 200).length;
      const [kept] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM raw_responses`);
      expect(kept?.n).toBe(paid);

      key.restored = true;
      const before = server.requests.length;
      const second = await ingest(cohort, { concurrency: 4 });
      expect(second).toMatchObject({ runId: first.runId, resumed: true, stop: null });
      expect(second.byOutcome.not_attempted).toBeUndefined();
      const asked = new Set(server.requests.slice(before).map(handleOf));
      for (const h of done) expect(asked.has(h)).toBe(false);
      expect(asked.size).toBe(cohort.length - done.length);
    }));

  it('an interrupt (Ctrl-C) stops scheduling, lands the creators in flight, and the run resumes where it stopped', () => {
    const controller = new AbortController();
    let seen = 0;
    // Ctrl-C arrives with the 20th request.
    const backend = (world: Backend): Backend => (request) => {
      seen += 1;
      if (seen === 20) controller.abort();
      return world(request);
    };
    return withIngestWire({ backend }, async ({ ingest, warehouse, server }) => {
      const first = await ingest(cohort, { concurrency: 4, signal: controller.signal });
      expect(first.stop).toEqual({ kind: 'interrupted', message: expect.stringContaining('interrupted') });
      const outcomes = await outcomesOf(warehouse, first.runId);
      expect(outcomes.size).toBe(cohort.length);
      const done = [...outcomes].filter(([, o]) => o === 'ok').map(([h]) => h);
      // Creators already in flight finish and land; nothing new starts.
      expect(done.length).toBeGreaterThanOrEqual(6);
      expect(done.length).toBeLessThan(15);
      expect([...outcomes.values()].filter((o) => o !== 'ok').every((o) => o === 'not_attempted')).toBe(true);
      const [run] = await warehouse.rows(`SELECT status FROM runs WHERE run_id = $run`, { run: first.runId });
      expect(run?.status).toBe('interrupted');

      const before = server.requests.length;
      const second = await ingest(cohort, { concurrency: 4 });
      expect(second).toMatchObject({ runId: first.runId, resumed: true, stop: null, byOutcome: { ok: cohort.length } });
      const asked = new Set(server.requests.slice(before).map(handleOf));
      for (const h of done) expect(asked.has(h)).toBe(false);
    });
  });
});
