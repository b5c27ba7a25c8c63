import type { IngestSummary } from '@creator-audit/ingest';
import type { Warehouse } from '@creator-audit/warehouse';
import { fetchCreators, planCreatorFetch } from '../workflows/fetch-creators.ts';
import type { readCreatorList } from './creator-list.ts';
import { withInterrupt } from './interrupt.ts';
import type { CreatorListFlags } from './option-sets.ts';
import { formatDryRun, formatIngestSummary, reportStop } from './summary.ts';

/**
 * What `ingest` and `audit-creators` share: print the plan of a `--dry-run` (null: nothing was fetched), or fetch
 * the list with Ctrl-C wired and print the run's summary and, when it stopped early, why.
 */
export async function fetchListPrinting(
  warehouse: Warehouse,
  list: ReturnType<typeof readCreatorList>,
  flags: CreatorListFlags,
): Promise<IngestSummary | null> {
  if (flags.dryRun) {
    process.stdout.write(formatDryRun({ ...(await planCreatorFetch(warehouse, list.handles, flags)), videos: flags.videos }));
    return null;
  }
  const summary = await withInterrupt((signal) => fetchCreators(warehouse, list, { ...flags, inputName: list.inputName, signal }));
  process.stdout.write(`${formatIngestSummary(summary, flags.input)}\n`);
  reportStop(summary);
  return summary;
}
