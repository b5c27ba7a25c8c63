import type { SimAccount } from './accounts.ts';
import type { SimComment } from './comments.ts';

/** Avatars as the app sends them: the uri, and the CDN urls built from it. */
function avatarThumb(uri: string) {
  return { uri, url_list: [`https://p16-sign-va.tiktokcdn.com/${uri}~c5_100x100.webp`, `https://p16-sign-va.tiktokcdn.com/${uri}~c5_100x100.jpeg`] };
}

/** An account as the app's follower list sends it: its own counts included. */
export function followerBody(a: SimAccount) {
  return {
    uid: a.uid,
    sec_uid: a.secUid,
    unique_id: a.username,
    nickname: a.nickname,
    signature: a.bio,
    avatar_thumb: avatarThumb(a.avatarUri),
    follower_count: a.followers,
    following_count: a.following,
    total_favorited: a.likesReceived,
    aweme_count: a.videos,
    create_time: a.createdAtS,
    verification_type: 0,
    secret: a.privateAccount ? 1 : 0,
  };
}

/** A comment as the app's comment list sends it; its author's counts zeroed, as lists send them. */
export function commentBody(c: SimComment) {
  return {
    cid: c.commentId,
    text: c.text,
    aweme_id: c.videoId,
    create_time: c.createdAtS,
    digg_count: c.likes,
    reply_comment_total: 0,
    status: 1,
    user: {
      uid: c.author.uid,
      sec_uid: c.author.secUid,
      unique_id: c.author.username,
      nickname: c.author.nickname,
      avatar_thumb: avatarThumb(c.author.avatarUri),
      follower_count: 0,
      following_count: 0,
      total_favorited: 0,
      aweme_count: 0,
      create_time: 0,
    },
  };
}
