import type { Provider } from '@creator-audit/providers';
import { hashInput, type Warehouse } from '@creator-audit/warehouse';
import { listValue } from '@duckdb/node-api';
import type { FetchKind } from '../fetch-loop/fetch-kind.ts';
import { OUTCOME_LEDGERS, outcomeLedger } from '../fetch-loop/outcome-ledger.ts';
import { type FetchRunSummary, runFetch } from '../fetch-loop/run-fetch.ts';
import { hashtagMessages } from './messages.ts';
import { fetchHashtag, type HashtagScan, type HashtagScanPlan, hashtagScanRows } from './scan-hashtag.ts';

export interface HashtagIngestOptions extends HashtagScanPlan {
  maxCredits: number | null;
  /** Calls per second at most; null or absent for no limit (the in-process simulator). */
  rps?: number | null;
  signal?: AbortSignal;
  now?: () => Date;
}

/** The run's summary (`notReached`: hashtags never scanned), with each scan this invocation made, in order. */
export interface HashtagIngestSummary extends FetchRunSummary {
  scans: HashtagScan[];
}

/** Hashtag scans as the fetch loop sees them: one after another (each is many pages of one list), one row each. */
function hashtagKind(
  provider: Provider,
  plan: HashtagScanPlan,
  now: () => Date,
  knownIds: ReadonlyMap<string, string> = new Map(),
): FetchKind<string, HashtagScan> {
  return {
    kind: 'hashtags',
    sequential: true,
    onInterrupt: 'stop',
    key: (hashtag) => hashtag,
    expectedCalls: () => 1,
    fetch: (hashtag, calls) => fetchHashtag(provider, hashtag, plan, calls, now, knownIds.get(hashtag) ?? null),
    rows: (runId, provider, scan) => hashtagScanRows(runId, provider, scan),
    unstorable: (runId, provider, scan, why) =>
      hashtagScanRows(runId, provider, { ...scan, videos: [], outcome: 'schema_error', detail: hashtagMessages.unstorable(why) }),
    outcome: (scan) => scan.outcome,
    ...outcomeLedger(OUTCOME_LEDGERS.hashtags),
  };
}

/**
 * The ids earlier scans by this provider resolved for these hashtags (the latest of each): resolving one is a
 * paid call, and a hashtag's id does not change.
 */
async function knownHashtagIds(warehouse: Warehouse, provider: string, hashtags: readonly string[]): Promise<Map<string, string>> {
  if (hashtags.length === 0) return new Map();
  const rows = await warehouse.rows(
    `SELECT hashtag, arg_max(hashtag_id, snapshot_at) AS id FROM hashtag_scans
     WHERE provider = $provider AND hashtag_id IS NOT NULL AND list_contains($hashtags, hashtag) GROUP BY hashtag`,
    { provider, hashtags: listValue([...hashtags]) },
  );
  return new Map(rows.map((r) => [String(r.hashtag), String(r.id)]));
}

/**
 * Scans hashtags through the fetch loop, landing each scan as it completes. Every scan is a new snapshot:
 * re-scanning later is how campaigns are tracked over time, so the run is keyed by its start time too.
 */
export async function ingestHashtags(
  warehouse: Warehouse,
  provider: Provider,
  hashtags: readonly string[],
  options: HashtagIngestOptions,
): Promise<HashtagIngestSummary> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const scans: HashtagScan[] = [];
  const summary = await runFetch(
    warehouse,
    provider,
    hashtagKind(provider, options, now, await knownHashtagIds(warehouse, provider.name, hashtags)),
    hashtags,
    {
      concurrency: 1,
      rps: options.rps ?? null,
      maxCredits: options.maxCredits,
      inputName: hashtags.map((h) => `#${h}`).join(' '),
      inputHash: hashInput([started.toISOString(), ...hashtags]),
      runOptions: { maxVideos: options.maxVideos, pageSize: options.pageSize, maxCredits: options.maxCredits },
      flushEvery: 1,
      signal: options.signal,
      now,
    },
    (scan) => scans.push(scan),
  );
  return { ...summary, scans };
}
