import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** A tier assigned by a condition (`when followers < 10000 then 'nano'`, `n < 10_000 ? 'nano'`): a definition, not a mention. */
const TIER_ASSIGNED = /(\bthen|\?)\s*'(sub-nano|nano|micro|mid|macro|mega)'/i;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe('the follower tiers', () => {
  it('are defined once, in stg_creators: no other SQL or source assigns one (data keyed by tier, like norms, may name them)', () => {
    const sources = [
      ...files(join(ROOT, 'packages/scoring/sql'), /\.sql$/),
      ...files(join(ROOT, 'packages/reports/sql'), /\.sql$/),
      ...files(join(ROOT, 'packages/scoring/src'), /\.ts$/),
      ...files(join(ROOT, 'packages/reports/src'), /\.ts$/),
    ];
    const defining = sources.filter((f) => TIER_ASSIGNED.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(defining).toEqual(['packages/scoring/sql/staging/10_stg_creators.sql']);
  });
});
