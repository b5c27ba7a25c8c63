import { audienceSamples, commentSamples, followerSamples, type Row } from '@creator-audit/warehouse';
import type { TableRows } from '../fetch-loop/fetch-kind.ts';
import type { LandedAudience } from './fetch-audience.ts';

/** The window the follower sample describes: from the oldest follow time its pages spanned to the newest. */
function windowOf(a: LandedAudience): { from: Date | null; to: Date | null } {
  const mins = a.followers.map((f) => f.pageMinTime?.getTime()).filter((t): t is number => t !== undefined);
  const maxes = a.followers.map((f) => f.pageMaxTime?.getTime()).filter((t): t is number => t !== undefined);
  return { from: mins.length ? new Date(Math.min(...mins)) : null, to: maxes.length ? new Date(Math.max(...maxes)) : null };
}

/** A creator's landing: its one `audience_samples` row, and its sampled followers and comments. */
export function audienceRows(runId: string, provider: string, a: LandedAudience, decidedAt: Date): TableRows {
  const window = windowOf(a);
  const sample: Row = {
    run_id: runId,
    username: a.username,
    provider,
    outcome: a.outcome,
    detail: a.detail,
    snapshot_at: a.snapshotAt,
    sec_uid_source: a.secUidSource,
    sampled_at: a.sampledAt,
    followers_asked: a.plan.followers,
    followers_sampled: a.followers.length,
    followers_listed: a.followersListed,
    follower_pages: a.followerPages,
    follower_stop: a.followerStop,
    window_from: window.from,
    window_to: window.to,
    videos_asked: a.plan.videos,
    videos_sampled: a.videosSampled,
    comments_asked_per_video: a.plan.comments,
    comments_sampled: a.comments.length,
    comment_pages: a.commentPages,
    comment_failures: a.commentFailures,
    credits: a.credits,
    decided_at: decidedAt,
  };
  // Followers and comments belong to the sample's time: the first page's (a resumed run never re-dates them).
  const sampledAt = a.sampledAt ?? decidedAt;
  const followers: Row[] = a.followers.map((f) => ({
    run_id: runId,
    username: a.username,
    provider,
    sampled_at: sampledAt,
    position: f.position,
    page: f.page,
    page_min_time: f.pageMinTime,
    page_max_time: f.pageMaxTime,
    follower_user_id: f.user.userId,
    follower_sec_uid: f.user.secUid,
    follower_username: f.user.username,
    nickname: f.user.nickname,
    bio: f.user.bio,
    avatar: f.user.avatar,
    followers: f.user.followers,
    following: f.user.following,
    likes_received: f.user.likesReceived,
    video_count: f.user.videoCount,
    account_created_at: f.user.createdAt,
    verified: f.user.verified,
    private_account: f.user.privateAccount,
    count_problems: f.user.countProblems,
  }));
  const comments: Row[] = a.comments.map((c) => ({
    run_id: runId,
    username: a.username,
    provider,
    video_id: c.videoId,
    sampled_at: sampledAt,
    position: c.position,
    comment_id: c.comment.commentId,
    text: c.comment.text,
    created_at: c.comment.createdAt,
    likes: c.comment.likes,
    commenter_user_id: c.comment.author?.userId ?? null,
    commenter_sec_uid: c.comment.author?.secUid ?? null,
    commenter_username: c.comment.author?.username ?? null,
    commenter_nickname: c.comment.author?.nickname ?? null,
    commenter_avatar: c.comment.author?.avatar ?? null,
  }));
  return [
    [audienceSamples, [sample]],
    [followerSamples, followers],
    [commentSamples, comments],
  ];
}
