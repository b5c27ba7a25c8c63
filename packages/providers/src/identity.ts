import { identityMessages } from './messages.ts';
import { normaliseHandle } from './normalize.ts';
import type { CreatorProfile, Page, Video } from './records.ts';

/**
 * An answer about another account than the one asked (a vendor's cache gone wrong, a renamed account, a hostile
 * server): `identity_mismatch`, naming both. Stored under the handle asked, its numbers would be another's.
 */
export class IdentityMismatchError extends Error {
  override name = 'IdentityMismatchError';
}

/** Handles compare as TikTok compares them: without `@`, in any case. */
const sameHandle = (a: string, b: string): boolean => normaliseHandle(a) === normaliseHandle(b);

/** The profile, if it is the one asked for. A profile that names no handle cannot be checked and is taken as asked. */
export function askedProfile(profile: CreatorProfile, answered: string | null, asked: string): CreatorProfile {
  if (answered !== null && !sameHandle(answered, asked)) throw new IdentityMismatchError(identityMessages.otherProfile(normaliseHandle(asked), normaliseHandle(answered)));
  return profile;
}

/**
 * A creator's page of videos, keeping only the creator's own. A page none of whose named authors is the creator
 * is another account's feed: `identity_mismatch`. On a page that does hold the creator's videos, videos by others
 * (a co-authored post listed in each co-author's feed under its first author) are left out and named in
 * `leftOut`: their counts are another creator's audience, and must not be scored as this one's. Videos that name
 * no author cannot be checked and are kept.
 */
export function askedCreatorsPage(page: Page<Video>, asked: string): Page<Video> {
  const own = normaliseHandle(asked);
  const others = page.items.filter((v) => v.author !== null && v.author !== own);
  if (others.length === 0) return page;
  if (!page.items.some((v) => v.author === own)) throw new IdentityMismatchError(identityMessages.otherFeed(own, others.map((v) => v.author ?? '')));
  const items = page.items.filter((v) => !others.includes(v));
  return { ...page, items, leftOut: others.map((v) => ({ videoId: v.videoId, author: v.author ?? '' })) };
}
