import { audienceSummaryText, buildAudienceTables, loadAudienceSummary, marginOf } from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { readCreatorList } from '../cli/creator-list.ts';
import { EXIT, exitCodeOf } from '../cli/exit-codes.ts';
import { withInterrupt } from '../cli/interrupt.ts';
import { audienceMessages, messages } from '../cli/messages.ts';
import { type DbFlags, withDb, withPacing, withProvider } from '../cli/option-sets.ts';
import { intIn } from '../cli/parse-values.ts';
import { formatIngestSummary } from '../cli/summary.ts';
import { AUDIENCE_PROVIDERS, type AudienceFlags, planListAudiences, sampleListAudiences } from '../workflows/audit-audience.ts';
import { refuseBadProviderFlags } from '../workflows/open-provider.ts';

type Flags = AudienceFlags & DbFlags & { input: string; dryRun?: boolean };

export function registerAuditAudience(program: Command): void {
  const cmd = program
    .command('audit-audience')
    .description(
      "sample each creator's newest followers and the comments under its newest videos (Scavio's documented API), estimate fake followers and coordinated engagement",
    )
    .requiredOption('-i, --input <file>', 'creator list: CSV (username column or first column) or text, one handle per line')
    .addOption(new Option('--followers <n>', 'newest followers to sample per creator (20 a credit; 200 gives +-7 points at 95%)').argParser(intIn(0, 5_000)).default(200))
    .addOption(new Option('--videos <n>', "newest videos per creator whose comments are sampled (1 credit each)").argParser(intIn(0, 30)).default(5))
    .addOption(new Option('--comments <n>', 'comments to read per video (50 a credit)').argParser(intIn(0, 500)).default(50))
    .option('--dry-run', 'print the calls and credits the run would spend, and spend nothing');
  withPacing(withDb(withProvider(cmd)), { items: 'creators', maxAge: 'skip creators sampled more recently than this (0 = sample all again)' }).action(
    async (flags: Flags) => {
      // Refused before anything is read or opened: no audience endpoint of TikHub's could be verified.
      if (!AUDIENCE_PROVIDERS.includes(flags.provider)) throw new Error(audienceMessages.unsupportedProvider(flags.provider));
      refuseBadProviderFlags(flags);
      const list = readCreatorList(flags.input);
      await withWarehouse(flags.db, { access: 'create' }, async (warehouse) => {
        if (flags.dryRun) {
          const plan = await planListAudiences(warehouse, list.handles, flags);
          process.stdout.write(plan.calls.map((c) => `${c.endpoint}\t${c.username}\n`).join(''));
          process.stdout.write(`${audienceMessages.dryRun({ ...plan, calls: plan.calls.length })}\n`);
          if (plan.contract === null) process.stdout.write(`${audienceMessages.contractUnknown}\n`);
          return;
        }
        const summary = await withInterrupt((signal) => sampleListAudiences(warehouse, list, { ...flags, inputName: list.inputName, signal }));
        await buildAudienceTables(warehouse);
        const rows = await loadAudienceSummary(warehouse, summary.runId);
        process.stdout.write(`${audienceSummaryText(rows, flags.followers)}\n\n`);
        process.stdout.write(`${formatIngestSummary(summary, flags.input)}\n`);
        const margin = flags.followers > 0 ? Math.round(100 * marginOf(flags.followers)) : null;
        if (margin !== null) process.stdout.write(`${audienceMessages.margin(flags.followers, margin)}\n`);
        process.stdout.write(`${audienceMessages.tables(flags.db)}\n`);
        const { stop } = summary;
        if (stop?.kind === 'budget') process.stderr.write(`${audienceMessages.budgetStop(summary.byOutcome.budget_exhausted ?? 0)}\n`);
        else if (stop?.kind === 'run_stopping') process.stderr.write(`${messages.stoppedByVendor(stop.message)}\n`);
        else if (stop) process.stderr.write(`${messages.interrupted}\n`);
        process.exitCode = exitCodeOf(stop);
        const unsupported = rows.filter((r) => r.outcome === 'unsupported');
        if (!stop && rows.length > 0 && unsupported.length === rows.length) {
          process.stderr.write(`${audienceMessages.noneSupported(unsupported[0]?.detail ?? '')}\n`);
          process.exitCode = EXIT.error;
        }
      });
    },
  );
}
