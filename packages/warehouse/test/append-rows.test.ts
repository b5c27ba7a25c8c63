import { describe, expect, it } from 'vitest';
import { appendRows } from '../src/append-rows.ts';
import { runs } from '../src/tables.ts';
import { Warehouse } from '../src/warehouse.ts';

const run = (id: string) => ({ run_id: id, kind: 'creators', provider: 'scavio', started_at: new Date('2026-01-01T00:00:00Z'), status: 'running' });

describe('appendRows', () => {
  it("reports the warehouse's refusal itself (a duplicate key), not the failure of closing the refused appender", async () => {
    const w = await Warehouse.open(':memory:');
    try {
      await appendRows(w.connection, runs, [run('r1')]);
      await expect(w.transaction(() => appendRows(w.connection, runs, [run('r2'), run('r1')]))).rejects.toThrow(/Duplicate key|PRIMARY KEY|constraint/i);
      // The transaction was undone whole, and the connection takes the next one.
      await w.transaction(() => appendRows(w.connection, runs, [run('r3')]));
      expect((await w.rows('SELECT run_id FROM runs ORDER BY 1')).map((r) => r.run_id)).toEqual(['r1', 'r3']);
    } finally {
      w.close();
    }
  });
});
