import { type AudienceSource, collectPages, type FailureOutcome, type SampledComment } from '@creator-audit/providers';
import type { PaidCalls } from '../fetch-loop/paid-calls.ts';

export interface SampledCommentRow {
  comment: SampledComment;
  /** 1 for the first comment the list gave for its video. */
  position: number;
  fetchedAt: Date;
}

export interface CommentSample {
  comments: SampledCommentRow[];
  pages: number;
  failure: { outcome: FailureOutcome; detail: string } | null;
  unsupported: boolean;
  /** The run refused a call before the list was read to the end asked for. */
  halted: boolean;
}

/** The first `max` comments of one video, in the order the list gives them, deduplicated by comment id. */
export async function sampleComments(source: AudienceSource, videoId: string, max: number, calls: PaidCalls): Promise<CommentSample> {
  const fetchedAt = new Map<string, Date>();
  let pages = 0;
  let unsupported = false;
  const collected = await collectPages<{ videoId: string; comment: SampledComment }>(
    async (cursor, count) => {
      const page = await calls.paid(() => source.commentsPage(videoId, cursor, count));
      if (page === null) {
        unsupported = calls.refusal === null;
        return null;
      }
      if (!page.ok) return page;
      pages++;
      // collectPages dedupes by `videoId`: here the comment's id.
      const items = page.value.items.map((comment) => {
        if (!fetchedAt.has(comment.commentId)) fetchedAt.set(comment.commentId, page.raw.fetchedAt);
        return { videoId: comment.commentId, comment };
      });
      return { ...page, value: { items, hasMore: page.value.hasMore, nextCursor: page.value.nextCursor } };
    },
    { maxItems: Math.max(1, max), pageSize: Math.min(max, source.expectedPageSize('comments')) },
  );
  const comments = collected.items.map(({ videoId, comment }, i) => ({ comment, position: i + 1, fetchedAt: fetchedAt.get(videoId) as Date }));
  const failure = collected.failure ? { outcome: collected.failure.outcome, detail: collected.failure.detail } : null;
  return { comments, pages, failure, unsupported, halted: collected.stop === 'halted' && !unsupported };
}
