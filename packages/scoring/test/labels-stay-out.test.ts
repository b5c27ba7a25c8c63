import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const LABEL_TABLE = /\bsim_\w+/;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Evaluation is the one reader of the simulator's ground truth: its folders and files say so in their names. */
const isEvaluation = (path: string) => /evaluat/.test(relative(ROOT, path));

describe("the simulator's labels stay out of the analysis", () => {
  it('no analysis SQL model, in scoring or reports, mentions a sim_ table', () => {
    const sql = [...files(join(ROOT, 'packages/scoring/sql'), /\.sql$/), ...files(join(ROOT, 'packages/reports/sql'), /\.sql$/)];
    const analysis = sql.filter((f) => !isEvaluation(f));
    expect(analysis.length).toBeGreaterThan(30);
    expect(analysis.filter((f) => LABEL_TABLE.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('no analysis source in scoring or reports mentions one (evaluation and its messages aside)', () => {
    const sources = [...files(join(ROOT, 'packages/scoring/src'), /\.ts$/), ...files(join(ROOT, 'packages/reports/src'), /\.ts$/)];
    const analysis = sources.filter((f) => !isEvaluation(f) && !/messages\.ts$/.test(f));
    expect(analysis.filter((f) => LABEL_TABLE.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f))).toEqual([]);
  });
});
