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
});
