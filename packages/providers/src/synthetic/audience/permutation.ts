import { Rng } from '../random.ts';

/**
 * A keyed shuffle of [0, n) read one position at a time: a four-round Feistel network over the smallest even power
 * of two that holds n, walking out-of-range values back in (cycle walking). Position i maps to a distinct value, so
 * a list's first page can be read without shuffling the whole list (a viral video has a hundred thousand comments).
 */
export function permutation(n: number, ...key: ReadonlyArray<string | number>): (position: number) => number {
  let bits = 2;
  while (2 ** bits < n) bits += 2;
  const half = bits / 2;
  const mask = 2 ** half - 1;
  const rng = new Rng('permutation', ...key);
  const rounds = Array.from({ length: 4 }, () => rng.int(0, 2 ** 31 - 1));
  const mix = (value: number, roundKey: number) => {
    let h = Math.imul(value ^ roundKey, 0x9e3779b1) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
    return (h ^ (h >>> 13)) & mask;
  };
  const encrypt = (value: number) => {
    let left = Math.floor(value / 2 ** half);
    let right = value & mask;
    for (const roundKey of rounds) [left, right] = [right, left ^ mix(right, roundKey)];
    return left * 2 ** half + right;
  };
  return (position) => {
    if (!Number.isInteger(position) || position < 0 || position >= n) throw new RangeError(`position ${position} outside [0, ${n})`);
    let value = encrypt(position);
    while (value >= n) value = encrypt(value);
    return value;
  };
}
