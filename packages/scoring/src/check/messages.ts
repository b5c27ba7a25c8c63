/** What `check` tells people about one creator, whichever ruleset judged it. */

const STATUS_TEXT: Record<string, string> = {
  private: 'private account',
  not_found: 'account not found',
  unavailable: 'account unavailable',
  region_locked: 'account not available in this region',
  snapshot_missing: 'its profile snapshot is missing from the warehouse',
  fetch_failed: 'could not be fetched',
  unreadable_counts: 'counts the vendor sent that we could not read',
  followers_unknown: 'the follower count is unknown',
  no_followers: '0 followers: the like ratio is undefined',
};

/** Statuses whose detail says what went wrong (the fetch's error, the counts we could not read). */
const DETAILED = new Set(['fetch_failed', 'unreadable_counts']);

export const checkMessages = {
  /** The line `check` prints for an account a ruleset gives no verdict. */
  noVerdict: (username: string, status: string, detail: string | null) =>
    `@${username}: NO VERDICT (${STATUS_TEXT[status] ?? status}${detail && DETAILED.has(status) ? `: ${detail}` : ''})`,
  neverFetched: (username: string) => `@${username}: NO VERDICT (not fetched: nothing about this creator is in the warehouse)`,
  fromWarehouse: (username: string, snapshotAt: Date, provider: string) =>
    `@${username}: scored from the ${provider} snapshot of ${snapshotAt.toISOString()} (fresh; nothing fetched)`,
};
