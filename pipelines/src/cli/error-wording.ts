import { QueueError, queueProblemMessage } from '@creator-audit/ingest';
import { MissingKeyError, messages as providerMessages } from '@creator-audit/providers';
import { ReportInputError, reportInputMessage } from '@creator-audit/reports';
import {
  analysisMessages,
  CohortColumnError,
  cohortColumnMessage,
  evaluationMessages,
  LabelsError,
  MissingInputError,
  QueryError,
  queryMessages,
} from '@creator-audit/scoring';
import { WarehouseError } from '@creator-audit/warehouse';
import { errorWording as w } from './messages.ts';

/**
 * What the analyst reads for an error: the packages throw typed errors whose messages name no flag (a library user
 * has none), and this one mapping says them as the CLI is used, naming the flag or command to type. Anything it does
 * not know keeps its own message.
 */
export function cliWording(error: Error): string {
  if (error instanceof MissingKeyError) return providerMessages.missingKey(error.provider, error.envVar, w.offlineProvider);
  if (error instanceof QueueError) return queueProblemMessage(error.problem, w.queueOptions);
  if (error instanceof CohortColumnError) return cohortColumnMessage(`--by ${JSON.stringify(error.column)}`, error);
  if (error instanceof ReportInputError) return reportInputMessage(error.problem, w.reportHints);
  if (error instanceof MissingInputError) return analysisMessages.missing(error.input, error.ruleset, `run ${w.buildCommand[error.input]} first`);
  if (error instanceof LabelsError) {
    const p = error.problem;
    return p.kind === 'none' ? w.noLabels[p.table] : evaluationMessages.severalSeeds(p.seeds, w.seedOption);
  }
  if (error instanceof QueryError) {
    const p = error.problem;
    switch (p.kind) {
      case 'duplicate_columns':
        return queryMessages.duplicateColumns(w.jsonOutput, p.names);
      case 'no_lake':
        return queryMessages.noLake(p.path, w.lakeOptions);
      case 'sql_failed':
        return queryMessages.sqlFailed(p.why, w.forFiles);
    }
  }
  if (error instanceof WarehouseError && error.problem) {
    const p = error.problem;
    switch (p.kind) {
      case 'missing':
        return w.warehouseMissing(p.path);
      case 'locked':
        return w.warehouseLocked(p.path, p.why);
      case 'lake_over_landed':
        return w.lakeOverLanded(p.path, p.table);
    }
  }
  return error.message;
}
