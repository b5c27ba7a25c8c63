import { syntheticCreatorTruth, syntheticFeedTruth, syntheticHashtagTruth, type SyntheticVideoTruth } from '@creator-audit/providers';
import { appendRows, type Row, simCreatorLabels, simVideoLabels, type Warehouse } from '@creator-audit/warehouse';

export interface LabelCounts {
  creators: number;
  videos: number;
}

const toDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

function videoRow(seed: number, at: Date, v: SyntheticVideoTruth): Row {
  return {
    seed,
    video_id: v.videoId,
    username: v.username,
    labelled_at: at,
    plays: v.plays,
    fake_plays: v.fakePlays,
    likes: v.likes,
    fake_likes: v.fakeLikes,
    fake_share: v.fakeViewShare,
  };
}

/** Fetched video ids per unlabelled synthetic snapshot (`kind` names the snapshot: a creator or a hashtag). */
async function unlabelled(warehouse: Warehouse, seed: number, kind: 'creator' | 'hashtag') {
  const [source, key] = kind === 'creator' ? ['videos', 'username'] : ['hashtag_videos', 'hashtag'];
  const snapshots = kind === 'creator' ? 'creators' : 'hashtag_scans';
  // Identifiers above come from this fixed pair; the seed is bound.
  const rows = await warehouse.rows(
    `SELECT s.${key} AS name, s.snapshot_at, list(v.video_id) FILTER (WHERE v.video_id IS NOT NULL) AS ids
     FROM ${snapshots} s LEFT JOIN ${source} v ON v.${key} = s.${key} AND v.snapshot_at = s.snapshot_at AND v.provider = s.provider
     WHERE s.provider = 'synthetic' AND NOT EXISTS (
       SELECT 1 FROM sim_creator_labels l WHERE $kind = 'creator' AND l.seed = $seed AND l.username = s.${key} AND l.labelled_at = s.snapshot_at)
     AND NOT EXISTS (
       SELECT 1 FROM ${source} v2 JOIN sim_video_labels l ON l.video_id = v2.video_id AND l.labelled_at = v2.snapshot_at AND l.seed = $seed
       WHERE $kind = 'hashtag' AND v2.${key} = s.${key} AND v2.snapshot_at = s.snapshot_at)
     GROUP BY ALL`,
    { seed, kind },
  );
  return rows.map((r) => ({ name: String(r.name), at: toDate(r.snapshot_at), ids: new Set((r.ids as string[] | null) ?? []) }));
}

/**
 * Writes the simulator's ground truth for every synthetic snapshot in the warehouse that has none yet:
 * each creator (archetype, tier at the snapshot, whether its fraud had started) and each fetched video of
 * its feed and of hashtag scans (planted fake plays and likes). Labels are recomputed from (seed, name,
 * snapshot time), the world the simulator answered from (a page fetched a second after the profile may
 * have gained that second's plays); nothing is read from the fetched bodies.
 */
export async function landSyntheticLabels(warehouse: Warehouse, seed: number): Promise<LabelCounts> {
  const creatorRows: Row[] = [];
  const videoRows = new Map<string, Row>();
  const addVideos = (at: Date, ids: Set<string>, truths: readonly SyntheticVideoTruth[]) => {
    // A video seen twice at one instant (a creator's feed and a hashtag scan) is labelled once.
    for (const v of truths) if (ids.has(v.videoId)) videoRows.set(`${v.videoId}@${at.toISOString()}`, videoRow(seed, at, v));
  };
  for (const s of await unlabelled(warehouse, seed, 'creator')) {
    const truth = syntheticCreatorTruth(seed, s.name, s.at);
    creatorRows.push({
      seed,
      username: truth.username,
      labelled_at: s.at,
      status: truth.status,
      archetype: truth.archetype,
      is_fraud: truth.archetype !== 'organic' && truth.fraudActive,
      tier: truth.tier,
      followers: truth.followers,
      fake_followers: truth.fakeFollowers,
    });
    addVideos(s.at, s.ids, syntheticFeedTruth(seed, s.name, s.at, s.ids.size));
  }
  for (const s of await unlabelled(warehouse, seed, 'hashtag')) addVideos(s.at, s.ids, syntheticHashtagTruth(seed, s.name, s.at));
  await warehouse.transaction(async () => {
    await appendRows(warehouse.connection, simCreatorLabels, creatorRows);
    await appendRows(warehouse.connection, simVideoLabels, [...videoRows.values()]);
  });
  return { creators: creatorRows.length, videos: videoRows.size };
}
