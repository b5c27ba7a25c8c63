import { type CreatorList, landSyntheticLabels, progressBar } from '@creator-audit/ingest';
import { createProvider, DEFAULT_SIMULATOR_SEED, PROVIDER_DEFAULTS, type Provider, type ProviderConfig } from '@creator-audit/providers';
import type { Warehouse } from '@creator-audit/warehouse';
import type { PacingFlags, ProviderFlags } from '../cli/option-sets.ts';

import { messages } from '../cli/messages.ts';

/** What opening a provider needs: which one, the simulator's seed and clock where it is the simulator, the pace. */
type OpenFlags = Pick<ProviderFlags, 'provider' | 'at'> & Partial<Pick<ProviderFlags, 'seed'>> & Pick<PacingFlags, 'concurrency' | 'rps' | 'timeout'>;

export interface OpenProvider {
  provider: Provider;
  /** The run's clock: the simulator's `--at`, or now. Give it to the fetch so snapshot times and freshness agree. */
  clock: () => Date;
  concurrency: number;
  rps: number | null;
}

/**
 * Flags no provider can honour together. Commands call it before opening the warehouse too: opening creates the
 * file (and its folder), so a command refused afterwards would leave an empty warehouse behind.
 */
export function refuseBadProviderFlags(flags: Pick<ProviderFlags, 'provider' | 'at'>): void {
  if (flags.at && flags.provider !== 'synthetic') throw new Error(messages.atNeedsSimulator);
}

/** What a workflow may add to the flags: the contract a Scavio server (or the simulator) is to be asked in, and the handles the simulator must know. */
export type ProviderExtras = Pick<ProviderConfig, 'scavioContract' | 'simulatorHandles'>;

/** The provider the flags ask for, with its pace: the flags' own, else the provider's safe defaults. */
export function openProvider(flags: OpenFlags, extras: ProviderExtras = {}): OpenProvider {
  refuseBadProviderFlags(flags);
  const at = flags.at;
  const clock = at ? () => at : () => new Date();
  const defaults = PROVIDER_DEFAULTS[flags.provider];
  const provider = createProvider({
    name: flags.provider,
    env: process.env,
    seed: flags.seed,
    timeoutMs: flags.timeout,
    clock,
    rps: flags.rps,
    concurrency: flags.concurrency,
    ...extras,
  });
  return { provider, clock, concurrency: flags.concurrency ?? defaults.concurrency, rps: flags.rps ?? defaults.rps };
}

/**
 * Runs one fetch with the provider the flags ask for and closes it after. After a run on the simulator, its
 * ground truth lands beside its data for the evaluation commands; no analysis reads it.
 */
export async function withOpenProvider<T>(
  warehouse: Warehouse,
  flags: OpenFlags,
  work: (open: OpenProvider) => Promise<T>,
  extras: ProviderExtras = {},
): Promise<T> {
  const open = openProvider(flags, extras);
  try {
    const result = await work(open);
    if (open.provider.name === 'synthetic') await landSyntheticLabels(warehouse, flags.seed ?? DEFAULT_SIMULATOR_SEED);
    return result;
  } finally {
    await open.provider.close();
  }
}

/**
 * What a run over an input list takes from its flags and the provider opened for it: the pace, the credit budget,
 * freshness, the list's name and rejected lines, a progress bar, the interrupt signal and the run's clock.
 */
export function listRunOptions(
  open: OpenProvider,
  flags: Pick<PacingFlags, 'maxCredits' | 'maxAge'> & { inputName: string; signal?: AbortSignal },
  list: Pick<CreatorList, 'rejected'>,
) {
  return {
    concurrency: open.concurrency,
    rps: open.rps,
    maxCredits: flags.maxCredits ?? null,
    maxAgeMs: flags.maxAge,
    inputName: flags.inputName,
    rejected: list.rejected,
    progress: progressBar(),
    signal: flags.signal,
    now: open.clock,
  };
}
