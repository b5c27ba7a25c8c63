import { appendRows, creatorOutcomes, creators, type Row, videos, type Warehouse } from '@creator-audit/warehouse';

/**
 * Full rows of ingest's tables with plain defaults, for tests that land hand-built data: each test names only the
 * columns its rule reads. Missing defaults would be NOT NULL violations, so every column is here once.
 */
export function creatorRow(row: Row & { username: string; snapshot_at: Date }): Row {
  return {
    provider: 'synthetic',
    run_id: 'run-1',
    user_id: null,
    sec_uid: null,
    nickname: null,
    verified: false,
    private_account: false,
    account_created_at: null,
    followers: null,
    following: null,
    likes_received: null,
    video_count: null,
    count_problems: [],
    ...row,
  };
}

export function videoRow(row: Row & { username: string; snapshot_at: Date; video_id: string; feed_position: number }): Row {
  return {
    provider: 'synthetic',
    fetched_at: row.snapshot_at,
    created_at: null,
    caption: '',
    plays: null,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    duration_s: null,
    hashtags: [],
    is_pinned: false,
    is_ad: false,
    count_problems: [],
    ...row,
  };
}

export function outcomeRow(row: Row & { username: string; outcome: string; decided_at: Date }): Row {
  return {
    run_id: 'run-1',
    provider: 'synthetic',
    detail: null,
    snapshot_at: null,
    videos_fetched: 0,
    paging_stop: null,
    credits: 2,
    ...row,
  };
}

/** Lands the rows in one transaction, as ingest lands a batch. */
export async function landRows(warehouse: Warehouse, rows: { creators?: Row[]; videos?: Row[]; outcomes?: Row[] }): Promise<void> {
  await warehouse.transaction(async () => {
    await appendRows(warehouse.connection, creators, rows.creators ?? []);
    await appendRows(warehouse.connection, videos, rows.videos ?? []);
    await appendRows(warehouse.connection, creatorOutcomes, rows.outcomes ?? []);
  });
}
