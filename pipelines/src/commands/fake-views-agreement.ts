import type { ContentCategory } from '@creator-audit/providers';
import { fakeViewAgreement, formatFakeViewAgreement, scoreFakeViews } from '@creator-audit/scoring';
import { withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { messages } from '../cli/messages.ts';
import { type DbFlags, withContentCategory, withDb } from '../cli/option-sets.ts';

interface AgreementFlags extends DbFlags {
  contentCategory: ContentCategory;
  json?: boolean;
}

export function registerFakeViewsAgreement(program: Command): void {
  const command = program
    .command('fake-views-agreement')
    .description("how our fake-view analysis and TikHub's agree, over the videos both scored (fetch with detect-fake-views --provider tikhub)")
    .option('--json', 'print the statistics as JSON');
  withDb(withContentCategory(command)).action(async (flags: AgreementFlags) => {
    const agreement = await withWarehouse(flags.db, { access: 'existing' }, async (w) => {
      await scoreFakeViews(w, flags.contentCategory);
      return fakeViewAgreement(w);
    });
    if (agreement.pairs === 0) throw new Error(messages.noTikhubReports(flags.contentCategory));
    process.stdout.write(`${flags.json ? JSON.stringify(agreement) : formatFakeViewAgreement(agreement)}\n`);
  });
}
