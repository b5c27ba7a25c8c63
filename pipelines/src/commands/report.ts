import { campaignReport, cohortReport, creatorReport, type Report, textSummary, writeReport } from '@creator-audit/reports';
import { type Warehouse, withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { errorWording } from '../cli/messages.ts';
import { collect, type DbFlags, withDb } from '../cli/option-sets.ts';
import { handle, hashtag } from '../cli/parse-values.ts';

const DEFAULT_REPORTS_DIR = 'data/reports';

interface ReportFlags extends DbFlags {
  out: string;
}

/** Builds one report from the warehouse, writes HTML + SVG + PNG per chart, prints the summary. */
async function writeAndSummarise(flags: ReportFlags, build: (warehouse: Warehouse) => Promise<Report>): Promise<void> {
  const report = await withWarehouse(flags.db, { access: 'existing' }, build);
  const files = await writeReport(report, flags.out);
  process.stdout.write(`${textSummary(report, files)}\n`);
}

function withOutput(command: Command): Command {
  return withDb(command).option('--out <dir>', 'folder for the report (one sub-folder per report)', DEFAULT_REPORTS_DIR);
}

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description('charts (SVG, PNG) and a self-contained HTML report from the warehouse: cohort benchmarks, one creator, one campaign');

  withOutput(
    report
      .command('cohort')
      .description("benchmark every scored creator against its follower tier (and --by columns), cohort-v1's verdicts first and seed-v1's beside; scores either first if needed")
      .option('--by <column>', 'also draw cohorts by this column of int_cohort_creators (repeatable), e.g. verdict, verified, provider', collect),
  ).action((flags: ReportFlags & { by?: string[] }) =>
    writeAndSummarise(flags, async (warehouse) => (await cohortReport(warehouse, { by: flags.by ?? [] })).report),
  );

  withOutput(report.command('creator').description("one creator: cohort-v1's verdict, probability and reasons (seed-v1's verdict and flags beside), and its place in its follower tier").argument('<name>', 'handle, @handle or profile URL', handle)).action(
    (name: string, flags: ReportFlags) => writeAndSummarise(flags, (warehouse) => creatorReport(warehouse, name, errorWording.reportHints)),
  );

  withOutput(
    report.command('campaign').description('a tracked hashtag campaign: growth over its snapshots, leaderboard, top posts, flagged creators (seed-v1 beside)').argument('<tag>', 'hashtag, #hashtag or tag page URL', hashtag),
  ).action((tag: string, flags: ReportFlags) => writeAndSummarise(flags, (warehouse) => campaignReport(warehouse, tag)));
}
