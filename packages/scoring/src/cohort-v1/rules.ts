/** The vocabulary of cohort-v1: its name, the columns a cohort may not be drawn by (its verdict cut-offs live in stg_cv1_assumptions). */

export const COHORT_V1 = 'cohort-v1';

/** The columns of stg_cv1_creators a --by cohort may not be drawn by: identity and outcome bookkeeping. */
export const NOT_COHORT_COLUMNS = ['username', 'run_id', 'outcome', 'detail', 'follower_tier'] as const;
