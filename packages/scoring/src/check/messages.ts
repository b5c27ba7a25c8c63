import { formatProbability } from '../cohort-v1/format-probability.ts';

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
  insufficient_data: 'insufficient data',
};

/** Statuses whose detail says what went wrong (the fetch's error, the counts we could not read, what was too little). */
const DETAILED = new Set(['fetch_failed', 'unreadable_counts', 'insufficient_data']);

const int = (n: number) => n.toLocaleString('en-US');


/** `NO VERDICT (private account)`, with the detail when the status has one worth reading. */
const noVerdictText = (status: string, detail: string | null) =>
  `NO VERDICT (${STATUS_TEXT[status] ?? status}${detail && DETAILED.has(status) ? `: ${detail}` : ''})`;

export const checkMessages = {
  /** The line `check` prints for an account a ruleset gives no verdict. */
  noVerdict: (username: string, status: string, detail: string | null) => `@${username}: ${noVerdictText(status, detail)}`,
  neverFetched: (username: string) => `@${username}: NO VERDICT (not fetched: nothing about this creator is in the warehouse)`,
  fromWarehouse: (username: string, snapshotAt: Date, provider: string) =>
    `@${username}: scored from the ${provider} snapshot of ${snapshotAt.toISOString()} (fresh; nothing fetched)`,
  /** cohort-v1's header: the verdict, its calibrated probability and the 0-100 score. */
  cohortV1Verdict: (username: string, verdict: string, probability: number, score: number) =>
    `@${username}: ${verdict} (fraud probability ${formatProbability(probability)}, score ${score}/100; cohort-v1)`,
  followers: (followers: number | null) => ` Followers: ${followers === null ? 'unknown' : int(followers)}`,
  peers: (cohort: string, creators: number, baseRate: number | null) =>
    ` Peers: ${cohort} (${int(creators)} creator(s) in this warehouse)` +
    (baseRate === null ? '' : `; prior ${(100 * baseRate).toFixed(1)}% (the share of fraud estimated for this warehouse's creators)`),
  /** cohort_note says how few; this says what that means for the verdict. */
  thinCohort: (note: string) =>
    ` ${note.charAt(0).toUpperCase()}${note.slice(1)}. With so few peers the verdict leans on published benchmarks; ingest more creators of this tier into the same warehouse to compare it with peers.`,
  weakPattern: (description: string) => ` Pattern (under 4:1): ${description}`,
  reasonsTitle: ' Why (signals at least 2:1 for fraud against its peers, heaviest first):',
  noReasons: ' No signal speaks for fraud against its peers (none at 2:1 or more).',
  /** What an insufficient-data detail leaves unsaid: videos whose counts are unknown, and those we could not read. */
  unknownCounts: (detail: string | null, videosWithout: number, videosOnPage: number, unreadable: readonly string[]) =>
    [
      detail,
      videosWithout > 0 ? `${videosWithout} of the ${videosOnPage} video(s) on the page without a known play or like count` : null,
      unreadable.length > 0 ? `counts the vendor sent that we could not read: ${unreadable.join('; ')}` : null,
    ]
      .filter((x) => x !== null)
      .join('; ') || null,
  /** seed-v1's verdict on the same snapshot, on one line. */
  seedV1Beside: (verdict: string | null, uncapped: number | null, status: string, detail: string | null) =>
    ` seed-v1 beside it: ${verdict === null ? noVerdictText(status, detail) : `${verdict} (${uncapped}/100)`}`,
  seedV1NeverFetched: ' seed-v1 beside it: NO VERDICT (not fetched)',
};
