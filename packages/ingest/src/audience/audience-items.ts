import { listValue } from '@duckdb/node-api';
import { ACCOUNT_OUTCOMES } from '@creator-audit/providers';
import type { Warehouse } from '@creator-audit/warehouse';

/** A creator's latest snapshot, as far as a sample needs it: its sec_uid, follower count and newest videos. */
interface SnapshotForSample {
  snapshotAt: Date;
  secUid: string | null;
  followers: number | null;
  privateAccount: boolean | null;
  /** The snapshot's videos, newest first by posting time (pinned ones where their date puts them). */
  videoIds: string[];
}

export interface AudienceItem {
  username: string;
  /** Null when the warehouse holds no snapshot of the creator from this provider: its profile is fetched. */
  snapshot: SnapshotForSample | null;
}

const toDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
const textOrNull = (v: unknown) => (v === null || v === undefined ? null : String(v));

/**
 * The latest snapshot this provider took of each creator, with its `videos` newest videos: their sec_uid keys the
 * follower list (no paid profile call) and their ids the comment lists. Another provider's snapshots are not
 * used: a simulated creator and a real one can share a handle.
 */
export async function audienceItems(warehouse: Warehouse, provider: string, handles: readonly string[], videos: number): Promise<AudienceItem[]> {
  if (handles.length === 0) return [];
  const rows = await warehouse.rows(
    `with latest as (
       select username, snapshot_at, sec_uid, followers::DOUBLE as followers, private_account
       from creators
       where provider = $provider and list_contains($handles, username)
       qualify row_number() over (partition by username order by snapshot_at desc) = 1
     )
     select latest.*,
       coalesce(list(v.video_id order by v.created_at desc nulls last, v.feed_position) filter (where v.video_id is not null), []) as video_ids
     from latest
     left join videos v on v.username = latest.username and v.snapshot_at = latest.snapshot_at and v.provider = $provider
     group by all`,
    { provider, handles: listValue([...handles]) },
  );
  const byName = new Map(rows.map((r) => [String(r.username), r]));
  return handles.map((username) => {
    const r = byName.get(username);
    if (!r) return { username, snapshot: null };
    return {
      username,
      snapshot: {
        snapshotAt: toDate(r.snapshot_at),
        secUid: textOrNull(r.sec_uid),
        followers: r.followers === null ? null : Number(r.followers),
        privateAccount: r.private_account === null ? null : Boolean(r.private_account),
        videoIds: ((r.video_ids as string[] | null) ?? []).slice(0, videos),
      },
    };
  });
}

/** Outcomes that are facts about an account's audience at a time; anything else is worth sampling again. */
const FRESH_AUDIENCE_OUTCOMES: readonly string[] = ['ok', 'private', ...ACCOUNT_OUTCOMES];

/** Creators this provider sampled (or found to be private, missing...) within `maxAgeMs`: a re-run skips them. */
export async function freshAudiences(warehouse: Warehouse, provider: string, maxAgeMs: number, now: Date): Promise<Set<string>> {
  if (maxAgeMs <= 0) return new Set();
  const rows = await warehouse.rows(
    `select distinct username from audience_samples
     where provider = $provider and decided_at >= $cutoff::TIMESTAMP and list_contains($fresh, outcome)`,
    { provider, cutoff: new Date(now.getTime() - maxAgeMs).toISOString(), fresh: listValue([...FRESH_AUDIENCE_OUTCOMES]) },
  );
  return new Set(rows.map((r) => String(r.username)));
}
