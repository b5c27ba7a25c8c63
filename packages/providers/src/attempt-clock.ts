import { performance } from 'node:perf_hooks';
import type { Dispatcher } from 'undici';

/**
 * The attempt's time on the server: it runs from dispatch, and stands still while the caller holds the answer
 * paused (undici's retry handler pauses a 429 through its Retry-After wait; a slow reader pauses the body). Time
 * spent waiting on ourselves is not the server's slowness, and must not end an attempt that is about to be retried.
 */
export class AttemptClock {
  private timer: NodeJS.Timeout | null = null;
  private leftMs: number;
  private runningSince = 0;
  private stopped = false;

  constructor(
    budgetMs: number,
    private readonly onExpiry: () => void,
  ) {
    this.leftMs = budgetMs;
    this.run();
  }

  /** `controller` as the handlers inside see it: their pauses stop the clock, their resumes restart it. */
  watching(controller: Dispatcher.DispatchController): Dispatcher.DispatchController {
    return {
      get aborted() {
        return controller.aborted;
      },
      get paused() {
        return controller.paused;
      },
      get reason() {
        return controller.reason;
      },
      abort: (reason) => controller.abort(reason),
      pause: () => {
        this.hold();
        controller.pause();
      },
      resume: () => {
        this.run();
        controller.resume();
      },
    };
  }

  stop(): void {
    this.stopped = true;
    this.hold();
  }

  private run(): void {
    if (this.stopped || this.timer) return;
    this.runningSince = performance.now();
    this.timer = setTimeout(this.onExpiry, Math.max(0, this.leftMs));
  }

  private hold(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.leftMs -= performance.now() - this.runningSince;
  }
}
