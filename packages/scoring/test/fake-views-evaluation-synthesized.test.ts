import { Warehouse } from '@creator-audit/warehouse';
import { synthesizeCohort } from '@creator-audit/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateFakeViews } from '../src/fake-views/evaluate.ts';
import { scoreFakeViews } from '../src/fake-views/score-fake-views.ts';

const CREATORS = 600;
const VIDEOS = 12;

describe('fake-view evaluation on a synthesized cohort', () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await Warehouse.open(':memory:');
    await synthesizeCohort(w, { creators: CREATORS, videosPerCreator: VIDEOS, seed: 21 });
    await scoreFakeViews(w, 'default');
  });
  afterAll(() => w.close());

  it("pairs every synthesized video's score with the label synthesize wrote for it", async () => {
    const e = await evaluateFakeViews(w);
    // Every creator has VIDEOS videos but the new accounts among the honest look-alikes, which posted a handful.
    const [held] = await w.rows(`select count(*)::INTEGER as n, count(distinct username)::INTEGER as creators from videos`);
    expect(held?.creators).toBe(CREATORS);
    expect(held?.n).toBeGreaterThan(CREATORS * VIDEOS * 0.95);
    expect(e.labelled).toBe(held?.n);
    expect(e.scored + e.unscored).toBe(held?.n);
    expect(e.botted).toBeGreaterThan(0);
    expect(e.clean).toBeGreaterThan(e.botted);
  });

  it('breaks the results down by the archetypes synthesize planted, botted videos only where views were botted', async () => {
    const e = await evaluateFakeViews(w);
    const byArchetype = new Map(e.byArchetype.map((a) => [a.archetype, a]));
    expect(byArchetype.get('view_botting')?.botted).toBeGreaterThan(0);
    expect(byArchetype.get('organic')?.botted).toBe(0);
    expect(e.byArchetype.reduce((sum, a) => sum + a.botted, 0)).toBe(byArchetype.get('view_botting')?.botted);
  });
});
