import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUERIES, QUERIES_FOLDER } from '../src/models/queries.ts';
import { sqlFolder } from '../src/models/sql-layers.ts';

describe('sql/queries', () => {
  it('holds exactly the queries the code names, one file each', () => {
    const files = readdirSync(sqlFolder(QUERIES_FOLDER)).map((f) => f.replace(/\.sql$/, ''));
    expect(files.sort()).toEqual([...QUERIES].sort());
  });
});
