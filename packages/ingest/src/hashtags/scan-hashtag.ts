import { collectPages, type HashtagInfo, type Provider, type StopReason, type Video } from '@creator-audit/providers';
import { hashtagScans, hashtagVideos, type Row } from '@creator-audit/warehouse';
import type { TableRows } from '../fetch-loop/fetch-kind.ts';
import type { PaidCalls } from '../fetch-loop/paid-calls.ts';
import { hashtagMessages } from './messages.ts';

export interface HashtagScanPlan {
  /** Real hashtag lists stop near 1-5K items; this caps what we walk. */
  maxVideos: number;
  pageSize: number;
  /** Pages in a row that bring nothing new before the walk gives up (default: `collectPages`'). */
  maxEmptyPages?: number;
}

export interface HashtagScan {
  hashtag: string;
  snapshotAt: Date;
  /** `ok`, `partial` (some pages), `budget_exhausted`, `stopped` (the vendor ended the run first), `interrupted`, or the failure outcome. */
  outcome: string;
  detail: string | null;
  info: HashtagInfo;
  videos: Video[];
  pages: number;
  stop: StopReason;
  credits: number;
  /** Set when the vendor ended the run (bad key, no credits) during this scan; what came before is kept. */
  stoppedBy: string | null;
  /** The scan was cut short by an interrupt; what came before is kept. */
  interrupted: boolean;
}

/**
 * One scan of a hashtag: its detail where the API has that call (TikHub needs the challenge id), then every
 * page of its videos, deduped. Never throws for an answer: a refused call (the budget, a 401/402, an interrupt)
 * ends the scan with the pages already paid for, and the outcome says which.
 */
export async function fetchHashtag(
  provider: Provider,
  hashtag: string,
  plan: HashtagScanPlan,
  calls: PaidCalls,
  now: () => Date,
  /** The hashtag's id from an earlier scan: its pages are asked by it, and the paid call resolving it is skipped. */
  knownId: string | null = null,
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
    stoppedBy: null,
    interrupted: false,
  };
  const settled = (s: Partial<HashtagScan>): HashtagScan => ({
    ...scan,
    ...s,
    credits: calls.credits,
    stoppedBy: calls.vendorStop?.message ?? null,
    interrupted: calls.refusal === 'interrupted',
  });
  /** A call refused before the list's first page: the scan holds nothing, and its outcome says why. */
  const refusedBefore = (stage: 'detail' | 'list'): HashtagScan => {
    if (calls.refusal === 'interrupted') return settled({ outcome: 'interrupted', detail: hashtagMessages.interruptedBefore(stage) });
    if (calls.refusal === 'run_stopping') return settled({ outcome: 'stopped', detail: calls.vendorStop?.message ?? null });
    return settled({ outcome: 'budget_exhausted', detail: hashtagMessages.budgetBefore(stage) });
  };
  /** A call refused while paging: the pages so far are kept. */
  const refusedWhilePaging = (): HashtagScan => {
    if (calls.refusal === 'interrupted') return settled({ outcome: 'partial', detail: hashtagMessages.interruptedAt(scan.pages + 1) });
    if (calls.refusal === 'run_stopping') return settled({ outcome: 'partial', detail: hashtagMessages.stoppedAt(scan.pages + 1, calls.vendorStop?.message ?? '') });
    return settled({ outcome: 'partial', detail: hashtagMessages.budgetWhilePaging });
  };

  // The id its pages are asked by: resolved now (a paid call), or by an earlier scan (reused, and the list's reported
  // size is then not asked for: its coverage reads unknown), or not needed where the contract pages hashtags by name
  // (Scavio's tutorials: hashtagInfo answers null, asking nothing). The snapshot is timed by the first answer.
  let timedByDetail = false;
  if (knownId !== null) {
    scan.info = { ...scan.info, hashtagId: knownId };
  } else {
    let pagedByName = false;
    const detail = await calls.paid(async () => {
      const found = await provider.hashtagInfo(hashtag);
      pagedByName = found === null;
      return found;
    });
    if (!pagedByName) {
      if (detail === null) return { ...refusedBefore('detail'), stop: 'halted' };
      scan.snapshotAt = detail.raw.fetchedAt;
      timedByDetail = true;
      if (!detail.ok) return settled({ outcome: detail.outcome, detail: detail.detail, stop: 'failed' });
      scan.info = detail.value;
    }
  }

  const collected = await collectPages(
    async (cursor, count) => {
      const page = await calls.paid(() => provider.hashtagPage(scan.info, cursor, count));
      if (page !== null && scan.pages++ === 0 && !timedByDetail) scan.snapshotAt = page.raw.fetchedAt;
      return page;
    },
    { maxItems: plan.maxVideos, pageSize: plan.pageSize, maxEmptyPages: plan.maxEmptyPages },
  );
  scan.videos = collected.items;
  scan.stop = collected.stop;
  if (collected.failure) {
    const { outcome, detail, atPage } = collected.failure;
    return collected.items.length === 0
      ? settled({ outcome, detail })
      : settled({ outcome: 'partial', detail: hashtagMessages.failedAt(atPage + 1, outcome, detail) });
  }
  if (collected.stop !== 'halted') return settled({});
  // A budget stop counts pages (one may have come back empty); the others count what the pages held.
  const nothingYet = calls.refusal === 'budget' ? scan.pages === 0 : collected.items.length === 0;
  return nothingYet ? refusedBefore('list') : refusedWhilePaging();
}

/** A scan's landing: its videos and its `hashtag_scans` row, so a hashtag snapshot is whole or absent. */
export function hashtagScanRows(runId: string, provider: string, scan: HashtagScan): TableRows {
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
  const scanRow: Row = {
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
  };
  return [
    [hashtagVideos, videoRows],
    [hashtagScans, [scanRow]],
  ];
}
