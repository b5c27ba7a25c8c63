import { z } from 'zod';

/**
 * A count as TikTok sends it: a JSON number (rounded for big values, sometimes wrapped to a
 * negative int32) or an exact numeric string (statsV2). We read it exactly and never trust a
 * value that cannot be a count: it becomes `null` with a reason, never a silent 0.
 */
export type CountReading = { value: number; problem?: undefined } | { value: null; problem: string };

const DIGITS = /^-?\d+$/;

export function readCount(raw: unknown): CountReading {
  if (raw === undefined || raw === null) return { value: null, problem: 'missing' };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (!DIGITS.test(text)) return { value: null, problem: `not an integer: ${JSON.stringify(raw).slice(0, 40)}` };
    const big = BigInt(text);
    if (big < 0n) return { value: null, problem: `negative (wrapped?): ${text}` };
    if (big > BigInt(Number.MAX_SAFE_INTEGER)) return { value: null, problem: `too large to be exact: ${text}` };
    return { value: Number(big) };
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || !Number.isInteger(raw)) return { value: null, problem: `not an integer: ${raw}` };
    if (raw < 0) return { value: null, problem: `negative (wrapped?): ${raw}` };
    if (!Number.isSafeInteger(raw)) return { value: null, problem: `too large to be exact: ${raw}` };
    return { value: raw };
  }
  return { value: null, problem: `not a count: ${typeof raw}` };
}

/** Wire value of a count: kept as sent, judged by `readCount` when normalising. */
export const wireCount = z.union([z.number(), z.string()]).nullish();

/**
 * Picks the exact `statsV2` string when it is a usable count, else the `stats` number.
 * Records a problem when neither can be trusted, so the caller can flag it.
 */
export function preferExact(exact: unknown, rounded: unknown): CountReading {
  const fromExact = readCount(exact);
  if (fromExact.value !== null) return fromExact;
  const fromRounded = readCount(rounded);
  if (fromRounded.value !== null) return fromRounded;
  if (exact === undefined || exact === null) return fromRounded;
  return { value: null, problem: `statsV2 ${fromExact.problem}; stats ${fromRounded.problem}` };
}
