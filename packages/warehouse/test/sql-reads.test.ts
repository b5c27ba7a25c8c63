import { describe, expect, it } from 'vitest';
import { relationsReadBy } from '../src/sql-reads.ts';
import { Warehouse } from '../src/warehouse.ts';

describe('relations a statement reads', () => {
  it("lists tables and views, not its CTEs' names, from DuckDB's own parser", async () => {
    const warehouse = await Warehouse.open(':memory:');
    try {
      const sql = `with videos as (select * from stg_videos), final as (select * from videos join creators using (username))
                   select * from final where username in (select username from creator_scores)`;
      expect(await relationsReadBy(warehouse, sql)).toEqual(['creator_scores', 'creators', 'stg_videos']);
    } finally {
      warehouse.close();
    }
  });
});
