import { z } from 'zod';
import { wireCount } from './counts.ts';

/**
 * TikTok's own JSON, as the vendors pass it through. Two dialects: the web's camelCase (`stats`, exact
 * `statsV2` strings) and the app's snake_case (`follower_count`, `aweme_list[].statistics`). Schemas are
 * loose: unknown fields pass, and every field we read is optional here and decided once in the normaliser.
 */
const flag = z.union([z.boolean(), z.number()]).nullish();
const text = z.string().nullish();
const id = z.union([z.string(), z.number()]).nullish();

const webUserStats = z.looseObject({
  followerCount: wireCount,
  followingCount: wireCount,
  heartCount: wireCount,
  heart: wireCount,
  videoCount: wireCount,
});

const webUser = z.looseObject({
  id,
  uniqueId: text,
  secUid: text,
  nickname: text,
  verified: flag,
  privateAccount: flag,
  createTime: id,
});

export const webUserInfo = z.looseObject({
  user: webUser.nullish(),
  stats: webUserStats.nullish(),
  statsV2: webUserStats.nullish(),
});

export const appUser = z.looseObject({
  uid: id,
  unique_id: text,
  sec_uid: text,
  nickname: text,
  follower_count: wireCount,
  following_count: wireCount,
  total_favorited: wireCount,
  aweme_count: wireCount,
  verification_type: z.number().nullish(),
  custom_verify: text,
  secret: flag,
  create_time: id,
});

const webItemStats = z.looseObject({
  playCount: wireCount,
  diggCount: wireCount,
  commentCount: wireCount,
  shareCount: wireCount,
  collectCount: wireCount,
});

export const webItem = z.looseObject({
  id,
  desc: text,
  createTime: id,
  author: z.union([z.looseObject({ uniqueId: text }), z.string()]).nullish(),
  stats: webItemStats.nullish(),
  statsV2: webItemStats.nullish(),
  challenges: z.array(z.looseObject({ title: text })).nullish(),
  textExtra: z.array(z.looseObject({ hashtagName: text })).nullish(),
  isAd: flag,
  isPinnedItem: flag,
  video: z.looseObject({ duration: z.number().nullish() }).nullish(),
});

export const appAweme = z.looseObject({
  aweme_id: id,
  desc: text,
  create_time: id,
  author: z.looseObject({ unique_id: text }).nullish(),
  statistics: z
    .looseObject({
      play_count: wireCount,
      digg_count: wireCount,
      comment_count: wireCount,
      share_count: wireCount,
      collect_count: wireCount,
    })
    .nullish(),
  text_extra: z.array(z.looseObject({ hashtag_name: text })).nullish(),
  cha_list: z.array(z.looseObject({ cha_name: text })).nullish(),
  is_top: flag,
  is_ads: flag,
  /** App durations are milliseconds. */
  video: z.looseObject({ duration: z.number().nullish() }).nullish(),
});

/**
 * The 2020 web challenge list: `data` is the list itself, each item split in `itemInfos` (the counts sit
 * directly in it), `authorInfos`, `authorStats` (`heartCount` a string beside numbers), `challengeInfoList`.
 */
export const oldWebItem = z.looseObject({
  itemInfos: z.looseObject({
    id,
    text,
    createTime: id,
    playCount: wireCount,
    diggCount: wireCount,
    commentCount: wireCount,
    shareCount: wireCount,
    video: z.looseObject({ videoMeta: z.looseObject({ duration: z.number().nullish() }).nullish() }).nullish(),
  }),
  authorInfos: z.looseObject({ uniqueId: text }).nullish(),
  challengeInfoList: z.array(z.looseObject({ challengeName: text })).nullish(),
  textExtra: z.array(z.looseObject({ HashtagName: text })).nullish(),
});

/** A hashtag's detail in the app dialect: `ch_info.cid` is the id its video list is asked by. */
export const appChallengeDetail = z.looseObject({
  ch_info: z.looseObject({ cid: id, cha_name: text, view_count: wireCount, user_count: wireCount }),
});

/** The same in the web dialect: `challengeInfo.challenge.id`, rounded `stats` beside exact `statsV2`. */
const challengeStats = z.looseObject({ videoCount: wireCount, viewCount: wireCount });
export const webChallengeDetail = z.looseObject({
  challengeInfo: z.looseObject({
    challenge: z.looseObject({ id, title: text }),
    stats: challengeStats.nullish(),
    statsV2: challengeStats.nullish(),
  }),
});

export type WebUserInfo = z.infer<typeof webUserInfo>;
export type AppUser = z.infer<typeof appUser>;
export type WebItem = z.infer<typeof webItem>;
export type AppAweme = z.infer<typeof appAweme>;
export type OldWebItem = z.infer<typeof oldWebItem>;
