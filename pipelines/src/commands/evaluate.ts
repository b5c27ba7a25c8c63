import { evaluateSeedV1, formatSeedV1Evaluation, scoreWarehouse } from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { type DbFlags, OPTION_LIMITS, withDb } from '../cli/option-sets.ts';

export function registerEvaluate(program: Command): void {
  withDb(
    program
      .command('evaluate')
      .description("seed-v1's precision, recall and confusion matrix against the simulator's planted archetypes (simulated warehouses only)"),
  )
    .option('--seed <n>', 'simulator seed whose labels to use (needed when the warehouse holds several)', OPTION_LIMITS.seed)
    .option('--json', 'print the evaluation as JSON')
    .action(async (flags: DbFlags & { seed?: number; json?: boolean }) => {
      const evaluation = await withWarehouse(flags.db, { access: 'existing' }, async (warehouse) => {
        await scoreWarehouse(warehouse);
        return evaluateSeedV1(warehouse, flags.seed === undefined ? {} : { seed: flags.seed });
      });
      process.stdout.write(`${flags.json ? JSON.stringify(evaluation) : formatSeedV1Evaluation(evaluation)}\n`);
    });
}
