import type { ProviderName } from '@creator-audit/providers';

/**
 * Names in Redis. One BullMQ queue per provider in a Redis database: a database per API key keeps each key's
 * budget, pace and back-off apart (BullMQ's per-key groups are a paid feature; a queue per key is not). A run
 * is a provider's day (`2026-06-01_scavio`) and a job a creator in it (`2026-06-01_scavio_some_handle`), so
 * enqueueing a list twice in a day adds nothing. Our own keys sit beside BullMQ's under `creator-audit:`.
 */
export const queueNameOf = (provider: ProviderName) => `creators-${provider}`;

export const runIdOf = (date: string, provider: ProviderName) => `${date}_${provider}`;

export const jobIdOf = (runId: string, username: string) => `${runId}_${username}`;

export function ledgerKeys(queue: string) {
  const base = `creator-audit:${queue}`;
  return {
    pace: `${base}:pace`,
    run: (runId: string) => `${base}:run:${runId}`,
    creators: (runId: string) => `${base}:run:${runId}:creators`,
    outcomes: (runId: string) => `${base}:run:${runId}:outcomes`,
    tally: (runId: string) => `${base}:run:${runId}:tally`,
    hold: (jobId: string) => `${base}:hold:${jobId}`,
  };
}

/**
 * Run keys outlive the day so a late `--wait` or a re-enqueue still finds them, then go: a million creators'
 * outcomes and list take about 150 MB of Redis per run.
 */
export const RUN_TTL_S = 3 * 24 * 3600;
