import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../src/report.ts';
import { writeReport } from '../src/write-report.ts';
import { hostileReport } from './report-fixtures.ts';

const report = (): Report => ({ ...hostileReport(), charts: hostileReport().charts.slice(0, 1) });

describe('writeReport', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'write-report-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('writes the report folder whole, replacing an earlier one entirely', async () => {
    const first = await writeReport(hostileReport(), out);
    expect(first[0]).toBe(join(out, 'creator-hostile', 'report.html'));
    const second = await writeReport(report(), out);
    const files = readdirSync(join(out, 'creator-hostile')).filter((f) => !f.startsWith('.')).sort();
    expect(files).toEqual(second.map((p) => p.slice(p.lastIndexOf('/') + 1)).sort());
    expect(readdirSync(out)).toEqual(['creator-hostile']);
  });

  it('leaves the previous report as it was when writing the next one fails midway', async () => {
    await writeReport(report(), out);
    const before = readdirSync(join(out, 'creator-hostile')).sort();
    const broken: Report = { ...report(), charts: [{ ...report().charts[0], id: 'broken', spec: { mark: 'no-such-mark' } } as never] };
    await expect(writeReport(broken, out)).rejects.toThrow();
    expect(readdirSync(join(out, 'creator-hostile')).sort()).toEqual(before);
    expect(readdirSync(out)).toEqual(['creator-hostile']);
  });

  it('never replaces a folder it did not write', async () => {
    mkdirSync(join(out, 'creator-hostile'));
    writeFileSync(join(out, 'creator-hostile', 'mine.txt'), 'keep');
    await expect(writeReport(report(), out)).rejects.toThrow(/was not written by creator-audit/);
    expect(readdirSync(join(out, 'creator-hostile'))).toEqual(['mine.txt']);
  });
});
