import type { Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { COHORT_V1 } from '../cohort-v1/rules.ts';
import { queryRows } from '../models/queries.ts';
import { type ScoreRun, scoreWarehouse } from '../score.ts';
import { SEED_V1 } from '../seed-v1/rules.ts';
import { checkCreator, type CreatorCheck, REFERENCE_RULESETS } from './check-creator.ts';

const reason = z.object({
  signal: z.string(),
  value: z.number(),
  cohort_median: z.number(),
  robust_z: z.number(),
  weight: z.number(),
  text: z.string(),
});

const cohortV1CheckRow = z.object({
  username: z.string(),
  status: z.string(),
  status_detail: z.string().nullable(),
  provider: z.string(),
  snapshot_at: z.date().nullable(),
  followers: z.number().nullable(),
  following: z.number().nullable(),
  videos_scored: z.number().nullable(),
  cohort: z.string().nullable(),
  cohort_creators: z.number().nullable(),
  norm_weight: z.number().nullable(),
  cohort_note: z.string().nullable(),
  likelihood_ratio: z.number().nullable(),
  base_rate: z.number().nullable(),
  fraud_probability: z.number().nullable(),
  total_risk_score: z.number().nullable(),
  verdict: z.string().nullable(),
  fraud_pattern: z.string().nullable(),
  fraud_pattern_description: z.string().nullable(),
  flags: z.array(z.string()),
  reasons: z.array(reason),
  videos_on_page: z.number(),
  videos_with_counts: z.number(),
  unreadable_counts: z.array(z.string()),
});

/** cohort-v1's row of one creator in creator_scores (check_cohort_v1.sql), with what it could not read. */
export type CohortV1CheckRow = z.infer<typeof cohortV1CheckRow>;

/** One creator judged by cohort-v1 against the warehouse's creators, with seed-v1's reference verdict beside it. */
export type CohortV1Check =
  | { kind: 'row'; row: CohortV1CheckRow; seedV1: CreatorCheck; scored: ScoreRun }
  | { kind: 'unknown'; username: string; scored: ScoreRun };

/**
 * cohort-v1 needs peers, so `check` scores the whole warehouse with it (the SQL models, as `score --ruleset
 * cohort-v1`: every creator the warehouse holds is a peer) and reads the creator's row back; seed-v1's verdict
 * beside it comes from its TypeScript reference on the same judged snapshot (bit for bit the SQL's).
 */
export async function checkCohortV1(warehouse: Warehouse, username: string, options: { scoredAt?: Date } = {}): Promise<CohortV1Check> {
  const scored = await scoreWarehouse(warehouse, { ruleset: COHORT_V1, ...(options.scoredAt ? { scoredAt: options.scoredAt } : {}) });
  const [row] = await queryRows(warehouse, 'check_cohort_v1', cohortV1CheckRow, { ruleset: COHORT_V1, username });
  if (!row) return { kind: 'unknown', username, scored };
  return { kind: 'row', row, seedV1: await checkCreator(warehouse, username, SEED_V1), scored };
}

/**
 * Whether a creator without a verdict lacks data we should have had (`check` exits 1), rather than the account
 * itself being the answer (private, gone, no followers, too few videos: exit 0). As for the seed's rulesets: a
 * failed fetch, a missing snapshot, an unknown follower count, or a play or like count on the scored page that the
 * vendor left out or sent unreadable.
 */
export function cohortV1LacksData(row: CohortV1CheckRow): boolean {
  if (row.verdict !== null) return false;
  if (row.status === 'fetch_failed' || row.status === 'snapshot_missing') return true;
  return row.status === 'insufficient_data' && (row.followers === null || row.videos_with_counts < row.videos_on_page);
}

/** The rulesets `check` judges by: cohort-v1 (the default, through the SQL, against its peers), then the references. */
export const CHECK_RULESETS = [COHORT_V1, ...REFERENCE_RULESETS] as const;
export type CheckRuleset = (typeof CHECK_RULESETS)[number];
