import type { Fetched } from '../outcomes.ts';
import type { CreatorRef, ProviderName } from '../records.ts';
import type { AudienceSupport, CommentPage, FollowerCursor, FollowerPage } from './records.ts';
import type { AudienceFeed } from './requests.ts';

/**
 * Followers and comments, where a provider has them (Scavio's documented API). Calls answer `null` when the
 * contract the server speaks has no such endpoint: nothing was asked and nothing spent (`support()` says why).
 * Otherwise they answer like every provider call: a record with its raw body, or a typed outcome.
 */
export interface AudienceSource {
  readonly name: ProviderName;
  readonly creditsPerCall: number;
  support(): AudienceSupport;
  /**
   * Learns whether the server has the audience endpoints, asking free requests only (rejected ones, which Scavio
   * does not bill), while that is unknown: so no creator's profile is paid for on a contract that cannot sample.
   * A transient failure leaves it unknown.
   */
  learn(): Promise<AudienceSupport>;
  /** Items a full page held this run, else the endpoint's documented limit: what to price a page at. */
  expectedPageSize(feed: AudienceFeed): number;
  /** A page of the creator's followers, newest first; the creator's `secUid` is needed. */
  followersPage(creator: CreatorRef, cursor: FollowerCursor | null, count: number): Promise<Fetched<FollowerPage> | null>;
  commentsPage(videoId: string, cursor: string | null, count: number): Promise<Fetched<CommentPage> | null>;
}
