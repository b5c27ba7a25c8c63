import { exportCreatorScores, formatScoreSummary, scoreWarehouse, summarizeScores } from '@creator-audit/scoring';
import type { Command } from 'commander';
import { formatIngestSummary } from '../summary.ts';
import { withWarehouse } from '../warehouse-path.ts';
import { addIngestOptions, exitCodeFor, type IngestFlags, reportStop, runIngest } from './ingest.ts';

export const DEFAULT_AUDIT_DIR = 'data/audit';

export function registerAuditCreators(program: Command): void {
  addIngestOptions(
    program
      .command('audit-creators')
      .description('ingest a creator list, score it with seed-v1, export creator_scores (Parquet + formula-safe CSV) and summarise'),
  )
    .option('--out <dir>', 'folder for creator_scores.parquet and creator_scores.csv', DEFAULT_AUDIT_DIR)
    .action(async (flags: IngestFlags & { out: string }) => {
      await withWarehouse(flags.db, async (warehouse) => {
        const summary = await runIngest(warehouse, flags);
        if (!summary) return;
        process.stdout.write(`${formatIngestSummary(summary, flags.input)}\n`);
        reportStop(summary);
        // Whatever landed is scored and exported, even after a stop: nothing gathered is lost.
        await scoreWarehouse(warehouse);
        const exported = await exportCreatorScores(warehouse, flags.out);
        const scores = await summarizeScores(warehouse, { runId: summary.runId });
        process.stdout.write(`\n${formatScoreSummary(scores, summary.creditsSpent)}\n`);
        process.stdout.write(`\ncreator_scores (${exported.rows.toLocaleString('en-US')} rows, whole warehouse):\n  ${exported.parquet}\n  ${exported.csv}\n`);
        process.exitCode = exitCodeFor(summary);
      });
    });
}
