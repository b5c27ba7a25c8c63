import { FOLLOWER_TIERS } from '@creator-audit/scoring';
import type { Warehouse } from '@creator-audit/warehouse';
import type { Chart } from '../charts/chart.ts';
import { metricBoxChart } from '../charts/metric-boxes.ts';
import { queryRows } from '../queries.ts';
import type { Table } from '../report.ts';
import { audienceBreakdownChart, audienceSignalsChart } from './audience-charts.ts';
import { creatorAudienceRow, tierAudienceRow } from './audience-rows.ts';
import type { ReportHints } from '../report-input-error.ts';
import { audienceReportMessages as m } from './messages.ts';

export interface Section {
  charts: Chart[];
  tables: Table[];
  notes: string[];
}

/** A suspicious share from which a creator counts as flagged in the tier table. */
const AUDIENCE_FLAG_FROM = 0.25;

const NONE: Section = { charts: [], tables: [], notes: [] };

/**
 * Whether any audience was sampled: the marts exist (empty) wherever cohort-v1 has scored, since it rebuilds them
 * from the samples first, so their existence alone says nothing.
 */
async function anySample(warehouse: Warehouse): Promise<boolean> {
  if (!(await warehouse.hasTable('audience_quality'))) return false;
  return (await warehouse.rows('select 1 from audience_quality limit 1')).length > 0;
}

/**
 * The creator's latest audience sample; a note saying how to take one when others were sampled but not it; nothing
 * in a warehouse where no audience was ever sampled (the README says how).
 */
export async function creatorAudienceSection(warehouse: Warehouse, username: string, hints: ReportHints): Promise<Section> {
  if (!(await anySample(warehouse))) return NONE;
  const [a] = await queryRows(warehouse, 'creator_audience', creatorAudienceRow, { username });
  if (!a) return { charts: [], tables: [], notes: [m.noneFor(username, hints.auditAudience)] };
  return {
    charts: [audienceBreakdownChart(username, a), audienceSignalsChart(username, a)],
    tables: [
      {
        id: 'audience',
        title: 'Audience and comments',
        note: m.newest(a.describes, a.provider),
        columns: [
          { key: 'figure', label: 'figure' },
          { key: 'value', label: 'value', format: 'pct' },
          { key: 'over', label: 'over' },
        ],
        rows: [
          { figure: 'suspicious followers', value: a.suspicious_share, over: m.over(a.followers_classified, 'followers classified') },
          { figure: '95% interval, low', value: a.suspicious_share_low, over: 'Wilson score interval' },
          { figure: '95% interval, high', value: a.suspicious_share_high, over: 'Wilson score interval' },
          { figure: 'inactive (real, silent) followers', value: a.inactive_share, over: m.over(a.followers_classified, 'followers classified') },
          { figure: 'coordinated comments (a pod)', value: a.coordinated_share, over: a.coordinated_share_missing ? m.missing(a.coordinated_share_missing) : m.over(a.comments_sampled ?? 0, `comments on ${a.videos_sampled ?? 0} videos`) },
          { figure: 'duplicate comments', value: a.duplicate_share, over: m.over(a.comments_sampled ?? 0, 'comments') },
          { figure: 'generic comments', value: a.generic_share, over: m.over(a.comments_sampled ?? 0, 'comments') },
          { figure: 'comments by suspicious-looking accounts', value: a.suspicious_commenter_share, over: m.over(a.comments_sampled ?? 0, 'comments') },
        ],
      },
    ],
    notes: [],
  };
}

/** Audience quality compared by follower tier, from every creator's latest sample; nothing when none was taken. */
export async function cohortAudienceSection(warehouse: Warehouse): Promise<Section> {
  if (!(await anySample(warehouse))) return NONE;
  const rows = await queryRows(warehouse, 'cohort_audience_by_tier', tierAudienceRow, { flag_from: AUDIENCE_FLAG_FROM });
  if (rows.length === 0) return NONE;
  rows.sort((a, b) => FOLLOWER_TIERS.indexOf(a.cohort as never) - FOLLOWER_TIERS.indexOf(b.cohort as never));
  return {
    charts: [
      metricBoxChart(rows, {
        id: 'suspicious-followers-by-tier',
        title: 'Suspicious followers by follower tier',
        subtitle: m.boxSubtitle,
        cohortTitle: 'follower tier',
        valueTitle: 'suspicious share of the newest followers',
        format: '.0%',
        sort: FOLLOWER_TIERS,
      }),
    ],
    tables: [
      {
        id: 'audience-by-tier',
        title: 'Audience quality by follower tier',
        note: m.tierNote(AUDIENCE_FLAG_FROM),
        columns: [
          { key: 'cohort', label: 'tier' },
          { key: 'creators', label: 'creators sampled', format: 'int' },
          { key: 'p50', label: 'median suspicious share', format: 'pct' },
          { key: 'p90', label: '90th percentile', format: 'pct' },
          { key: 'median_inactive_share', label: 'median inactive share', format: 'pct' },
          { key: 'median_coordinated_share', label: 'median coordinated comments', format: 'pct' },
          { key: 'creators_over_flag', label: `creators at ${100 * AUDIENCE_FLAG_FROM}%+ suspicious`, format: 'int' },
        ],
        rows,
      },
    ],
    notes: [],
  };
}
