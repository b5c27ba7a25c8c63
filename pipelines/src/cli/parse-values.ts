import { parseHandle, parseHashtag } from '@creator-audit/ingest';
import { InvalidArgumentError } from 'commander';

/** Option parsers for commander: each says what was wrong with the value it got. */

const formatted = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** A whole number from `min` to `max`. */
export function intIn(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value.trim());
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${formatted(min)} to ${formatted(max)}, got "${value}"`);
    }
    return n;
  };
}

/** A number from `min` to `max`. */
export function numberIn(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value.trim());
    if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a number from ${formatted(min)} to ${formatted(max)}, got "${value}"`);
    }
    return n;
  };
}

const UNITS_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * `90s`, `30m`, `24h`, `7d` (or `0` where `allowZero`), between `min` and `max` milliseconds: a duration a
 * clock can subtract, never one that overflows it.
 */
export function durationIn(minMs: number, maxMs: number, options: { allowZero: boolean }) {
  const range = `${options.allowZero ? '0 or ' : ''}from ${describeMs(minMs)} to ${describeMs(maxMs)}`;
  return (value: string): number => {
    const text = value.trim();
    if (text === '0' && options.allowZero) return 0;
    const match = /^(\d+(?:\.\d+)?)([smhd])$/.exec(text);
    const ms = match ? Number(match[1]) * (UNITS_MS[match[2] as string] as number) : Number.NaN;
    if (!match || !(ms >= minMs && ms <= maxMs)) {
      throw new InvalidArgumentError(`expected a duration like 90s, 30m, 24h or 7d, ${range}, got "${value}"`);
    }
    return ms;
  };
}

function describeMs(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms / 1000}s`;
}

export function oneOf<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`expected one of ${choices.join(', ')}, got "${value}"`);
    }
    return value as T;
  };
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO 8601 instant with its zone (`2026-05-21T12:00:00Z`), for the simulator's clock. A date that does not
 * exist (February 30th) is refused: `new Date` would quietly make it March 2nd.
 */
export function instant(value: string): Date {
  const text = value.trim();
  const match = ISO_INSTANT.exec(text);
  const at = new Date(text);
  const [, y, mo, d, h, mi, sec] = match ?? [];
  const exists =
    match !== null &&
    Number(mo) >= 1 && Number(mo) <= 12 &&
    Number(d) >= 1 && Number(d) <= new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate() &&
    Number(h) <= 23 && Number(mi) <= 59 && Number(sec ?? 0) <= 59;
  if (!exists || Number.isNaN(at.getTime())) {
    throw new InvalidArgumentError(`expected an existing ISO 8601 time with its zone, like 2026-05-21T12:00:00Z, got "${value}"`);
  }
  return at;
}

/** A handle, @handle or profile URL, normalised as in creator lists. */
export function handle(value: string): string {
  const parsed = parseHandle(value);
  if ('reason' in parsed) throw new InvalidArgumentError(parsed.reason);
  return parsed.handle;
}

/** A hashtag, #hashtag or tag page URL, normalised as for track-campaign. */
export function hashtag(value: string): string {
  const parsed = parseHashtag(value);
  if ('reason' in parsed) throw new InvalidArgumentError(parsed.reason);
  return parsed.hashtag;
}

/** A share of a whole: above 0, at most 1. */
export function share(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new InvalidArgumentError(`expected a share above 0 and at most 1, got "${value}"`);
  return n;
}
