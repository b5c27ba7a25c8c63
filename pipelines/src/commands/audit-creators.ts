import {
  DEFAULT_RULESET,
  exportCreatorScores,
  formatScoreSummary,
  RULESET_NAMES,
  scoreWarehouse,
  summarizeScores,
  videosNeeded,
} from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { readCreatorList } from '../cli/creator-list.ts';
import { exitCodeOf } from '../cli/exit-codes.ts';
import { fetchListPrinting } from '../cli/fetch-list.ts';
import { type CreatorListFlags, withCreatorList } from '../cli/option-sets.ts';
import { oneOf } from '../cli/parse-values.ts';
import { refuseBadProviderFlags } from '../workflows/open-provider.ts';

const DEFAULT_AUDIT_DIR = 'data/audit';

type AuditFlags = CreatorListFlags & { out: string; ruleset?: string };

/** The rulesets to score, the leading one first: the one asked for alone, or every one with the default leading. */
function rulesetsFor(flags: AuditFlags): string[] {
  if (flags.ruleset) return [flags.ruleset];
  return [DEFAULT_RULESET, ...RULESET_NAMES.filter((r) => r !== DEFAULT_RULESET)];
}

export function registerAuditCreators(program: Command): void {
  const command = withCreatorList(
    program
      .command('audit-creators')
      .description('ingest a creator list, score it with every ruleset (cohort-v1 leads, the others beside it), export creator_scores (Parquet + formula-safe CSV) and summarise'),
  )
    .option('--out <dir>', 'folder for creator_scores.parquet and creator_scores.csv', DEFAULT_AUDIT_DIR)
    .addOption(
      new Option('--ruleset <name>', 'score with this ruleset only, fetching the videos it needs (seed-quick: the seed\'s 20-video check, one page fewer)').argParser(
        oneOf(RULESET_NAMES),
      ),
    );
  command.action(async (flags: AuditFlags) => {
    refuseBadProviderFlags(flags);
    const list = readCreatorList(flags.input);
    const rulesets = rulesetsFor(flags);
    // --videos given wins; otherwise the page the rulesets score (30, or 20 for seed-quick alone).
    const videos = command.getOptionValueSource('videos') === 'cli' ? flags.videos : videosNeeded(rulesets);
    await withWarehouse(flags.db, { access: 'create' }, async (warehouse) => {
      const summary = await fetchListPrinting(warehouse, list, { ...flags, videos });
      if (!summary) return;
      // Whatever landed is scored and exported, even after a stop: nothing gathered is lost.
      const scoredAt = new Date();
      // In the registry's order (seed-v1 first), whichever leads the summary.
      for (const ruleset of RULESET_NAMES.filter((r) => rulesets.includes(r))) await scoreWarehouse(warehouse, { ruleset, scoredAt });
      const exported = await exportCreatorScores(warehouse, flags.out);
      for (const [i, ruleset] of rulesets.entries()) {
        const scores = await summarizeScores(warehouse, { ruleset, runId: summary.runId });
        process.stdout.write(`\n${formatScoreSummary(scores, i === 0 ? summary.creditsSpent : undefined)}\n`);
      }
      process.stdout.write(`\ncreator_scores (${exported.rows.toLocaleString('en-US')} rows, whole warehouse):\n  ${exported.parquet}\n  ${exported.csv}\n`);
      process.exitCode = exitCodeOf(summary.stop);
    });
  });
}
