import { Command } from 'commander';
import { describeError } from './cli/report-error.ts';
import { EXIT } from './cli/exit-codes.ts';
import { registerAuditAudience } from './commands/audit-audience.ts';
import { registerAuditCreators } from './commands/audit-creators.ts';
import { registerCheck } from './commands/check.ts';
import { registerDemo } from './commands/demo.ts';
import { registerDetectFakeViews } from './commands/detect-fake-views.ts';
import { registerEnqueue } from './commands/enqueue.ts';
import { registerEvaluate } from './commands/evaluate.ts';
import { registerEvaluateAudience } from './commands/evaluate-audience.ts';
import { registerEvaluateFakeViews } from './commands/evaluate-fake-views.ts';
import { registerExport } from './commands/export.ts';
import { registerFakeViewsAgreement } from './commands/fake-views-agreement.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerReport } from './commands/report.ts';
import { registerScore } from './commands/score.ts';
import { registerSql } from './commands/sql.ts';
import { registerSynthesize } from './commands/synthesize.ts';
import { registerTrackCampaign } from './commands/track-campaign.ts';
import { registerWorker } from './commands/worker.ts';

/**
 * `creator-audit`: one CLI over the packages. Commands parse options and print; workflows (src/workflows) compose
 * the packages; the logic lives in packages/.
 */
export function buildProgram(): Command {
  const program = new Command('creator-audit')
    .description('Batch TikTok creator fraud audits on your own machine, in DuckDB.')
    .option('--verbose', 'on an error, also print what caused it and where')
    .showHelpAfterError()
    .configureHelp({ showGlobalOptions: true });
  registerDemo(program);
  registerIngest(program);
  registerExport(program);
  registerAuditCreators(program);
  registerCheck(program);
  registerScore(program);
  registerSql(program);
  registerEvaluate(program);
  registerSynthesize(program);
  registerTrackCampaign(program);
  registerDetectFakeViews(program);
  registerFakeViewsAgreement(program);
  registerEvaluateFakeViews(program);
  registerAuditAudience(program);
  registerEvaluateAudience(program);
  registerReport(program);
  registerEnqueue(program);
  registerWorker(program);
  return program;
}

const program = buildProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`${describeError(error, Boolean(program.opts().verbose))}\n`);
  process.exitCode = EXIT.error;
}
