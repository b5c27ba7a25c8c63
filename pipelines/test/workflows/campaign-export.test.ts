import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportParquet } from '@creator-audit/warehouse';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_TABLES } from '@creator-audit/scoring';
import { trackCampaign } from '../../src/workflows/track-campaign.ts';
import { DAY1, DAY2, HASHTAG, trackOptions, withCampaignWire } from './campaign-wire.ts';

describe('campaign tables in Parquet', () => {
  it('exports every campaign mart by snapshot date, with the columns the charts read', () =>
    withCampaignWire(async (wire) => {
      const options = trackOptions(wire.now, { screen: false });
      await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], options);
      wire.setNow(DAY2);
      await trackCampaign(wire.warehouse, wire.provider, [HASHTAG], options);
      const dir = mkdtempSync(join(tmpdir(), 'campaign-parquet-'));
      try {
        const specs = Object.entries(CAMPAIGN_TABLES).map(([table, snapshotColumn]) => ({ table, snapshotColumn }));
        const exported = await exportParquet(wire.warehouse, dir, specs);
        expect(exported.map((t) => [t.table, t.rows])).toEqual([
          ['campaign_videos', 13],
          ['campaign_summary', 2],
          ['campaign_daily', 2],
        ]);
        const read = (table: string, sql: string) =>
          wire.warehouse.rows(sql.replaceAll(/FROM t\b/g, 'FROM read_parquet($p, hive_partitioning = true)'), { p: join(dir, table, '**', '*.parquet') });
        // Growth over time: one point per snapshot.
        expect(
          await read(
            'campaign_summary',
            `SELECT snapshot_at, total_videos::INTEGER AS total_videos, total_plays::DOUBLE AS total_plays, unique_creators::INTEGER AS unique_creators
             FROM t ORDER BY snapshot_at`,
          ),
        ).toEqual([
          { snapshot_at: DAY1, total_videos: 6, total_plays: 353_000, unique_creators: 4 },
          { snapshot_at: DAY2, total_videos: 7, total_plays: 387_000, unique_creators: 4 },
        ]);
        // The leaderboard at the latest snapshot.
        expect(
          await read(
            'campaign_videos',
            `SELECT author, count(*)::INTEGER AS videos, sum(plays)::DOUBLE AS plays, sum(likes)::DOUBLE AS likes
             FROM t WHERE snapshot_at = (SELECT max(snapshot_at) FROM t) GROUP BY author ORDER BY plays DESC`,
          ),
        ).toEqual([
          { author: 'mia.makes', videos: 2, plays: 211_000, likes: 17_050 },
          { author: 'botfarm_01', videos: 2, plays: 101_000, likes: 2_520 },
          { author: 'lena_rtl', videos: 2, plays: 55_000, likes: 4_850 },
          { author: 'new_nick', videos: 1, plays: 20_000, likes: 1_800 },
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }));
});
