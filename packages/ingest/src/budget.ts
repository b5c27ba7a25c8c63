/**
 * The run's credit budget (`--max-credits`). Work reserves what it expects to spend before it calls, so
 * concurrent creators cannot overshoot together; unused reservations are released when a creator ends.
 * A resumed run starts from what it already spent: the budget caps the run, not each invocation of it.
 */
export class CreditBudget {
  private spentCredits: number;
  private reservedCredits = 0;
  private highestBill = 0;
  /** The most the vendor's account can still pay for, as its last answer said (`credits_remaining`); null: unknown. */
  private vendorCeiling: number | null = null;

  constructor(
    readonly max: number | null,
    alreadySpent = 0,
  ) {
    this.spentCredits = alreadySpent;
  }

  get spent(): number {
    return this.spentCredits;
  }

  /** Opens a wallet holding `credits`, or returns null when the budget cannot cover them. */
  open(credits: number): Wallet | null {
    return this.reserve(credits) ? new Wallet(this, credits) : null;
  }

  reserve(credits: number): boolean {
    const cap = this.cap;
    if (cap !== null && this.spentCredits + this.reservedCredits + credits > cap) return false;
    this.reservedCredits += credits;
    return true;
  }

  /** Moves credits from reserved to spent; a call may cost more than reserved (vendor-reported), never less than 0. */
  settle(reserved: number, spent: number): void {
    this.reservedCredits -= reserved;
    this.spentCredits += spent;
  }

  /** What to hold for one call: the provider's estimate, or the most a call has actually been billed if that is more. */
  callCost(expected: number): number {
    return Math.max(expected, this.highestBill);
  }

  /** What the run may spend in all: `--max-credits`, or less when the vendor's account holds less. */
  get cap(): number | null {
    if (this.vendorCeiling === null) return this.max;
    return this.max === null ? this.vendorCeiling : Math.min(this.max, this.vendorCeiling);
  }

  /** True when the vendor's account, not `--max-credits`, is what stops the run. */
  get vendorLimited(): boolean {
    return this.vendorCeiling !== null && (this.max === null || this.vendorCeiling < this.max);
  }

  /**
   * Learns what the account has left after an answer, so the run stops cleanly before it runs dry instead of at
   * the first 402. Answers arrive out of order under concurrency: the lowest figure seen is the one trusted.
   */
  observeRemaining(remaining: number | null): void {
    if (remaining === null || !Number.isFinite(remaining) || remaining < 0) return;
    const ceiling = this.spentCredits + remaining;
    this.vendorCeiling = this.vendorCeiling === null ? ceiling : Math.min(this.vendorCeiling, ceiling);
  }

  /** Learns from a call's bill, so later reservations cover what the vendor really charges. */
  observeBill(credits: number): void {
    this.highestBill = Math.max(this.highestBill, credits);
  }
}

/** One creator's share of the budget. */
export class Wallet {
  private held: number;

  constructor(
    private readonly budget: CreditBudget,
    credits: number,
  ) {
    this.held = credits;
  }

  /** Makes sure the next call is covered (`expected` credits, or more once calls are billed higher), reserving more if needed. */
  ensure(expected: number): boolean {
    const need = this.budget.callCost(expected);
    if (this.held >= need) return true;
    if (!this.budget.reserve(need - this.held)) return false;
    this.held = need;
    return true;
  }

  /**
   * Pays a call's bill out of what this creator holds. A bill above that is spent all the same (the vendor
   * already charged it); the budget learns it, so the next calls hold enough.
   */
  pay(actual: number): void {
    const covered = Math.min(actual, this.held);
    this.held -= covered;
    this.budget.settle(covered, actual);
    this.budget.observeBill(actual);
  }

  /** Passes on what the vendor's account has left after this call. */
  observeRemaining(remaining: number | null): void {
    this.budget.observeRemaining(remaining);
  }

  close(): void {
    this.budget.settle(this.held, 0);
    this.held = 0;
  }
}
