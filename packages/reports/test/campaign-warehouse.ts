import { appendRows, hashtagScans, hashtagVideos, type Row, type Warehouse } from '@creator-audit/warehouse';
import { buildCampaignTables } from '@creator-audit/scoring';

export interface CampaignVideo {
  id: string;
  author: string;
  caption: string;
  plays: number;
  likes: number;
}

/** Lands complete scans of one hashtag as ingest would (scan row + its list), then builds the campaign marts. */
export async function landCampaign(warehouse: Warehouse, hashtag: string, snapshots: readonly { at: Date; videos: readonly CampaignVideo[] }[]): Promise<void> {
  const scans: Row[] = [];
  const listed: Row[] = [];
  for (const [n, s] of snapshots.entries()) {
    scans.push({
      hashtag,
      snapshot_at: s.at,
      provider: 'synthetic',
      run_id: `scan-${n}`,
      hashtag_id: '42',
      reported_video_count: s.videos.length,
      videos_fetched: s.videos.length,
      pages: 1,
      paging_stop: 'end',
      outcome: 'ok',
      detail: null,
      credits: 1,
    });
    s.videos.forEach((v, i) => {
      listed.push({
        hashtag,
        snapshot_at: s.at,
        provider: 'synthetic',
        video_id: v.id,
        list_position: i + 1,
        author: v.author,
        created_at: new Date(s.at.getTime() - 86_400_000),
        caption: v.caption,
        plays: v.plays,
        likes: v.likes,
        comments: Math.round(v.likes / 20),
        shares: Math.round(v.likes / 10),
        saves: 0,
        hashtags: [hashtag],
        is_pinned: false,
        is_ad: false,
        count_problems: [],
      });
    });
  }
  await warehouse.transaction(async () => {
    await appendRows(warehouse.connection, hashtagScans, scans);
    await appendRows(warehouse.connection, hashtagVideos, listed);
  });
  await buildCampaignTables(warehouse, { scoredAt: snapshots.at(-1)?.at ?? new Date(0) });
}
