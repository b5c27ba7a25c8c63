import { createHash, randomUUID } from 'node:crypto';
import { appendRows } from './append-rows.ts';
import { runs } from './tables.ts';
import type { Warehouse } from './warehouse.ts';

export type RunKind = 'creators' | 'hashtags' | 'fake_views' | 'audience';
export type RunStatus = 'running' | 'finished' | 'stopped' | 'interrupted';

export interface RunRecord {
  runId: string;
  resumed: boolean;
}

export function hashInput(items: readonly string[]): string {
  return createHash('sha256').update(items.join('\n')).digest('hex').slice(0, 16);
}

/** Outcomes that a resumed run decides again: they say the creator was never really tried. */
export const UNDECIDED_OUTCOMES = ['not_attempted', 'budget_exhausted'] as const;

/**
 * Starts a run, or resumes the latest unfinished one for the same input and provider (after a kill, a
 * budget stop or a bad key): its decided creators stay decided, the rest are tried again under its id.
 */
export async function startOrResumeRun(
  warehouse: Warehouse,
  spec: { kind: RunKind; provider: string; inputName: string; inputHash: string; options: unknown; now: Date },
): Promise<RunRecord> {
  const previous = await warehouse.rows(
    `SELECT run_id, status FROM runs
     WHERE kind = $kind AND provider = $provider AND input_hash = $hash
     ORDER BY started_at DESC LIMIT 1`,
    { kind: spec.kind, provider: spec.provider, hash: spec.inputHash },
  );
  const last = previous[0];
  if (last && last.status !== 'finished') {
    const runId = String(last.run_id);
    // The items it left undecided are reopened by their kind (ingest's `reopen`), in the kind's own ledger.
    await warehouse.run(`UPDATE runs SET status = 'running', stop_reason = NULL, finished_at = NULL WHERE run_id = $run`, {
      run: runId,
    });
    return { runId, resumed: true };
  }
  const runId = `${spec.now.toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomUUID().slice(0, 8)}`;
  await appendRows(warehouse.connection, runs, [
    {
      run_id: runId,
      kind: spec.kind,
      provider: spec.provider,
      input_name: spec.inputName,
      input_hash: spec.inputHash,
      started_at: spec.now,
      finished_at: null,
      status: 'running',
      stop_reason: null,
      options_json: JSON.stringify(spec.options),
    },
  ]);
  return { runId, resumed: false };
}

export async function finishRun(warehouse: Warehouse, runId: string, status: RunStatus, reason: string | null, now: Date) {
  await warehouse.run(`UPDATE runs SET status = $status, stop_reason = $reason, finished_at = $at WHERE run_id = $run`, {
    status,
    reason,
    at: now.toISOString(),
    run: runId,
  });
}

/** Credits a run has spent so far, as its landed bodies say (the ledger cannot drift from them). */
export async function creditsSpentInRun(warehouse: Warehouse, runId: string): Promise<number> {
  const [row] = await warehouse.rows(`SELECT coalesce(sum(credits), 0)::DOUBLE AS spent FROM raw_responses WHERE run_id = $run`, {
    run: runId,
  });
  return Number(row?.spent ?? 0);
}
