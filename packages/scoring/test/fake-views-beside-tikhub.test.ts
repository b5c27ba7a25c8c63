import { detectFakeViewsExample } from '@creator-audit/providers/testing';
import { appendRows, rawResponses, tikhubFakeViewReports, Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTikHubReports } from '../src/fake-views/read-tikhub-reports.ts';
import { scoreFakeViews } from '../src/fake-views/score-fake-views.ts';
import { cohortOf, DAY1, landSnapshots } from './fake-views-rows.ts';

const example = detectFakeViewsExample();
const FETCHED_AT = new Date(DAY1.getTime() + 3_600_000);
const REQUEST_KEY = 'analytics/detect_fake_views?content_category=default&item_id=peer_b-3';

/** TikHub's example answer about one of our videos, landed as the fetch loop lands it: the body raw, the figures normalised. */
async function landTheirs(w: Warehouse) {
  const body = JSON.stringify({ ...example, data: { ...example.data, fake_view_analysis: { ...(example.data.fake_view_analysis as object), fake_score: 13 } } });
  await appendRows(w.connection, rawResponses, [
    { run_id: 'run-fv', provider: 'tikhub', endpoint: 'analytics/detect_fake_views', request_key: REQUEST_KEY, http_status: 200, outcome: 'ok', fetched_at: FETCHED_AT, credits: 1, body },
  ]);
  await appendRows(w.connection, tikhubFakeViewReports, [
    {
      run_id: 'run-fv',
      item_id: 'peer_b-3',
      content_category: 'default',
      fetched_at: FETCHED_AT,
      request_key: REQUEST_KEY,
      outcome: 'ok',
      fake_score: 13,
      confidence_level: 'Minimal',
      current_tier: 8,
      estimated_fake_views: 7_970_745,
      suspicious_features: [],
    },
  ]);
}

describe("TikHub's analysis beside ours", () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await Warehouse.open(':memory:');
    await landSnapshots(w, cohortOf(50_000, DAY1, 20_000));
    await landTheirs(w);
  });
  afterAll(() => w.close());

  it("puts TikHub's figures beside ours on the same snapshot and category only, and re-reads its full report from the raw body", async () => {
    await scoreFakeViews(w, 'default');
    const [row] = await w.rows(
      `select fake_score, tikhub_fake_score, tikhub_confidence_level, tikhub_current_tier, tikhub_estimated_fake_views::DOUBLE as fake
       from video_fake_view_scores where video_id = 'peer_b-3'`,
    );
    expect(row).toEqual({ fake_score: expect.any(Number), tikhub_fake_score: 13, tikhub_confidence_level: 'Minimal', tikhub_current_tier: 8, fake: 7_970_745 });
    const full = (await readTikHubReports(w, ['peer_b-3'])).get('peer_b-3');
    expect(full?.fake_view_analysis.fake_score).toBe(13);
    expect(full?.video_metrics).toEqual(example.data.video_metrics);
    await scoreFakeViews(w, 'product');
    const [other] = await w.rows(`select tikhub_fake_score from video_fake_view_scores where video_id = 'peer_b-3'`);
    expect(other).toEqual({ tikhub_fake_score: null });
  });
});
