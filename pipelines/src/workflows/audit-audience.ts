import {
  type AudienceDryRun,
  type AudiencePlan,
  audienceItems,
  audienceSourceOf,
  type CreatorList,
  type FetchRunSummary,
  freshAudiences,
  landSyntheticAudienceLabels,
  planAudienceRun,
  sampleAudiences,
} from '@creator-audit/ingest';
import { DEFAULT_SIMULATOR_SEED, type ProviderName } from '@creator-audit/providers';
import type { Warehouse } from '@creator-audit/warehouse';
import { audienceMessages } from '../cli/messages.ts';
import type { PacingFlags, ProviderFlags } from '../cli/option-sets.ts';
import { listRunOptions, openProvider, type ProviderExtras, withOpenProvider } from './open-provider.ts';

export interface AudienceFlags extends ProviderFlags, PacingFlags {
  followers: number;
  videos: number;
  comments: number;
}

/** Providers with an audience endpoint this project could verify: Scavio's documented API, and the simulator serving it. */
export const AUDIENCE_PROVIDERS: readonly ProviderName[] = ['synthetic', 'scavio'];

const planOf = (flags: AudienceFlags): AudiencePlan => ({ followers: flags.followers, videos: flags.videos, comments: flags.comments });

/**
 * The simulator speaks the tutorials' contract, which has no audience endpoint: for samples it speaks the documented
 * one, told the list's handles so it can resolve the sec_uids and video ids taken from snapshots.
 */
function extrasFor(flags: AudienceFlags, handles: readonly string[]): ProviderExtras {
  return flags.provider === 'synthetic' ? { scavioContract: 'scavio-2026', simulatorHandles: handles } : {};
}

/** Samples the list's audiences into the warehouse; after a simulated run, lands the simulator's truth beside them. */
export function sampleListAudiences(
  warehouse: Warehouse,
  list: Pick<CreatorList, 'handles' | 'rejected'>,
  flags: AudienceFlags & { inputName: string; signal?: AbortSignal },
): Promise<FetchRunSummary> {
  return withOpenProvider(
    warehouse,
    flags,
    async (open) => {
      const summary = await sampleAudiences(warehouse, open.provider, list.handles, planOf(flags), listRunOptions(open, flags, list));
      if (open.provider.name === 'synthetic') await landSyntheticAudienceLabels(warehouse, flags.seed ?? DEFAULT_SIMULATOR_SEED);
      return summary;
    },
    extrasFor(flags, list.handles),
  );
}

/** What sampling the list would call and spend, calling nothing. */
export async function planListAudiences(warehouse: Warehouse, handles: readonly string[], flags: AudienceFlags): Promise<AudienceDryRun & { provider: string; contract: string | null }> {
  const { provider, clock } = openProvider(flags, extrasFor(flags, handles));
  try {
    const source = audienceSourceOf(provider);
    if (source === null) throw new Error(audienceMessages.unsupportedProvider(provider.name));
    const items = await audienceItems(warehouse, provider.name, handles, flags.videos);
    const fresh = await freshAudiences(warehouse, provider.name, flags.maxAge, clock());
    return { ...planAudienceRun(provider, source, items, fresh, planOf(flags)), provider: provider.name, contract: provider.contract() };
  } finally {
    await provider.close();
  }
}
