import { buildAudienceTables } from '@creator-audit/scoring';
import { appendRows, audienceSamples, followerSamples, type Row, type Warehouse } from '@creator-audit/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderSvg } from '../src/render/render-svg.ts';
import { cohortReport } from '../src/reports/cohort-report.ts';
import { creatorReport } from '../src/reports/creator-report.ts';
import { LIBRARY_REPORT_HINTS } from '../src/report-input-error.ts';
import { generatedWarehouse } from './cohort-warehouse.ts';
import { HOSTILE } from './chart-fixtures.ts';

const DAY = 86_400_000;
/** The generated cohort's snapshot time (cohort-warehouse.ts). */
const SNAPSHOT_AT = new Date('2026-02-01T00:00:00Z');

/** One sampled follower: `bot` ones follow thousands and are followed by nobody; the rest are old, silent accounts. */
function followerRow(username: string, position: number, bot: boolean): Row {
  return {
    run_id: 'audience-1',
    username,
    provider: 'synthetic',
    sampled_at: SNAPSHOT_AT,
    position,
    page: 1,
    page_min_time: null,
    page_max_time: null,
    follower_user_id: `${username}-${position}`,
    follower_sec_uid: null,
    follower_username: bot ? `user${9_000_000_000 + position}` : `fan.${position}`,
    nickname: bot ? '' : 'A Fan',
    bio: '',
    avatar: bot ? 'musically-maliva-obj/1594805258216454' : 'tos-maliva-avt-0068/x',
    followers: bot ? 0 : 15,
    following: bot ? 4_000 : 80,
    likes_received: 0,
    video_count: 0,
    account_created_at: new Date(SNAPSHOT_AT.getTime() - (bot ? 3 : 900) * DAY),
    verified: false,
    private_account: false,
    count_problems: [],
  };
}

/** Audience samples for creators of the generated warehouse: `bots` of 100 sampled followers are bots. */
async function landAudiences(warehouse: Warehouse, bots: Record<string, number>): Promise<void> {
  const samples: Row[] = [];
  const followers: Row[] = [];
  for (const [username, n] of Object.entries(bots)) {
    samples.push({
      run_id: 'audience-1', username, provider: 'synthetic', outcome: 'ok', detail: null, snapshot_at: SNAPSHOT_AT, sec_uid_source: 'snapshot',
      sampled_at: SNAPSHOT_AT, followers_asked: 100, followers_sampled: 100, followers_listed: null, follower_pages: 5, follower_stop: 'limit',
      window_from: new Date(SNAPSHOT_AT.getTime() - DAY), window_to: SNAPSHOT_AT, videos_asked: 0, videos_sampled: 0, comments_asked_per_video: 0,
      comments_sampled: 0, comment_pages: 0, comment_failures: 0, credits: 5, decided_at: SNAPSHOT_AT,
    });
    for (let i = 1; i <= 100; i++) followers.push(followerRow(username, i, i <= n));
  }
  await appendRows(warehouse.connection, audienceSamples, samples);
  await appendRows(warehouse.connection, followerSamples, followers);
  await buildAudienceTables(warehouse);
}

describe('audience in the reports', () => {
  let warehouse: Warehouse;
  beforeEach(async () => {
    warehouse = await generatedWarehouse(200, 3);
  });
  afterEach(() => warehouse.close());

  it("the creator report shows its newest followers' breakdown and signals, and says the sample is the newest audience", async () => {
    await landAudiences(warehouse, { gen_0000007: 40, gen_0000008: 2 });
    const report = await creatorReport(warehouse, 'gen_0000007');
    expect(report.charts.map((c) => c.id)).toEqual(['creator-position', 'audience-breakdown', 'audience-signals']);
    const table = report.tables.find((t) => t.id === 'audience');
    expect(table?.note).toContain('the newest audience, not the whole of it');
    expect(table?.rows[0]).toMatchObject({ figure: 'suspicious followers', value: 0.4, over: '100 followers classified' });
    const breakdown = report.charts.find((c) => c.id === 'audience-breakdown');
    expect((breakdown?.spec.data as { values: unknown[] } | undefined)?.values).toEqual([
      { classification: 'suspicious', followers: 40, share: 0.4 },
      { classification: 'inactive', followers: 60, share: 0.6 },
      { classification: 'active', followers: 0, share: 0 },
      { classification: 'unknown', followers: 0, share: 0 },
    ]);
    const other = await creatorReport(warehouse, 'gen_0000009');
    expect(other.notes).toContain('No audience sample for gen_0000009: sample its audience.');
    // The caller's hints say how instead (the CLI names its command).
    const hinted = await creatorReport(warehouse, 'gen_0000009', { ...LIBRARY_REPORT_HINTS, auditAudience: 'run audit-audience' });
    expect(hinted.notes).toContain('No audience sample for gen_0000009: run audit-audience.');
  });

  it('the cohort report compares suspicious shares by follower tier', async () => {
    const usernames = (await warehouse.rows(`select distinct username from creators order by username limit 30`)).map((r) => String(r.username));
    await landAudiences(warehouse, Object.fromEntries(usernames.map((u, i) => [u, (i * 7) % 60])));
    const { report } = await cohortReport(warehouse);
    const chart = report.charts.find((c) => c.id === 'suspicious-followers-by-tier');
    const rows = (chart?.spec.data as { values: Array<{ cohort: string; creators: number }> } | undefined)?.values ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.reduce((n, r) => n + r.creators, 0)).toBe(30);
    const table = report.tables.find((t) => t.id === 'audience-by-tier');
    expect(table?.rows.map((r) => r.cohort)).toEqual(rows.map((r) => r.cohort));
  });

  it('draws the audience charts from the warehouse (their specs are validated, compiled and rendered with every chart in specs.test.ts), hostile handles escaped', async () => {
    const hostile = HOSTILE[1];
    await landAudiences(warehouse, { gen_0000007: 30 });
    const report = await creatorReport(warehouse, 'gen_0000007');
    const { report: cohort } = await cohortReport(warehouse);
    const charts = [...report.charts, ...cohort.charts].filter((c) => c.id.includes('audience') || c.id.includes('suspicious'));
    expect(charts.map((c) => c.id).sort()).toEqual(['audience-breakdown', 'audience-signals', 'suspicious-followers-by-tier']);
    const { audienceBreakdownChart } = await import('../src/audience/audience-charts.ts');
    const svg = await renderSvg(audienceBreakdownChart(hostile, { describes: hostile, suspicious: 1, inactive: 0, active: 0, unknown: 0, followers_sampled: 1 } as never).spec);
    expect(svg).not.toMatch(/<img/);
  });
});
