import type { ContentCategory } from '@creator-audit/providers';
import { DEFAULT_POSITIVE_SHARE, evaluateFakeViews, formatFakeViewEvaluation, scoreFakeViews } from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { type DbFlags, withContentCategory, withDb } from '../cli/option-sets.ts';
import { share } from '../cli/parse-values.ts';

interface EvaluateFlags extends DbFlags {
  contentCategory: ContentCategory;
  positiveShare: number;
  json?: boolean;
}

export function registerEvaluateFakeViews(program: Command): void {
  const command = program
    .command('evaluate-fake-views')
    .description("score the fake-view analysis against the simulator's planted view botting (synthetic warehouses only)")
    .option('--positive-share <share>', 'planted fake share of plays from which a video counts as botted', share, DEFAULT_POSITIVE_SHARE)
    .option('--json', 'print the results as JSON');
  withDb(withContentCategory(command)).action(async (flags: EvaluateFlags) => {
    const evaluation = await withWarehouse(flags.db, { access: 'existing' }, async (w) => {
      await scoreFakeViews(w, flags.contentCategory);
      return evaluateFakeViews(w, flags.positiveShare);
    });
    process.stdout.write(`${flags.json ? JSON.stringify(evaluation) : formatFakeViewEvaluation(evaluation)}\n`);
  });
}
