/** What seed-v1's commands (check, evaluate) tell people, in one place. */

const STATUS_TEXT: Record<string, string> = {
  private: 'private account',
  not_found: 'account not found',
  unavailable: 'account unavailable',
  region_locked: 'account not available in this region',
  snapshot_missing: 'its profile snapshot is missing from the warehouse',
  fetch_failed: 'could not be fetched',
};

export const seedV1Messages = {
  noLabels:
    'this warehouse holds no simulator labels (sim_creator_labels): evaluate needs a simulated cohort (creator-audit demo, ingest --provider synthetic, or synthesize)',
  noLabelsForSeed: (seed: number, seeds: readonly number[]) => `no labels for seed ${seed} in this warehouse; it holds seed(s) ${seeds.join(', ')}`,
  severalSeeds: (seeds: readonly number[]) => `this warehouse holds labels of several seeds (${seeds.join(', ')}): choose one with --seed`,
  /** The line `check` prints for an account seed-v1 gives no verdict. */
  noVerdict: (username: string, status: string, detail: string | null) =>
    `@${username}: NO VERDICT (${STATUS_TEXT[status] ?? status}${detail && status === 'fetch_failed' ? `: ${detail}` : ''})`,
  neverFetched: (username: string) => `@${username}: NO VERDICT (not fetched: nothing about this creator is in the warehouse)`,
  fromWarehouse: (username: string, snapshotAt: Date, provider: string) =>
    `@${username}: scored from the ${provider} snapshot of ${snapshotAt.toISOString()} (fresh; nothing fetched)`,
};
