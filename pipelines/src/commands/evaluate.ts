import {
  COHORT_V1,
  evaluateCohortV1,
  evaluateVerdicts,
  formatCohortV1Evaluation,
  formatVerdictEvaluation,
  formatVariants,
  formatVerdictComparison,
  RULESET_NAMES,
  SEED_V1,
  scoreAllRulesets,
  type VerdictEvaluation,
} from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { textCommands } from '../cli/messages.ts';
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
    .addOption(new Option('--ruleset <name>', 'ruleset to evaluate in full; the others are printed beside it').argParser(oneOf(RULESET_NAMES)).default(SEED_V1))
    .option('--variants', 'cohort-v1: also synthesize a cohort of each perturbed simulator world and evaluate on it (the spread is the honest figure)')
    .option('--variant-creators <n>', 'creators per perturbed world', intIn(100, 1_000_000), 5000)
    .option('--json', 'print the evaluation as JSON')
    .action(async (flags: EvaluateFlags) => {
      const seedOption = flags.seed === undefined ? {} : { seed: flags.seed };
      if (flags.ruleset !== COHORT_V1) {
        // The others first, the asked one last: the verdict_evaluation tables are left holding its rows.
        const others = RULESET_NAMES.filter((r) => r !== flags.ruleset);
        const evaluations = await withWarehouse(flags.db, { access: 'existing' }, async (warehouse) => {
          await scoreAllRulesets(warehouse);
          const beside = [];
          for (const ruleset of others) beside.push(await evaluateVerdicts(warehouse, { ...seedOption, ruleset }));
          return [await evaluateVerdicts(warehouse, { ...seedOption, ruleset: flags.ruleset }), ...beside];
        });
        const [evaluation] = evaluations;
        if (flags.json) process.stdout.write(`${JSON.stringify({ ...evaluation, beside: evaluations.slice(1) })}\n`);
        else process.stdout.write(`${formatVerdictEvaluation(evaluation as VerdictEvaluation, textCommands.sql)}\n\n${formatVerdictComparison(evaluations)}\n`);
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
      process.stdout.write(`${formatCohortV1Evaluation(evaluation, textCommands.sql)}\n`);
      if (variants) process.stdout.write(`\n${formatVariants(variants, variantOptions, textCommands.variants)}\n`);
    });
}
