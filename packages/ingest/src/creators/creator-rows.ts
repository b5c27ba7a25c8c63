import { creatorOutcomes, creators, type Row, videos } from '@creator-audit/warehouse';
import type { TableRows } from '../fetch-loop/fetch-kind.ts';
import type { LandedCreator } from './fetch-creator.ts';

/** A creator's landing: its snapshot and videos when it has a profile, and always its one outcome row. */
export function creatorRows(runId: string, provider: string, c: LandedCreator, decidedAt: Date): TableRows {
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
  return [
    [creators, creator],
    [videos, videoRows],
    [creatorOutcomes, [outcome]],
  ];
}

/** A creator decided without a snapshot: skipped as fresh, or never reached. */
export function undecidedCreator(username: string, outcome: LandedCreator['outcome'], detail: string): LandedCreator {
  return { username, outcome, detail, profile: null, snapshotAt: null, videos: [], pagingStop: null, credits: 0 };
}
