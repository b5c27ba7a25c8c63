/** A video in a hashtag campaign, as a test describes it. */
export interface CampaignPost {
  id: string;
  author: string;
  caption?: string;
  plays: number;
  likes: number;
  comments: number;
  shares: number;
  saves?: number;
  /** Seconds since the epoch. */
  createTime?: number;
}

/** TikTok's web `stats` round big counts (427,682 shows as 427,700); the exact figure is in `statsV2`. */
const rounded = (n: number) => (n >= 10_000 ? Math.round(n / 100) * 100 : n);

/**
 * One item of a hashtag's video list in TikTok's web dialect, as Scavio's `hashtag/videos` (`videos`) and TikHub's
 * `web/fetch_tag_post` (`itemList`) pass it through: rounded `stats`, exact `statsV2` strings, the tag in
 * `challenges` and `textExtra`.
 */
export function campaignItem(post: CampaignPost, hashtag: string): Record<string, unknown> {
  const saves = post.saves ?? 0;
  return {
    id: post.id,
    desc: post.caption ?? `my entry #${hashtag}`,
    createTime: String(post.createTime ?? 1_767_225_600),
    author: { uniqueId: post.author, nickname: post.author },
    stats: {
      playCount: rounded(post.plays),
      diggCount: rounded(post.likes),
      commentCount: rounded(post.comments),
      shareCount: rounded(post.shares),
      collectCount: rounded(saves),
    },
    statsV2: {
      playCount: String(post.plays),
      diggCount: String(post.likes),
      commentCount: String(post.comments),
      shareCount: String(post.shares),
      collectCount: String(saves),
    },
    challenges: [{ title: hashtag }],
    textExtra: [{ hashtagName: hashtag }],
    video: { duration: 20 },
  };
}

/** TikHub's `web/fetch_tag_detail` payload: the challenge id the post list is keyed by, and the reported totals. */
export function tagDetail(hashtag: string, id: string, videoCount: number, viewCount: number): Record<string, unknown> {
  return {
    challengeInfo: {
      challenge: { id, title: hashtag },
      stats: { videoCount: rounded(videoCount), viewCount: rounded(viewCount) },
      statsV2: { videoCount: String(videoCount), viewCount: String(viewCount) },
    },
    statusCode: 0,
  };
}
