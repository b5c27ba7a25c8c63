import { Warehouse } from '@creator-audit/warehouse';
import { createSyntheticProvider, syntheticHashtagTruth } from '@creator-audit/providers';
import { describe, expect, it } from 'vitest';
import { campaignReports } from '../../src/workflows/campaign-reports.ts';
import { DEFAULT_MAX_VIDEOS, type TrackCampaignOptions, trackCampaign } from '../../src/workflows/track-campaign.ts';

const SEED = 7;
const TAG = 'summersale';
const DAY1 = new Date('2026-05-20T12:00:00Z');
const DAY2 = new Date('2026-05-21T12:00:00Z');

describe('track-campaign offline, on the simulator', () => {
  it('re-scanned a day later, shows the growth the simulated world had', async () => {
    let now = DAY1;
    const clock = () => now;
    const provider = createSyntheticProvider({ seed: SEED, clock, faultRate: 0 });
    const warehouse = await Warehouse.open(':memory:');
    const options: TrackCampaignOptions = {
      maxVideos: DEFAULT_MAX_VIDEOS,
      maxCredits: null,
      concurrency: 8,
      rps: null,
      screen: true,
      maxAgeMs: 24 * 3_600_000,
      flagAt: 'high',
      values: null,
      now: clock,
    };
    try {
      const first = await trackCampaign(warehouse, provider, [TAG], options);
      now = DAY2;
      const second = await trackCampaign(warehouse, provider, [TAG], options);
      expect(first.screening.status).toBe('screened');
      expect(second.snapshots).toEqual([{ hashtag: TAG, snapshotAt: DAY2, reused: false }]);

      const rows = await warehouse.rows(
        `SELECT snapshot_number::INTEGER AS n, total_videos::INTEGER AS videos, unique_creators::INTEGER AS creators,
                new_videos::INTEGER AS new_videos, plays_growth::DOUBLE AS growth, days_since_previous AS days
         FROM campaign_summary ORDER BY snapshot_at`,
      );
      // The scan holds exactly what the simulated list held at each moment.
      expect(rows.map((r) => r.videos)).toEqual([DAY1, DAY2].map((d) => syntheticHashtagTruth(SEED, TAG, d).length));
      expect(rows[1]).toMatchObject({ n: 2, days: 1 });
      expect(rows[1]?.new_videos).toBeGreaterThan(0);
      expect(rows[1]?.growth).toBeGreaterThan(0);

      const text = await campaignReports(warehouse, second, options);
      expect(text).toMatch(/^Campaign: #summersale\n/);
      expect(text).toMatch(/ Since the previous snapshot \(2026-05-20 12:00:00 UTC, 1\.00 day\(s\) earlier\):\n New videos: [1-9]\d*\n/);
      expect(text).toMatch(/ Play growth: \+[\d,]+ \(\+[\d,]+\/day\)/);
    } finally {
      warehouse.close();
      await provider.close();
    }
  });
});
