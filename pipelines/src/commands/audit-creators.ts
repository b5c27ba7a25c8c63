import { DEFAULT_RULESET, exportCreatorScores, formatScoreSummary, RULESET_NAMES, scoreAllRulesets, summarizeScores } from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { readCreatorList } from '../cli/creator-list.ts';
import { exitCodeOf } from '../cli/exit-codes.ts';
import { fetchListPrinting } from '../cli/fetch-list.ts';
import { type CreatorListFlags, withCreatorList } from '../cli/option-sets.ts';
import { refuseBadProviderFlags } from '../workflows/open-provider.ts';

export const DEFAULT_AUDIT_DIR = 'data/audit';

export function registerAuditCreators(program: Command): void {
  withCreatorList(
    program
      .command('audit-creators')
      .description('ingest a creator list, score it with every ruleset (cohort-v1 leads, seed-v1 beside it), export creator_scores (Parquet + formula-safe CSV) and summarise'),
  )
    .option('--out <dir>', 'folder for creator_scores.parquet and creator_scores.csv', DEFAULT_AUDIT_DIR)
    .action(async (flags: CreatorListFlags & { out: string }) => {
      refuseBadProviderFlags(flags);
      const list = readCreatorList(flags.input);
      await withWarehouse(flags.db, { access: 'create' }, async (warehouse) => {
        const summary = await fetchListPrinting(warehouse, list, flags);
        if (!summary) return;
        // Whatever landed is scored and exported, even after a stop: nothing gathered is lost.
        await scoreAllRulesets(warehouse);
        const exported = await exportCreatorScores(warehouse, flags.out);
        // The default ruleset's verdicts first, then the others beside them.
        for (const ruleset of [DEFAULT_RULESET, ...RULESET_NAMES.filter((r) => r !== DEFAULT_RULESET)]) {
          const scores = await summarizeScores(warehouse, { ruleset, runId: summary.runId });
          process.stdout.write(`\n${formatScoreSummary(scores, ruleset === DEFAULT_RULESET ? summary.creditsSpent : undefined)}\n`);
        }
        process.stdout.write(`\ncreator_scores (${exported.rows.toLocaleString('en-US')} rows, whole warehouse):\n  ${exported.parquet}\n  ${exported.csv}\n`);
        process.exitCode = exitCodeOf(summary.stop);
      });
    });
}
