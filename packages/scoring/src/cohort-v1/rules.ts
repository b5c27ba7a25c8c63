/** The vocabulary of cohort-v1: its name, its verdict cut-offs (stg_cv1_assumptions holds the same numbers) and the signals. */

export const COHORT_V1 = 'cohort-v1';

/** fraud_probability from which a verdict is MEDIUM RISK (more likely fraud than not) and HIGH RISK (four to one). */
export const COHORT_V1_CUTOFFS = { medium: 0.5, high: 0.8 } as const;

/** The columns of stg_cv1_creators a --by cohort may not be drawn by: identity and outcome bookkeeping. */
export const NOT_COHORT_COLUMNS = ['username', 'run_id', 'outcome', 'detail', 'follower_tier'] as const;
