import { type Fetched, RunStoppingError } from '@creator-audit/providers';
import { type LandedRaw, landRaw } from './landed-raw.ts';

/**
 * One item's share of the credit budget: the run's own (`Wallet`, in memory) or a queue's (held in Redis and
 * shared by every worker), hence the promises.
 */
export interface ItemWallet {
  /** Makes sure the next call (`expected` credits, or more once calls are billed higher) is covered. */
  ensure(expected: number): boolean | Promise<boolean>;
  /** Pays a call's bill, whatever it came to. */
  pay(actual: number): void | Promise<void>;
  /** Passes on what the vendor's account has left after a call (null: it did not say). */
  observeRemaining(remaining: number | null): void | Promise<void>;
}

/** Runs one call when the rate allows it. */
export type CallGate = <R>(call: () => Promise<R>) => Promise<R>;

/** Why a paid call was refused: the item's budget ran out, the vendor ended the run, or the analyst interrupted. */
export type Refusal = 'budget' | 'run_stopping' | 'interrupted';

/** What the run tells each item's calls: whether further calls may go out at all. */
export interface CallPermit {
  /** Why no call may start now, or null. */
  refusal(): Refusal | null;
  /** The vendor ended the run: no item calls again. */
  vendorStopped(error: RunStoppingError): void;
}

/**
 * One item's calls: each waits its turn at the rate gate, is paid from the item's wallet, and its raw body is
 * kept to land with the item. A call the run cannot make (no credits left for it, the vendor refused the key or
 * the credits, an interrupt) is not made: `paid` returns null and `refusal` says why.
 */
export class PaidCalls {
  readonly raws: LandedRaw[] = [];
  credits = 0;
  refusal: Refusal | null = null;
  /** The vendor's refusal, when it ended the run during this item. */
  vendorStop: RunStoppingError | null = null;

  constructor(
    private readonly wallet: ItemWallet,
    private readonly creditsPerCall: number,
    private readonly gate: CallGate,
    private readonly permit: CallPermit,
  ) {}

  /** `call` may answer null when the provider had nothing to ask (a hashtag paged by name): null, and `refusal` stays null. */
  async paid<T>(call: () => Promise<Fetched<T> | null>): Promise<Fetched<T> | null> {
    const refused = this.permit.refusal() ?? ((await this.wallet.ensure(this.creditsPerCall)) ? null : 'budget');
    if (refused) {
      this.refusal = refused;
      return null;
    }
    let fetched: Fetched<T> | null;
    try {
      fetched = await this.gate(call);
    } catch (error) {
      if (!(error instanceof RunStoppingError)) throw error;
      this.refusal = 'run_stopping';
      this.vendorStop = error;
      this.permit.vendorStopped(error);
      return null;
    }
    if (fetched === null) return null;
    await this.wallet.pay(fetched.raw.credits);
    await this.wallet.observeRemaining(fetched.raw.creditsRemaining);
    this.credits += fetched.raw.credits;
    this.raws.push(landRaw(fetched));
    return fetched;
  }
}
