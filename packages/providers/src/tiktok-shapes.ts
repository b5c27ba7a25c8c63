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

export const webUserStats = z.looseObject({
  followerCount: wireCount,
  followingCount: wireCount,
  heartCount: wireCount,
  heart: wireCount,
  videoCount: wireCount,
});

export const webUser = z.looseObject({
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

export const webItemStats = z.looseObject({
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

export type WebUserInfo = z.infer<typeof webUserInfo>;
export type AppUser = z.infer<typeof appUser>;
export type WebItem = z.infer<typeof webItem>;
export type AppAweme = z.infer<typeof appAweme>;
