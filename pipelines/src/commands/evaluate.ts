import { evaluateSeedV1, formatSeedV1Evaluation, scoreWarehouse } from '@creator-audit/scoring';
import type { Command } from 'commander';
import { positiveInt } from '../options.ts';
import { DEFAULT_DB, withWarehouse } from '../warehouse-path.ts';

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description("seed-v1's precision, recall and confusion matrix against the simulator's planted archetypes (simulated warehouses only)")
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .option('--seed <n>', 'simulator seed whose labels to use (needed when the warehouse holds several)', positiveInt)
    .option('--json', 'print the evaluation as JSON')
    .action(async (flags: { db: string; seed?: number; json?: boolean }) => {
      const evaluation = await withWarehouse(flags.db, async (warehouse) => {
        await scoreWarehouse(warehouse);
        return evaluateSeedV1(warehouse, flags.seed === undefined ? {} : { seed: flags.seed });
      });
      process.stdout.write(`${flags.json ? JSON.stringify(evaluation) : formatSeedV1Evaluation(evaluation)}\n`);
    });
}
