import { quarantine, rawResponses, type Row } from '@creator-audit/warehouse';
import type { FetchKind, TableRows } from './fetch-kind.ts';
import { quarantineRow, rawRow } from './landed-raw.ts';
import type { LandingItem } from './landing-buffer.ts';
import type { PaidCalls } from './paid-calls.ts';

/** One item fetched: what was decided (null: nothing), how it lands, and its outcome for progress. */
export interface FetchedItem<Landed> {
  landed: Landed | null;
  /**
   * A decided item's raw bodies, quarantined bodies and its kind's rows, with what lands instead when those are
   * refused; an undecided one's paid-for bodies. `rows` is empty when there is nothing to land.
   */
  landing: LandingItem;
  outcome: string;
}

/**
 * Fetches one item through its paid calls and turns it into rows: the one path every scheduler of the fetch
 * loop takes, in-process (`runFetch`) or across machines (a queue worker). Whoever calls it owns the wallet
 * behind `calls` and where the rows land.
 */
export async function fetchItem<Item, Landed>(
  kind: FetchKind<Item, Landed>,
  item: Item,
  calls: PaidCalls,
  record: { runId: string; provider: string; now: () => Date },
): Promise<FetchedItem<Landed>> {
  const landed = await kind.fetch(item, calls);
  const raws = calls.raws.map((r) => rawRow(record.runId, r));
  if (landed === null) {
    // Paid for but undecided: the bodies land all the same, and the item is tried again later.
    return { landed, landing: { rows: raws.length > 0 ? [[rawResponses, raws]] : [] }, outcome: 'undecided' };
  }
  const bodies: TableRows = [
    [rawResponses, raws],
    [quarantine, calls.raws.map((r) => quarantineRow(record.runId, r)).filter((r): r is Row => r !== null)],
  ];
  const at = record.now();
  return {
    landed,
    landing: {
      rows: [...bodies, ...kind.rows(record.runId, record.provider, landed, at)],
      instead: (why) => [...bodies, ...kind.unstorable(record.runId, record.provider, landed, why, at)],
    },
    outcome: kind.outcome(landed),
  };
}
