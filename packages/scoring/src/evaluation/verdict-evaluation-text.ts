import type { EvaluationMetrics, VerdictEvaluation } from './evaluate-verdicts.ts';

const pct = (x: number | null) => (x === null ? '    -' : `${(100 * x).toFixed(1).padStart(5)}%`);
const n = (x: number) => x.toLocaleString('en-US');

const CUTOFF_TITLE = { HIGH: 'positive = HIGH RISK', MEDIUM_OR_HIGH: 'positive = MEDIUM or HIGH RISK' } as const;

function metricsTable(rows: readonly EvaluationMetrics[]): string[] {
  const header = `  ${'group'.padEnd(28)}${['creators', 'fraud', 'flagged', 'TP', 'FP', 'FN', 'TN'].map((h) => h.padStart(9)).join('')}  precision  recall    FPR`;
  const lines = [header];
  for (const r of rows) {
    const label = r.group_kind === 'all' ? 'all creators' : `${r.group_kind} ${r.group_value}`;
    const counts = [r.creators, r.fraud, r.flagged, r.true_positives, r.false_positives, r.false_negatives, r.true_negatives];
    lines.push(`  ${label.padEnd(28)}${counts.map((c) => n(c).padStart(9)).join('')}     ${pct(r.precision)} ${pct(r.recall)} ${pct(r.false_positive_rate)}`);
  }
  return lines;
}

/** Plain findings computed from the tables: where organic creators get flagged, and which fraud goes unflagged. */
function findings(e: VerdictEvaluation): string[] {
  const lines: string[] = [];
  const tierRows = e.metrics.filter((m) => m.group_kind === 'tier' && m.positive === 'MEDIUM_OR_HIGH');
  const overall = e.metrics.find((m) => m.group_kind === 'all' && m.positive === 'MEDIUM_OR_HIGH');
  lines.push(`Where ${e.ruleset} over-flags (organic creators rated MEDIUM or HIGH RISK, by follower tier, and the rules behind them):`);
  for (const t of [...tierRows].sort((a, b) => (b.false_positive_rate ?? 0) - (a.false_positive_rate ?? 0))) {
    const causes = e.rules
      .filter((r) => r.group_kind === 'tier' && r.group_value === t.group_value && r.false_positives_medium_or_high > 0)
      .sort((a, b) => b.false_positives_medium_or_high - a.false_positives_medium_or_high)
      .slice(0, 3)
      .map((r) => `${r.rule} ${n(r.false_positives_medium_or_high)}`);
    lines.push(
      `  ${t.group_value.padEnd(6)} ${pct(t.false_positive_rate)} of ${n(t.false_positives + t.true_negatives)} organic flagged` +
        `${causes.length ? `; rules on them: ${causes.join(', ')}` : ''}`,
    );
  }
  if (overall) {
    lines.push(
      `  overall: ${n(overall.false_positives)} of ${n(overall.flagged)} MEDIUM-or-HIGH verdicts are organic creators (precision ${pct(overall.precision).trim()}).`,
    );
  }
  lines.push('What it misses (fraud rated LOW RISK, by planted archetype; recall at MEDIUM or HIGH):');
  const archetypes = e.metrics.filter((m) => m.group_kind === 'archetype' && m.positive === 'MEDIUM_OR_HIGH' && m.fraud > 0);
  for (const a of [...archetypes].sort((x, y) => (x.recall ?? 0) - (y.recall ?? 0))) {
    lines.push(`  ${a.group_value.padEnd(18)} ${n(a.false_negatives).padStart(6)} of ${n(a.fraud).padStart(6)} missed (recall ${pct(a.recall).trim()})`);
  }
  return lines;
}

/** `query` says how to read the tables, in the caller's words (the CLI names its sql command). */
export function formatVerdictEvaluation(e: VerdictEvaluation, query = 'read them with SQL'): string {
  const lines = [
    `${e.ruleset} against the simulator's planted labels (seed ${e.seed}): ${n(e.labelled)} labelled creator snapshot(s), ${n(e.scored)} with a verdict`,
  ];
  for (const cutoff of ['HIGH', 'MEDIUM_OR_HIGH'] as const) {
    lines.push('', `Confusion matrix, ${CUTOFF_TITLE[cutoff]} (fraud = planted archetype active):`);
    lines.push(...metricsTable(e.metrics.filter((m) => m.positive === cutoff)));
  }
  lines.push('', 'Verdicts by planted archetype (LOW / MEDIUM / HIGH / no verdict):');
  const groups = [...new Set(e.verdicts.filter((v) => v.group_kind === 'archetype').map((v) => v.group_value))];
  for (const g of groups) {
    const of = (verdict: string | null) =>
      e.verdicts.filter((v) => v.group_kind === 'archetype' && v.group_value === g && v.verdict === verdict).reduce((s, v) => s + v.creators, 0);
    lines.push(`  ${g.padEnd(18)}${[of('LOW RISK'), of('MEDIUM RISK'), of('HIGH RISK'), of(null)].map((c) => n(c).padStart(8)).join('')}`);
  }
  lines.push('', ...findings(e));
  lines.push('', `Tables: verdict_evaluation, verdict_evaluation_verdicts, verdict_evaluation_rules (${query}).`);
  return lines.join('\n');
}

/** Each ruleset's headline on the same labelled creators: the first is the one evaluated in full above. */
export function formatVerdictComparison(evaluations: readonly VerdictEvaluation[]): string {
  const lines = ['Beside the other rulesets (the same labelled snapshots, each ruleset as it judged them):'];
  lines.push(`  ${'ruleset'.padEnd(12)}${'verdicts'.padStart(9)}  ${'cut-off'.padEnd(16)}precision  recall  honest flagged`);
  for (const e of evaluations) {
    for (const cutoff of ['MEDIUM_OR_HIGH', 'HIGH'] as const) {
      const all = e.metrics.find((m) => m.group_kind === 'all' && m.positive === cutoff);
      if (!all) continue;
      const label = cutoff === 'HIGH' ? 'HIGH' : 'MEDIUM or HIGH';
      lines.push(`  ${e.ruleset.padEnd(12)}${n(e.scored).padStart(9)}  ${label.padEnd(16)}   ${pct(all.precision)} ${pct(all.recall)}          ${pct(all.false_positive_rate)}`);
    }
  }
  return lines.join('\n');
}
