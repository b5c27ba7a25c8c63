/**
 * The follower tiers `stg_creators` assigns (sql/staging/10_stg_creators.sql, the one definition), smallest first:
 * the order charts and tables list them in. The staging spec holds the SQL to these names.
 */
export const FOLLOWER_TIERS = ['sub-nano', 'nano', 'micro', 'mid', 'macro', 'mega', 'unknown'] as const;
