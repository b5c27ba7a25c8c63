/**
 * Hand-built TikTok bodies in both dialects, as the vendors pass them through. Counts are chosen so a
 * test can tell which field was read: `stats` carries rounded (or wrapped) numbers, `statsV2` the exact strings.
 */

/** Web camelCase, the shape Scavio's seeds read under `data`: rounded `stats`, exact `statsV2`, a wrapped heartCount. */
export const webUserInfo = {
  user: {
    id: '6800000000000000001',
    uniqueId: 'CharliDamelio',
    nickname: 'charli',
    secUid: 'MS4wLjABAAAA-charli',
    verified: true,
    privateAccount: false,
    createTime: 1_559_000_000,
  },
  stats: { followerCount: 427_700, followingCount: 1_300, heartCount: -977_433_948, heart: -977_433_948, videoCount: 2_500 },
  statsV2: { followerCount: '427682', followingCount: '1301', heartCount: '11907467940', heart: '11907467940', videoCount: '2503' },
};

/** An older web payload with no statsV2 to fall back on: the int32-wrapped heartCount must not become a count. */
export const webUserInfoWrapped = {
  user: { id: '6800000000000000002', uniqueId: 'wrapped', secUid: 'MS4wLjABAAAA-wrapped', verified: false, privateAccount: false },
  stats: { followerCount: 5_000, followingCount: 10, heartCount: -977_433_948, videoCount: 40 },
};

/** App snake_case, the shape Scavio's current docs show: `data.user.follower_count`, `total_favorited` as a string. */
export const appUser = {
  user: {
    uid: '7000000000000000003',
    unique_id: 'AppCreator',
    sec_uid: 'MS4wLjABAAAA-app',
    nickname: 'App Creator',
    follower_count: 1_234_567,
    following_count: 12,
    total_favorited: '99999999999',
    aweme_count: 321,
    verification_type: 1,
    secret: 0,
  },
};

/** One web item; `stats` rounded, `statsV2` exact, hashtags in both places TikTok puts them. */
export function webItem(id: string, createTime: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    desc: `video ${id} #FYP`,
    createTime: String(createTime),
    author: { uniqueId: 'CharliDamelio' },
    stats: { playCount: 1_200_000, diggCount: 98_700, commentCount: 1_000, shareCount: 300, collectCount: 50 },
    statsV2: { playCount: '1234567', diggCount: '98765', commentCount: '1002', shareCount: '301', collectCount: '51' },
    textExtra: [{ hashtagName: 'FYP' }],
    challenges: [{ title: 'fyp' }],
    video: { duration: 15 },
    ...extra,
  };
}

/** One app aweme: `statistics` snake_case, duration in milliseconds. */
export function appAweme(id: string, createTime: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    aweme_id: id,
    desc: `aweme ${id}`,
    create_time: createTime,
    author: { unique_id: 'AppCreator' },
    statistics: { play_count: 5_000, digg_count: 400, comment_count: 0, share_count: 7, collect_count: 3 },
    text_extra: [{ hashtag_name: 'Dance' }],
    cha_list: [{ cha_name: 'dance' }],
    video: { duration: 15_300 },
    ...extra,
  };
}

/** `n` web items, newest first, ids `w1`..`wn`. */
export const webItems = (n: number): Record<string, unknown>[] =>
  Array.from({ length: n }, (_, i) => webItem(`w${i + 1}`, 1_700_000_000 - i * 3_600));

export const appAwemes = (n: number): Record<string, unknown>[] =>
  Array.from({ length: n }, (_, i) => appAweme(`a${i + 1}`, 1_700_000_000 - i * 3_600));

/** TikTok's `challenge/detail`, as TikHub's web/fetch_tag_detail passes it through. */
export const tagDetail = {
  challengeInfo: {
    challenge: { id: '1593940', title: 'fyp' },
    stats: { videoCount: 1_000, viewCount: 2_000_000_000_000 },
    statsV2: { videoCount: '1003', viewCount: '2000000000123' },
  },
  statusCode: 0,
};

/**
 * `n` items of either dialect, newest first, with the same ids `v1`..`vn` whichever the dialect, all by the web
 * fixture's creator (@CharliDamelio): a feed served as hers must hold her videos, or the client refuses it.
 */
export function itemsIn(dialect: 'web' | 'app', n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) =>
    dialect === 'web'
      ? webItem(`v${i + 1}`, 1_700_000_000 - i * 3_600)
      : appAweme(`v${i + 1}`, 1_700_000_000 - i * 3_600, { author: { unique_id: 'CharliDamelio' } }),
  );
}

/** The app's challenge detail, as Scavio's documented `hashtag` passes it through. */
export const appChallenge = (cid: string, name: string) => ({ ch_info: { cid, cha_name: name, view_count: 2_000_000_000_123, user_count: 9_572 }, status_code: 0 });
