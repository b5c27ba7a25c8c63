import { z } from 'zod';
import { wireCount } from '../counts.ts';

/**
 * Scavio's documented `user/followers` and `video/comments` answers: TikTok app objects passed through (FIELD-NOTES,
 * "Scavio's documented API"). Loose schemas: unknown fields pass; what we read is optional here and decided once
 * in the normaliser.
 */
const text = z.string().nullish();
const id = z.union([z.string(), z.number()]).nullish();
const flag = z.union([z.boolean(), z.number()]).nullish();
/** Cursors and times as the app sends them: numbers, or digit strings. */
const cursorValue = z.union([z.number(), z.string()]).nullish();

const appImage = z.looseObject({ uri: text, url_list: z.array(z.string()).nullish() });

export const appAudienceUser = z.looseObject({
  uid: id,
  sec_uid: text,
  unique_id: text,
  nickname: text,
  signature: text,
  avatar_thumb: appImage.nullish(),
  /** Older app bodies name the avatar by its uri alone. */
  avatar_uri: text,
  follower_count: wireCount,
  following_count: wireCount,
  total_favorited: wireCount,
  aweme_count: wireCount,
  create_time: id,
  verification_type: z.number().nullish(),
  custom_verify: text,
  secret: flag,
});

export const followerListBody = z.looseObject({
  followers: z.array(z.unknown()).nullish(),
  has_more: flag,
  page_token: cursorValue,
  min_time: cursorValue,
  max_time: cursorValue,
  total: wireCount,
});

export const appComment = z.looseObject({
  cid: id,
  text: z.string().nullish(),
  aweme_id: id,
  create_time: id,
  digg_count: wireCount,
  user: z.unknown().optional(),
});

export const commentListBody = z.looseObject({
  comments: z.array(z.unknown()).nullish(),
  cursor: cursorValue,
  has_more: flag,
  total: wireCount,
});

export type AppAudienceUser = z.infer<typeof appAudienceUser>;
