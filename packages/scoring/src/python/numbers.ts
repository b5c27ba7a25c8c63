/**
 * The floats CPython computes from integers, bit for bit. `a / b` on ints and `statistics.stdev` work on
 * the exact integers and round once at the end; JS numbers would round every partial sum past 2**53.
 * Both rely on round-to-odd: an integer result with at least 55 significant bits whose last bit records
 * "inexact" rounds to the correctly rounded double in one more step (Boldo and Melquiond).
 */

const EXACT = 2n ** 53n;

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** Python's `a / b` for non-negative ints: the exact quotient rounded to the nearest double, ties to even. */
export function trueDivide(a: bigint, b: bigint): number {
  if (a < 0n || b <= 0n) throw new RangeError(`trueDivide expects a >= 0 and b > 0, got ${a} / ${b}`);
  // Both operands are exact doubles, so IEEE division rounds once: already the right answer.
  if (a <= EXACT && b <= EXACT) return Number(a) / Number(b);
  const shift = Math.max(0, 55 - (bitLength(a) - bitLength(b)));
  const numerator = a << BigInt(shift);
  const quotient = numerator / b;
  const roundedToOdd = quotient | (numerator % b === 0n ? 0n : 1n);
  return Number(roundedToOdd) / 2 ** shift;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

/** `statistics._integer_sqrt_of_frac_rto`: sqrt(n / m) as an integer, rounded to odd. */
function integerSqrtOfFractionToOdd(n: bigint, m: bigint): bigint {
  const a = isqrt(n / m);
  return a | (a * a * m === n ? 0n : 1n);
}

/** `statistics._float_sqrt_of_frac` (CPython 3.11+): sqrt(n / m) correctly rounded to a double. */
export function sqrtOfFraction(n: bigint, m: bigint): number {
  if (n === 0n) return 0;
  // Python's // floors; so does Math.floor on this small integer.
  const q = Math.floor((bitLength(n) - bitLength(m) - 109) / 2);
  if (q >= 0) return trueDivide(integerSqrtOfFractionToOdd(n, m << BigInt(2 * q)) << BigInt(q), 1n);
  return trueDivide(integerSqrtOfFractionToOdd(n << BigInt(-2 * q), m), 1n << BigInt(-q));
}

/**
 * `statistics.stdev(xs)` for integers: sqrt of the exact sample variance
 * (n * sum(x^2) - sum(x)^2) / (n * (n - 1)), correctly rounded.
 */
export function sampleStdev(sum: bigint, sumOfSquares: bigint, count: number): number {
  const n = BigInt(count);
  return sqrtOfFraction(n * sumOfSquares - sum * sum, n * (n - 1n));
}
