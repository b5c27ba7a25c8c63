import { z } from 'zod';

/**
 * An integer column read into a JS number: DuckDB hands BIGINT (and integer sums) back as `bigint`, INTEGER as
 * `number`. Counts are far below 2^53; one that is not is refused, never rounded.
 */
export const exactInteger = z.union([z.bigint(), z.number().int()]).transform((value, ctx) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) {
    ctx.addIssue({ code: 'custom', message: `${value} is beyond exact double range` });
    return z.NEVER;
  }
  return n;
});
