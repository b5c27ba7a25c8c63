import type { IngestSummary } from '@creator-audit/ingest';
import { checkCreator, type CreatorCheck, seedReportText, seedV1Messages } from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { EXIT, exitCodeOf } from '../cli/exit-codes.ts';
import { withInterrupt } from '../cli/interrupt.ts';
import { type DbFlags, type PacingFlags, type ProviderFlags, withDb, withMaxAge, withProvider, withTimeout } from '../cli/option-sets.ts';
import { handle } from '../cli/parse-values.ts';
import { reportStop } from '../cli/summary.ts';
import { fetchCreators } from '../workflows/fetch-creators.ts';
import { refuseBadProviderFlags } from '../workflows/open-provider.ts';

type CheckFlags = ProviderFlags & DbFlags & Pick<PacingFlags, 'maxAge' | 'timeout'> & { json?: boolean };

/** The seed's printout for a verdict; one clear line for an account with none. */
function checkText(check: CreatorCheck): string {
  if (check.kind === 'scored') return seedReportText(check.score, check.followers);
  if (check.kind === 'unscored') return `${seedV1Messages.noVerdict(check.username, check.status, check.detail)}\n`;
  return `${seedV1Messages.neverFetched(check.username)}\n`;
}

/** `--json`: the reference's SeedV1Score (rules say which rule gave which points), or the status without a verdict. */
function checkJson(check: CreatorCheck): string {
  if (check.kind === 'scored') {
    const { username, ...score } = check.score;
    return JSON.stringify({ username, status: check.status, provider: check.provider, snapshot_at: check.snapshotAt.toISOString(), followers: check.followers, ...score });
  }
  if (check.kind === 'unscored') return JSON.stringify({ username: check.username, status: check.status, detail: check.detail, provider: check.provider, verdict: null });
  return JSON.stringify({ username: check.username, status: 'not_fetched', detail: null, verdict: null });
}

/**
 * Exit 0 when the creator has a verdict or an account status (private, not found: that is the answer);
 * 1 when it could not be fetched; 2 and 130 as every fetch (the vendor stopped the run; interrupted).
 */
function exitCode(check: CreatorCheck, summary: IngestSummary): number {
  const stopped = exitCodeOf(summary.stop);
  if (stopped !== EXIT.ok) return stopped;
  if (check.kind === 'scored') return EXIT.ok;
  return check.kind === 'unscored' && check.status !== 'fetch_failed' && check.status !== 'snapshot_missing' ? EXIT.ok : EXIT.error;
}

export function registerCheck(program: Command): void {
  const command = program
    .command('check')
    .description("one creator, as the seed prints it: fetched (profile + 30 videos) unless fresh, scored by seed-v1's reference")
    .argument('<username>', 'TikTok handle, @handle or profile URL', handle)
    .option('--json', 'print the score as JSON, with each rule and the points it gave');
  withTimeout(withMaxAge(withDb(withProvider(command)), 'use the stored snapshot when newer than this (0 = always fetch)')).action(
    async (username: string, flags: CheckFlags) => {
      refuseBadProviderFlags(flags);
      const { check, summary } = await withWarehouse(flags.db, { access: 'create' }, async (warehouse) => {
        const summary = await withInterrupt((signal) =>
          fetchCreators(warehouse, { handles: [username], rejected: [] }, { ...flags, videos: 30, inputName: `check ${username}`, signal }),
        );
        return { check: await checkCreator(warehouse, username), summary };
      });
      reportStop(summary);
      if (summary.byOutcome.skipped_fresh && check.kind === 'scored') {
        process.stderr.write(`${seedV1Messages.fromWarehouse(username, check.snapshotAt, check.provider)}\n`);
      }
      process.stdout.write(flags.json ? `${checkJson(check)}\n` : checkText(check));
      process.exitCode = exitCode(check, summary);
    },
  );
}
