import type { AudienceEvaluation } from './evaluate.ts';
import { creditsForFollowers, followersForMargin } from './sample-precision.ts';

const pct = (x: number | null, digits = 1) => (x === null ? '-' : `${(100 * x).toFixed(digits)}%`);
const pts = (x: number | null) => (x === null ? '-' : `${(100 * x).toFixed(1)} points`);
const num = (x: number | null, digits = 3) => (x === null ? '-' : x.toFixed(digits));

/** The evaluation in words and small tables: the figures' errors, how creators rank, and follower by follower. */
export function formatAudienceEvaluation(e: AudienceEvaluation): string {
  const lines = [
    `Audience estimates against the simulator's truth (seed ${e.seed}): ${e.samples} sample(s), ${e.estimated} with a suspicious share.`,
    '',
    'Suspicious followers vs the expected fake share of the newest followers each sample covers:',
    `  mean absolute error ${pts(e.share_mae)}, bias ${pts(e.share_bias)}, RMSE ${pts(e.share_rmse)}, largest ${pts(e.share_max_error)}`,
    `  95% interval holds the truth for ${pct(e.interval_coverage)} of samples; within 2 standard errors: ${pct(e.within_two_se)}`,
    `  ranking: Spearman ${num(e.share_rank_correlation)}; ${e.misordered_pairs} of ${e.separable_pairs} pairs that sampling can tell apart put in the wrong order`,
    `  follower by follower: precision ${pct(e.precision)} (suspicious that are bots), recall ${pct(e.recall)} (bots caught); ` +
      `inactive that are real people: ${pct(e.inactive_precision)}`,
    '',
    'Coordinated comments vs the pod comments among those sampled:',
    `  mean absolute error ${pts(e.coordinated_mae)}, largest ${pts(e.coordinated_max_error)}; Spearman ${num(e.coordinated_rank_correlation)}; ` +
      `${e.pod_misordered_pairs} of ${e.pod_separable_pairs} pairs more than 10 points apart put in the wrong order`,
    '',
    `  ${'creator'.padEnd(24)}${'archetype'.padEnd(18)}${'truth'.padStart(7)}${'estimate (95%)'.padStart(22)}${'pod'.padStart(7)}${'coordinated'.padStart(12)}`,
  ];
  for (const c of e.creators) {
    const interval = c.suspicious_share === null ? '-' : `${pct(c.suspicious_share, 0)} (${pct(c.suspicious_share_low, 0)}-${pct(c.suspicious_share_high, 0)})`;
    lines.push(
      `  ${c.username.padEnd(24)}${(c.archetype ?? '-').padEnd(18)}${pct(c.window_fake_share, 0).padStart(7)}${interval.padStart(22)}` +
        `${pct(c.sampled_pod_share, 0).padStart(7)}${pct(c.coordinated_share, 0).padStart(12)}${c.truth_in_interval === false ? '  outside' : ''}`,
    );
  }
  lines.push('', '  follower kind    classified as');
  const kinds = [...new Set(e.followers.map((f) => f.kind))];
  for (const kind of kinds) {
    const row = e.followers.filter((f) => f.kind === kind).map((f) => `${f.classification} ${f.followers}`);
    lines.push(`  ${kind.padEnd(16)} ${row.join(', ')}`);
  }
  lines.push('', 'What a precision costs (95% margin at a share of 50%, the widest; user/followers gives 20 a page, 1 credit):');
  for (const margin of [0.1, 0.07, 0.05, 0.03]) {
    const n = followersForMargin(margin);
    lines.push(`  +-${(100 * margin).toFixed(0)} points: ${n} followers, ${creditsForFollowers(n)} credits per creator`);
  }
  return lines.join('\n');
}
