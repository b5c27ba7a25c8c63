import { Command } from 'commander';
import { registerAuditCreators } from './commands/audit-creators.ts';
import { registerCheck } from './commands/check.ts';
import { registerDemo } from './commands/demo.ts';
import { registerDetectFakeViews } from './commands/detect-fake-views.ts';
import { registerEvaluate } from './commands/evaluate.ts';
import { registerEvaluateFakeViews } from './commands/evaluate-fake-views.ts';
import { registerExport } from './commands/export.ts';
import { registerFakeViewsAgreement } from './commands/fake-views-agreement.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerReport } from './commands/report.ts';
import { registerScore } from './commands/score.ts';
import { registerSql } from './commands/sql.ts';
import { registerSynthesize } from './commands/synthesize.ts';
import { registerTrackCampaign } from './commands/track-campaign.ts';

/** `creator-audit`: one CLI over the packages. Commands compose; the logic lives in packages/. */
export function buildProgram(): Command {
  const program = new Command('creator-audit')
    .description('Batch TikTok creator fraud audits on your own machine, in DuckDB.')
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
  registerReport(program);
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`creator-audit: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
