import type { IngestSummary } from '@creator-audit/ingest';
import { CHECK_RULESETS, type CheckRuleset, checkCreator, checkMessages, type CreatorCheck, rulesetNamed, SEED_V1, seedQuickLine, seedReportText } from '@creator-audit/scoring';
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

/**
 * Exit 0 when the creator has a verdict or an account status (private, not found: that is the answer);
 * 1 when it could not be fetched; 2 and 130 as every fetch (the vendor stopped the run; interrupted).
 */
function exitCode(check: CreatorCheck, summary: IngestSummary): number {
  const stopped = exitCodeOf(summary.stop);
  if (stopped !== EXIT.ok) return stopped;
  if (check.kind === 'scored') return EXIT.ok;
  return check.kind === 'unscored' && !NO_ANSWER.has(check.status) ? EXIT.ok : EXIT.error;
}

export function registerCheck(program: Command): void {
  const command = program
    .command('check')
    .description("one creator, as the seed prints it: fetched (profile + the videos the ruleset scores) unless fresh, scored by the ruleset's reference")
    .argument('<username>', 'TikTok handle, @handle or profile URL', handle)
    .addOption(new Option('--ruleset <name>', "seed-v1 (the seed's fraud report, 30 videos) or seed-quick (its quick like-ratio check, 20 videos)").argParser(oneOf(CHECK_RULESETS)).default(SEED_V1))
    .option('--json', 'print the score as JSON, with each rule (and the points it gave)');
  withTimeout(withMaxAge(withDb(withProvider(command)), 'use the stored snapshot when newer than this (0 = always fetch)')).action(
    async (username: string, flags: CheckFlags) => {
      refuseBadProviderFlags(flags);
      const { check, summary } = await withWarehouse(flags.db, { access: 'create' }, async (warehouse) => {
        const summary = await withInterrupt((signal) =>
          fetchCreators(
            warehouse,
            { handles: [username], rejected: [] },
            { ...flags, videos: rulesetNamed(flags.ruleset).videos, inputName: `check ${username}`, signal },
          ),
        );
        return { check: await checkCreator(warehouse, username, flags.ruleset), summary };
      });
      reportStop(summary);
      if (summary.byOutcome.skipped_fresh && check.kind === 'scored') {
        process.stderr.write(`${checkMessages.fromWarehouse(username, check.snapshotAt, check.provider)}\n`);
      }
      process.stdout.write(flags.json ? `${checkJson(check)}\n` : checkText(check));
      process.exitCode = exitCode(check, summary);
    },
  );
}
