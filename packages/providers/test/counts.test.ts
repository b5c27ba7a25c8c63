import { describe, expect, it } from 'vitest';
import { preferExact, readCount } from '../src/counts.ts';

describe('readCount', () => {
  it('reads numeric strings exactly, beyond int32', () => {
    expect(readCount('11907467940')).toEqual({ value: 11_907_467_940 });
    expect(readCount(' 427682 ')).toEqual({ value: 427_682 });
  });
  it('flags a wrapped negative count instead of trusting it', () => {
    expect(readCount(-977433948)).toEqual({ value: null, problem: 'negative (wrapped?): -977433948' });
    expect(readCount('-5').value).toBeNull();
  });
  it('refuses values that cannot be exact', () => {
    expect(readCount(1.5).value).toBeNull();
    expect(readCount('9007199254740993').problem).toMatch(/too large/);
    expect(readCount('12k').problem).toMatch(/not an integer/);
    expect(readCount(true).problem).toMatch(/not a count/);
  });
  it('reports a missing count as missing, never 0', () => {
    expect(readCount(undefined)).toEqual({ value: null, problem: 'missing' });
  });
});

describe('preferExact', () => {
  it('prefers the exact statsV2 string over the rounded number', () => {
    expect(preferExact('427682', 427700)).toEqual({ value: 427_682 });
  });
  it('falls back to stats when statsV2 is absent', () => {
    expect(preferExact(undefined, 427700)).toEqual({ value: 427_700 });
  });
  it('recovers the exact value when stats overflowed int32', () => {
    expect(preferExact('11907467940', -977433948)).toEqual({ value: 11_907_467_940 });
  });
  it('explains when neither value can be trusted', () => {
    const r = preferExact('-1', -977433948);
    expect(r.value).toBeNull();
    expect(r.problem).toContain('statsV2');
  });
});
