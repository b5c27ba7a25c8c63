import type { CohortV1Check, CohortV1CheckRow } from './check-cohort-v1.ts';
import type { CreatorCheck } from './check-creator.ts';
import { checkMessages } from './messages.ts';

/**
 * seed-v1's verdict beside cohort-v1's, on one line. Beside no verdict it is printed only when it is one: two
 * accounts of "no verdict" would say the same thing twice.
 */
function seedV1Line(row: CohortV1CheckRow, seed: CreatorCheck): string[] {
  if (seed.kind === 'scored') {
    const uncapped = seed.ruleset === 'seed-v1' ? seed.score.total_risk_uncapped : null;
    return [checkMessages.seedV1Beside(seed.score.verdict, uncapped, seed.status, null)];
  }
  if (row.verdict === null) return [];
  return [seed.kind === 'unknown' ? checkMessages.seedV1NeverFetched : checkMessages.seedV1Beside(null, null, seed.status, seed.detail)];
}

/** The detail `check` prints for a creator cohort-v1 gives no verdict: its status detail and any count we could not read. */
function cohortV1NoVerdictDetail(row: CohortV1CheckRow): string | null {
  if (row.status !== 'insufficient_data') return row.status_detail;
  return checkMessages.unknownCounts(row.status_detail, row.videos_on_page - row.videos_with_counts, row.videos_on_page, row.unreadable_counts);
}

/**
 * cohort-v1's printout for one creator: the verdict with its calibrated probability and score, followers, the peers
 * it was compared with (and plainly, when they were few), the leading pattern and the reasons in words, heaviest
 * first; then seed-v1's verdict on the same snapshot, on one line. No verdict: the status and its detail.
 */
export function cohortV1CheckText(check: CohortV1Check): string {
  if (check.kind === 'unknown') return `${checkMessages.neverFetched(check.username)}\n`;
  const { row } = check;
  if (row.verdict === null || row.fraud_probability === null || row.total_risk_score === null) {
    return [checkMessages.noVerdict(row.username, row.status, cohortV1NoVerdictDetail(row)), ...seedV1Line(row, check.seedV1), ''].join('\n');
  }
  const lines = [checkMessages.cohortV1Verdict(row.username, row.verdict, row.fraud_probability, row.total_risk_score), checkMessages.followers(row.followers)];
  if (row.cohort !== null && row.cohort_creators !== null) lines.push(checkMessages.peers(row.cohort, row.cohort_creators, row.base_rate));
  if (row.cohort_note !== null) lines.push(checkMessages.thinCohort(row.cohort_note));
  // flags = the pattern's line (when its evidence reached 4:1), then the reasons that did; reasons hold them all.
  const patternLines = row.flags.filter((flag) => !row.reasons.some((r) => r.text === flag));
  if (patternLines.length > 0) lines.push(...patternLines.map((flag) => ` ${flag}`));
  else if (row.fraud_pattern_description !== null) lines.push(checkMessages.weakPattern(row.fraud_pattern_description));
  if (row.reasons.length > 0) lines.push(checkMessages.reasonsTitle, ...row.reasons.map((r) => ` - ${r.text}`));
  else lines.push(checkMessages.noReasons);
  lines.push(...seedV1Line(row, check.seedV1));
  return `${lines.join('\n')}\n`;
}

/** `check --json`: cohort-v1's row (every figure at full precision, the reasons as objects), seed-v1's verdict beside. */
export function cohortV1CheckJson(check: CohortV1Check): Record<string, unknown> {
  if (check.kind === 'unknown') return { username: check.username, ruleset: 'cohort-v1', status: 'not_fetched', status_detail: null, verdict: null, seed_v1: null };
  const seed = check.seedV1;
  const seedV1 =
    seed.kind === 'scored' && seed.ruleset === 'seed-v1'
      ? { status: seed.status, verdict: seed.score.verdict, total_risk_score: seed.score.total_risk_score, total_risk_uncapped: seed.score.total_risk_uncapped, flags: seed.score.flags }
      : seed.kind === 'unscored'
        ? { status: seed.status, status_detail: seed.detail, verdict: null }
        : { status: 'not_fetched', verdict: null };
  const { row } = check;
  const { username, ...rest } = row;
  return { username, ruleset: 'cohort-v1', ...rest, snapshot_at: row.snapshot_at?.toISOString() ?? null, seed_v1: seedV1 };
}
