import {
  collectPages,
  type Fetched,
  type HashtagInfo,
  type Provider,
  RunStoppingError,
  type StopReason,
  type Video,
} from '@creator-audit/providers';
import type { CreditBudget } from './budget.ts';
import { type CallGate, type LandedRaw, landRaw } from './fetch-creator.ts';
import { quarantineRow, rawRow } from './landing.ts';
import { appendRows, type Row, hashtagScans, hashtagVideos, quarantine, rawResponses, type Warehouse } from '@creator-audit/warehouse';

export interface HashtagScanPlan {
  /** Real hashtag lists stop near 1-5K items; this caps what we walk. */
  maxVideos: number;
  pageSize: number;
  maxEmptyPages: number;
  /** Aborted (Ctrl-C): no further page is asked for, and what was fetched lands. */
  signal?: AbortSignal;
}

export interface HashtagScan {
  hashtag: string;
  snapshotAt: Date;
  /** `ok`, `partial` (some pages), `budget_exhausted`, `stopped` (the vendor ended the run first), or the failure outcome. */
  outcome: string;
  detail: string | null;
  info: HashtagInfo;
  videos: Video[];
  pages: number;
  stop: StopReason;
  credits: number;
  raws: LandedRaw[];
  /** Set when the vendor ended the run (bad key, no credits) during this scan; what came before is kept. */
  stoppedBy: string | null;
  /** The scan was cut short by `signal`; what came before is kept. */
  interrupted: boolean;
}

/**
 * One scan of a hashtag: its detail where the API has that call (TikHub needs the challenge id), then
 * every page of its videos, deduped. Never throws for an answer: a bad key or exhausted credits mid-walk
 * (`RunStoppingError`) ends the scan with the pages already paid for, and `stoppedBy` says why.
 */
export async function fetchHashtag(
  provider: Provider,
  hashtag: string,
  plan: HashtagScanPlan,
  budget: CreditBudget,
  now: () => Date,
  gate: CallGate = (call) => call(),
): Promise<HashtagScan> {
  const scan: HashtagScan = {
    hashtag,
    snapshotAt: now(),
    outcome: 'ok',
    detail: null,
    info: { hashtag, hashtagId: null, videoCount: null, viewCount: null },
    videos: [],
    pages: 0,
    stop: 'end',
    credits: 0,
    raws: [],
    stoppedBy: null,
    interrupted: false,
  };
  const paid = async <T>(call: () => Promise<Fetched<T>>): Promise<Fetched<T> | null> => {
    if (plan.signal?.aborted) scan.interrupted = true;
    if (scan.interrupted || scan.stoppedBy !== null || !budget.reserve(provider.creditsPerCall)) return null;
    let fetched: Fetched<T>;
    try {
      fetched = await gate(call);
    } catch (error) {
      budget.settle(provider.creditsPerCall, 0);
      if (!(error instanceof RunStoppingError)) throw error;
      scan.stoppedBy = error.message;
      return null;
    }
    budget.settle(provider.creditsPerCall, fetched.raw.credits);
    scan.credits += fetched.raw.credits;
    scan.raws.push(landRaw(fetched));
    return fetched;
  };

  if (provider.hashtagInfo) {
    const lookup = provider.hashtagInfo.bind(provider);
    const detail = await paid(() => lookup(hashtag));
    if (detail === null && scan.interrupted) return { ...scan, outcome: 'interrupted', detail: 'before the first call', stop: 'halted' };
    if (detail === null && scan.stoppedBy !== null) return { ...scan, outcome: 'stopped', detail: scan.stoppedBy, stop: 'halted' };
    if (detail === null) return { ...scan, outcome: 'budget_exhausted', detail: 'credit budget reached before the scan', stop: 'halted' };
    scan.snapshotAt = detail.raw.fetchedAt;
    if (!detail.ok) return { ...scan, outcome: detail.outcome, detail: detail.detail, stop: 'failed' };
    scan.info = detail.value;
  }

  const collected = await collectPages(
    async (cursor, count) => {
      const page = await paid(() => provider.hashtagPage(scan.info, cursor, count));
      if (page !== null && scan.pages++ === 0 && !provider.hashtagInfo) scan.snapshotAt = page.raw.fetchedAt;
      return page;
    },
    { maxItems: plan.maxVideos, pageSize: plan.pageSize, maxEmptyPages: plan.maxEmptyPages },
  );
  scan.videos = collected.items;
  scan.stop = collected.stop;
  if (collected.failure) {
    const { outcome, detail, atPage } = collected.failure;
    return collected.items.length === 0
      ? { ...scan, outcome, detail }
      : { ...scan, outcome: 'partial', detail: `stopped at page ${atPage + 1}: ${outcome}: ${detail}` };
  }
  if (collected.stop === 'halted' && scan.interrupted) {
    return collected.items.length === 0
      ? { ...scan, outcome: 'interrupted', detail: 'before the first page' }
      : { ...scan, outcome: 'partial', detail: `stopped at page ${scan.pages + 1}: interrupted: the pages fetched so far are kept` };
  }
  if (collected.stop === 'halted' && scan.stoppedBy !== null) {
    return collected.items.length === 0
      ? { ...scan, outcome: 'stopped', detail: scan.stoppedBy }
      : { ...scan, outcome: 'partial', detail: `stopped at page ${scan.pages + 1}: ${scan.stoppedBy}` };
  }
  if (collected.stop === 'halted') {
    return scan.pages === 0
      ? { ...scan, outcome: 'budget_exhausted', detail: 'credit budget reached before the first page' }
      : { ...scan, outcome: 'partial', detail: 'credit budget reached while paging' };
  }
  return scan;
}

/** Lands a scan in one transaction, so a hashtag snapshot is whole or absent. */
export async function landHashtagScan(warehouse: Warehouse, runId: string, provider: string, scan: HashtagScan): Promise<void> {
  const videoRows: Row[] = scan.videos.map((v, i) => ({
    hashtag: scan.hashtag,
    snapshot_at: scan.snapshotAt,
    provider,
    video_id: v.videoId,
    list_position: i + 1,
    author: v.author,
    created_at: v.createdAt,
    caption: v.caption,
    plays: v.plays,
    likes: v.likes,
    comments: v.comments,
    shares: v.shares,
    saves: v.saves,
    hashtags: v.hashtags,
    is_pinned: v.isPinned,
    is_ad: v.isAd,
    count_problems: v.countProblems,
  }));
  await warehouse.transaction(async () => {
    const conn = warehouse.connection;
    await appendRows(conn, rawResponses, scan.raws.map((r) => rawRow(runId, r)));
    await appendRows(conn, quarantine, scan.raws.map((r) => quarantineRow(runId, r)).filter((r): r is Row => r !== null));
    await appendRows(conn, hashtagVideos, videoRows);
    await appendRows(conn, hashtagScans, [
      {
        hashtag: scan.hashtag,
        snapshot_at: scan.snapshotAt,
        provider,
        run_id: runId,
        hashtag_id: scan.info.hashtagId,
        reported_video_count: scan.info.videoCount,
        videos_fetched: scan.videos.length,
        pages: scan.pages,
        paging_stop: scan.stop,
        outcome: scan.outcome,
        detail: scan.detail,
        credits: scan.credits,
      },
    ]);
  });
}
