import { type CountReading, preferExact, readCount } from './counts.ts';
import type { CreatorProfile, Video } from './records.ts';
import type { AppAweme, AppUser, OldWebItem, WebItem, WebUserInfo } from './tiktok-shapes.ts';

/** Turns TikTok's two dialects into our records. Counts go through `counts.ts`; problems are kept, not hidden. */

/** The last second a timestamp can hold in every store we write (DuckDB, Parquet, JS Date): 9999-12-31T23:59:59Z. */
const LAST_EPOCH_SECOND = 253_402_300_799;

class CountCollector {
  readonly problems: string[] = [];
  take(field: string, reading: CountReading): number | null {
    if (reading.value === null && reading.problem !== 'missing') this.problems.push(`${field}: ${reading.problem}`);
    return reading.value;
  }
  /** Seconds since the epoch (number or numeric string) as a time; 0 means unset, beyond year 9999 is unreadable. */
  time(field: string, raw: unknown): Date | null {
    const seconds = this.take(field, readCount(raw));
    if (seconds === null || seconds === 0) return null;
    if (seconds > LAST_EPOCH_SECOND) {
      this.problems.push(`${field}: beyond any real time: ${seconds}`);
      return null;
    }
    return new Date(seconds * 1000);
  }
}

const truthy = (v: boolean | number | null | undefined): boolean | null =>
  v === null || v === undefined ? null : Boolean(v);

const idText = (v: string | number | null | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v);

export function normaliseHandle(raw: string): string {
  return raw.trim().replace(/^@/, '').toLowerCase();
}

export function profileFromWeb(info: WebUserInfo, requested: string): CreatorProfile {
  const user = info.user ?? {};
  const s = info.stats ?? {};
  const v2 = info.statsV2 ?? {};
  const c = new CountCollector();
  return {
    username: normaliseHandle(user.uniqueId ?? requested),
    userId: idText(user.id),
    secUid: user.secUid ?? null,
    nickname: user.nickname ?? null,
    verified: truthy(user.verified),
    privateAccount: truthy(user.privateAccount),
    createdAt: c.time('created_at', user.createTime),
    followers: c.take('followers', preferExact(v2.followerCount, s.followerCount)),
    following: c.take('following', preferExact(v2.followingCount, s.followingCount)),
    likesReceived: c.take('likes_received', preferExact(v2.heartCount ?? v2.heart, s.heartCount ?? s.heart)),
    videoCount: c.take('video_count', preferExact(v2.videoCount, s.videoCount)),
    countProblems: c.problems,
  };
}

export function profileFromApp(user: AppUser, requested: string): CreatorProfile {
  const c = new CountCollector();
  const verified =
    user.verification_type === null || user.verification_type === undefined
      ? user.custom_verify
        ? true
        : null
      : user.verification_type > 0;
  return {
    username: normaliseHandle(user.unique_id ?? requested),
    userId: idText(user.uid),
    secUid: user.sec_uid ?? null,
    nickname: user.nickname ?? null,
    verified,
    privateAccount: truthy(user.secret),
    createdAt: c.time('created_at', user.create_time),
    followers: c.take('followers', readCount(user.follower_count)),
    following: c.take('following', readCount(user.following_count)),
    likesReceived: c.take('likes_received', readCount(user.total_favorited)),
    videoCount: c.take('video_count', readCount(user.aweme_count)),
    countProblems: c.problems,
  };
}

function cleanTags(tags: Array<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const t of tags) if (t) seen.add(t.toLowerCase());
  return [...seen];
}

export function videoFromWeb(item: WebItem): Video | null {
  const videoId = idText(item.id);
  if (!videoId) return null;
  const s = item.stats ?? {};
  const v2 = item.statsV2 ?? {};
  const c = new CountCollector();
  const author = typeof item.author === 'string' ? item.author : (item.author?.uniqueId ?? null);
  return {
    videoId,
    author: author ? normaliseHandle(author) : null,
    createdAt: c.time('created_at', item.createTime),
    caption: item.desc ?? '',
    plays: c.take('plays', preferExact(v2.playCount, s.playCount)),
    likes: c.take('likes', preferExact(v2.diggCount, s.diggCount)),
    comments: c.take('comments', preferExact(v2.commentCount, s.commentCount)),
    shares: c.take('shares', preferExact(v2.shareCount, s.shareCount)),
    saves: c.take('saves', preferExact(v2.collectCount, s.collectCount)),
    durationSeconds: item.video?.duration ?? null,
    hashtags: cleanTags([
      ...(item.textExtra ?? []).map((t) => t.hashtagName),
      ...(item.challenges ?? []).map((t) => t.title),
    ]),
    isPinned: Boolean(item.isPinnedItem),
    isAd: Boolean(item.isAd),
    countProblems: c.problems,
  };
}

export function videoFromApp(aweme: AppAweme): Video | null {
  const videoId = idText(aweme.aweme_id);
  if (!videoId) return null;
  const s = aweme.statistics ?? {};
  const c = new CountCollector();
  const durationMs = aweme.video?.duration;
  return {
    videoId,
    author: aweme.author?.unique_id ? normaliseHandle(aweme.author.unique_id) : null,
    createdAt: c.time('created_at', aweme.create_time),
    caption: aweme.desc ?? '',
    plays: c.take('plays', readCount(s.play_count)),
    likes: c.take('likes', readCount(s.digg_count)),
    comments: c.take('comments', readCount(s.comment_count)),
    shares: c.take('shares', readCount(s.share_count)),
    saves: c.take('saves', readCount(s.collect_count)),
    durationSeconds: durationMs === null || durationMs === undefined ? null : durationMs / 1000,
    hashtags: cleanTags([
      ...(aweme.text_extra ?? []).map((t) => t.hashtag_name),
      ...(aweme.cha_list ?? []).map((t) => t.cha_name),
    ]),
    isPinned: Boolean(aweme.is_top),
    isAd: Boolean(aweme.is_ads),
    countProblems: c.problems,
  };
}

/** The 2020 web list item: counts directly in `itemInfos` (no `collectCount`, so saves are unknown), the author apart. */
export function videoFromOld(item: OldWebItem): Video | null {
  const info = item.itemInfos;
  const videoId = idText(info.id);
  if (!videoId) return null;
  const c = new CountCollector();
  const author = item.authorInfos?.uniqueId;
  return {
    videoId,
    author: author ? normaliseHandle(author) : null,
    createdAt: c.time('created_at', info.createTime),
    caption: info.text ?? '',
    plays: c.take('plays', readCount(info.playCount)),
    likes: c.take('likes', readCount(info.diggCount)),
    comments: c.take('comments', readCount(info.commentCount)),
    shares: c.take('shares', readCount(info.shareCount)),
    saves: null,
    durationSeconds: info.video?.videoMeta?.duration ?? null,
    hashtags: cleanTags([
      ...(item.textExtra ?? []).map((t) => t.HashtagName),
      ...(item.challengeInfoList ?? []).map((t) => t.challengeName),
    ]),
    isPinned: false,
    isAd: false,
    countProblems: c.problems,
  };
}
