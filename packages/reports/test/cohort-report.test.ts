import type { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/queries.ts';
import { cohortReport } from '../src/reports/cohort-report.ts';
import type { Report } from '../src/report.ts';
import { cohortOverviewRow, scatterCellRow } from '../src/rows.ts';
import { generatedWarehouse } from './cohort-warehouse.ts';

const N = 100_000;

/** Rows a chart ships, whatever its layers. */
function dataRows(spec: object): number {
  const s = spec as { data?: { values?: unknown[] }; layer?: object[] };
  return (s.data?.values?.length ?? 0) + (s.layer ?? []).reduce((n: number, layer) => n + dataRows(layer), 0);
}

describe(`cohort report over ${N.toLocaleString('en-US')} creators: aggregated in SQL, bounded charts`, () => {
  let warehouse: Warehouse;
  let report: Report;
  beforeAll(async () => {
    warehouse = await generatedWarehouse(N, 3);
    ({ report } = await cohortReport(warehouse, { by: ['verified'] }));
  }, 120_000);
  afterAll(() => warehouse.close());

  const chart = (id: string) => {
    const found = report.charts.find((c) => c.id === id);
    if (!found) throw new Error(`no chart ${id}`);
    return found;
  };

  it('draws cohort-v1 beside seed-v1, the risk distribution, the scatter, a box chart per cohort kind and the flag frequency', () => {
    expect(report.charts.map((c) => c.id)).toEqual([
      'verdicts-by-ruleset',
      'risk-by-tier',
      'followers-vs-likes',
      'engagement-by-follower-tier',
      'engagement-by-verified',
      'flag-frequency',
    ]);
  });

  it('each chart ships at most a few hundred rows, not one per creator', () => {
    expect(dataRows(chart('verdicts-by-ruleset').spec)).toBeLessThanOrEqual(7 * 2 * 4);
    expect(dataRows(chart('risk-by-tier').spec)).toBeLessThanOrEqual(7 * 10);
    expect(dataRows(chart('engagement-by-follower-tier').spec)).toBeLessThanOrEqual(7);
    expect(dataRows(chart('engagement-by-verified').spec)).toBeLessThanOrEqual(3);
    expect(dataRows(chart('flag-frequency').spec)).toBeLessThanOrEqual(11);
    // 5 decades of followers x ~6 of likes at 10 cells a decade, 3 verdicts: bounded by the axes, not the cohort.
    expect(dataRows(chart('followers-vs-likes').spec)).toBeLessThan(3000);
    expect(JSON.stringify(report.charts).length).toBeLessThan(400_000);
  });

  it('the binned scatter loses nobody: cells plus creators off the log axes add up to the cohort', async () => {
    const cells = await queryRows(warehouse, 'cohort_followers_likes_cells', scatterCellRow);
    const [overview] = await queryRows(warehouse, 'cohort_overview', cohortOverviewRow);
    expect(cells.reduce((n, c) => n + c.creators, 0) + (overview?.not_on_scatter ?? -1)).toBe(N);
    expect(overview?.creators).toBe(N);
  });

  it('keeps the outliers the bins would hide: the 200 most extreme, deterministically, with the total in the caption', () => {
    const outliers = (chart('followers-vs-likes').spec as { layer: { data: { values: { username: string; robust_z: number }[] } }[] }).layer[3]?.data.values ?? [];
    expect(outliers).toHaveLength(200);
    const z = outliers.map((o) => Math.abs(o.robust_z));
    expect(z).toEqual([...z].sort((a, b) => b - a));
    const subtitle = (chart('followers-vs-likes').spec as { title: { subtitle: string[] } }).title.subtitle.join(' ');
    expect(subtitle).toMatch(/the 200 most extreme of [\d,]+ likes-per-follower outliers/);
  });

  it('lists the flags of the riskiest creators only, and says how many it leaves out', () => {
    const flags = report.tables.find((t) => t.id === 'flags');
    expect(flags?.rows.length).toBeLessThanOrEqual(200);
    expect(flags?.note).toMatch(/The 200 riskiest of [\d,]+ creators with flags/);
  });

  it('charts both rulesets over the same creators, and lists the creators cohort-v1 flags with their heaviest reason', () => {
    const rows = (chart('verdicts-by-ruleset').spec as { data: { values: { ruleset: string; creators: number }[] } }).data.values;
    const total = (ruleset: string) => rows.filter((r) => r.ruleset === ruleset).reduce((n, r) => n + r.creators, 0);
    expect(total('cohort-v1')).toBe(N);
    expect(total('seed-v1')).toBe(N);
    const flagged = report.tables.find((t) => t.id === 'cohort-v1-flags');
    // This generator's "bought likes" come with comments and shares to match: cohort-v1 may flag none of them.
    expect(flagged?.note).toMatch(/rated MEDIUM or HIGH RISK by cohort-v1|MEDIUM or HIGH RISK; the rest/);
    expect(flagged?.rows.length).toBeLessThanOrEqual(200);
    for (const row of flagged?.rows ?? []) expect(String(row.top_reason)).toMatch(/robust z [+-]\d/);
    expect(report.facts.find(([k]) => k.startsWith('cohort-v1'))?.[1]).toMatch(/^[\d,]+ \/ [\d,]+ \/ [\d,]+ \/ [\d,]+$/);
  });

  it('leads with cohort-v1: its facts, its flagged creators right after the tiers, its verdicts first in the tier table', async () => {
    expect(report.subtitle).toMatch(/\(cohort-v1's verdicts, seed-v1's beside them\)$/);
    expect(report.facts.map(([k]) => k).slice(1, 3)).toEqual(['cohort-v1 LOW / MEDIUM / HIGH RISK / no verdict', 'seed-v1 LOW / MEDIUM / HIGH RISK']);
    expect(report.tables.map((t) => t.id)).toEqual(['tiers', 'cohort-v1-flags', 'benchmarks', 'flags']);
    const tiers = report.tables.find((t) => t.id === 'tiers');
    expect(tiers?.columns.map((c) => c.label).slice(2, 7)).toEqual([
      'cohort-v1 HIGH RISK',
      'cohort-v1 MEDIUM RISK',
      'cohort-v1 no verdict',
      'seed-v1 HIGH RISK',
      'seed-v1 MEDIUM RISK',
    ]);
    const [counts] = await warehouse.rows(
      `select count(*) filter (where verdict = 'HIGH RISK')::INTEGER as high, count(*) filter (where verdict = 'MEDIUM RISK')::INTEGER as medium,
              count(*) filter (where verdict is null)::INTEGER as none
       from creator_scores where ruleset = 'cohort-v1'`,
    );
    const sum = (key: string) => (tiers?.rows ?? []).reduce((n, r) => n + Number(r[key]), 0);
    expect([sum('cohort_v1_high_risk'), sum('cohort_v1_medium_risk'), sum('cohort_v1_no_verdict')]).toEqual([counts?.high, counts?.medium, counts?.none]);
  });
});
