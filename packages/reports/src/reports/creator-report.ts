import type { Warehouse } from '@creator-audit/warehouse';
import {
  benchmarkCohorts,
  COHORT_V1,
  FAKE_VIEW_SCORES_TABLE,
  fakeViewMissingReason,
  formatProbability,
  metricMissingReason,
  robustZMissingReasons,
  scoreWarehouse,
  TIER_COHORT,
} from '@creator-audit/scoring';
import { creatorAudienceSection } from '../audience/audience-section.ts';
import type { Chart } from '../charts/chart.ts';
import { creatorPositionChart } from '../charts/creator-position.ts';
import { fakeViewComponentsChart } from '../charts/fake-view-components.ts';
import { formatCell } from '../format.ts';
import { metricLabel, reportMessages } from '../messages.ts';
import { queryRows } from '../queries.ts';
import { LIBRARY_REPORT_HINTS, ReportInputError, type ReportHints } from '../report-input-error.ts';
import { type Report, slugFor, type Table } from '../report.ts';
import {
  type CreatorCohortV1Row,
  type CreatorPositionRow,
  type CreatorScorecardRow,
  creatorCohortV1Row,
  creatorFakeViewRow,
  creatorPositionRow,
  creatorScorecardRow,
} from '../rows.ts';
import { hasRulesetScores } from './ruleset-scores.ts';

/** Why a position has no value or no z-score, in words. */
function positionNote(p: CreatorPositionRow): string | null {
  if (p.value_missing) return metricMissingReason(p.value_missing);
  if (p.robust_z_missing) return robustZMissingReasons[p.robust_z_missing] ?? p.robust_z_missing;
  return p.is_outlier ? 'outlier (|robust z| > 3.5)' : null;
}

/**
 * The creator's fake-view components (detect-fake-views' table), averaged over its videos' latest snapshots: a
 * chart and a table, or a note saying how to get them.
 */
async function fakeViewSection(warehouse: Warehouse, username: string, hints: ReportHints): Promise<{ charts: Chart[]; tables: Table[]; notes: string[] }> {
  if (!(await warehouse.hasTable(FAKE_VIEW_SCORES_TABLE))) return { charts: [], tables: [], notes: [reportMessages.fakeViewsAbsent(hints.detectFakeViews)] };
  const rows = await queryRows(warehouse, 'creator_fake_view_components', creatorFakeViewRow, { username });
  const [first] = rows;
  if (!first) return { charts: [], tables: [], notes: [reportMessages.noFakeViewsFor(username, hints.detectFakeViews)] };
  const components = rows.map((r) => ({ ...r, reason: r.reason_code === null ? null : fakeViewMissingReason(r.reason_code) }));
  return {
    charts: [fakeViewComponentsChart(reportMessages.fakeViewSubject(first.videos, first.content_category), components)],
    tables: [
      {
        id: 'fake-view-components',
        title: 'Fake-view components',
        columns: [
          { key: 'component', label: 'component' },
          { key: 'score', label: 'mean score (0-100)', format: 'num' },
          { key: 'videos_scored', label: 'videos with a score', format: 'int' },
          { key: 'reason', label: 'why no score' },
        ],
        rows: components,
      },
    ],
    notes: [],
  };
}

/** cohort-v1's verdict in one phrase: `HIGH RISK: fraud probability 93.2% (93/100)`, or why there is none. */
function cohortV1Phrase(cv1: CreatorCohortV1Row | undefined, hints: ReportHints): string {
  if (!cv1) return reportMessages.noCohortV1Row(hints.score);
  if (cv1.verdict === null || cv1.fraud_probability === null) return reportMessages.noVerdict(cv1.status, cv1.status_detail);
  return `${cv1.verdict}: fraud probability ${formatProbability(cv1.fraud_probability)} (${formatCell(cv1.risk_score, 'int')}/100)`;
}

/** seed-v1's verdict in one phrase, to set beside cohort-v1's. */
function seedV1Phrase(card: CreatorScorecardRow): string {
  return card.verdict === null ? reportMessages.noVerdict(card.status, null) : `${card.verdict} (${formatCell(card.risk_score, 'int')}/100)`;
}

/**
 * One creator's report, led by cohort-v1's verdict (its calibrated fraud probability, its peers and its reasons in
 * words), seed-v1's verdict and flags beside it, then its place in its follower tier on every metric. The cohort
 * tables are rebuilt first (tiers only) so the position is against the warehouse as it is now; a warehouse without
 * seed-v1 or cohort-v1 scores is scored first, and the report's notes say so.
 * `username` is a normalised handle (lower case, no `@`: ingest's parseHandle); `hints` say how to get a part the
 * warehouse lacks, in the caller's words (the CLI's commands).
 */
export async function creatorReport(warehouse: Warehouse, username: string, hints: ReportHints = LIBRARY_REPORT_HINTS): Promise<Report> {
  const cohorts = await benchmarkCohorts(warehouse, { missingScores: 'score' });
  const cohortV1Scored = (await hasRulesetScores(warehouse, COHORT_V1)) ? null : await scoreWarehouse(warehouse, { ruleset: COHORT_V1 });
  const [card] = await queryRows(warehouse, 'creator_scorecard', creatorScorecardRow, { username });
  if (!card) throw new ReportInputError({ kind: 'no_creator', username });
  const [cv1] = await queryRows(warehouse, 'creator_cohort_v1', creatorCohortV1Row, { username });
  const positions = await queryRows(warehouse, 'creator_positions', creatorPositionRow, { username });
  const tierRows = positions.filter((p) => p.cohort_kind === TIER_COHORT);
  const fakeViews = await fakeViewSection(warehouse, username, hints);
  const audience = await creatorAudienceSection(warehouse, username, hints);
  const charts: Chart[] = [
    ...(tierRows.length ? [creatorPositionChart(username, card.tier ?? 'tier', tierRows)] : []),
    ...fakeViews.charts,
    ...audience.charts,
  ];
  const place = card.benchmarked ? `${card.tier} tier` : reportMessages.notBenchmarked(card.status);
  // flags = the pattern's line (evidence at 4:1 or more), then the reasons that reached it; reasons hold every one.
  const patternLine = cv1?.flags.find((flag) => !cv1.reasons.some((r) => r.text === flag)) ?? null;
  return {
    kind: 'creator',
    slug: slugFor('creator', username),
    title: `@${username}`,
    subtitle: `cohort-v1: ${cohortV1Phrase(cv1, hints)}; seed-v1 beside it: ${seedV1Phrase(card)}; ${place}`,
    facts: [
      ['verdict (cohort-v1)', cohortV1Phrase(cv1, hints)],
      ['compared with', cv1?.cohort ? reportMessages.peers(cv1.cohort, cv1.cohort_creators ?? 0, cv1.base_rate) : '–'],
      ['pattern', patternLine ?? cv1?.fraud_pattern ?? '–'],
      ['verdict (seed-v1, beside)', seedV1Phrase(card)],
      ['status', card.status_detail ? `${card.status}: ${card.status_detail}` : card.status],
      ['snapshot', `${formatCell(card.snapshot_at, 'date')} via ${card.provider}`],
      ['followers / following', `${formatCell(card.followers, 'int')} / ${formatCell(card.following, 'int')}`],
      ['videos scored', formatCell(card.videos_scored, 'int')],
      ['average likes / plays per video', `${formatCell(card.avg_likes, 'num')} / ${formatCell(card.avg_plays, 'num')}`],
    ],
    charts,
    tables: [
      {
        id: 'reasons',
        title: 'Why (cohort-v1): signals at least 2:1 for fraud against its peers, heaviest first',
        note: reportMessages.reasonsNote,
        columns: [
          { key: 'text', label: 'reason' },
          { key: 'robust_z', label: 'robust z', format: 'num' },
          { key: 'odds', label: 'evidence (x to 1)', format: 'num' },
        ],
        rows: (cv1?.reasons ?? []).map((r) => ({ text: r.text, robust_z: r.robust_z, odds: Math.exp(r.weight) })),
      },
      {
        id: 'flags',
        title: 'Flags (seed-v1, beside)',
        columns: [{ key: 'flag', label: 'flag' }],
        rows: card.flags.map((flag) => ({ flag })),
      },
      {
        id: 'positions',
        title: 'Position in each cohort',
        note: 'Percentile: mid-rank within the cohort. Robust z: 0.6745 (x - median) / MAD, or the mean-absolute-deviation fallback.',
        columns: [
          { key: 'cohort_kind', label: 'cohort by' },
          { key: 'cohort', label: 'cohort' },
          { key: 'metric', label: 'metric' },
          { key: 'value', label: 'value', format: 'num' },
          { key: 'p50', label: 'cohort median', format: 'num' },
          { key: 'percentile', label: 'percentile', format: 'num' },
          { key: 'robust_z', label: 'robust z', format: 'num' },
          { key: 'note', label: 'note' },
        ],
        rows: positions.map((p) => ({ ...p, metric: metricLabel(p.metric), note: positionNote(p) })),
      },
      ...fakeViews.tables,
      ...audience.tables,
    ],
    notes: [
      ...(cv1?.cohort_note ? [reportMessages.thinCohort(cv1.cohort_note)] : []),
      ...(cohorts.scored ? [reportMessages.scoredFirst(cohorts.scored.creators)] : []),
      ...(cohortV1Scored ? [reportMessages.scoredFirstWith(COHORT_V1, cohortV1Scored.creators)] : []),
      ...fakeViews.notes,
      ...audience.notes,
    ],
  };
}
