import type { ContentCategory } from '@creator-audit/providers';
import { DEFAULT_POSITIVE_SHARE, evaluateFakeViews, formatFakeViewEvaluation, scoreFakeViews } from '@creator-audit/scoring';
import { type Command, InvalidArgumentError } from 'commander';
import { DEFAULT_DB, withWarehouse } from '../warehouse-path.ts';
import { categoryOption } from './detect-fake-views.ts';

interface EvaluateFlags {
  contentCategory: ContentCategory;
  positiveShare: number;
  json?: boolean;
  db: string;
}

function share(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError(`expected a share above 0 and at most 1, got "${value}"`);
  return n;
}

export function registerEvaluateFakeViews(program: Command): void {
  program
    .command('evaluate-fake-views')
    .description("score the fake-view analysis against the simulator's planted view botting (synthetic warehouses only)")
    .addOption(categoryOption())
    .option('--positive-share <share>', 'planted fake share of plays from which a video counts as botted', share, DEFAULT_POSITIVE_SHARE)
    .option('--json', 'print the results as JSON')
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .action(async (flags: EvaluateFlags) => {
      const evaluation = await withWarehouse(flags.db, async (w) => {
        await scoreFakeViews(w, flags.contentCategory);
        return evaluateFakeViews(w, flags.positiveShare);
      });
      process.stdout.write(`${flags.json ? JSON.stringify(evaluation) : formatFakeViewEvaluation(evaluation)}\n`);
    });
}
