import { evaluateAudience, formatAudienceEvaluation } from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { type DbFlags, OPTION_LIMITS, withDb } from '../cli/option-sets.ts';

export function registerEvaluateAudience(program: Command): void {
  withDb(
    program
      .command('evaluate-audience')
      .description("audience estimates (suspicious followers, coordinated comments) against the simulator's planted truth (simulated samples only)"),
  )
    .option('--seed <n>', 'simulator seed whose labels to use (needed when the warehouse holds several)', OPTION_LIMITS.seed)
    .option('--json', 'print the evaluation as JSON')
    .action(async (flags: DbFlags & { seed?: number; json?: boolean }) => {
      const evaluation = await withWarehouse(flags.db, { access: 'existing' }, (warehouse) =>
        evaluateAudience(warehouse, flags.seed === undefined ? {} : { seed: flags.seed }),
      );
      process.stdout.write(`${flags.json ? JSON.stringify(evaluation) : formatAudienceEvaluation(evaluation)}\n`);
    });
}
