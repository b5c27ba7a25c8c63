import { describe, expect, it } from 'vitest';
import { CreditBudget } from '../src/budget.ts';

describe('CreditBudget', () => {
  it('refuses a wallet the budget cannot cover, counting what others hold', () => {
    const budget = new CreditBudget(5);
    const a = budget.open(2);
    const b = budget.open(2);
    expect(a && b).toBeTruthy();
    expect(budget.open(2)).toBeNull();
    expect(budget.open(1)).not.toBeNull();
  });
  it('charges actual costs and releases what a wallet did not use', () => {
    const budget = new CreditBudget(4);
    const w = budget.open(3);
    if (!w) throw new Error('expected a wallet');
    w.pay(1);
    w.close();
    expect(budget.spent).toBe(1);
    expect(budget.open(3)).not.toBeNull();
  });
  it('reserves more for a creator that needs extra pages, only while the budget allows', () => {
    const budget = new CreditBudget(3);
    const w = budget.open(2);
    if (!w) throw new Error('expected a wallet');
    w.pay(1);
    w.pay(1);
    expect(w.ensure(1)).toBe(true);
    w.pay(1);
    expect(w.ensure(1)).toBe(false);
    expect(budget.spent).toBe(3);
  });
  it('holds what calls are really billed once the vendor charges above the estimate', () => {
    const budget = new CreditBudget(10);
    const w = budget.open(3);
    if (!w) throw new Error('expected a wallet');
    w.pay(2);
    expect(w.ensure(1)).toBe(true);
    w.pay(2);
    expect(budget.callCost(1)).toBe(2);
    // Held nothing left: the next call needs 2 more, and 10 - 4 spent leaves room for it.
    expect(w.ensure(1)).toBe(true);
    expect(budget.open(3 * budget.callCost(1))).toBeNull();
  });
  it('starts a resumed run from what it already spent', () => {
    const budget = new CreditBudget(10, 9);
    expect(budget.spent).toBe(9);
    expect(budget.open(2)).toBeNull();
    expect(budget.open(1)).not.toBeNull();
  });
  it('has no limit without --max-credits', () => {
    const budget = new CreditBudget(null);
    expect(budget.open(1e9)).not.toBeNull();
  });
  it("keeps what a creator holds for it after a call that cost less, so nobody else can take it", () => {
    const budget = new CreditBudget(4);
    const w = budget.open(2);
    if (!w || !budget.open(2)) throw new Error('expected two wallets');
    w.pay(1);
    // 1 spent, 1 still held by w, 2 by the other wallet: nothing is free, and w's next call is covered.
    expect(budget.open(1)).toBeNull();
    expect(w.ensure(1)).toBe(true);
    w.pay(1);
    expect(budget.spent).toBe(2);
  });
  it('tops a reservation up by only what it lacks once bills rise, up to an exact budget', () => {
    const budget = new CreditBudget(4);
    const w = budget.open(3);
    if (!w) throw new Error('expected a wallet');
    w.pay(2);
    // 2 spent, 1 held, calls now cost 2: the next needs 1 more, and 2 + 1 + 1 is exactly the budget.
    expect(w.ensure(1)).toBe(true);
    w.pay(2);
    expect(budget.spent).toBe(4);
    expect(budget.open(1)).toBeNull();
  });
});

describe("CreditBudget and the vendor's account (credits_remaining)", () => {
  it('caps the run at what the account holds when that is below --max-credits, and names the account', () => {
    const budget = new CreditBudget(10);
    budget.observeRemaining(4);
    expect(budget.cap).toBe(4);
    expect(budget.vendorLimited).toBe(true);
    expect(budget.open(5)).toBeNull();
    expect(budget.open(4)).not.toBeNull();
  });
  it('keeps --max-credits when the account holds as much or more: the account is not what stops the run', () => {
    for (const remaining of [10, 40]) {
      const budget = new CreditBudget(10);
      budget.observeRemaining(remaining);
      expect(budget.cap).toBe(10);
      expect(budget.vendorLimited).toBe(false);
    }
  });
  it('without --max-credits, the account is the only cap', () => {
    const budget = new CreditBudget(null);
    expect(budget.vendorLimited).toBe(false);
    budget.observeRemaining(3);
    expect(budget.cap).toBe(3);
    expect(budget.vendorLimited).toBe(true);
  });
  it('counts what is already spent, and an account at 0 stops the run', () => {
    const budget = new CreditBudget(null, 7);
    budget.observeRemaining(0);
    expect(budget.cap).toBe(7);
    expect(budget.open(1)).toBeNull();
  });
  it('trusts the lowest figure: a late answer saying the account holds more does not raise the cap', () => {
    const budget = new CreditBudget(null);
    budget.observeRemaining(5);
    budget.observeRemaining(9);
    expect(budget.cap).toBe(5);
  });
  it('ignores a figure that is not a number of credits (negative, NaN, infinite) or no figure', () => {
    const budget = new CreditBudget(10);
    for (const remaining of [null, -1, Number.NaN, Number.POSITIVE_INFINITY]) budget.observeRemaining(remaining);
    expect(budget.cap).toBe(10);
    expect(budget.vendorLimited).toBe(false);
  });
});
