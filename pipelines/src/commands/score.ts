import { formatScoreSummary, RULESET_NAMES, type ScoreRun, scoreAllRulesets, scoreWarehouse, summarizeScores } from '@creator-audit/scoring';
import { openLakeWarehouse, type Warehouse, withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { type DbFlags, withDb } from '../cli/option-sets.ts';
import { oneOf } from '../cli/parse-values.ts';

function formatTimings(run: ScoreRun): string {
  const total = run.timings.reduce((sum, t) => sum + t.ms, 0);
  return [
    // Views cost nothing when created: their work shows up in the step that first reads them (creator_scores).
    `Model timings (${run.ruleset}, ${(total / 1000).toFixed(2)} s in all; views are computed when creator_scores is written):`,
    ...run.timings.map((t) => `  ${t.name.padEnd(28)}${(t.ms / 1000).toFixed(3).padStart(9)} s`),
  ].join('\n');
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** The warehouse file, or with --lake a file of views over the lake that the scores are written beside. */
async function withScoredWarehouse<T>(flags: DbFlags & { lake?: string }, work: (warehouse: Warehouse) => Promise<T>): Promise<T> {
  if (!flags.lake) return withWarehouse(flags.db, { access: 'existing' }, work);
  const warehouse = await openLakeWarehouse(flags.lake, flags.db);
  try {
    return await work(warehouse);
  } finally {
    warehouse.close();
  }
}

export function registerScore(program: Command): void {
  withDb(
    program
      .command('score')
      .description('re-score every creator in the warehouse (its latest snapshot) with every ruleset, without fetching anything; writes creator_scores')
      .addOption(new Option('--ruleset <name>', 'score with this ruleset only').argParser(oneOf(RULESET_NAMES)))
      .option('--by <column>', 'cohort-v1: also compare within this column of the creators (repeatable)', collect, [])
      .option('--lake <dir>', 'score a Parquet lake (or an export), deduplicated; --db is then where the scores go, beside views over the lake'),
  ).action(async (flags: DbFlags & { ruleset?: string; by: string[]; lake?: string }) => {
    await withScoredWarehouse(flags, async (warehouse) => {
      const runs = flags.ruleset
        ? [await scoreWarehouse(warehouse, { ruleset: flags.ruleset, by: flags.by })]
        : await scoreAllRulesets(warehouse, { by: flags.by });
      for (const run of runs) {
        process.stdout.write(`${formatScoreSummary(await summarizeScores(warehouse, { ruleset: run.ruleset }))}\n${formatTimings(run)}\n`);
      }
    });
  });
}
