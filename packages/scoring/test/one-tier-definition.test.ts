import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TIER_NAME = /'(sub-nano|nano|micro|mid|macro|mega)'/;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe('the follower tiers', () => {
  it('are defined once, in stg_creators (the TypeScript list of their names aside): no other SQL or source names one', () => {
    const sources = [
      ...files(join(ROOT, 'packages/scoring/sql'), /\.sql$/),
      ...files(join(ROOT, 'packages/reports/sql'), /\.sql$/),
      ...files(join(ROOT, 'packages/scoring/src'), /\.ts$/),
      ...files(join(ROOT, 'packages/reports/src'), /\.ts$/),
    ];
    const naming = sources.filter((f) => TIER_NAME.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(naming).toEqual(['packages/scoring/sql/staging/10_stg_creators.sql', 'packages/scoring/src/follower-tiers.ts']);
  });
});
