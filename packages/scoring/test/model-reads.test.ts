import { readdirSync } from 'node:fs';
import { loadModels, relationsReadBy, Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSES, inputsOf } from '../src/models/analyses.ts';
import { QUERIES_FOLDER } from '../src/models/queries.ts';
import { MACROS_FOLDER, sqlFolder, STAGING_FOLDER } from '../src/models/sql-layers.ts';

const MODEL_FOLDERS = [STAGING_FOLDER, ...ANALYSES];

describe('the model registry', () => {
  let warehouse: Warehouse;
  beforeAll(async () => {
    warehouse = await Warehouse.open(':memory:');
  });
  afterAll(() => warehouse.close());

  it('knows every folder of models under sql/', () => {
    const notModels = [MACROS_FOLDER, QUERIES_FOLDER];
    const folders = readdirSync(sqlFolder('.'), { withFileTypes: true }).filter((e) => e.isDirectory() && !notModels.includes(e.name));
    expect(folders.map((e) => e.name).sort()).toEqual([...MODEL_FOLDERS].sort());
  });

  it("holds every model's -- reads: header to the relations its SQL reads, per DuckDB's parser", async () => {
    for (const folder of MODEL_FOLDERS) {
      for (const model of loadModels(sqlFolder(folder))) {
        expect({ file: model.file, reads: [...(model.reads ?? ['(no header)'])].sort() }).toEqual({
          file: model.file,
          reads: await relationsReadBy(warehouse, model.sql),
        });
      }
    }
  });

  it('names, for each analysis, the marts it reads from other steps (and nothing it could not build)', () => {
    const inputs = Object.fromEntries(ANALYSES.map((a) => [a, inputsOf(a, loadModels(sqlFolder(a)))]));
    expect(inputs).toEqual({
      'seed-v1': [],
      'verdict-evaluation': ['creator_scores'],
      'seed-quick': [],
      'cohort-v1': ['audience_evidence'],
      'cohort-v1-evaluation': ['creator_scores'],
      cohort: ['creator_scores'],
      campaign: ['creator_scores'],
      'fake-views': [],
      'fake-views-agreement': ['video_fake_view_scores'],
      'fake-views-evaluation': ['video_fake_view_scores'],
      audience: [],
      'audience-evaluation': ['audience_quality', 'comment_classifications', 'comment_quality', 'follower_classifications'],
    });
  });
});
