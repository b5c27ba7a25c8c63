import { formatScoreSummary, RULESET_NAMES, type ScoreRun, scoreAllRulesets, scoreWarehouse, summarizeScores } from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { type DbFlags, withDb } from '../cli/option-sets.ts';
import { oneOf } from '../cli/parse-values.ts';

export function formatTimings(run: ScoreRun): string {
  const total = run.timings.reduce((sum, t) => sum + t.ms, 0);
  return [
    // Views cost nothing when created: their work shows up in the step that first reads them (creator_scores).
    `Model timings (${run.ruleset}, ${(total / 1000).toFixed(2)} s in all; views are computed when creator_scores is written):`,
    ...run.timings.map((t) => `  ${t.name.padEnd(28)}${(t.ms / 1000).toFixed(3).padStart(9)} s`),
  ].join('\n');
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerScore(program: Command): void {
  withDb(
    program
      .command('score')
      .description('re-score every creator in the warehouse (its latest snapshot) with every ruleset, without fetching anything; writes creator_scores')
      .addOption(new Option('--ruleset <name>', 'score with this ruleset only').argParser(oneOf(RULESET_NAMES)))
      .option('--by <column>', 'cohort-v1: also compare within this column of the creators (repeatable)', collect, []),
  ).action(async (flags: DbFlags & { ruleset?: string; by: string[] }) => {
    await withWarehouse(flags.db, { access: 'existing' }, async (warehouse) => {
      const runs = flags.ruleset
        ? [await scoreWarehouse(warehouse, { ruleset: flags.ruleset, by: flags.by })]
        : await scoreAllRulesets(warehouse, { by: flags.by });
      for (const run of runs) {
        process.stdout.write(`${formatScoreSummary(await summarizeScores(warehouse, { ruleset: run.ruleset }))}\n${formatTimings(run)}\n`);
      }
    });
  });
}
