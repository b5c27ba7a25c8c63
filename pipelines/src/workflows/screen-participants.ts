import type { Warehouse } from '@creator-audit/warehouse';
import { type IngestSummary, ingestCreators, type ProgressSink } from '@creator-audit/ingest';
import type { Provider } from '@creator-audit/providers';
import { SEED_V1, scoreWarehouse, VIDEOS_SCORED } from '@creator-audit/scoring';

export interface ScreeningOptions {
  /** Credits left for the screening; null for no limit. */
  maxCredits: number | null;
  /** A creator fetched more recently than this is scored from what is stored, for free. */
  maxAgeMs: number;
  concurrency: number;
  rps: number | null;
  inputName: string;
  ruleset?: string;
  progress?: ProgressSink;
  signal?: AbortSignal;
  now?: () => Date;
}

/**
 * Scores a campaign's participants with the creator ruleset: each one's profile and the page of recent videos
 * the ruleset reads are fetched through the ordinary ingest (resumable, budgeted, fresh ones skipped), then the
 * warehouse is re-scored so creator_scores holds their verdicts.
 */
export async function screenParticipants(
  warehouse: Warehouse,
  provider: Provider,
  handles: readonly string[],
  options: ScreeningOptions,
): Promise<IngestSummary> {
  const now = options.now ?? (() => new Date());
  const summary = await ingestCreators(warehouse, provider, handles, {
    videosPerCreator: VIDEOS_SCORED,
    pageSize: Math.min(VIDEOS_SCORED, provider.maxPageSize),
    concurrency: options.concurrency,
    rps: options.rps,
    maxCredits: options.maxCredits,
    maxAgeMs: options.maxAgeMs,
    inputName: options.inputName,
    now,
    ...(options.progress ? { progress: options.progress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  await scoreWarehouse(warehouse, { ruleset: options.ruleset ?? SEED_V1, scoredAt: now() });
  return summary;
}
