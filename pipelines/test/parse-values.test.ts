import { describe, expect, it } from 'vitest';
import { OPTION_LIMITS } from '../src/cli/option-sets.ts';
import { instant } from '../src/cli/parse-values.ts';

describe('option values', () => {
  it.each([
    [OPTION_LIMITS.rps, '1e-9', /from 0\.01 to 1,000, got "1e-9"/],
    [OPTION_LIMITS.concurrency, '100000', /from 1 to 64, got "100000"/],
    [OPTION_LIMITS.concurrency, '2.5', /whole number from 1 to 64/],
    [OPTION_LIMITS.maxCredits, '-1', /from 0 to 1,000,000,000/],
    [OPTION_LIMITS.maxAge, '99999999999999999999d', /0 or from 1s to 3650d, got "99999999999999999999d"/],
    [OPTION_LIMITS.timeout, '0', /from 1s to 10m, got "0"/],
    [OPTION_LIMITS.timeout, '20m', /from 1s to 10m/],
    [OPTION_LIMITS.videos, '', /whole number from 1 to 1,000/],
    [instant, '2026-02-30T00:00:00Z', /an existing ISO 8601 time/],
    [instant, '2026-05-21T12:00:00', /with its zone/],
    [instant, '2026-13-01T00:00:00Z', /an existing ISO 8601 time/],
  ])('refuses %#: "%s", saying what is allowed', (parse, value, message) => {
    expect(() => (parse as (v: string) => unknown)(value)).toThrow(message);
  });

  it('takes what is in range, and 0 where it means "always"', () => {
    expect(OPTION_LIMITS.rps('0.5')).toBe(0.5);
    expect(OPTION_LIMITS.maxAge('0')).toBe(0);
    expect(OPTION_LIMITS.maxAge('7d')).toBe(7 * 86_400_000);
    expect(OPTION_LIMITS.timeout('90s')).toBe(90_000);
    expect(instant('2024-02-29T23:59:59Z').toISOString()).toBe('2024-02-29T23:59:59.000Z');
    expect(instant('2026-05-21T14:00:00+02:00').toISOString()).toBe('2026-05-21T12:00:00.000Z');
  });
});
