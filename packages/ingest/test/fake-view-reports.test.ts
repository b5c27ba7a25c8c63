import { Warehouse } from '@creator-audit/warehouse';
import { createHttpTransport, type FakeViewReport, TikHubProvider } from '@creator-audit/providers';
import { byEndpoint, data, invalid, rateLimited, startWireServer, vendorError, type WireServer, detectFakeViewsExample } from '@creator-audit/providers/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeViewFetchOptions, fetchFakeViewReports } from '../src/fake-views/fetch-fake-view-reports.ts';

/** A key that looks real, so every landed byte can be searched for it. */
const KEY = 'tk-tikhub-live-3c9e1a7f5b2d4086';
const FETCHED_AT = new Date('2026-03-01T06:00:00Z');
const example = detectFakeViewsExample();

/** TikHub's example report, with a fake score of its own per video so reports can be told apart. */
const reportFor = (itemId: string): FakeViewReport => {
  const score = 10 + Number(itemId.split('-').pop());
  return { ...example.data, fake_view_analysis: { ...example.data.fake_view_analysis, fake_score: score } };
};

const options = (extra: Partial<FakeViewFetchOptions> = {}): FakeViewFetchOptions => ({
  category: 'default',
  concurrency: 2,
  rps: null,
  maxCredits: null,
  maxAgeMs: 86_400_000,
  now: () => FETCHED_AT,
  ...extra,
});

describe('TikHub detect_fake_views, fetched over HTTP and landed beside ours', () => {
  let w: Warehouse;
  let server: WireServer;
  let tikhub: TikHubProvider;
  const connect = (apiKey = KEY) =>
    new TikHubProvider({
      transport: createHttpTransport({ baseUrl: server.tikhubBaseUrl, apiKey, minRetryDelayMs: 5, maxRetryDelayMs: 20, timeoutMs: 2_000 }),
      clock: () => FETCHED_AT,
    });

  beforeEach(async () => {
    w = await Warehouse.open(':memory:');
    server = await startWireServer({
      tikhub: {
        apiKey: KEY,
        backend: byEndpoint({ 'analytics/detect_fake_views': (req) => data(reportFor(String(req.params.item_id))) }),
      },
    });
    tikhub = connect();
  });
  afterEach(async () => {
    await tikhub.close();
    await server.close();
    w.close();
  });

  const reportRows = () =>
    w.rows(`select item_id, outcome, detail, fake_score, total_views::DOUBLE as total_views from tikhub_fake_view_reports order by item_id`);

  it('asks by item_id and content_category, lands the body raw and the report normalised, one credit each', async () => {
    const summary = await fetchFakeViewReports(w, tikhub, ['peer_a-1', 'peer_a-2'], options({ category: 'verified_large' }));
    expect(summary).toMatchObject({ asked: 2, skippedFresh: 0, byOutcome: { ok: 2 }, creditsSpent: 2, notReached: [], stop: null });
    expect(server.requests.map((r) => r.query).sort((a, b) => String(a.item_id).localeCompare(String(b.item_id)))).toEqual([
      { item_id: 'peer_a-1', content_category: 'verified_large' },
      { item_id: 'peer_a-2', content_category: 'verified_large' },
    ]);
    const raws = await w.rows(`select endpoint, request_key, http_status, outcome, credits, body from raw_responses order by request_key`);
    expect(raws.map((r) => [r.endpoint, r.request_key, r.http_status, r.outcome, r.credits])).toEqual([
      ['analytics/detect_fake_views', 'analytics/detect_fake_views?content_category=verified_large&item_id=peer_a-1', 200, 'ok', 1],
      ['analytics/detect_fake_views', 'analytics/detect_fake_views?content_category=verified_large&item_id=peer_a-2', 200, 'ok', 1],
    ]);
    expect(JSON.parse(String(raws[0]?.body))).toMatchObject({ code: 200, params: { item_id: 'peer_a-1', content_category: 'verified_large' } });
    expect(await reportRows()).toEqual([
      { item_id: 'peer_a-1', outcome: 'ok', detail: null, fake_score: 11, total_views: 159_414_915 },
      { item_id: 'peer_a-2', outcome: 'ok', detail: null, fake_score: 12, total_views: 159_414_915 },
    ]);
    const [run] = await w.rows(`select kind, provider, status from runs where run_id = $id`, { id: summary.runId });
    expect(run).toEqual({ kind: 'fake_views', provider: 'tikhub', status: 'finished' });
  });

  it('lands {"detail": ...} errors as outcomes with the vendor message, every figure NULL', async () => {
    server.script('analytics/detect_fake_views', vendorError(400, 'Invalid item_id'), vendorError(404, 'Video not found'));
    const summary = await fetchFakeViewReports(w, tikhub, ['peer_a-1', 'peer_a-2'], options({ concurrency: 1 }));
    expect(summary.byOutcome).toEqual({ bad_request: 1, not_found: 1 });
    expect(await reportRows()).toEqual([
      { item_id: 'peer_a-1', outcome: 'bad_request', detail: expect.stringContaining('Invalid item_id'), fake_score: null, total_views: null },
      { item_id: 'peer_a-2', outcome: 'not_found', detail: expect.stringContaining('Video not found'), fake_score: null, total_views: null },
    ]);
    expect(summary.failures.map((f) => f.videoId)).toEqual(['peer_a-1', 'peer_a-2']);
  });

  it("lands FastAPI's 422 as bad_request naming the field", async () => {
    server.script('analytics/detect_fake_views', invalid('item_id', 'Field required', 'missing'));
    await fetchFakeViewReports(w, tikhub, ['peer_a-1'], options());
    expect(await reportRows()).toEqual([
      { item_id: 'peer_a-1', outcome: 'bad_request', detail: expect.stringContaining('query.item_id: Field required'), fake_score: null, total_views: null },
    ]);
  });

  it('retries a 429 and lands the answer that follows; a 429 that never ends lands as rate_limited', async () => {
    server.script((r) => r.params.item_id === 'peer_a-1', rateLimited(0));
    server.script((r) => r.params.item_id === 'peer_a-2', ...Array.from({ length: 6 }, () => rateLimited(0)));
    const summary = await fetchFakeViewReports(w, tikhub, ['peer_a-1', 'peer_a-2'], options());
    expect(summary.byOutcome).toEqual({ ok: 1, rate_limited: 1 });
    expect((await reportRows()).map((r) => [r.item_id, r.outcome])).toEqual([
      ['peer_a-1', 'ok'],
      ['peer_a-2', 'rate_limited'],
    ]);
    expect(summary.creditsSpent).toBe(1);
  });

  it('stops at a refused key (401): nothing more is sent, the undecided are listed, and the key is stored nowhere', async () => {
    const stranger = connect('tk-not-the-key-0000');
    try {
      const summary = await fetchFakeViewReports(w, stranger, ['peer_a-1', 'peer_a-2', 'peer_a-3'], options({ concurrency: 1 }));
      expect(summary.stop).toMatchObject({ kind: 'run_stopping', message: expect.stringContaining('TIKHUB_API_KEY') });
      // The refused video is undecided like the two never sent: all three are asked again on resume.
      expect(summary.notReached).toEqual(['peer_a-1', 'peer_a-2', 'peer_a-3']);
      expect(server.requests).toHaveLength(1);
      const [run] = await w.rows(`select status from runs where run_id = $id`, { id: summary.runId });
      expect(run?.status).toBe('stopped');
    } finally {
      await stranger.close();
    }
    await fetchFakeViewReports(w, tikhub, ['peer_a-1'], options());
    const text = await w.rows(
      `select string_agg(body, '') as t from raw_responses
       union all select string_agg(coalesce(detail, '') || request_key, '') from tikhub_fake_view_reports
       union all select string_agg(coalesce(options_json, '') || coalesce(stop_reason, ''), '') from runs`,
    );
    for (const r of text) expect(String(r.t)).not.toContain(KEY);
  });

  it('stops when TikHub says the credits are gone (402), keeping what was landed', async () => {
    server.setCredits('tikhub', 1);
    const summary = await fetchFakeViewReports(w, tikhub, ['peer_a-1', 'peer_a-2', 'peer_a-3'], options({ concurrency: 1 }));
    expect(summary.stop).toMatchObject({ kind: 'run_stopping', message: expect.stringContaining('no credits') });
    expect(summary.byOutcome).toEqual({ ok: 1 });
    expect(summary.notReached).toEqual(['peer_a-2', 'peer_a-3']);
    expect((await reportRows()).map((r) => r.item_id)).toEqual(['peer_a-1']);
  });

  it('stops at the credit budget for the whole run; re-run with a larger budget, it resumes and sends only the rest', async () => {
    const ids = ['peer_a-1', 'peer_a-2', 'peer_a-3', 'peer_a-4', 'peer_a-5'];
    // Three workers at once: calls already reserved still go out when another worker finds the budget spent.
    const first = await fetchFakeViewReports(w, tikhub, ids, options({ maxCredits: 3, concurrency: 3, rps: 100 }));
    expect(first).toMatchObject({ creditsSpent: 3, notReached: ['peer_a-4', 'peer_a-5'], stop: { kind: 'budget' } });
    const same = await fetchFakeViewReports(w, tikhub, ids, options({ maxCredits: 3 }));
    expect(same).toMatchObject({ runId: first.runId, resumed: true, creditsSpent: 3, stop: { kind: 'budget' } });
    const more = await fetchFakeViewReports(w, tikhub, ids, options({ maxCredits: 5 }));
    expect(more).toMatchObject({ runId: first.runId, resumed: true, byOutcome: { ok: 5 }, creditsSpent: 5, notReached: [], stop: null });
    expect(server.requests).toHaveLength(5);
  });

  it('spaces calls 1000/rps ms apart across workers', async () => {
    const ids = ['peer_a-1', 'peer_a-2', 'peer_a-3', 'peer_a-4', 'peer_a-5', 'peer_a-6'];
    await fetchFakeViewReports(w, tikhub, ids, options({ rps: 20, concurrency: 4 }));
    const arrivals = server.requests.map((r) => r.arrivedAtMs).sort((a, b) => a - b);
    // Paced, the six calls leave 50 ms apart: 250 ms from the first to the last. Arrival times add each call's own
    // lateness (a new connection, a busy machine), so one gap may shrink as the one before it grew (33 ms was seen
    // for 50): the span is checked, with one interval of slack for a first call that arrived late. Unpaced, four
    // workers send at once and the span is a few ms. A lower bound only; nothing here asserts speed.
    expect(arrivals).toHaveLength(6);
    expect((arrivals[5] as number) - (arrivals[0] as number)).toBeGreaterThanOrEqual(200);
  });
});
