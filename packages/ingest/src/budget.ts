/**
 * The run's credit budget (`--max-credits`). Work reserves what it expects to spend before it calls, so
 * concurrent creators cannot overshoot together; unused reservations are released when a creator ends.
 * A resumed run starts from what it already spent: the budget caps the run, not each invocation of it.
 */
export class CreditBudget {
  private spentCredits: number;
  private reservedCredits = 0;

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
    if (this.max !== null && this.spentCredits + this.reservedCredits + credits > this.max) return false;
    this.reservedCredits += credits;
    return true;
  }

  /** Moves credits from reserved to spent; a call may cost more than reserved (vendor-reported), never less than 0. */
  settle(reserved: number, spent: number): void {
    this.reservedCredits -= reserved;
    this.spentCredits += spent;
  }
}

/** One creator's share of the budget. */
export class Wallet {
  private held: number;
  spent = 0;

  constructor(
    private readonly budget: CreditBudget,
    credits: number,
  ) {
    this.held = credits;
  }

  /** Makes sure `credits` are held for the next call, reserving more from the budget if needed. */
  ensure(credits: number): boolean {
    if (this.held >= credits) return true;
    if (!this.budget.reserve(credits - this.held)) return false;
    this.held = credits;
    return true;
  }

  /** Records a call's actual cost against what it held for it. */
  pay(reservedForCall: number, actual: number): void {
    const used = Math.min(reservedForCall, this.held);
    this.held -= used;
    this.budget.settle(used, actual);
    this.spent += actual;
  }

  close(): void {
    this.budget.settle(this.held, 0);
    this.held = 0;
  }
}
