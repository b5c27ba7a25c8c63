import type { Redis } from 'ioredis';
import { ingestMessages } from '../messages.ts';
import { BACK_OFF, BACKED_OFF, OBSERVE_REMAINING, RECORD_OUTCOME, RELEASE, RESERVE, SETTLE, SLOT, STOP_RUN, TAKE } from './ledger-scripts.ts';
import { ledgerKeys, RUN_TTL_S } from './queue-names.ts';

const SCRIPTS = {
  caReserve: [2, RESERVE],
  caTake: [2, TAKE],
  caSettle: [1, SETTLE],
  caRelease: [2, RELEASE],
  caSlot: [1, SLOT],
  caBackOff: [1, BACK_OFF],
  caBackedOff: [1, BACKED_OFF],
  caRecordOutcome: [2, RECORD_OUTCOME],
  caStopRun: [1, STOP_RUN],
  caObserveRemaining: [1, OBSERVE_REMAINING],
} as const;

type ScriptName = keyof typeof SCRIPTS;
type Scripted = Record<ScriptName, (...keysThenArgs: Array<string | number>) => Promise<string | number>>;

/** How a run stopped short, as the queue keeps it for `enqueue --wait` and the next enqueue. */
export interface RunStopRecord {
  kind: 'budget' | 'run_stopping';
  message: string;
}

/**
 * A queue's budgets, pace and outcome ledger in Redis, through the scripts in ledger-scripts.ts. One instance
 * per queue and connection; every method is one atomic round trip.
 */
export class QueueLedger {
  readonly keys: ReturnType<typeof ledgerKeys>;
  private readonly scripts: Scripted;

  constructor(
    readonly redis: Redis,
    readonly queue: string,
  ) {
    this.keys = ledgerKeys(queue);
    for (const [name, [numberOfKeys, lua]] of Object.entries(SCRIPTS)) {
      if (!(name in redis)) redis.defineCommand(name, { numberOfKeys, lua });
    }
    this.scripts = redis as unknown as Scripted;
  }

  /** Credits held for the job (topped up to `calls` x the call cost), or null when the budget cannot cover them. */
  async reserve(runId: string, jobId: string, calls: number, creditsPerCall: number): Promise<number | null> {
    const held = Number(await this.scripts.caReserve(this.keys.run(runId), this.keys.hold(jobId), calls, creditsPerCall));
    return held < 0 ? null : held;
  }

  /** Takes one call's credits; null when the budget has none left for it. */
  async take(runId: string, jobId: string, creditsPerCall: number): Promise<number | null> {
    const taken = Number(await this.scripts.caTake(this.keys.run(runId), this.keys.hold(jobId), creditsPerCall));
    return taken < 0 ? null : taken;
  }

  async settle(runId: string, taken: number, billed: number): Promise<void> {
    await this.scripts.caSettle(this.keys.run(runId), taken, billed);
  }

  async observeRemaining(runId: string, remaining: number): Promise<void> {
    await this.scripts.caObserveRemaining(this.keys.run(runId), remaining);
  }

  /** The message for a budget stop: `--max-credits` reached, or the vendor's account nearly empty. */
  async budgetMessage(runId: string): Promise<string> {
    const [max, ceiling, spent] = (await this.redis.hmget(this.keys.run(runId), 'max', 'vendor_ceiling', 'spent')).map((v) => (v === null ? null : Number(v)));
    if (ceiling != null && (max == null || ceiling < max)) return ingestMessages.vendorCreditsLow(Math.max(0, ceiling - (spent ?? 0)));
    return ingestMessages.budgetReached(max ?? null);
  }

  async release(runId: string, jobId: string): Promise<void> {
    await this.scripts.caRelease(this.keys.run(runId), this.keys.hold(jobId));
  }

  /** Milliseconds until this caller's call slot. */
  async slot(): Promise<number> {
    return Number(await this.scripts.caSlot(this.keys.pace));
  }

  async backOff(ms: number): Promise<number> {
    return Number(await this.scripts.caBackOff(this.keys.pace, Math.ceil(ms)));
  }

  async backedOff(): Promise<number> {
    return Number(await this.scripts.caBackedOff(this.keys.pace));
  }

  /** Records a job's outcome once; true the first time. */
  async recordOutcome(runId: string, username: string, outcome: string): Promise<boolean> {
    return Number(await this.scripts.caRecordOutcome(this.keys.outcomes(runId), this.keys.tally(runId), username, outcome, RUN_TTL_S)) === 1;
  }

  async stopRun(runId: string, stop: RunStopRecord): Promise<void> {
    await this.scripts.caStopRun(this.keys.run(runId), stop.kind, stop.message);
  }

  async runStop(runId: string): Promise<RunStopRecord | null> {
    const [kind, message] = await this.redis.hmget(this.keys.run(runId), 'stop_kind', 'stop_message');
    return kind === 'budget' || kind === 'run_stopping' ? { kind, message: message ?? '' } : null;
  }

  async spent(runId: string): Promise<number> {
    return Number((await this.redis.hget(this.keys.run(runId), 'spent')) ?? 0);
  }
}
