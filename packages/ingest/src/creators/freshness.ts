import { ACCOUNT_OUTCOMES } from '@creator-audit/providers';
import { listValue } from '@duckdb/node-api';
import type { Warehouse } from '@creator-audit/warehouse';

/** Outcomes that are facts about the account at a point in time; anything else is worth fetching again. */
const FRESH_OUTCOMES: readonly string[] = ['ok', ...ACCOUNT_OUTCOMES];

/**
 * Creators with a snapshot (or an account outcome) from this provider newer than `maxAgeMs`, so that a
 * re-run skips them and costs nothing.
 */
export async function freshCreators(warehouse: Warehouse, provider: string, maxAgeMs: number, now: Date): Promise<Set<string>> {
  if (maxAgeMs <= 0) return new Set();
  const cutoff = new Date(now.getTime() - maxAgeMs).toISOString();
  const rows = await warehouse.rows(
    `SELECT DISTINCT username FROM creator_outcomes
     WHERE provider = $provider AND decided_at >= $cutoff::TIMESTAMP AND list_contains($fresh, outcome)`,
    { provider, cutoff, fresh: listValue([...FRESH_OUTCOMES]) },
  );
  return new Set(rows.map((r) => String(r.username)));
}
