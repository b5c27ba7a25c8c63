import type { AudienceSource } from './audience/audience-source.ts';
import type { Fetched } from './outcomes.ts';
import type { CreatorProfile, CreatorRef, Feed, HashtagInfo, Page, ProviderName, Video, WireContract } from './records.ts';

/**
 * What every data source offers. Each call returns normalised records plus the raw body and its cost
 * (`Fetched`). Calls throw only `RunStoppingError` (bad key, no credits) and errors of use (pages asked before
 * the profile that keys them); everything else is a typed outcome.
 */
export interface Provider {
  readonly name: ProviderName;
  /** Credits one call is expected to cost, for `--dry-run` estimates and budget reservations. */
  readonly creditsPerCall: number;
  /** Largest page size the endpoint accepts for a creator's videos (what to ask for, not what comes back). */
  readonly maxPageSize: number;
  /** The wire contract the server speaks; null until its first telling answer (Scavio learns it). */
  contract(): WireContract | null;
  /** Videos a full page held this run (the largest page that said more would follow); null before one came. */
  observedPageSize(feed: Feed): number | null;
  /** Videos to expect per page when pricing: the observed size, else what the contract documents. */
  expectedPageSize(feed: Feed): number;
  /** The endpoints a creator costs (its profile, then its pages) in the contract spoken, or the one asked first. */
  creatorEndpoints(): { profile: string; videos: string };
  /** The profile, with the `secUid` that keys the creator's pages on some contracts (cache it). */
  profile(username: string): Promise<Fetched<CreatorProfile>>;
  /** A page of the creator's videos; needs `creator.secUid` where the contract pages by it (TikHub, Scavio 2026). */
  videosPage(creator: CreatorRef, cursor: string | null, count: number): Promise<Fetched<Page<Video>>>;
  /**
   * Resolves a hashtag to the id its pages are keyed by, and its reported size (cache the id). `null` when the
   * contract pages hashtags by name (Scavio's tutorials): no call was made and nothing was spent.
   */
  hashtagInfo(hashtag: string): Promise<Fetched<HashtagInfo> | null>;
  hashtagPage(tag: HashtagInfo, cursor: string | null, count: number): Promise<Fetched<Page<Video>>>;
  /** Followers and comments where the provider has them (Scavio's documented API); absent: it cannot sample audiences. */
  readonly audience?: AudienceSource;
  close(): Promise<void>;
}
