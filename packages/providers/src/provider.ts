import type { Fetched } from './outcomes.ts';
import type { CreatorProfile, CreatorRef, HashtagInfo, Page, ProviderName, Video } from './records.ts';

/**
 * What every data source offers. Each call returns normalised records plus the raw body and its cost
 * (`Fetched`). Calls throw only `RunStoppingError` (bad key, no credits); everything else is a typed outcome.
 */
export interface Provider {
  readonly name: ProviderName;
  /** Credits one call is expected to cost, for `--dry-run` estimates and budget reservations. */
  readonly creditsPerCall: number;
  /** Largest page size the endpoint accepts for a creator's videos. */
  readonly maxPageSize: number;
  profile(username: string): Promise<Fetched<CreatorProfile>>;
  videosPage(creator: CreatorRef, cursor: string | null, count: number): Promise<Fetched<Page<Video>>>;
  /** Resolves a hashtag to its id and reported size, on APIs that need or offer that call (TikHub). */
  hashtagInfo?(hashtag: string): Promise<Fetched<HashtagInfo>>;
  hashtagPage(tag: HashtagInfo, cursor: string | null, count: number): Promise<Fetched<Page<Video>>>;
  close(): Promise<void>;
}
