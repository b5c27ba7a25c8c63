import type { Row, RunKind, TableDef, Warehouse } from '@creator-audit/warehouse';
import type { PaidCalls } from './paid-calls.ts';

/** Rows for several tables, landed together in one transaction, in this order. */
export type TableRows = ReadonlyArray<readonly [TableDef, readonly Row[]]>;

/**
 * One kind of thing the fetch loop gathers (creators, hashtag scans, TikHub fake-view reports, ...): how to
 * fetch one item through paid calls (a kind holds the client it calls), how it lands, and how a run of them is
 * recorded. The loop owns everything
 * else: concurrency, pacing, the credit budget, resume, freshness, landing, interrupts and how a run stops.
 */
export interface FetchKind<Item, Landed> {
  /** `runs.kind`. */
  readonly kind: RunKind;
  /** Fetch items one after another (a hashtag scan is many pages of one list) or `concurrency` at once. */
  readonly sequential?: boolean;
  /**
   * What an interrupt does to an item in flight: `finish` lets it complete its calls (a creator is a few calls),
   * `stop` asks for no further call (a hashtag scan can be a hundred pages) and lands what it has.
   */
  readonly onInterrupt: 'finish' | 'stop';
  /** The item's key in its outcome table: resume and freshness go by it. */
  key(item: Item): string;
  /** Calls one item is expected to cost, reserved before its first call so concurrent items cannot overshoot. */
  expectedCalls(item: Item): number;
  /**
   * Fetches one item, every call through `calls.paid`. Returns null when nothing was decided about the item
   * (the run stopped before its first answer): it is then recorded as not reached and tried again on resume.
   */
  fetch(item: Item, calls: PaidCalls): Promise<Landed | null>;
  /** The rows that land a decided item (its raw bodies are landed beside them by the loop). */
  rows(runId: string, provider: string, landed: Landed, decidedAt: Date): TableRows;
  /**
   * The rows that record an item whose own rows could not be stored (a value the warehouse refuses): its
   * outcome says why, so one bad record costs that item, never the run. Its raw bodies land beside them.
   */
  unstorable(runId: string, provider: string, landed: Landed, why: string, decidedAt: Date): TableRows;
  /** The item's outcome, for progress and the run's tally. */
  outcome(landed: Landed): string;
  /** Items already decided in this run (a resumed run skips them). */
  decided(warehouse: Warehouse, runId: string): Promise<Set<string>>;
  /** Outcome counts over the whole run (every invocation of a resumed one). */
  tally(warehouse: Warehouse, runId: string): Promise<Record<string, number>>;
  /** Rows saying an item was skipped as fresh, or nothing when such items leave no trace. */
  skippedFresh?(runId: string, provider: string, key: string, decidedAt: Date): TableRows;
  /** Rows saying an item was never reached and why, or nothing when the summary's list is the record. */
  notReached?(runId: string, provider: string, key: string, why: NotReached, decidedAt: Date): TableRows;
  /** Called when a run is resumed: forget the not-reached records the next attempt will replace. */
  reopen?(warehouse: Warehouse, runId: string): Promise<void>;
}

interface NotReached {
  /** The budget ran out before the item (`budget_exhausted`), or the run stopped for another reason. */
  budget: boolean;
  message: string;
}
