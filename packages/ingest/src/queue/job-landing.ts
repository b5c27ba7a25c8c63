import type { LandingBuffer, LandingItem } from '../fetch-loop/landing-buffer.ts';

/**
 * A worker's jobs landing in the lake: each waits until the batch holding its rows is written, since only then
 * may it be acknowledged. A job waiting for its batch holds its slot, so the batch is written as soon as every
 * job in flight waits for it (the queue's last jobs do not wait out the timer), or when full, or after the timer.
 */
export class JobLanding {
  private inFlight = 0;
  private waiting = 0;

  constructor(readonly buffer: LandingBuffer) {}

  /** Runs one job's work, counted as in flight. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
      this.flushIfAllWait();
    }
  }

  /** Lands a job's rows; resolves once they are written. */
  async land(item: LandingItem): Promise<void> {
    const written = this.buffer.addAndWait(item);
    this.waiting++;
    this.flushIfAllWait();
    try {
      await written;
    } finally {
      this.waiting--;
    }
  }

  private flushIfAllWait(): void {
    // A failed write rejects every job waiting on that batch (`written` above): nothing is lost by not awaiting it here.
    if (this.waiting > 0 && this.waiting >= this.inFlight) this.buffer.flush().catch(() => undefined);
  }
}
