import type { Warehouse } from '@creator-audit/warehouse';
import { benchmarkCohorts, COHORT_V1, type CohortRun, FOLLOWER_TIERS, type ScoreRun, scoreWarehouse, TIER_COHORT } from '@creator-audit/scoring';
import { cohortAudienceSection } from '../audience/audience-section.ts';
import type { Chart } from '../charts/chart.ts';
import { flagFrequencyChart } from '../charts/flag-frequency.ts';
import { followersVsLikesChart } from '../charts/followers-vs-likes.ts';
import { metricBoxChart } from '../charts/metric-boxes.ts';
import { riskByTierChart } from '../charts/risk-by-tier.ts';
import { verdictsByRulesetChart } from '../charts/verdicts-by-ruleset.ts';
import { formatCell } from '../format.ts';
import { metricLabel, reportMessages } from '../messages.ts';
import { queryRows } from '../queries.ts';
import type { Report, Table } from '../report.ts';
import { hasRulesetScores } from './ruleset-scores.ts';
import {
  benchmarkTableRow,
  cohortOverviewRow,
  cohortV1FlaggedRow,
  flagFrequencyRow,
  flaggedCreatorRow,
  likesBandRow,
  metricBoxRow,
  riskBinRow,
  rulesetVerdictRow,
  scatterCellRow,
  scatterOutlierRow,
  tierSummaryRow,
} from '../rows.ts';

export interface CohortReportOptions {
  /** Outliers drawn individually on the scatter (the most extreme first). */
  outlierLimit?: number;
  /** Creators listed with their flags. */
  flaggedLimit?: number;
  /** Cohorts per --by column in charts and tables (the largest first). */
  cohortLimit?: number;
}

const LIMITS = { outlierLimit: 200, flaggedLimit: 200, cohortLimit: 30 } as const;

async function engagementBoxes(warehouse: Warehouse, kind: string, limit: number): Promise<Chart> {
  const rows = await queryRows(warehouse, 'cohort_metric_boxes', metricBoxRow, { cohort_kind: kind, metric: 'engagement_rate_followers', limit });
  const byTier = kind === TIER_COHORT;
  return metricBoxChart(rows, {
    id: `engagement-by-${kind.replaceAll('_', '-')}`,
    title: `Engagement rate by ${byTier ? 'follower tier' : kind}`,
    subtitle: `${metricLabel('engagement_rate_followers')}; ${reportMessages.boxNote}`,
    cohortTitle: byTier ? 'follower tier' : kind,
    valueTitle: 'engagements / followers',
    format: '.1%',
    sort: byTier ? FOLLOWER_TIERS : undefined,
  });
}

/**
 * The cohort report from the cohort tables as they stand (`benchmarkCohorts` builds them): every chart's rows
 * aggregated in SQL first, so its size does not grow with the cohort's.
 * @public the cohort notebook (notebooks/cohort-benchmarks.ipynb) calls it, where knip does not look.
 */
export async function loadCohortReport(warehouse: Warehouse, cohortKinds: readonly string[], options: CohortReportOptions = {}): Promise<Report> {
  const limits = { ...LIMITS, ...options };
  const [overview] = await queryRows(warehouse, 'cohort_overview', cohortOverviewRow);
  if (!overview || overview.creators === 0) throw new Error(reportMessages.emptyCohort);
  const outliers = await queryRows(warehouse, 'cohort_followers_likes_outliers', scatterOutlierRow, { limit: limits.outlierLimit });
  const verdicts = await queryRows(warehouse, 'cohort_verdicts_by_ruleset', rulesetVerdictRow);
  const charts: Chart[] = [
    verdictsByRulesetChart(verdicts),
    riskByTierChart(await queryRows(warehouse, 'cohort_risk_by_tier', riskBinRow)),
    followersVsLikesChart({
      cells: await queryRows(warehouse, 'cohort_followers_likes_cells', scatterCellRow),
      bands: await queryRows(warehouse, 'cohort_followers_likes_band', likesBandRow),
      outliers,
      note: reportMessages.scatterNote(overview.not_on_scatter, outliers.length, outliers[0]?.outliers_total ?? 0),
    }),
  ];
  for (const kind of cohortKinds) charts.push(await engagementBoxes(warehouse, kind, limits.cohortLimit));
  charts.push(flagFrequencyChart(await queryRows(warehouse, 'cohort_flag_frequency', flagFrequencyRow)));
  const audience = await cohortAudienceSection(warehouse);
  charts.push(...audience.charts);

  const tiers = await queryRows(warehouse, 'cohort_tier_summary', tierSummaryRow);
  tiers.sort((a, b) => FOLLOWER_TIERS.indexOf(a.tier as never) - FOLLOWER_TIERS.indexOf(b.tier as never));
  const flagged = await queryRows(warehouse, 'cohort_flagged_creators', flaggedCreatorRow, { limit: limits.flaggedLimit });
  const cohortV1Flagged = await queryRows(warehouse, 'cohort_v1_flagged_creators', cohortV1FlaggedRow, { limit: limits.flaggedLimit });
  const cohortV1Count = (verdict: string) => verdicts.filter((v) => v.ruleset === COHORT_V1 && v.verdict === verdict).reduce((n, v) => n + v.creators, 0);
  const benchmarks = await queryRows(warehouse, 'cohort_benchmark_table', benchmarkTableRow, { limit: limits.cohortLimit });
  const tables: Table[] = [
    {
      id: 'tiers',
      title: 'Follower tiers',
      columns: [
        { key: 'tier', label: 'tier' },
        { key: 'creators', label: 'creators', format: 'int' },
        { key: 'cohort_v1_high_risk', label: 'cohort-v1 HIGH RISK', format: 'int' },
        { key: 'cohort_v1_medium_risk', label: 'cohort-v1 MEDIUM RISK', format: 'int' },
        { key: 'cohort_v1_no_verdict', label: 'cohort-v1 no verdict', format: 'int' },
        { key: 'high_risk', label: 'seed-v1 HIGH RISK', format: 'int' },
        { key: 'medium_risk', label: 'seed-v1 MEDIUM RISK', format: 'int' },
        { key: 'median_engagement_rate_followers', label: 'median ER by followers', format: 'pct' },
        { key: 'median_engagement_rate_views', label: 'median ER by views', format: 'pct' },
        { key: 'median_risk_score', label: 'median seed-v1 risk score', format: 'num' },
      ],
      rows: tiers,
    },
    {
      id: 'cohort-v1-flags',
      title: 'cohort-v1: creators rated MEDIUM or HIGH RISK',
      note: reportMessages.cohortV1FlaggedNote(cohortV1Flagged.length, cohortV1Flagged[0]?.flagged_total ?? 0),
      columns: [
        { key: 'username', label: 'creator' },
        { key: 'tier', label: 'tier' },
        { key: 'followers', label: 'followers', format: 'int' },
        { key: 'verdict', label: 'verdict' },
        { key: 'fraud_probability', label: 'fraud probability', format: 'pct' },
        { key: 'fraud_pattern', label: 'pattern' },
        { key: 'top_reason', label: 'heaviest reason' },
        { key: 'seed_v1_verdict', label: 'seed-v1 verdict' },
      ],
      rows: cohortV1Flagged,
    },
    {
      id: 'benchmarks',
      title: 'Cohort benchmarks',
      note: 'Percentiles over each cohort (cohort_benchmarks). Ratios are fractions: 0.05 is 5%.',
      columns: [
        { key: 'cohort_kind', label: 'cohort by' },
        { key: 'cohort', label: 'cohort' },
        { key: 'metric', label: 'metric' },
        { key: 'creators', label: 'creators', format: 'int' },
        { key: 'values_n', label: 'with a value', format: 'int' },
        ...(['p10', 'p25', 'p50', 'p75', 'p90'] as const).map((key) => ({ key, label: key, format: 'num' as const })),
      ],
      rows: benchmarks.map((b) => ({ ...b, metric: metricLabel(b.metric) })),
    },
    {
      id: 'flags',
      title: 'seed-v1: flags per creator (beside cohort-v1)',
      note: reportMessages.flaggedNote(flagged.length, flagged[0]?.flagged_total ?? 0),
      columns: [
        { key: 'username', label: 'creator' },
        { key: 'tier', label: 'tier' },
        { key: 'followers', label: 'followers', format: 'int' },
        { key: 'verdict', label: 'seed-v1 verdict' },
        { key: 'risk_score', label: 'seed-v1 risk', format: 'int' },
        { key: 'flags', label: 'flags (seed-v1)', format: 'list' },
      ],
      rows: flagged,
    },
    ...audience.tables,
  ];
  return {
    kind: 'cohort',
    slug: 'cohort',
    title: 'Cohort benchmarks',
    subtitle: `Creators compared with their follower tier${cohortKinds.length > 1 ? ` and by ${cohortKinds.slice(1).join(', ')}` : ''} (cohort-v1's verdicts, seed-v1's beside them)`,
    facts: [
      ['creators benchmarked', formatCell(overview.creators, 'int')],
      [
        'cohort-v1 LOW / MEDIUM / HIGH RISK / no verdict',
        ['LOW RISK', 'MEDIUM RISK', 'HIGH RISK', 'no verdict'].map((v) => formatCell(cohortV1Count(v), 'int')).join(' / '),
      ],
      ['seed-v1 LOW / MEDIUM / HIGH RISK', [overview.low_risk, overview.medium_risk, overview.high_risk].map((n) => formatCell(n, 'int')).join(' / ')],
      ['snapshots', `${formatCell(overview.first_snapshot_at, 'date')} to ${formatCell(overview.last_snapshot_at, 'date')}`],
      ['cohorts by', cohortKinds.join(', ')],
    ],
    charts,
    tables,
    notes: audience.notes,
  };
}

/** Builds the cohort tables (scoring with seed-v1, and cohort-v1, first if needed), then the report. */
export async function cohortReport(
  warehouse: Warehouse,
  options: CohortReportOptions & { by?: readonly string[] } = {},
): Promise<{ report: Report; run: CohortRun; cohortV1Scored: ScoreRun | null }> {
  const run = await benchmarkCohorts(warehouse, { by: options.by ?? [], missingScores: 'score' });
  // cohort-v1's verdicts are charted beside seed-v1's: a warehouse scored before cohort-v1 existed is scored now.
  const cohortV1Scored = (await hasRulesetScores(warehouse, COHORT_V1)) ? null : await scoreWarehouse(warehouse, { ruleset: COHORT_V1 });
  const report = await loadCohortReport(warehouse, run.cohortKinds, options);
  const notes = [
    ...report.notes,
    ...(run.scored ? [reportMessages.scoredFirst(run.scored.creators)] : []),
    ...(cohortV1Scored ? [reportMessages.scoredFirstWith(COHORT_V1, cohortV1Scored.creators)] : []),
  ];
  return { report: { ...report, notes }, run, cohortV1Scored };
}
