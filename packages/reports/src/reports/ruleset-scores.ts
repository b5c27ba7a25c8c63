import type { Warehouse } from '@creator-audit/warehouse';

/** Whether creator_scores holds any row of this ruleset (a warehouse scored before it existed holds none). */
export async function hasRulesetScores(warehouse: Warehouse, ruleset: string): Promise<boolean> {
  if (!(await warehouse.hasTable('creator_scores'))) return false;
  return (await warehouse.rows(`select 1 from creator_scores where ruleset = $ruleset limit 1`, { ruleset })).length > 0;
}
