import { Warehouse } from '@creator-audit/warehouse';
import type { TableRows } from './fetch-kind.ts';
import { type LandingTarget, rowsByTable, warehouseTarget } from './landing-target.ts';

/** An item to land: its rows, and what to land instead when the warehouse refuses them. */
export interface LandingItem {
  rows: TableRows;
  /** Rows recording that the item's own could not be stored, given why; without them a refusal stops the run. */
  instead?(why: string): TableRows;
}

export interface LandingOptions {
  /** Items per batch (transaction, or set of files) at most. */
  flushEvery: number;
  /** An item waits at most this long before it lands, however slowly the others come. */
  flushAfterMs: number;
  /**
   * Items being fetched or waiting to land (`addAndWait`): once every one of them waits, the batch is written at
   * once (a group commit), so a worker never idles on a batch nobody else will fill.
   */
  inFlight?: () => number;
}

/** A batch's items and the promise `addAndWait` callers wait on. */
interface Batch {
  items: LandingItem[];
  written: Promise<void>;
  settle: (error?: unknown) => void;
}

function newBatch(): Batch {
  let settle: Batch['settle'] = () => undefined;
  const written = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  // Nobody may be waiting on this batch: its failure is still thrown by the chain, never lost.
  written.catch(() => undefined);
  return { items: [], written, settle };
}

/**
 * Buffers decided items and writes them in batches to a target (the warehouse in one transaction, or the lake as
 * Parquet files), each batch whole: an item's raw bodies and rows land together or not at all. A batch is written when it is full, when every item in flight waits for it
 * (`addAndWait`), or when its first item has waited `flushAfterMs`: a worker that lands with `addAndWait` holds its
 * slot until its item is committed, so a kill -9 at any moment loses at most one item per worker, the ones in
 * flight. Flushes are serialised, and a full buffer waits for the batch being written: at most one batch is
 * written while the next one fills, so memory stays flat however far fetching runs ahead of DuckDB.
 */
export class LandingBuffer {
  private pending: Batch = newBatch();
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private landedCount = 0;
  private writeError: Error | null = null;
  private readonly target: LandingTarget;

  constructor(
    target: Warehouse | LandingTarget,
    private readonly options: LandingOptions,
  ) {
    this.target = target instanceof Warehouse ? warehouseTarget(target) : target;
  }

  get landed(): number {
    return this.landedCount;
  }

  /** The error of the write that failed; every later batch fails with it too. */
  get failure(): Error | null {
    return this.writeError;
  }

  /** Adds an item; once the batch is full, resolves only when it has been handed to DuckDB (backpressure). */
  async add(item: LandingItem): Promise<void> {
    this.pending.items.push(item);
    if (this.pending.items.length < this.options.flushEvery) {
      // A failed timed flush is not lost: the chain holds it, and the next add or flush throws it.
      this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.options.flushAfterMs).unref();
      return;
    }
    // Whoever fills the batch while another is being written waits for that write first; items landing
    // meanwhile join this batch instead of queueing batch after batch in memory.
    await this.chain;
    if (this.pending.items.length >= this.options.flushEvery) await this.flush();
  }

  /** Adds an item and resolves once the batch holding it is committed (rejects if that write failed). */
  async addAndWait(item: LandingItem): Promise<void> {
    const batch = this.pending;
    await this.add(item);
    const inFlight = this.options.inFlight?.();
    if (batch === this.pending && inFlight !== undefined && batch.items.length >= inFlight) void this.flush().catch(() => undefined);
    await batch.written;
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = newBatch();
    if (batch.items.length === 0) {
      batch.settle();
      return this.chain;
    }
    this.chain = this.chain.then(async () => {
      try {
        await this.write(batch.items);
        batch.settle();
      } catch (error) {
        this.writeError ??= error as Error;
        batch.settle(error);
        throw error;
      }
    });
    return this.chain;
  }

  /**
   * One write for the batch. When the target refuses it, each item is written alone, and an item it
   * refuses alone is landed as its `instead` rows: one bad record costs one item, and the rest of the batch lands.
   */
  private async write(batch: LandingItem[]): Promise<void> {
    try {
      await this.target.write(rowsByTable(batch.map((item) => item.rows)));
    } catch (error) {
      if (batch.length > 1) {
        for (const item of batch) await this.write([item]);
        return;
      }
      const instead = (batch[0] as LandingItem).instead?.((error as Error).message);
      if (!instead) throw error;
      await this.target.write(rowsByTable([instead]));
    }
    this.landedCount += batch.length;
  }
}
