import {
  DuckDBArrayValue,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBListValue,
  DuckDBMapValue,
  DuckDBStructValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  type DuckDBValue,
} from '@duckdb/node-api';

/**
 * Query results as text, exactly. JSON gets integers of any size as JSON numbers written out digit for digit
 * (2^63 - 1 stays 9223372036854775807; `JSON.parse` would round it, a big-number parser keeps it), decimals
 * as their exact decimal text, doubles as the shortest text that reads back to the same double, non-finite
 * doubles as the strings "NaN", "Infinity", "-Infinity" (JSON has no such numbers), times as ISO 8601 in UTC,
 * lists as arrays, structs as objects, maps as [{key, value}] arrays, anything else (UUID, interval, blob) as
 * DuckDB prints it.
 */

const pad = (n: number | bigint, width: number) => String(n).padStart(width, '0');

/** ISO 8601 in UTC, microseconds kept. */
function isoFromMicros(micros: bigint): string {
  const ms = micros / 1000n - (micros % 1000n < 0n ? 1n : 0n);
  const date = new Date(Number(ms));
  if (Number.isNaN(date.getTime())) return String(micros);
  const fraction = ((micros % 1_000_000n) + 1_000_000n) % 1_000_000n;
  const whole = date.toISOString().slice(0, 19);
  // Milliseconds as JS prints them; six digits only when the microseconds need them.
  return fraction % 1000n === 0n ? `${whole}.${pad(fraction / 1000n, 3)}Z` : `${whole}.${pad(fraction, 6)}Z`;
}

function timestampMicros(value: DuckDBValue): bigint | null {
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) return value.micros;
  if (value instanceof DuckDBTimestampMillisecondsValue) return value.millis * 1000n;
  if (value instanceof DuckDBTimestampSecondsValue) return value.seconds * 1_000_000n;
  if (value instanceof DuckDBTimestampNanosecondsValue) return value.nanos / 1000n;
  return null;
}

function nonFinite(n: number): string | null {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return null;
}

/** One value as JSON text. */
export function jsonText(value: DuckDBValue): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    const special = nonFinite(value);
    return special ? JSON.stringify(special) : JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof DuckDBDecimalValue) return value.toString();
  const micros = timestampMicros(value);
  if (micros !== null) return JSON.stringify(isoFromMicros(micros));
  if (value instanceof DuckDBDateValue) return JSON.stringify(value.toString());
  if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue) return `[${value.items.map(jsonText).join(',')}]`;
  if (value instanceof DuckDBStructValue) {
    return `{${Object.entries(value.entries).map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
  }
  if (value instanceof DuckDBMapValue) return `[${value.entries.map((e) => `{"key":${jsonText(e.key)},"value":${jsonText(e.value)}}`).join(',')}]`;
  return JSON.stringify(String(value));
}

/** One value as a plain text cell (CSV, table): numbers exact, times ISO, nested values as their JSON. NULL is undefined. */
export function cellText(value: DuckDBValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return nonFinite(value) ?? String(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof DuckDBDecimalValue) return value.toString();
  const micros = timestampMicros(value);
  if (micros !== null) return isoFromMicros(micros);
  if (value instanceof DuckDBListValue || value instanceof DuckDBArrayValue || value instanceof DuckDBStructValue || value instanceof DuckDBMapValue) {
    return jsonText(value);
  }
  return String(value);
}

/** Whether a value is a number (right-aligned in a table, never formula-guarded in CSV). */
export function isNumeric(value: DuckDBValue): boolean {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof DuckDBDecimalValue;
}
