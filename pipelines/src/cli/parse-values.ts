import { parseHandle, parseHashtag } from '@creator-audit/ingest';
import { InvalidArgumentError } from 'commander';

/** Option parsers for commander: each says what was wrong with the value it got. */

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a whole number above 0, got "${value}"`);
  return n;
}

export function nonNegativeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`expected a number of 0 or more, got "${value}"`);
  return n;
}

export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a number above 0, got "${value}"`);
  return n;
}

const UNITS_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `30m`, `24h`, `7d`, or `0` (always refetch). */
export function duration(value: string): number {
  if (value.trim() === '0') return 0;
  const match = /^(\d+(?:\.\d+)?)([smhd])$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected a duration like 90s, 30m, 24h or 7d (or 0), got "${value}"`);
  return Number(match[1]) * (UNITS_MS[match[2] as string] as number);
}

export function oneOf<T extends string>(choices: readonly T[]) {
  return (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`expected one of ${choices.join(', ')}, got "${value}"`);
    }
    return value as T;
  };
}

/** An ISO 8601 instant (`2026-05-21T12:00:00Z`), for the simulator's clock. */
export function instant(value: string): Date {
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(at.getTime())) {
    throw new InvalidArgumentError(`expected an ISO 8601 time like 2026-05-21T12:00:00Z, got "${value}"`);
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
