import { listValue } from '@duckdb/node-api';
import type { Warehouse } from '@creator-audit/warehouse';

/** How a stored scan ended: its outcome (ok, partial, or why not) and the vendor's detail, if any. */
export interface StoredScan {
  outcome: string;
  detail: string | null;
}

/**
 * The scans of these hashtags this provider landed at this very instant, by hashtag. With a fixed or simulated
 * clock the same instant would fetch the same answer, and the scan's key (hashtag, time, provider) is taken.
 */
export async function storedScansAt(
  warehouse: Warehouse,
  provider: string,
  hashtags: readonly string[],
  at: Date,
): Promise<Map<string, StoredScan>> {
  if (hashtags.length === 0) return new Map();
  const rows = await warehouse.rows(
    `SELECT hashtag, outcome, detail FROM hashtag_scans
     WHERE provider = $provider AND snapshot_at = $at::TIMESTAMP AND list_contains($hashtags, hashtag)`,
    { provider, at: at.toISOString(), hashtags: listValue([...hashtags]) },
  );
  return new Map(rows.map((r) => [String(r.hashtag), { outcome: String(r.outcome), detail: r.detail === null ? null : String(r.detail) }]));
}

/**
 * The authors of the videos in these snapshots, each once, in the order the lists showed them (snapshot by
 * snapshot): the participants a campaign screens.
 */
export async function snapshotAuthors(
  warehouse: Warehouse,
  provider: string,
  snapshots: readonly { hashtag: string; snapshotAt: Date }[],
): Promise<string[]> {
  const authors = new Set<string>();
  for (const s of snapshots) {
    const rows = await warehouse.rows(
      `SELECT author FROM hashtag_videos
       WHERE hashtag = $hashtag AND provider = $provider AND snapshot_at = $at::TIMESTAMP AND author IS NOT NULL
       ORDER BY list_position`,
      { hashtag: s.hashtag, provider, at: s.snapshotAt.toISOString() },
    );
    for (const r of rows) authors.add(String(r.author));
  }
  return [...authors];
}
