import type { ContentCategory } from '@creator-audit/providers';
import { fakeViewAgreement, fakeViewMessages, formatFakeViewAgreement, scoreFakeViews } from '@creator-audit/scoring';
import type { Command } from 'commander';
import { DEFAULT_DB, withWarehouse } from '../warehouse-path.ts';
import { categoryOption } from './detect-fake-views.ts';

interface AgreementFlags {
  contentCategory: ContentCategory;
  json?: boolean;
  db: string;
}

export function registerFakeViewsAgreement(program: Command): void {
  program
    .command('fake-views-agreement')
    .description("how our fake-view analysis and TikHub's agree, over the videos both scored (fetch with detect-fake-views --provider tikhub)")
    .addOption(categoryOption())
    .option('--json', 'print the statistics as JSON')
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .action(async (flags: AgreementFlags) => {
      const agreement = await withWarehouse(flags.db, async (w) => {
        await scoreFakeViews(w, flags.contentCategory);
        return fakeViewAgreement(w);
      });
      if (agreement.pairs === 0) throw new Error(fakeViewMessages.noTikhubReports(flags.contentCategory));
      process.stdout.write(`${flags.json ? JSON.stringify(agreement) : formatFakeViewAgreement(agreement)}\n`);
    });
}
