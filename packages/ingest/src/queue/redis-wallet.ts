import type { ItemWallet } from '../fetch-loop/paid-calls.ts';
import type { QueueLedger } from './queue-ledger.ts';

/**
 * A job's wallet when the budget lives in Redis: each call's credits are checked and taken atomically before it
 * goes out (from the job's hold, then from what the run has left) and the bill settled after. A worker killed
 * between the two leaves the credits counted as spent: the ledger can overstate what the vendor billed, never
 * understate it, so the budget holds whatever dies.
 */
export class RedisWallet implements ItemWallet {
  private taken = 0;

  constructor(
    private readonly ledger: QueueLedger,
    private readonly runId: string,
    private readonly jobId: string,
  ) {}

  async ensure(expected: number): Promise<boolean> {
    const taken = await this.ledger.take(this.runId, this.jobId, expected);
    if (taken === null) return false;
    this.taken = taken;
    return true;
  }

  async pay(actual: number): Promise<void> {
    await this.ledger.settle(this.runId, this.taken, actual);
    this.taken = 0;
  }

  async observeRemaining(remaining: number | null): Promise<void> {
    if (remaining === null || !Number.isFinite(remaining) || remaining < 0) return;
    await this.ledger.observeRemaining(this.runId, remaining);
  }
}
