import { type CreatorList, type DryRunPlan, freshCreators, type IngestSummary, ingestCreators, planCreatorRun } from '@creator-audit/ingest';
import type { Warehouse } from '@creator-audit/warehouse';
import type { PacingFlags, ProviderFlags } from '../cli/option-sets.ts';
import { listRunOptions, openProvider, withOpenProvider } from './open-provider.ts';

export interface CreatorFetchFlags extends ProviderFlags, PacingFlags {
  /** Recent videos to fetch per creator. */
  videos: number;
}

function planOf(flags: CreatorFetchFlags, maxPageSize: number) {
  return { videosPerCreator: flags.videos, pageSize: Math.min(flags.videos, maxPageSize) };
}

/** Fetches a list's creators into the warehouse: resumable, paced, budgeted, fresh ones skipped. */
export function fetchCreators(
  warehouse: Warehouse,
  list: Pick<CreatorList, 'handles' | 'rejected'>,
  flags: CreatorFetchFlags & { inputName: string; signal?: AbortSignal },
): Promise<IngestSummary> {
  return withOpenProvider(warehouse, flags, (open) =>
    ingestCreators(warehouse, open.provider, list.handles, { ...planOf(flags, open.provider.maxPageSize), ...listRunOptions(open, flags, list) }),
  );
}

/** What fetching the list would call and spend, calling nothing. */
export async function planCreatorFetch(warehouse: Warehouse, handles: readonly string[], flags: CreatorFetchFlags): Promise<DryRunPlan & { provider: string }> {
  const { provider, clock } = openProvider(flags);
  try {
    const fresh = await freshCreators(warehouse, provider.name, flags.maxAge, clock());
    return { ...planCreatorRun(provider, handles, fresh, planOf(flags, provider.maxPageSize)), provider: provider.name };
  } finally {
    await provider.close();
  }
}
