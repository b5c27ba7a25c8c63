import { CONFIDENCE_LEVELS, FAKE_VIEW_COMPONENTS, type FakeViewComponent, type FakeViewReport } from '@creator-audit/providers/fake-view-contract';
import type { FakeViewAgreement } from './agreement.ts';
import type { FakeViewEvaluation } from './evaluate.ts';
import { missingReason } from './messages.ts';
import type { FakeViewRun } from './score-fake-views.ts';
import type { FakeViewRow } from './score-row.ts';
import type { FakeViewSummary } from './summarize-fake-views.ts';

/** The terminal text of the fake-view commands; `--json` prints the reports themselves instead. */

const int = (n: number | null) => (n === null ? 'unknown' : Math.round(n).toLocaleString('en-US'));
const num = (n: number | null, digits = 2) => (n === null ? 'n/a' : n.toFixed(digits));
const pct = (share: number | null, digits = 1) => (share === null ? 'n/a' : `${(share * 100).toFixed(digits)}%`);
const yes = (b: boolean | null) => (b === null ? 'unknown' : b ? 'yes' : 'no');

const SHORT: Record<FakeViewComponent, string> = {
  engagement_score: 'engagement',
  distribution_score: 'distribution',
  consistency_score: 'consistency',
  creator_credibility_score: 'creator credibility',
  content_authenticity_score: 'content authenticity',
  follower_correlation_score: 'follower correlation',
  racing_mechanism_score: 'racing mechanism',
  fan_growth_score: 'fan growth',
};

/** One video's report (ours, and TikHub's beside it when fetched). */
export function formatFakeViewReport(row: FakeViewRow, report: FakeViewReport, tikhub: FakeViewReport | null): string {
  const a = report.fake_view_analysis;
  const t = report.traffic_pool;
  const lines = [
    `Video ${row.video_id} by @${row.username} (snapshot ${row.snapshot_at.toISOString()}, ${row.provider}, category ${row.content_category})`,
    `  fake score ${num(a.fake_score, 1)} (${a.confidence_level}), suspicious: ${yes(a.is_suspicious)}; main reason: ${a.main_detection_reason}`,
    `  views ${int(report.video_metrics.total_views)}: estimated fake ${int(a.estimated_fake_views)} (${a.fake_view_percentage === null ? 'n/a' : `${a.fake_view_percentage.toFixed(1)}%`}), organic ${int(t.estimated_organic_views)}`,
    `  traffic pool ${t.current_tier} (${t.current_views_range}), organic views fit pool ${t.expected_tier ?? 'n/a'}${t.expected_views_range ? ` (${t.expected_views_range})` : ''}`,
    `  creator: ${int(report.creator_metrics.follower_count)} followers, verified ${yes(report.creator_metrics.verified)}, account ${report.creator_metrics.account_age_days === null ? 'age unknown' : `${Math.floor(report.creator_metrics.account_age_days)} days old`}, trust ${num(report.creator_metrics.trust_score, 0)}`,
    '  components (0 ordinary, 100 certain anomaly):',
    ...FAKE_VIEW_COMPONENTS.map((c) => {
      const score = a.component_scores[c];
      return `    ${SHORT[c].padEnd(21)}${score === null ? `n/a: ${a.missing_component_reasons?.[c] ?? 'not computed'}` : num(score, 1)}`;
    }),
  ];
  if (report.suspicious_features.length > 0) lines.push('  features:', ...report.suspicious_features.map((f) => `    - ${f}`));
  const r = report.recommendations;
  lines.push(`  recommendation: ${r.action} (risk ${r.risk_level}, revenue impact ${r.potential_revenue_impact}): ${r.suggested_steps.join('; ')}`);
  if (report.mcn_report) lines.push(`  MCN: estimated revenue impact $${num(report.mcn_report.summary.estimated_revenue_impact)}`);
  if (tikhub) {
    const ta = tikhub.fake_view_analysis;
    lines.push(
      `  TikHub: fake score ${num(ta.fake_score, 2)} (${ta.confidence_level}), suspicious: ${yes(ta.is_suspicious)}; ` +
        `pool ${tikhub.traffic_pool.current_tier} -> ${tikhub.traffic_pool.expected_tier ?? 'n/a'}; main reason: ${ta.main_detection_reason}`,
    );
  }
  return lines.join('\n');
}

/** `agreement` says where the comparison with TikHub is, in the caller's words (the CLI names its command). */
export function formatFakeViewRun(run: FakeViewRun, summary: FakeViewSummary, agreement = 'fakeViewAgreement'): string {
  const ms = run.timings.reduce((s, t) => s + t.ms, 0);
  const lines = [
    `Scored ${int(run.rows)} video snapshot(s) of ${int(run.videos)} video(s) into video_fake_view_scores (category ${run.category}, ${int(ms)} ms)`,
    `Latest snapshot of each video:`,
    ...CONFIDENCE_LEVELS.map((l) => `  ${l.padEnd(10)}${int(summary.byLevel[l])}`),
    `  suspicious ${int(summary.suspicious)} (${pct(summary.videos ? summary.suspicious / summary.videos : null)})`,
    ...Object.entries(summary.unscored).map(([code, n]) => `  unscored  ${int(n)}: ${missingReason(code)}`),
  ];
  if (summary.withTikHub > 0) lines.push(`  with TikHub's analysis beside ours: ${int(summary.withTikHub)} (see ${agreement})`);
  return lines.join('\n');
}

export function formatFakeViewAgreement(a: FakeViewAgreement): string {
  return [
    `Ours vs TikHub over ${int(a.pairs)} video snapshot(s) scored by both (category ${a.content_category ?? 'n/a'})`,
    `  fake_score: Pearson ${num(a.fake_score_pearson, 3)}, Spearman ${num(a.fake_score_spearman, 3)}, mean difference (ours - theirs) ${num(a.fake_score_mean_diff, 1)}, mean |difference| ${num(a.fake_score_mean_abs_diff, 1)}`,
    `  is_suspicious: agree on ${pct(a.suspicious_agreement)}, Cohen's kappa ${num(a.suspicious_kappa, 3)} ` +
      `(both ${a.both_suspicious}, only ours ${a.only_ours_suspicious}, only theirs ${a.only_theirs_suspicious}, neither ${a.neither_suspicious})`,
    `  confidence level: same on ${pct(a.confidence_level_agreement)}`,
    `  traffic pool: current tier same on ${pct(a.current_tier_agreement)}, expected tier same on ${pct(a.expected_tier_agreement)} of ${int(a.expected_tier_pairs)}`,
    `  fake view percentage: mean |difference| ${num(a.fake_view_percentage_mean_abs_diff, 1)} points`,
    '  components (pairs, Pearson, mean |difference|):',
    ...a.components.map((c) => `    ${SHORT[c.component].padEnd(21)}${String(c.pairs).padStart(6)}  ${num(c.pearson, 3).padStart(6)}  ${num(c.mean_abs_diff, 1)}`),
  ].join('\n');
}

export function formatFakeViewEvaluation(e: FakeViewEvaluation): string {
  return [
    `Against the simulator's planted labels: ${int(e.labelled)} labelled video snapshot(s), ${int(e.unscored)} without a fake score`,
    `  botted (planted fake share >= ${e.positive_share}): ${int(e.botted)}; clean: ${int(e.clean)}`,
    `  ROC AUC of fake_score ${num(e.roc_auc, 3)}`,
    `  is_suspicious: precision ${num(e.precision, 3)}, recall ${num(e.recall, 3)}, false positive rate ${num(e.false_positive_rate, 4)} ` +
      `(TP ${e.true_positives}, FP ${e.false_positives}, FN ${e.false_negatives})`,
    `  estimated fake share: mean |error| ${num(e.share_mae, 3)} (botted ${num(e.share_mae_botted, 3)}, clean ${num(e.share_mae_clean, 3)}), mean error ${num(e.share_bias, 3)}`,
    `  estimated fake views / planted fake plays, in total: ${num(e.fake_views_ratio, 3)}`,
    '  by planted archetype (snapshots, botted, flagged, mean fake_score, planted share, estimated share):',
    ...e.byArchetype.map(
      (a) =>
        `    ${a.archetype.padEnd(18)}${int(a.scored).padStart(8)}${int(a.botted).padStart(8)}  ${pct(a.flagged_rate).padStart(6)}  ${num(a.mean_fake_score, 1).padStart(5)}  ${pct(a.mean_planted_share).padStart(6)}  ${pct(a.mean_estimated_share).padStart(6)}`,
    ),
  ].join('\n');
}
