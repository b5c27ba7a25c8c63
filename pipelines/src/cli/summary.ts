import type { ExportedTable } from '@creator-audit/warehouse';
import type { DryRunPlan, IngestSummary } from '@creator-audit/ingest';
import { messages } from './messages.ts';

const pad = (label: string) => `  ${label.padEnd(18)}`;

export function formatIngestSummary(s: IngestSummary, inputName: string): string {
  const lines = [`Run ${s.runId}${s.resumed ? ' (resumed)' : ''}: ${s.total} creator(s) from ${inputName} via ${s.provider}`];
  const outcomes = Object.entries(s.byOutcome).sort((a, b) => b[1] - a[1]);
  for (const [outcome, n] of outcomes) lines.push(`${pad(outcome)}${n.toLocaleString('en-US')}`);
  lines.push(`${pad('credits spent')}${s.creditsSpent.toLocaleString('en-US')}`);
  return lines.join('\n');
}

export function formatExport(tables: readonly ExportedTable[]): string {
  const width = Math.max(18, ...tables.map((t) => t.table.length + 2));
  const lines = tables.map((t) => `  ${t.table.padEnd(width)}${t.rows.toLocaleString('en-US')} rows -> ${t.path}`);
  return ['Parquet export (hive-partitioned by snapshot_date):', ...lines].join('\n');
}

/** The calls a `--dry-run` would make, one per line, then what they would cost. */
export function formatDryRun(plan: DryRunPlan & { provider: string; videos: number }): string {
  const calls = plan.calls.map((c) => `${c.endpoint}\t${c.username}\n`).join('');
  return (
    `${calls}dry run: ${plan.calls.length} call(s) for ${plan.creators} creator(s), ${plan.skippedFresh} fresh and skipped; ` +
    `about ${plan.credits} credit(s) on ${plan.provider} (more if a creator needs extra pages)\n` +
    (plan.contract === null ? `${messages.dryRunContractUnknown(plan.videos)}\n` : '')
  );
}

/** What a stopped fetch says on stderr, beside its exit code. */
export function reportStop(summary: IngestSummary): void {
  const { stop } = summary;
  if (!stop) return;
  if (stop.kind === 'budget') process.stderr.write(`${messages.stoppedAtBudget(summary.byOutcome.budget_exhausted ?? 0)}\n`);
  else if (stop.kind === 'run_stopping') process.stderr.write(`${messages.stoppedByVendor(stop.message)}\n`);
  else process.stderr.write(`${messages.interrupted}\n`);
}
