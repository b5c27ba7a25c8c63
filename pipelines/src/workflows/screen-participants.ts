import type { Warehouse } from '@creator-audit/warehouse';
import { type IngestSummary, ingestCreators, type ProgressSink } from '@creator-audit/ingest';
import type { Provider } from '@creator-audit/providers';
import { CAMPAIGN_SCREENING_RULESET, SEED_V1, scoreWarehouse, videosNeeded } from '@creator-audit/scoring';

export interface ScreeningOptions {
  /** Credits left for the screening; null for no limit. */
  maxCredits: number | null;
  /** A creator fetched more recently than this is scored from what is stored, for free. */
  maxAgeMs: number;
  concurrency: number;
  rps: number | null;
  inputName: string;
  /** The ruleset whose verdicts flag participants: CAMPAIGN_SCREENING_RULESET (cohort-v1) unless named. */
  ruleset?: string;
  progress?: ProgressSink;
  signal?: AbortSignal;
  now?: () => Date;
}

/**
 * Scores a campaign's participants with the screening ruleset and seed-v1 beside it: each one's profile and the
 * page of recent videos the rulesets read are fetched through the ordinary ingest (resumable, budgeted, fresh ones
 * skipped), then the warehouse is re-scored so creator_scores holds both verdicts (cohort-v1 judges each participant
 * against every creator the warehouse holds, not only this campaign's).
 */
export async function screenParticipants(
  warehouse: Warehouse,
  provider: Provider,
  handles: readonly string[],
  options: ScreeningOptions,
): Promise<IngestSummary> {
  const now = options.now ?? (() => new Date());
  const rulesets = [...new Set([options.ruleset ?? CAMPAIGN_SCREENING_RULESET, SEED_V1])];
  const videos = videosNeeded(rulesets);
  const summary = await ingestCreators(warehouse, provider, handles, {
    videosPerCreator: videos,
    pageSize: Math.min(videos, provider.maxPageSize),
    concurrency: options.concurrency,
    rps: options.rps,
    maxCredits: options.maxCredits,
    maxAgeMs: options.maxAgeMs,
    inputName: options.inputName,
    now,
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const scoredAt = now();
  for (const ruleset of rulesets) await scoreWarehouse(warehouse, { ruleset, scoredAt });
  return summary;
}
