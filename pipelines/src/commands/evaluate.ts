import {
  COHORT_V1,
  evaluateCohortV1,
  evaluateSeedV1,
  formatCohortV1Evaluation,
  formatSeedV1Evaluation,
  formatVariants,
  RULESET_NAMES,
  SEED_V1,
  scoreAllRulesets,
  scoreWarehouse,
} from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { type DbFlags, OPTION_LIMITS, withDb } from '../cli/option-sets.ts';
import { intIn, oneOf } from '../cli/parse-values.ts';
import { evaluateVariants } from '../workflows/evaluate-variants.ts';

interface EvaluateFlags extends DbFlags {
  seed?: number;
  json?: boolean;
  ruleset: string;
  variants?: boolean;
  variantCreators: number;
}

export function registerEvaluate(program: Command): void {
  withDb(
    program
      .command('evaluate')
      .description("a ruleset's verdicts against the simulator's planted archetypes (simulated warehouses only); cohort-v1 beside seed-v1, on perturbed worlds too"),
  )
    .option('--seed <n>', 'simulator seed whose labels to use (needed when the warehouse holds several)', OPTION_LIMITS.seed)
    .addOption(new Option('--ruleset <name>', 'ruleset to evaluate (cohort-v1 prints seed-v1 beside it)').argParser(oneOf(RULESET_NAMES)).default(SEED_V1))
    .option('--variants', 'cohort-v1: also synthesize a cohort of each perturbed simulator world and evaluate on it (the spread is the honest figure)')
    .option('--variant-creators <n>', 'creators per perturbed world', intIn(100, 1_000_000), 5000)
    .option('--json', 'print the evaluation as JSON')
    .action(async (flags: EvaluateFlags) => {
      const seedOption = flags.seed === undefined ? {} : { seed: flags.seed };
      if (flags.ruleset !== COHORT_V1) {
        const evaluation = await withWarehouse(flags.db, { access: 'existing' }, async (warehouse) => {
          await scoreWarehouse(warehouse);
          return evaluateSeedV1(warehouse, seedOption);
        });
        process.stdout.write(`${flags.json ? JSON.stringify(evaluation) : formatSeedV1Evaluation(evaluation)}\n`);
        return;
      }
      const evaluation = await withWarehouse(flags.db, { access: 'existing' }, async (warehouse) => {
        await scoreAllRulesets(warehouse);
        return evaluateCohortV1(warehouse, seedOption);
      });
      // The worlds are synthesized with the seed the warehouse was evaluated with, each in memory.
      const variantOptions = { creators: flags.variantCreators, seed: evaluation.seed };
      const variants = flags.variants ? await evaluateVariants(variantOptions) : null;
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ...evaluation, variants })}\n`);
        return;
      }
      process.stdout.write(`${formatCohortV1Evaluation(evaluation)}\n`);
      if (variants) process.stdout.write(`\n${formatVariants(variants, variantOptions)}\n`);
    });
}
