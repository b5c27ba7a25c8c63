import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateFakeViews } from '../src/fake-views/evaluate.ts';
import { LabelsError } from '../src/evaluation/labels-error.ts';

const AT = '2026-03-01 00:00:00';

/**
 * Seven labelled snapshots, scores set by hand. Botted (planted share >= 0.2): a, b, c; clean: d, e, f; g has no
 * score. AUC by hand: a beats d, e, f (3); b and c each tie d (0.5) and beat e, f (2.5 each): 8 of 9 pairs.
 */
const VIDEOS = [
  // id, fake_score, is_suspicious, estimated share, planted share, archetype
  ['a', 90, true, 0.8, 0.9, 'view_botting'],
  ['b', 40, true, 0.3, 0.5, 'view_botting'],
  ['c', 40, false, 0.0, 0.25, 'view_botting'],
  ['d', 40, true, 0.1, 0.0, 'bought_likes'],
  ['e', 10, false, 0.0, 0.1, 'organic'],
  ['f', 5, false, 0.0, 0.0, 'organic'],
  ['g', null, null, null, 0.0, 'organic'],
] as const;

const sqlList = (rows: string[]) => rows.join(',\n');

describe('fake-view evaluation against planted labels', () => {
  let w: Warehouse;
  beforeAll(async () => {
    w = await Warehouse.open(':memory:');
    // The evaluation reads only the finished table; here it is written by hand (1,000 plays each).
    await w.run(`create table video_fake_view_scores as select * from (values ${sqlList(
      VIDEOS.map(([id, score, suspicious, share]) =>
        `('${id}', 'u_${id}', 'synthetic', '${AT}'::TIMESTAMP, 'default', 1000::BIGINT, ${score ?? 'null'}::DOUBLE, ${suspicious ?? 'null'}::BOOLEAN,
          null::VARCHAR, ${share ?? 'null'}::DOUBLE, ${share === null ? 'null' : Math.floor(1000 * share)}::BIGINT)`,
      ),
    )}) as t (video_id, username, provider, snapshot_at, content_category, plays, fake_score, is_suspicious, confidence_level,
              estimated_fake_share, estimated_fake_views)`);
    // Created here when the warehouse does not define them yet; the columns the evaluation reads.
    await w.run(`create table if not exists sim_video_labels (seed BIGINT, video_id VARCHAR, username VARCHAR, labelled_at TIMESTAMP,
                 plays BIGINT, fake_plays BIGINT, likes BIGINT, fake_likes BIGINT, fake_share DOUBLE)`);
    await w.run(`create table if not exists sim_creator_labels (seed BIGINT, username VARCHAR, labelled_at TIMESTAMP, status VARCHAR,
                 archetype VARCHAR, is_fraud BOOLEAN, tier VARCHAR, followers BIGINT, fake_followers BIGINT)`);
    await w.run(`insert into sim_video_labels by name select * from (values ${sqlList(
      VIDEOS.map(([id, , , , planted]) => `(7, '${id}', 'u_${id}', '${AT}'::TIMESTAMP, 1000, ${Math.round(1000 * planted)}, 50, 0, ${planted})`),
    )}) as t (seed, video_id, username, labelled_at, plays, fake_plays, likes, fake_likes, fake_share)`);
    await w.run(`insert into sim_creator_labels by name select * from (values ${sqlList(
      VIDEOS.map(([id, , , , , archetype]) => `(7, 'u_${id}', '${AT}'::TIMESTAMP, 'ok', '${archetype}', ${archetype !== 'organic'}, 'micro', 50000, 0)`),
    )}) as t (seed, username, labelled_at, status, archetype, is_fraud, tier, followers, fake_followers)`);
  });
  afterAll(() => w.close());

  it('computes ROC AUC with ties counting half, precision, recall and the false positive rate', async () => {
    const e = await evaluateFakeViews(w, 0.2);
    expect(e).toMatchObject({ labelled: 7, unscored: 1, scored: 6, botted: 3, clean: 3, true_positives: 2, false_positives: 1, false_negatives: 1 });
    expect(e.roc_auc).toBeCloseTo(8 / 9, 12);
    expect(e.precision).toBeCloseTo(2 / 3, 12);
    expect(e.recall).toBeCloseTo(2 / 3, 12);
    expect(e.false_positive_rate).toBeCloseTo(1 / 3, 12);
  });

  it('measures the estimated fake share against the planted one, and fake views in total', async () => {
    const e = await evaluateFakeViews(w, 0.2);
    expect(e.share_mae).toBeCloseTo((0.1 + 0.2 + 0.25 + 0.1 + 0.1 + 0) / 6, 12);
    expect(e.share_mae_botted).toBeCloseTo((0.1 + 0.2 + 0.25) / 3, 12);
    expect(e.share_mae_clean).toBeCloseTo((0.1 + 0.1 + 0) / 3, 12);
    expect(e.share_bias).toBeCloseTo((-0.1 - 0.2 - 0.25 + 0.1 - 0.1 + 0) / 6, 12);
    expect(e.fake_views_ratio).toBeCloseTo((800 + 300 + 0 + 100 + 0 + 0) / (900 + 500 + 250 + 0 + 100 + 0), 12);
  });

  it('moves the line between botted and clean with the positive share', async () => {
    const e = await evaluateFakeViews(w, 0.05);
    // e (planted 0.1, score 10) is botted now: positives 90, 40, 40, 10 against 40, 5 -> 3 + 2.5 + 2.5 + 1 = 9 of 12.
    expect(e).toMatchObject({ botted: 4, clean: 2 });
    expect(e.roc_auc).toBeCloseTo(9 / 12, 12);
  });

  it('breaks the results down by planted archetype', async () => {
    const e = await evaluateFakeViews(w, 0.2);
    expect(e.byArchetype.map((a) => [a.archetype, a.scored, a.botted, a.flagged_rate])).toEqual([
      ['bought_likes', 1, 0, 1],
      ['organic', 2, 0, 0],
      ['view_botting', 3, 3, 2 / 3],
    ]);
  });

  it('says what is missing when the warehouse holds no labels', async () => {
    const bare = await Warehouse.open(':memory:');
    try {
      await bare.run('drop table if exists sim_video_labels');
      const refused = await evaluateFakeViews(bare).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(LabelsError);
      expect((refused as LabelsError).problem).toEqual({ kind: 'none', table: 'sim_video_labels' });
      expect((refused as Error).message).toMatch(/^no simulator labels \(sim_video_labels\)/);
    } finally {
      bare.close();
    }
  });
});

