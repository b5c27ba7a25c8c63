import { readCount } from '../counts.ts';
import { ShapeError } from '../exchange.ts';
import { IdentityMismatchError } from '../identity.ts';
import { identityMessages } from '../messages.ts';
import { audienceMessages } from './messages.ts';
import { audienceUserFromApp } from './normalize-user.ts';
import type { CommentPage, SampledComment } from './records.ts';
import { appComment, commentListBody } from './shapes.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const idText = (v: string | number | null | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/**
 * A page of Scavio's documented `video/comments`: the app's `comments` list with `cursor` and `has_more`. A body
 * without `comments` is a schema error, never an empty page (`null` there is the app's empty list). Each comment
 * needs its `cid`; its author's counts are not read (lists send them zeroed). A comment that names another video
 * (`aweme_id`) makes the page `identity_mismatch`: under the video asked, another video's commenters would read as
 * this creator's regulars or its pod. A comment naming no video cannot be checked and is taken as asked.
 */
export function parseCommentPage(data: unknown, videoId: string): CommentPage {
  if (!isObject(data) || !('comments' in data)) throw new ShapeError(audienceMessages.noCommentList(isObject(data) ? Object.keys(data) : []));
  const body = commentListBody.parse(data);
  const items = (body.comments ?? []).map((raw, index) => commentAt(raw, index, videoId));
  const others = [...new Set(items.map((c) => c.videoId).filter((id) => id !== videoId))];
  if (others.length > 0) throw new IdentityMismatchError(identityMessages.otherVideosComments(videoId, others));
  const cursor = body.cursor === null || body.cursor === undefined ? '' : String(body.cursor).trim();
  return { items, nextCursor: cursor === '' ? null : cursor, hasMore: Boolean(body.has_more ?? false), total: readCount(body.total).value };
}

function commentAt(raw: unknown, index: number, videoId: string): SampledComment {
  const comment = appComment.parse(raw);
  const commentId = idText(comment.cid);
  if (commentId === null) throw new ShapeError(audienceMessages.commentWithoutId(index));
  const seconds = readCount(comment.create_time).value;
  return {
    commentId,
    videoId: idText(comment.aweme_id) ?? videoId,
    text: comment.text ?? null,
    createdAt: seconds === null || seconds === 0 ? null : new Date(seconds * 1000),
    likes: readCount(comment.digg_count).value,
    author: isObject(comment.user) ? audienceUserFromApp(comment.user, 'never') : null,
  };
}
