import type { LandedCreator, LandedRaw } from './fetch-creator.ts';
import { appendRows, type Row, creatorOutcomes, creators, quarantine, rawResponses, videos, type Warehouse } from '@creator-audit/warehouse';

export function rawRow(runId: string, raw: LandedRaw): Row {
  return {
    run_id: runId,
    provider: raw.provider,
    endpoint: raw.endpoint,
    request_key: raw.requestKey,
    http_status: raw.httpStatus,
    outcome: raw.outcome,
    fetched_at: raw.fetchedAt,
    credits: raw.credits,
    body: raw.body,
  };
}

export function quarantineRow(runId: string, raw: LandedRaw): Row | null {
  if (raw.schemaError === null) return null;
  return {
    run_id: runId,
    provider: raw.provider,
    endpoint: raw.endpoint,
    request_key: raw.requestKey,
    fetched_at: raw.fetchedAt,
    reason: raw.schemaError,
    body: raw.body,
  };
}

/** A creator's landing as rows for each table; empty where the creator has nothing for it. */
export function creatorRows(runId: string, provider: string, c: LandedCreator, decidedAt: Date) {
  const raws = c.raws.map((r) => rawRow(runId, r));
  const quarantined = c.raws.map((r) => quarantineRow(runId, r)).filter((r): r is Row => r !== null);
  const profile = c.profile;
  const snapshotAt = c.snapshotAt;
  const creator: Row[] =
    profile && snapshotAt
      ? [
          {
            username: c.username,
            snapshot_at: snapshotAt,
            provider,
            run_id: runId,
            user_id: profile.userId,
            sec_uid: profile.secUid,
            nickname: profile.nickname,
            verified: profile.verified,
            private_account: profile.privateAccount,
            account_created_at: profile.createdAt,
            followers: profile.followers,
            following: profile.following,
            likes_received: profile.likesReceived,
            video_count: profile.videoCount,
            count_problems: profile.countProblems,
          },
        ]
      : [];
  const videoRows: Row[] = snapshotAt
    ? c.videos.map((v) => ({
        username: c.username,
        snapshot_at: snapshotAt,
        provider,
        video_id: v.videoId,
        feed_position: v.feedPosition,
        fetched_at: v.fetchedAt,
        created_at: v.createdAt,
        caption: v.caption,
        plays: v.plays,
        likes: v.likes,
        comments: v.comments,
        shares: v.shares,
        saves: v.saves,
        duration_s: v.durationSeconds,
        hashtags: v.hashtags,
        is_pinned: v.isPinned,
        is_ad: v.isAd,
        count_problems: v.countProblems,
      }))
    : [];
  const outcome: Row = {
    run_id: runId,
    username: c.username,
    provider,
    outcome: c.outcome,
    detail: c.detail,
    snapshot_at: snapshotAt,
    videos_fetched: c.videos.length,
    paging_stop: c.pagingStop,
    credits: c.credits,
    decided_at: decidedAt,
  };
  return { raws, quarantined, creator, videoRows, outcome };
}

/**
 * Buffers landed creators and writes them in batches, each batch in one transaction: a creator's raw
 * bodies, snapshot, videos and outcome land together or not at all. Flushes are serialised, and a full
 * buffer waits for the batch being written: at most one batch is written while the next one fills, so
 * memory stays flat however far fetching runs ahead of DuckDB.
 */
export class LandingBuffer {
  private pending: LandedCreator[] = [];
  private chain: Promise<void> = Promise.resolve();
  private landedCount = 0;

  constructor(
    private readonly warehouse: Warehouse,
    private readonly runId: string,
    private readonly provider: string,
    private readonly flushEvery: number,
    private readonly now: () => Date,
  ) {}

  get landed(): number {
    return this.landedCount;
  }

  /** Adds a creator; once the batch is full, resolves only when it has been handed to DuckDB (backpressure). */
  async add(creator: LandedCreator): Promise<void> {
    this.pending.push(creator);
    if (this.pending.length < this.flushEvery) return;
    // Whoever fills the batch while another is being written waits for that write first; creators landing
    // meanwhile join this batch instead of queueing batch after batch in memory.
    await this.chain;
    if (this.pending.length >= this.flushEvery) await this.flush();
  }

  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return this.chain;
    this.chain = this.chain.then(() => this.write(batch));
    return this.chain;
  }

  private async write(batch: LandedCreator[]): Promise<void> {
    const decidedAt = this.now();
    const parts = batch.map((c) => creatorRows(this.runId, this.provider, c, decidedAt));
    await this.warehouse.transaction(async () => {
      const conn = this.warehouse.connection;
      await appendRows(conn, rawResponses, parts.flatMap((p) => p.raws));
      await appendRows(conn, quarantine, parts.flatMap((p) => p.quarantined));
      await appendRows(conn, creators, parts.flatMap((p) => p.creator));
      await appendRows(conn, videos, parts.flatMap((p) => p.videoRows));
      await appendRows(conn, creatorOutcomes, parts.map((p) => p.outcome));
    });
    this.landedCount += batch.length;
  }
}
