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
    expect(readCount(null)).toEqual({ value: null, problem: 'missing' });
  });
  it('reads 0 as the count it is, as a string or a number', () => {
    expect(readCount('0')).toEqual({ value: 0 });
    expect(readCount(0)).toEqual({ value: 0 });
  });
  it('reads the largest exact count, and nothing past it', () => {
    expect(readCount(String(Number.MAX_SAFE_INTEGER))).toEqual({ value: Number.MAX_SAFE_INTEGER });
    expect(readCount(Number.MAX_SAFE_INTEGER)).toEqual({ value: Number.MAX_SAFE_INTEGER });
    expect(readCount(2 ** 53 + 2)).toEqual({ value: null, problem: 'too large to be exact: 9007199254740994' });
  });
  it('a string is a count only when all of it is digits: "1e3" and "x12" are not, and nothing throws', () => {
    expect(readCount('1e3')).toEqual({ value: null, problem: 'not an integer: "1e3"' });
    expect(readCount('x12')).toEqual({ value: null, problem: 'not an integer: "x12"' });
  });
  it('says why, in a problem of bounded length', () => {
    expect(readCount('-5')).toEqual({ value: null, problem: 'negative (wrapped?): -5' });
    expect(readCount(1.5)).toEqual({ value: null, problem: 'not an integer: 1.5' });
    const long = 'n/a '.repeat(50);
    expect(readCount(long)).toEqual({ value: null, problem: `not an integer: ${JSON.stringify(long).slice(0, 40)}` });
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
  it('falls back to stats when statsV2 is there but unusable', () => {
    expect(preferExact('12k', 427700)).toEqual({ value: 427_700 });
  });
  it("with no statsV2 at all, stats' own problem is the problem", () => {
    expect(preferExact(null, -5)).toEqual({ value: null, problem: 'negative (wrapped?): -5' });
    expect(preferExact(undefined, undefined)).toEqual({ value: null, problem: 'missing' });
  });
  it('explains when neither value can be trusted', () => {
    const r = preferExact('-1', -977433948);
    expect(r.value).toBeNull();
    expect(r.problem).toContain('statsV2');
  });
});
