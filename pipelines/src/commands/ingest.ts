import { withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { readCreatorList } from '../cli/creator-list.ts';
import { exitCodeOf } from '../cli/exit-codes.ts';
import { fetchListPrinting } from '../cli/fetch-list.ts';
import { type CreatorListFlags, withCreatorList } from '../cli/option-sets.ts';
import { refuseBadProviderFlags } from '../workflows/open-provider.ts';

export function registerIngest(program: Command): void {
  withCreatorList(program.command('ingest').description('fetch creators and their recent videos into the warehouse')).action(
    async (flags: CreatorListFlags) => {
      refuseBadProviderFlags(flags);
      const list = readCreatorList(flags.input);
      const summary = await withWarehouse(flags.db, { access: 'create' }, (warehouse) => fetchListPrinting(warehouse, list, flags));
      if (summary) process.exitCode = exitCodeOf(summary.stop);
    },
  );
}
