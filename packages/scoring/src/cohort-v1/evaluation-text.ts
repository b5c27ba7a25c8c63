import type { CalibrationBin, CohortV1Evaluation, CohortV1Metrics } from './evaluate.ts';

const pct = (x: number | null) => (x === null ? '    -' : `${(100 * x).toFixed(1).padStart(5)}%`);
const dec = (x: number | null) => (x === null ? '    -' : x.toFixed(3).padStart(6));
const n = (x: number) => x.toLocaleString('en-US');

/** The targets of issue 14 for held-out cohorts. */
const COHORT_V1_TARGETS = { rocAuc: 0.9, honestFlaggedPerTier: 0.05, recall: 0.6 } as const;

/** Expected calibration error: the creators' mean gap between the probability given and the fraud share of its bin. */
export function calibrationError(bins: readonly CalibrationBin[]): number | null {
  const total = bins.reduce((s, b) => s + b.creators, 0);
  if (total === 0) return null;
  return bins.reduce((s, b) => s + (b.creators / total) * Math.abs(b.mean_probability - b.fraud_share), 0);
}

function row(e: CohortV1Evaluation, ruleset: string, kind: string, value: string, positive: 'HIGH' | 'MEDIUM_OR_HIGH') {
  return e.metrics.find((m) => m.ruleset === ruleset && m.group_kind === kind && m.group_value === value && m.positive === positive);
}

/** The worst tier for honest creators flagged at MEDIUM or HIGH RISK. */
export function worstTier(e: CohortV1Evaluation, ruleset = 'cohort-v1'): CohortV1Metrics | undefined {
  return e.metrics
    .filter((m) => m.ruleset === ruleset && m.group_kind === 'tier' && m.positive === 'MEDIUM_OR_HIGH')
    .sort((a, b) => (b.false_positive_rate ?? 0) - (a.false_positive_rate ?? 0))[0];
}

function summaryLine(e: CohortV1Evaluation, ruleset: string): string {
  const med = row(e, ruleset, 'all', 'all', 'MEDIUM_OR_HIGH');
  const high = row(e, ruleset, 'all', 'all', 'HIGH');
  if (!med || !high) return `  ${ruleset.padEnd(10)} no verdicts`;
  return (
    `  ${ruleset.padEnd(10)}${dec(med.roc_auc)}  ${dec(med.pr_auc)}   ${pct(med.precision)} ${pct(med.recall)} ${pct(med.false_positive_rate)}` +
    `   ${pct(high.precision)} ${pct(high.recall)} ${pct(high.false_positive_rate)}`
  );
}

function tierLines(e: CohortV1Evaluation): string[] {
  const tiers = [...new Set(e.metrics.filter((m) => m.group_kind === 'tier').map((m) => m.group_value))];
  const lines = [`  ${'tier'.padEnd(7)}${'judged'.padStart(8)}${'fraud'.padStart(7)}   cohort-v1: AUC  honest flagged  recall   | seed-v1: AUC  honest flagged  recall`];
  for (const tier of tiers) {
    const c = row(e, 'cohort-v1', 'tier', tier, 'MEDIUM_OR_HIGH');
    const s = row(e, 'seed-v1', 'tier', tier, 'MEDIUM_OR_HIGH');
    if (!c) continue;
    lines.push(
      `  ${tier.padEnd(7)}${n(c.creators).padStart(8)}${n(c.fraud).padStart(7)}   ${dec(c.roc_auc)}        ${pct(c.false_positive_rate)}  ${pct(c.recall)}` +
        `   |  ${dec(s?.roc_auc ?? null)}        ${pct(s?.false_positive_rate ?? null)}  ${pct(s?.recall ?? null)}`,
    );
  }
  return lines;
}

function archetypeLines(e: CohortV1Evaluation): string[] {
  const lines = [`  ${'archetype'.padEnd(28)}${'judged'.padStart(7)}${'no verdict'.padStart(11)}   cohort-v1 MEDIUM+  HIGH  top pattern named          | seed-v1 MEDIUM+`];
  const archetypes = e.metrics.filter((m) => m.ruleset === 'cohort-v1' && m.group_kind === 'archetype' && m.positive === 'MEDIUM_OR_HIGH');
  for (const a of [...archetypes].sort((x, y) => Number(x.fraud > 0) - Number(y.fraud > 0) || x.group_value.localeCompare(y.group_value))) {
    const high = row(e, 'cohort-v1', 'archetype', a.group_value, 'HIGH');
    const seed = row(e, 'seed-v1', 'archetype', a.group_value, 'MEDIUM_OR_HIGH');
    const share = (m: CohortV1Metrics | undefined) => (m && m.creators > 0 ? m.flagged / m.creators : null);
    const top = e.patterns.filter((p) => p.archetype === a.group_value && p.fraud_pattern !== null).sort((x, y) => y.creators - x.creators)[0];
    const honest = a.fraud === 0 ? ' (honest)' : '';
    lines.push(
      `  ${(a.group_value + honest).padEnd(28)}${n(a.creators).padStart(7)}${n(a.no_verdict).padStart(11)}   ${pct(share(a)).padStart(16)} ${pct(share(high))}  ` +
        `${(top ? `${top.fraud_pattern} (${n(top.creators)})` : '-').padEnd(27)}| ${pct(share(seed))}`,
    );
  }
  return lines;
}

function calibrationLines(bins: readonly CalibrationBin[]): string[] {
  const lines = ['  probability   creators   mean given   fraud observed'];
  for (const b of bins) {
    lines.push(`  ${b.bin_from.toFixed(1)}-${b.bin_to.toFixed(1)}   ${n(b.creators).padStart(10)}   ${pct(b.mean_probability).padStart(10)}   ${pct(b.fraud_share).padStart(14)}`);
  }
  const ece = calibrationError(bins);
  if (ece !== null) lines.push(`  expected calibration error (creator-weighted mean gap): ${(100 * ece).toFixed(1)} points`);
  return lines;
}

/** How far cohort-v1 is from issue 14's targets on this cohort. */
function targetLines(e: CohortV1Evaluation): string[] {
  const all = row(e, 'cohort-v1', 'all', 'all', 'MEDIUM_OR_HIGH');
  const worst = worstTier(e);
  const t = COHORT_V1_TARGETS;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  return [
    `  ROC AUC >= ${t.rocAuc}: ${dec(all?.roc_auc ?? null).trim()} (${mark((all?.roc_auc ?? 0) >= t.rocAuc)})`,
    `  honest flagged at MEDIUM+ <= ${pct(t.honestFlaggedPerTier).trim()} in every tier: worst ${worst?.group_value ?? '-'} ${pct(worst?.false_positive_rate ?? null).trim()} (${mark((worst?.false_positive_rate ?? 1) <= t.honestFlaggedPerTier)})`,
    `  recall at MEDIUM+ >= ${pct(t.recall).trim()}: ${pct(all?.recall ?? null).trim()} (${mark((all?.recall ?? 0) >= t.recall)})`,
  ];
}

/**
 * The comparison in two lines, cohort-v1 first: ROC AUC, honest creators flagged and planted fraud caught at
 * MEDIUM or HIGH RISK, on the same labelled creators (what the demo ends with).
 */
export function formatCohortV1Headline(e: CohortV1Evaluation): string {
  const line = (ruleset: string) => {
    const m = row(e, ruleset, 'all', 'all', 'MEDIUM_OR_HIGH');
    if (!m) return `  ${`${ruleset}:`.padEnd(11)}no verdicts`;
    return `  ${`${ruleset}:`.padEnd(11)}ROC AUC ${dec(m.roc_auc).trim()}, flags ${pct(m.false_positive_rate).trim()} of honest creators, catches ${pct(m.recall).trim()} of planted fraud`;
  };
  return [`Headline (seed ${e.seed}, ${n(e.labelled)} labelled creators; flagged = MEDIUM or HIGH RISK):`, line('cohort-v1'), line('seed-v1')].join('\n');
}

/** `query` says how to read the tables, in the caller's words (the CLI names its sql command). */
export function formatCohortV1Evaluation(e: CohortV1Evaluation, query = 'read them with SQL'): string {
  return [
    `cohort-v1 against the simulator's planted labels (seed ${e.seed}): ${n(e.labelled)} labelled creator snapshot(s); ` +
      `cohort-v1 judged ${n(e.scored['cohort-v1'])}, seed-v1 ${n(e.scored['seed-v1'])} (the others: no verdict, e.g. private or insufficient data)`,
    '',
    'Both rulesets on the same creators (MEDIUM+ = MEDIUM or HIGH RISK; honest flagged = false-positive rate):',
    `  ${'ruleset'.padEnd(10)}${'ROC AUC'.padStart(6)}  ${'PR AUC'.padStart(6)}   MEDIUM+: prec  recall  honest    HIGH: prec  recall  honest`,
    summaryLine(e, 'cohort-v1'),
    summaryLine(e, 'seed-v1'),
    '',
    'By follower tier of the label:',
    ...tierLines(e),
    '',
    'By planted archetype (share flagged; honest look-alikes should stay near 0):',
    ...archetypeLines(e),
    '',
    "Reliability of cohort-v1's fraud_probability (calibrated: each bin's fraud share near its mean probability):",
    ...calibrationLines(e.calibration),
    '',
    "Issue 14's targets (set for held-out cohorts; this is the simulator it was checked on):",
    ...targetLines(e),
    '',
    `Tables: cv1_evaluation, cv1_calibration, cv1_evaluation_patterns (${query}).`,
  ].join('\n');
}
