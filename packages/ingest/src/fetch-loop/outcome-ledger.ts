import { listValue } from '@duckdb/node-api';
import { UNDECIDED_OUTCOMES, type Warehouse } from '@creator-audit/warehouse';
import type { FetchKind } from './fetch-kind.ts';

/** The table each kind records one outcome row per item and run in, and the column holding the item's key. */
export const OUTCOME_LEDGERS = {
  creators: { table: 'creator_outcomes', key: 'username' },
  hashtags: { table: 'hashtag_scans', key: 'hashtag' },
  fakeViewReports: { table: 'tikhub_fake_view_reports', key: 'item_id' },
  audience: { table: 'audience_samples', key: 'username' },
} as const;

export type OutcomeLedger = (typeof OUTCOME_LEDGERS)[keyof typeof OUTCOME_LEDGERS];

/** A kind's `decided` and `tally`, read from its outcome table (names from OUTCOME_LEDGERS, never from input). */
export function outcomeLedger({ table, key }: OutcomeLedger): Pick<FetchKind<unknown, unknown>, 'decided' | 'tally'> {
  return {
    decided: async (warehouse: Warehouse, runId: string) => {
      const rows = await warehouse.rows(`SELECT ${key} AS item FROM ${table} WHERE run_id = $run`, { run: runId });
      return new Set(rows.map((r) => String(r.item)));
    },
    tally: async (warehouse: Warehouse, runId: string) => {
      const rows = await warehouse.rows(`SELECT outcome, count(*)::INTEGER AS n FROM ${table} WHERE run_id = $run GROUP BY outcome`, { run: runId });
      return Object.fromEntries(rows.map((r) => [String(r.outcome), Number(r.n)]));
    },
  };
}

/**
 * A kind's `reopen`, for a ledger that also records the items a stopped run did not decide (not attempted, budget
 * exhausted): a resumed run deletes those rows and decides the items again, their new outcome replacing the old row.
 */
export function reopenUndecided({ table }: OutcomeLedger): NonNullable<FetchKind<unknown, unknown>['reopen']> {
  return async (warehouse, runId) => {
    await warehouse.run(`DELETE FROM ${table} WHERE run_id = $run AND list_contains($undecided, outcome)`, {
      run: runId,
      undecided: listValue([...UNDECIDED_OUTCOMES]),
    });
  };
}
