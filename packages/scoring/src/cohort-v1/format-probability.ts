/**
 * cohort-v1's fraud probability as a percentage that never claims a certainty it does not have: 0.99999997 is
 * "> 99.9%", not "100%"; 1e-9 is "< 0.1%", not "0%".
 */
export function formatProbability(p: number): string {
  if (p >= 0.999) return '> 99.9%';
  if (p < 0.001) return '< 0.1%';
  return `${(100 * p).toFixed(1)}%`;
}
