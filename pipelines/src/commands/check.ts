import type { IngestSummary } from '@creator-audit/ingest';
import {
  CHECK_RULESETS,
  type CheckRuleset,
  checkCohortV1,
  checkCreator,
  checkMessages,
  COHORT_V1,
  type CohortV1Check,
  cohortV1CheckJson,
  cohortV1CheckText,
  cohortV1LacksData,
  type CreatorCheck,
  rulesetNamed,
  SEED_V1,
  seedQuickLine,
  seedReportText,
} from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { EXIT, exitCodeOf } from '../cli/exit-codes.ts';
import { withInterrupt } from '../cli/interrupt.ts';
import { type DbFlags, type PacingFlags, type ProviderFlags, withDb, withMaxAge, withProvider, withTimeout } from '../cli/option-sets.ts';
import { handle, oneOf } from '../cli/parse-values.ts';
import { reportStop } from '../cli/summary.ts';
import { fetchCreators } from '../workflows/fetch-creators.ts';
import { refuseBadProviderFlags } from '../workflows/open-provider.ts';

type CheckFlags = ProviderFlags & DbFlags & Pick<PacingFlags, 'maxAge' | 'timeout'> & { json?: boolean; ruleset: CheckRuleset };

/** The seed's printout for a verdict (seed-v1's report, seed-quick's one line); one clear line for an account with none. */
function checkText(check: CreatorCheck): string {
  if (check.kind === 'scored') {
    if (check.ruleset === SEED_V1) return seedReportText(check.score, check.followers);
    return `${seedQuickLine(check.username, check.score.verdict, check.score.flags[0])}\n`;
  }
  if (check.kind === 'unscored') return `${checkMessages.noVerdict(check.username, check.status, check.detail)}\n`;
  return `${checkMessages.neverFetched(check.username)}\n`;
}

/** `--json`: the reference's score (rules say which rule decided, and seed-v1's points), or the status without a verdict. */
function checkJson(check: CreatorCheck): string {
  if (check.kind === 'scored') {
    const { username, ...score } = check.score;
    return JSON.stringify({ username, ruleset: check.ruleset, status: check.status, provider: check.provider, snapshot_at: check.snapshotAt.toISOString(), followers: check.followers, ...score });
  }
  if (check.kind === 'unscored') return JSON.stringify({ username: check.username, status: check.status, detail: check.detail, provider: check.provider, verdict: null });
  return JSON.stringify({ username: check.username, status: 'not_fetched', detail: null, verdict: null });
}

/** No verdict because we lack the data, not because the account is so (private, gone, 0 followers): exit 1. */
const NO_ANSWER = new Set(['fetch_failed', 'snapshot_missing', 'unreadable_counts', 'followers_unknown']);

/** A creator judged by cohort-v1 (the SQL, against its peers) or by a seed ruleset's TypeScript reference. */
type Checked = { by: 'cohort-v1'; check: CohortV1Check } | { by: 'reference'; check: CreatorCheck };

/** Whether the creator has an answer: a verdict, or an account status (private, not found, too little to judge). */
function answered(checked: Checked): boolean {
  if (checked.by === 'cohort-v1') return checked.check.kind === 'row' && !cohortV1LacksData(checked.check.row);
  const { check } = checked;
  if (check.kind === 'scored') return true;
  return check.kind === 'unscored' && !NO_ANSWER.has(check.status);
}

/**
 * Exit 0 when the creator has a verdict or an account status (private, not found: that is the answer);
 * 1 when it could not be fetched or a count it needs is unknown; 2 and 130 as every fetch (the vendor stopped the
 * run; interrupted).
 */
function exitCode(checked: Checked, summary: IngestSummary): number {
  const stopped = exitCodeOf(summary.stop);
  if (stopped !== EXIT.ok) return stopped;
  return answered(checked) ? EXIT.ok : EXIT.error;
}

/** The snapshot a verdict was given on, for the "fresh; nothing fetched" note. */
function judgedSnapshot(checked: Checked): { snapshotAt: Date; provider: string } | null {
  if (checked.by === 'reference') return checked.check.kind === 'scored' ? checked.check : null;
  const { check } = checked;
  return check.kind === 'row' && check.row.verdict !== null && check.row.snapshot_at ? { snapshotAt: check.row.snapshot_at, provider: check.row.provider } : null;
}

function output(checked: Checked, json: boolean): string {
  if (checked.by === 'cohort-v1') return json ? `${JSON.stringify(cohortV1CheckJson(checked.check))}\n` : cohortV1CheckText(checked.check);
  return json ? `${checkJson(checked.check)}\n` : checkText(checked.check);
}

export function registerCheck(program: Command): void {
  const command = program
    .command('check')
    .description(
      "one creator: fetched (profile + the videos the ruleset scores) unless fresh; cohort-v1 (default) scores the warehouse's creators as its peers and prints this one's verdict, probability and reasons, seed-v1's beside it",
    )
    .argument('<username>', 'TikTok handle, @handle or profile URL', handle)
    .addOption(
      new Option(
        '--ruleset <name>',
        "cohort-v1 (against its peers in the warehouse, 30 videos), seed-v1 (the seed's fraud report, 30 videos) or seed-quick (its quick like-ratio check, 20 videos)",
      )
        .argParser(oneOf(CHECK_RULESETS))
        .default(COHORT_V1),
    )
    .option('--json', "print the result as JSON: cohort-v1's row of creator_scores (seed-v1's verdict beside), or the seed rulesets' score with each rule");
  withTimeout(withMaxAge(withDb(withProvider(command)), 'use the stored snapshot when newer than this (0 = always fetch)')).action(
    async (username: string, flags: CheckFlags) => {
      refuseBadProviderFlags(flags);
      const { checked, summary } = await withWarehouse(flags.db, { access: 'create' }, async (warehouse) => {
        const summary = await withInterrupt((signal) =>
          fetchCreators(
            warehouse,
            { handles: [username], rejected: [] },
            { ...flags, videos: rulesetNamed(flags.ruleset).videos, inputName: `check ${username}`, signal },
          ),
        );
        const checked: Checked =
          flags.ruleset === COHORT_V1
            ? { by: 'cohort-v1', check: await checkCohortV1(warehouse, username) }
            : { by: 'reference', check: await checkCreator(warehouse, username, flags.ruleset) };
        return { checked, summary };
      });
      reportStop(summary);
      const judged = judgedSnapshot(checked);
      if (summary.byOutcome.skipped_fresh && judged) process.stderr.write(`${checkMessages.fromWarehouse(username, judged.snapshotAt, judged.provider)}\n`);
      process.stdout.write(output(checked, flags.json === true));
      process.exitCode = exitCode(checked, summary);
    },
  );
}
