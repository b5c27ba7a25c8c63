import type { Warehouse } from '@creator-audit/warehouse';
import {
  type HashtagIngestSummary,
  type IngestSummary,
  ingestHashtags,
  type ProgressSink,
  snapshotAuthors,
  storedScansAt,
} from '@creator-audit/ingest';
import type { Provider } from '@creator-audit/providers';
import { buildCampaignTables, type CampaignValues, type FlagLevel } from '@creator-audit/scoring';
import { campaignMessages } from '../cli/messages.ts';
import { screenParticipants } from './screen-participants.ts';

/** Hashtag lists are known to stop near 1-5K items: a walk past this is not worth its credits. */
export const DEFAULT_MAX_VIDEOS = 5_000;

export interface TrackCampaignOptions {
  maxVideos: number;
  /** For the whole command: the scan spends first, the screening gets what is left. */
  maxCredits: number | null;
  concurrency: number;
  rps: number | null;
  /** Fetch and score participants; false for `--no-screen`. */
  screen: boolean;
  /** Participants fetched more recently than this are not fetched again. */
  maxAgeMs: number;
  flagAt: FlagLevel;
  values: CampaignValues | null;
  progress?: ProgressSink;
  signal?: AbortSignal;
  /** The run's clock; give the provider the same one, so snapshot times and freshness agree. */
  now?: () => Date;
}

/** The snapshot a hashtag is reported on, or why there is none. */
type HashtagSnapshot =
  | { hashtag: string; snapshotAt: Date; reused: boolean }
  | { hashtag: string; snapshotAt: null; outcome: string; detail: string | null };

interface Screening {
  status: 'screened' | 'skipped' | 'not_run';
  /** Why it was skipped or not run. */
  note: string | null;
  participants: number;
  ingest: IngestSummary | null;
}

export interface TrackedCampaign {
  provider: string;
  snapshots: HashtagSnapshot[];
  scan: HashtagIngestSummary | null;
  screening: Screening;
  creditsSpent: number;
}

const SNAPSHOT_OUTCOMES = ['ok', 'partial'];

/** The stored scans of these hashtags at this instant, as snapshots to report instead of fetching again. */
async function scannedAt(warehouse: Warehouse, provider: string, hashtags: readonly string[], at: Date): Promise<Map<string, HashtagSnapshot>> {
  const stored = await storedScansAt(warehouse, provider, hashtags, at);
  return new Map(
    [...stored].map(([hashtag, { outcome, detail }]): [string, HashtagSnapshot] => [
      hashtag,
      SNAPSHOT_OUTCOMES.includes(outcome) ? { hashtag, snapshotAt: at, reused: true } : { hashtag, snapshotAt: null, outcome, detail },
    ]),
  );
}

async function screen(
  warehouse: Warehouse,
  provider: Provider,
  participants: readonly string[],
  options: TrackCampaignOptions,
  run: { maxCredits: number | null; stoppedBy: string | null; inputName: string; now: () => Date },
): Promise<Screening> {
  const base = { participants: participants.length, ingest: null };
  if (!options.screen) return { ...base, status: 'skipped', note: campaignMessages.screeningSkipped };
  if (run.stoppedBy) return { ...base, status: 'not_run', note: campaignMessages.screeningStopped(run.stoppedBy) };
  if (participants.length === 0) return { ...base, status: 'skipped', note: campaignMessages.noParticipants };
  const ingest = await screenParticipants(warehouse, provider, participants, {
    maxCredits: run.maxCredits,
    maxAgeMs: options.maxAgeMs,
    concurrency: options.concurrency,
    rps: options.rps,
    inputName: run.inputName,
    now: run.now,
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { ...base, status: 'screened', note: null, ingest };
}

/**
 * One tracking pass over a campaign: scan every page of each hashtag into a new snapshot, screen the
 * participants with the creator ruleset within what is left of the credit budget, and rebuild the campaign
 * tables. A hashtag already scanned at this very instant (same fixed clock) is not fetched again: its stored
 * snapshot is reported (or the stored failure), since the same clock would fetch the same answer.
 */
export async function trackCampaign(
  warehouse: Warehouse,
  provider: Provider,
  hashtags: readonly string[],
  options: TrackCampaignOptions,
): Promise<TrackedCampaign> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const already = await scannedAt(warehouse, provider.name, hashtags, started);
  const toScan = hashtags.filter((h) => !already.has(h));
  const scan =
    toScan.length === 0
      ? null
      : await ingestHashtags(warehouse, provider, toScan, {
          maxVideos: options.maxVideos,
          pageSize: provider.maxPageSize,
          maxCredits: options.maxCredits,
          rps: options.rps,
          now,
          ...(options.signal ? { signal: options.signal } : {}),
        });
  const snapshots: HashtagSnapshot[] = hashtags.map((hashtag) => {
    const stored = already.get(hashtag);
    if (stored) return stored;
    const s = scan?.scans.find((x) => x.hashtag === hashtag);
    if (!s) {
      const why = scan?.stop?.kind === 'interrupted' ? 'interrupted before it' : scan?.stop?.kind === 'run_stopping' ? scan.stop.message : 'credit budget reached before it';
      return { hashtag, snapshotAt: null, outcome: 'not_scanned', detail: why };
    }
    return SNAPSHOT_OUTCOMES.includes(s.outcome)
      ? { hashtag, snapshotAt: s.snapshotAt, reused: false }
      : { hashtag, snapshotAt: null, outcome: s.outcome, detail: s.detail };
  });

  const scanCredits = scan?.creditsSpent ?? 0;
  const scanned = snapshots.flatMap((s) => (s.snapshotAt === null ? [] : [{ hashtag: s.hashtag, snapshotAt: s.snapshotAt }]));
  const participants = await snapshotAuthors(warehouse, provider.name, scanned);
  const screening = await screen(warehouse, provider, participants, options, {
    maxCredits: options.maxCredits === null ? null : Math.max(0, options.maxCredits - scanCredits),
    stoppedBy: scan?.stop?.kind === 'interrupted' ? campaignMessages.interrupted : scan?.stop?.kind === 'run_stopping' ? scan.stop.message : null,
    inputName: `participants of ${hashtags.map((h) => `#${h}`).join(' ')}`,
    now,
  });

  await buildCampaignTables(warehouse, { flagAt: options.flagAt, values: options.values, scoredAt: now() });
  return {
    provider: provider.name,
    snapshots,
    scan,
    screening,
    creditsSpent: scanCredits + (screening.ingest?.creditsSpent ?? 0),
  };
}
