import { MODEL_VARIANTS } from '@creator-audit/providers/synthetic-model';
import type { CohortV1Evaluation } from './evaluate.ts';
import { calibrationError, worstTier } from './evaluation-text.ts';

/** One perturbed world's figures: what the spread across variants is made of. */
export interface VariantResult {
  variant: string;
  creators: number;
  rocAuc: number | null;
  prAuc: number | null;
  precision: number | null;
  recall: number | null;
  /** Honest creators flagged at MEDIUM or HIGH RISK: overall, and in the worst tier (named). */
  honestFlagged: number | null;
  worstTier: string | null;
  worstTierHonestFlagged: number | null;
  calibrationError: number | null;
  seedV1RocAuc: number | null;
  seedV1HonestFlagged: number | null;
}

export const VARIANT_NAMES = Object.keys(MODEL_VARIANTS);

/**
 * EVALUATION ONLY: one perturbed world's evaluation in the figures the spread across variants is made of. The
 * worlds are synthesized by ingest's synthesizeCohort (--variant): the CLI's evaluate workflow composes the two.
 */
export function summarizeVariant(variant: string, e: CohortV1Evaluation): VariantResult {
  const of = (ruleset: string) => e.metrics.find((m) => m.ruleset === ruleset && m.group_kind === 'all' && m.positive === 'MEDIUM_OR_HIGH');
  const c = of('cohort-v1');
  const s = of('seed-v1');
  const worst = worstTier(e);
  return {
    variant,
    creators: c?.creators ?? 0,
    rocAuc: c?.roc_auc ?? null,
    prAuc: c?.pr_auc ?? null,
    precision: c?.precision ?? null,
    recall: c?.recall ?? null,
    honestFlagged: c?.false_positive_rate ?? null,
    worstTier: worst?.group_value ?? null,
    worstTierHonestFlagged: worst?.false_positive_rate ?? null,
    calibrationError: calibrationError(e.calibration),
    seedV1RocAuc: s?.roc_auc ?? null,
    seedV1HonestFlagged: s?.false_positive_rate ?? null,
  };
}

const pct = (x: number | null) => (x === null ? '    -' : `${(100 * x).toFixed(1).padStart(5)}%`);
const dec = (x: number | null) => (x === null ? '    -' : x.toFixed(3).padStart(6));

function spread(values: ReadonlyArray<number | null>, show: (x: number | null) => string): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return '-';
  return `${show(Math.min(...known)).trim()} to ${show(Math.max(...known)).trim()}`;
}

/** `made` says how the worlds were made, in the caller's words (the CLI names synthesize --variant). */
export function formatVariants(results: readonly VariantResult[], options: { creators: number; seed: number }, made = 'synthesized variants'): string {
  const lines = [
    `cohort-v1 on perturbed simulator worlds (${made}; ${options.creators.toLocaleString('en-US')} creators each, seed ${options.seed}):`,
    `  ${'variant'.padEnd(18)} ROC AUC  PR AUC  precision  recall  honest flagged  worst tier        calib. error | seed-v1 AUC  honest flagged`,
  ];
  for (const r of results) {
    lines.push(
      `  ${r.variant.padEnd(18)} ${dec(r.rocAuc)}  ${dec(r.prAuc)}     ${pct(r.precision)} ${pct(r.recall)}          ${pct(r.honestFlagged)}  ` +
        `${`${r.worstTier ?? '-'} ${pct(r.worstTierHonestFlagged).trim()}`.padEnd(16)}  ${pct(r.calibrationError)} |      ${dec(r.seedV1RocAuc)}          ${pct(r.seedV1HonestFlagged)}`,
    );
  }
  lines.push(
    `  spread: ROC AUC ${spread(results.map((r) => r.rocAuc), dec)}, recall ${spread(results.map((r) => r.recall), pct)}, ` +
      `honest flagged in the worst tier ${spread(results.map((r) => r.worstTierHonestFlagged), pct)}, calibration error ${spread(results.map((r) => r.calibrationError), pct)}`,
  );
  return lines.join('\n');
}
