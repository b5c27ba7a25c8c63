import { describe, expect, it } from 'vitest';
import { outcomesOf, withIngestWire } from './ingest-wire.ts';
import { handles, videoIdOf, webVideos } from './wire-world.ts';

const cohort = [...handles(8), 'far_future'];

/** The third video of far_future says it was posted at 2^53 - 1 seconds: past what any timestamp holds. */
const farFuture = webVideos('far_future', 7).map((v, i) => (i === 2 ? { ...v, createTime: '9007199254740991' } : v));

describe('one bad record in a body', () => {
  it('costs only what it cannot be: the video lands with no creation time and the reason, every creator lands, the run ends', () =>
    withIngestWire({ world: { feeds: { far_future: { items: farFuture } } } }, async ({ ingest, warehouse }) => {
      const summary = await ingest(cohort, { concurrency: 3 });
      expect(summary.stop).toBeNull();
      const outcomes = await outcomesOf(warehouse, summary.runId);
      expect([...outcomes.values()].every((o) => o === 'ok')).toBe(true);
      expect(outcomes.size).toBe(cohort.length);
      const [video] = await warehouse.rows(`SELECT created_at, count_problems FROM videos WHERE video_id = $id`, { id: videoIdOf('far_future', 3) });
      expect(video).toEqual({ created_at: null, count_problems: ['created_at: beyond any real time: 9007199254740991'] });
      const [run] = await warehouse.rows(`SELECT status FROM runs WHERE run_id = $id`, { id: summary.runId });
      expect(run?.status).toBe('finished');
    }));
});
