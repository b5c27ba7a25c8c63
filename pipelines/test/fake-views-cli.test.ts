import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Warehouse } from '@creator-audit/warehouse';
import { fakeViewReportSchema, syntheticHandles } from '@creator-audit/providers';
import { byEndpoint, data, startWireServer, detectFakeViewsExample } from '@creator-audit/providers/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const KEY = 'tk-tikhub-live-7d1e5f3a9c2b4e80';
const example = detectFakeViewsExample();

let dir: string;
let db: string;
let videoIds: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-fake-views-'));
  db = join(dir, 'warehouse.duckdb');
  const list = join(dir, 'creators.txt');
  writeFileSync(list, syntheticHandles(5, 40).join('\n'));
  const ingested = await runCli(['ingest', '--input', list, '--db', db, '--seed', '5', '--videos', '20']);
  if (ingested.code !== 0) throw new Error(ingested.stderr);
  const warehouse = await Warehouse.open(db);
  try {
    videoIds = (await warehouse.rows(`select distinct video_id from videos order by video_id limit 3`)).map((r) => String(r.video_id));
  } finally {
    warehouse.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('detect-fake-views, fake-views-agreement, evaluate-fake-views', () => {
  // Runs first, on a warehouse where --all never ran: the README's per-video example, as a newcomer meets it.
  it('scores one asked video on a warehouse never scored, and says what to do for one it does not hold, without crashing', async () => {
    const [id] = videoIds;
    const one = await runCli(['detect-fake-views', '--video', id as string, '--db', db]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain(id);
    const absent = await runCli(['detect-fake-views', '--video', '7634077714860931948', '--db', db]);
    expect(absent.code).toBe(1);
    expect(absent.stderr).toContain('not in the warehouse: 7634077714860931948');
    expect(absent.stderr).not.toMatch(/Cannot create lists|internal error/);
  });

  it('scores every video in the batch and prints what it found', async () => {
    const res = await runCli(['detect-fake-views', '--all', '--db', db]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/Scored [\d,]+ video snapshot\(s\) of [\d,]+ video\(s\) into video_fake_view_scores \(category default/);
    expect(res.stdout).toMatch(/Minimal +[\d,]+/);
  });

  it("prints one JSON line per asked video in TikHub's shape, and exits 1 naming a video it does not hold", async () => {
    const [id] = videoIds;
    const res = await runCli(['detect-fake-views', '--video', id as string, '404404', '--json', '--mcn', '--content-category', 'product', '--db', db]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('not in the warehouse: 404404');
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string);
    expect(line).toMatchObject({ item_id: id, content_category: 'product' });
    expect(fakeViewReportSchema.parse(line.data).mcn_report).toBeDefined();
  });

  it('refuses --video with --all, and an unknown category, saying what was wrong', async () => {
    const both = await runCli(['detect-fake-views', '--video', '1', '--all', '--db', db]);
    expect(both).toMatchObject({ code: 1, stderr: expect.stringContaining('--video and --all exclude each other') });
    const category = await runCli(['detect-fake-views', '--all', '--content-category', 'sports', '--db', db]);
    expect(category.code).toBe(1);
    expect(category.stderr).toContain('expected one of default, entertainment, education, product, verified_large, got "sports"');
  });

  it("puts TikHub's analysis beside ours, reports agreement, and exits 2 on a refused key without echoing it", async () => {
    const server = await startWireServer({
      tikhub: { apiKey: KEY, backend: byEndpoint({ 'analytics/detect_fake_views': () => data(example.data) }) },
    });
    try {
      const env = { TIKHUB_API_KEY: KEY, TIKHUB_BASE_URL: server.tikhubBaseUrl };
      const res = await runCli(['detect-fake-views', '--video', ...videoIds, '--provider', 'tikhub', '--db', db], env);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout.match(/TikHub: fake score 7\.16 \(Minimal\)/g)).toHaveLength(videoIds.length);
      const agreement = await runCli(['fake-views-agreement', '--json', '--db', db]);
      expect(agreement.code, agreement.stderr).toBe(0);
      expect(JSON.parse(agreement.stdout)).toMatchObject({ pairs: videoIds.length, content_category: 'default' });
      const refused = await runCli(
        ['detect-fake-views', '--video', ...videoIds, '--provider', 'tikhub', '--max-age', '0', '--db', db],
        { ...env, TIKHUB_API_KEY: 'tk-wrong-key-123' },
      );
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('TIKHUB_API_KEY');
      expect(refused.stderr + refused.stdout).not.toContain('tk-wrong-key-123');
    } finally {
      await server.close();
    }
  });

  it("evaluates against the simulator's labels of the same ingest", async () => {
    const res = await runCli(['evaluate-fake-views', '--json', '--db', db]);
    expect(res.code, res.stderr).toBe(0);
    const evaluation = JSON.parse(res.stdout);
    expect(evaluation.labelled).toBeGreaterThan(100);
    expect(evaluation.scored + evaluation.unscored).toBe(evaluation.labelled);
  });
});
