/**
 * Python's format specs used by the seed's flag texts (`f'{x:.2f}'`, `{n:,}`, `{x:,.0f}`), reproduced
 * exactly: a float is formatted from its exact binary value and rounded half to even, so 0.125 gives
 * "0.12" where `Number#toFixed` gives "0.13" (and switches to exponent form from 1e21).
 */

const EXPONENT_BIAS = 1075;

/** The double as `mantissa * 2 ** exponent` with an integer mantissa. */
function exactParts(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  return biased === 0 ? { mantissa: fraction, exponent: 1 - EXPONENT_BIAS } : { mantissa: fraction | (1n << 52n), exponent: biased - EXPONENT_BIAS };
}

/** round(|x| * 10**digits), half to even, computed exactly. */
function scaledRounded(x: number, digits: number): bigint {
  const { mantissa, exponent } = exactParts(Math.abs(x));
  const scaled = mantissa * 10n ** BigInt(digits);
  if (exponent >= 0) return scaled << BigInt(exponent);
  const divisor = 1n << BigInt(-exponent);
  const quotient = scaled / divisor;
  const twiceRemainder = (scaled % divisor) * 2n;
  if (twiceRemainder > divisor || (twiceRemainder === divisor && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `format(x, '.{digits}f')`, or `',.{digits}f'` with `grouping`. */
export function formatFixed(x: number, digits: number, grouping = false): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const text = scaledRounded(x, digits).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const head = grouping ? groupThousands(whole) : whole;
  return digits === 0 ? `${sign}${head}` : `${sign}${head}.${text.slice(text.length - digits)}`;
}

/** `format(n, ',')` for an integer. */
export function formatGrouped(n: number | bigint): string {
  const text = BigInt(n).toString();
  return text.startsWith('-') ? `-${groupThousands(text.slice(1))}` : groupThousands(text);
}
