import { readFileSync } from 'node:fs';
import { Warehouse } from '@creator-audit/warehouse';
import { createHttpTransport, TikHubProvider } from '@creator-audit/providers';
import { byEndpoint, campaignItem, createFeed, data, html, startWireServer, tagDetail } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { buildCampaignTables } from '@creator-audit/scoring';
import { campaignReports } from '../../src/workflows/campaign-reports.ts';
import { trackCampaign } from '../../src/workflows/track-campaign.ts';
import { goldenFile, goldenReports, twoDays, VALUES } from './campaign-golden.ts';
import { CAPTIONS, type CampaignWire, DAY1, DAY1_POSTS, DAY2, HASHTAG, trackOptions, withCampaignWire } from './campaign-wire.ts';

const summaryRows = (wire: CampaignWire) =>
  wire.warehouse.rows(
    `SELECT snapshot_at, total_videos::INTEGER AS videos, unique_creators::INTEGER AS creators, total_plays::DOUBLE AS plays,
            total_likes::DOUBLE AS likes, total_comments::DOUBLE AS comments, total_shares::DOUBLE AS shares,
            repeat_creators::INTEGER AS repeats, new_videos::INTEGER AS new_videos, new_creators::INTEGER AS new_creators,
            plays_growth::DOUBLE AS growth, days_since_previous AS days, videos_with_decreases::INTEGER AS decreased,
            videos_disappeared::INTEGER AS disappeared, credits, pages, is_complete
     FROM campaign_summary ORDER BY snapshot_at`,
  );

describe('track-campaign over HTTP: a campaign followed for two days', () => {
  it('gives the seed totals per snapshot, and a day later the growth, the clean-up and the deleted video', () =>
    withCampaignWire(async (wire) => {
      await twoDays(wire, { screen: false });
      expect(await summaryRows(wire)).toEqual([
        {
          snapshot_at: DAY1,
          videos: 6,
          creators: 4,
          plays: 353_000,
          likes: 23_100,
          comments: 778,
          shares: 475,
          repeats: 2,
          new_videos: 6,
          new_creators: 4,
          growth: null,
          days: null,
          decreased: 0,
          disappeared: 0,
          // Three pages of three (lena_rtl's pinned video comes first and again), the first page answered twice.
          credits: 4,
          pages: 4,
          is_complete: true,
        },
        {
          snapshot_at: DAY2,
          videos: 7,
          creators: 4,
          plays: 387_000,
          likes: 26_220,
          comments: 905,
          shares: 573,
          repeats: 3,
          new_videos: 2,
          new_creators: 1,
          growth: 34_000,
          days: 1,
          decreased: 1,
          disappeared: 1,
          credits: 3,
          pages: 3,
          is_complete: true,
        },
      ]);
      const velocity = await wire.warehouse.rows(
        `SELECT video_id, plays_delta::DOUBLE AS delta, plays_per_day, decreased_metrics, is_new_video
         FROM campaign_videos WHERE snapshot_at = $at::TIMESTAMP ORDER BY video_id`,
        { at: DAY2.toISOString() },
      );
      expect(velocity).toEqual([
        { video_id: '7501', delta: 30_000, plays_per_day: 30_000, decreased_metrics: [], is_new_video: false },
        { video_id: '7502', delta: -20_000, plays_per_day: -20_000, decreased_metrics: ['plays', 'likes'], is_new_video: false },
        { video_id: '7503', delta: 5_000, plays_per_day: 5_000, decreased_metrics: [], is_new_video: false },
        { video_id: '7504', delta: 1_000, plays_per_day: 1_000, decreased_metrics: [], is_new_video: false },
        { video_id: '7506', delta: 1_000, plays_per_day: 1_000, decreased_metrics: [], is_new_video: false },
        { video_id: '7507', delta: null, plays_per_day: null, decreased_metrics: [], is_new_video: true },
        { video_id: '7508', delta: null, plays_per_day: null, decreased_metrics: [], is_new_video: true },
      ]);
      expect(await wire.warehouse.rows(`SELECT video_id, author, last_plays::DOUBLE AS plays FROM int_campaign_disappeared`)).toEqual([
        { video_id: '7505', author: 'private_pat', plays: 8_000 },
      ]);
    }));

  it('screens participants with cohort-v1, seed-v1 beside it, and gives totals with and without the flagged creator', () =>
    withCampaignWire(async (wire) => {
      const { first } = await twoDays(wire);
      expect(first.screening).toMatchObject({ status: 'screened', participants: 4 });
      const verdicts = await wire.warehouse.rows(
        `SELECT DISTINCT author, screening_ruleset, author_verdict, author_status, is_flagged, author_seed_v1_verdict, author_seed_v1_risk_score::INTEGER AS seed_v1_score
         FROM campaign_videos ORDER BY author`,
      );
      // Four participants in one warehouse: the bot farm is alone in the mid tier, so cohort-v1 judges it mostly on
      // published norms, at the prior of a small batch: MEDIUM RISK, not HIGH. seed-v1's rules give it 100.
      expect(verdicts).toEqual([
        { author: 'botfarm_01', screening_ruleset: 'cohort-v1', author_verdict: 'MEDIUM RISK', author_status: 'ok', is_flagged: false, author_seed_v1_verdict: 'HIGH RISK', seed_v1_score: 100 },
        { author: 'lena_rtl', screening_ruleset: 'cohort-v1', author_verdict: 'LOW RISK', author_status: 'ok', is_flagged: false, author_seed_v1_verdict: 'LOW RISK', seed_v1_score: 0 },
        { author: 'mia.makes', screening_ruleset: 'cohort-v1', author_verdict: 'LOW RISK', author_status: 'ok', is_flagged: false, author_seed_v1_verdict: 'LOW RISK', seed_v1_score: 0 },
        { author: 'new_nick', screening_ruleset: 'cohort-v1', author_verdict: 'LOW RISK', author_status: 'ok', is_flagged: false, author_seed_v1_verdict: 'LOW RISK', seed_v1_score: 0 },
        { author: 'private_pat', screening_ruleset: 'cohort-v1', author_verdict: null, author_status: 'private', is_flagged: false, author_seed_v1_verdict: null, seed_v1_score: null },
      ]);
      const flagged = () =>
        wire.warehouse.rows(
          `SELECT screening_ruleset, flag_verdicts, flagged_creators::INTEGER AS flagged, unscreened_creators::INTEGER AS unscreened,
                  flagged_plays::DOUBLE AS flagged_plays, screened_plays::DOUBLE AS screened_plays, total_engagement::DOUBLE AS engagement,
                  screened_engagement::DOUBLE AS screened_engagement, engagement_rate, screened_engagement_rate
           FROM campaign_summary ORDER BY snapshot_at`,
        );
      // --flag-at high (the default): HIGH RISK only, so nobody; the totals are the campaign's.
      expect((await flagged()).map((r) => [r.screening_ruleset, r.flag_verdicts, r.flagged, r.unscreened, r.screened_plays])).toEqual([
        ['cohort-v1', ['HIGH RISK'], 0, 1, 353_000],
        ['cohort-v1', ['HIGH RISK'], 0, 0, 387_000],
      ]);

      // --flag-at medium: MEDIUM and HIGH RISK, so the bot farm, and its videos leave the totals.
      await buildCampaignTables(wire.warehouse, { flagAt: 'medium' });
      const rows = await flagged();
      expect(rows[0]).toEqual({
        screening_ruleset: 'cohort-v1',
        flag_verdicts: ['MEDIUM RISK', 'HIGH RISK'],
        flagged: 1,
        // private_pat's profile is private: no verdict, so not screened (and not flagged).
        unscreened: 1,
        flagged_plays: 120_000,
        screened_plays: 233_000,
        engagement: 24_353,
        screened_engagement: 21_344,
        engagement_rate: 24_353 / 353_000,
        screened_engagement_rate: 21_344 / 233_000,
      });
      expect(rows[1]).toMatchObject({ flagged: 1, unscreened: 0, flagged_plays: 101_000, screened_plays: 286_000 });

      // Screening by seed-v1 instead (a caller may name it): its HIGH RISK flags the bot farm at the default level.
      await buildCampaignTables(wire.warehouse, { ruleset: 'seed-v1' });
      expect((await flagged()).map((r) => [r.screening_ruleset, r.flagged])).toEqual([
        ['seed-v1', 1],
        ['seed-v1', 1],
      ]);
    }));

  it('values the campaign only with the analyst values, and nets out flagged creators', () =>
    withCampaignWire(async (wire) => {
      // --flag-at medium: the bot farm (cohort-v1 MEDIUM RISK here) is flagged, and its engagement netted out.
      await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], trackOptions(wire.now, { values: VALUES, flagAt: 'medium' }));
      const [row] = await wire.warehouse.rows(`SELECT emv, emv_net_of_flagged, emv_currency FROM campaign_summary`);
      expect(row?.emv).toBeCloseTo(353_000 * 0.002 + 23_100 * 0.01 + 778 * 0.05 + 475 * 0.1, 9);
      expect(row?.emv_net_of_flagged).toBeCloseTo(233_000 * 0.002 + 20_100 * 0.01 + 770 * 0.05 + 474 * 0.1, 9);
      expect(row?.emv_currency).toBe('EUR');
      // Rebuilt without values, the figure is gone, not defaulted.
      await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], trackOptions(wire.now, { screen: false }));
      expect(await wire.warehouse.rows(`SELECT emv, emv_net_of_flagged, emv_currency FROM campaign_summary`)).toEqual([
        { emv: null, emv_net_of_flagged: null, emv_currency: null },
      ]);
    }));
});

describe('track-campaign: coverage', () => {
  it('on TikHub, compares the videos fetched with the count the API reports, charges the detail call once, and reuses the id it resolved', async () => {
    const key = 'tk-tikhub-live-campaign-2b9e';
    const items = DAY1_POSTS.map((p) => campaignItem(p, HASHTAG));
    const backend = byEndpoint({
      'web/fetch_tag_detail': () => data(tagDetail(HASHTAG, '7001', 8, 420_000)),
      'web/fetch_tag_post': createFeed({ items, dialect: 'web', pageSize: 4 }),
    });
    const server = await startWireServer({ tikhub: { apiKey: key, backend } });
    const transport = createHttpTransport({ baseUrl: server.tikhubBaseUrl, apiKey: key, minRetryDelayMs: 5, maxRetryDelayMs: 20, timeoutMs: 2_000 });
    let at = DAY1;
    const provider = new TikHubProvider({ transport, clock: () => at });
    const warehouse = await Warehouse.open(':memory:');
    try {
      const options = trackOptions(() => at, { screen: false });
      const tracked = await trackCampaign(warehouse, provider, [HASHTAG], options);
      expect(tracked.creditsSpent).toBe(3);
      const [row] = await warehouse.rows(`SELECT reported_video_count::INTEGER AS reported, total_videos::INTEGER AS videos, coverage FROM campaign_summary`);
      expect(row).toEqual({ reported: 8, videos: 6, coverage: 0.75 });
      const text = await campaignReports(warehouse, tracked, options);
      expect(text).toContain('\n Coverage: 6 of 8 videos the API reports (75.0%)\n');
      expect(text).toContain('\n Tracking cost: $0.015/scan (3 credit(s) at the seed\'s quote of $0.005/credit)\n');

      // A day later the challenge id resolved on day 1 is reused: no detail call is paid for, the pages are asked by it.
      const before = server.requests.length;
      at = DAY2;
      const later = await trackCampaign(warehouse, provider, [HASHTAG], options);
      const asked = server.requests.slice(before);
      expect(asked.map((r) => r.endpoint)).not.toContain('web/fetch_tag_detail');
      expect(asked.every((r) => r.params.challengeID === '7001')).toBe(true);
      expect(later.creditsSpent).toBe(2);
      const [day2] = await warehouse.rows(`SELECT hashtag_id, reported_video_count FROM hashtag_scans ORDER BY snapshot_at DESC LIMIT 1`);
      expect(day2).toEqual({ hashtag_id: '7001', reported_video_count: null });
    } finally {
      warehouse.close();
      await provider.close();
      await server.close();
    }
  });
});

describe('track-campaign: credits', () => {
  it('keeps scan and screening together within --max-credits, screening what the rest allows', () =>
    withCampaignWire(async (wire) => {
      const tracked = await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], trackOptions(wire.now, { maxCredits: 6 }));
      expect(wire.server.requests).toHaveLength(6);
      expect(tracked.creditsSpent).toBe(6);
      // The list leads with lena_rtl's pinned video: she is screened first, with the two credits left.
      expect(tracked.screening.ingest?.byOutcome).toEqual({ ok: 1, budget_exhausted: 3 });
      const [row] = await wire.warehouse.rows(`SELECT unscreened_creators::INTEGER AS n, flagged_creators::INTEGER AS f FROM campaign_summary`);
      expect(row).toEqual({ n: 3, f: 0 });
      const text = await campaignReports(wire.warehouse, tracked, trackOptions(wire.now, { maxCredits: 6 }));
      expect(text).toContain(' Not screened: 3 (not fetched 3)');
    }));

  it('keeps the pages paid for when the vendor refuses mid-scan (402), and does not screen', () =>
    withCampaignWire(
      async (wire) => {
        const options = trackOptions(wire.now);
        const tracked = await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], options);
        expect(tracked.scan?.stop).toMatchObject({ kind: 'run_stopping', message: expect.stringMatching(/HTTP 402/) });
        expect(tracked.screening).toMatchObject({ status: 'not_run' });
        const text = await campaignReports(wire.warehouse, tracked, options);
        expect(text).toMatch(/^Campaign: #summer\n Videos: 3\n/);
        expect(text).toContain(' Pages: 2, stopped: the credit budget or the vendor ended the run (partial)');
        expect(text).toContain(' Incomplete snapshot: videos missing from it are not counted as disappeared.');
        expect(text).toMatch(/ Fraud Screening \(cohort-v1; flagged = HIGH RISK\):\n not run: .*HTTP 402/);
      },
      { credits: 2 },
    ));
});

describe('track-campaign: an interrupt', () => {
  it('interrupted before it starts: asks for nothing, screens no one, and says why each hashtag has no report', () =>
    withCampaignWire(async (wire) => {
      const controller = new AbortController();
      controller.abort();
      const options = trackOptions(wire.now, { signal: controller.signal });
      const tracked = await trackCampaign(wire.warehouse, wire.provider, [HASHTAG, 'winter'], options);
      expect(wire.server.requests).toHaveLength(0);
      expect(tracked.scan).toMatchObject({ stop: { kind: 'interrupted' }, notReached: [HASHTAG, 'winter'] });
      expect(tracked.screening).toMatchObject({ status: 'not_run', note: expect.stringMatching(/^not run: interrupted during the scan/) });
      expect(await campaignReports(wire.warehouse, tracked, options)).toBe(
        '#summer: the scan brought no snapshot (not_scanned: interrupted before it); nothing to report.\n\n\n' +
          '#winter: the scan brought no snapshot (not_scanned: interrupted before it); nothing to report.\n',
      );
    }));
});

describe('track-campaign: the report', () => {
  it('prints the seed layout and the tracking sections, byte for byte (golden text, fixed clock)', async () => {
    // The function the regenerate script (`npm run -w @creator-audit/pipelines golden:campaign`) writes the files
    // with; fixtures/campaign/README.md says why each number in them is what it is.
    const { day1, day2 } = await goldenReports();
    expect(day1).toBe(readFileSync(goldenFile('summer-day1.txt'), 'utf8'));
    expect(day2).toBe(readFileSync(goldenFile('summer-day2.txt'), 'utf8'));
  });

  it('stores captions byte for byte and prints them with no control, escape or bidi character, one line each', () =>
    withCampaignWire(async (wire) => {
      const options = trackOptions(wire.now, { screen: false });
      const tracked = await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], options);
      const stored = await wire.warehouse.rows(`SELECT video_id, caption FROM campaign_videos WHERE video_id IN ('7502', '7503', '7504') ORDER BY video_id`);
      expect(stored.map((r) => r.caption)).toEqual([CAPTIONS.html, CAPTIONS.rtl, CAPTIONS.emoji]);
      const text = await campaignReports(wire.warehouse, tracked, options);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      const lines = text.split('\n');
      expect(lines).toContain(' <script>alert(1)</script><b>WIN</b> a free phone #summer');
      expect(lines).toContain(' عرض الصيف gnp.exe 🌞 #summer');
      expect(lines).toContain(' part 2 👨‍👩‍👧‍👦🏳️‍🌈 #summer red done');
    }));

  it('reports the stored snapshot when the same clock scans again, instead of fetching the same list twice', () =>
    withCampaignWire(async (wire) => {
      const options = trackOptions(wire.now, { screen: false });
      const first = await campaignReports(wire.warehouse, await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], options), options);
      const calls = wire.server.requests.length;
      const again = await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], options);
      expect(wire.server.requests).toHaveLength(calls);
      expect(again.snapshots).toEqual([{ hashtag: HASHTAG, snapshotAt: DAY1, reused: true }]);
      expect(await campaignReports(wire.warehouse, again, options)).toBe(first);
    }));

  it('reports a stored failure at the same instant instead of scanning into the same key again', () =>
    withCampaignWire(async (wire) => {
      wire.server.script('hashtag/videos', html());
      const options = trackOptions(wire.now, { screen: false });
      const failed = await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], options);
      expect(failed.snapshots).toEqual([{ hashtag: HASHTAG, snapshotAt: null, outcome: 'html', detail: expect.any(String) }]);
      const again = await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], options);
      expect(wire.server.requests).toHaveLength(1);
      expect(again.snapshots).toEqual(failed.snapshots);
      expect(await campaignReports(wire.warehouse, again, options)).toMatch(/^#summer: the scan brought no snapshot \(html: .+\); nothing to report\.\n$/);
    }));
});
