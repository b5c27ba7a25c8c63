import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticHandles } from '@creator-audit/providers';
import { byEndpoint, data, startWireServer } from '@creator-audit/providers/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { warehouseRows } from './warehouse-rows.ts';

const KEY = 'sk-seed-quick-cli';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-seed-quick-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Body = { data: Record<string, unknown> };
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../packages/providers/test/fixtures/real/${name}`, import.meta.url), 'utf8')) as Body;
/** A real recorded creator (@zg.520, TikTok web via RapidAPI, 2025): its profile and its one page of videos. */
const realProfile = () => fixture('rapidapi45_user_detail_zg.520_2025-10-20.json').data;
const realPosts = () => fixture('rapidapi45_user_posts_zg.520_2025-10-20.json').data;

/** Serves a profile and one page of posts over loopback on the tutorials' contract, and runs the CLI against it. */
async function overLoopback<T>(profile: unknown, posts: unknown, run: (env: Record<string, string>) => Promise<T>): Promise<T> {
  const backend = byEndpoint({
    'user/info': () => data(profile),
    'user/posts': (r) => (Number(r.params.cursor) === 0 ? data(posts) : data({ itemList: [], hasMore: false, cursor: '0' })),
  });
  const server = await startWireServer({ scavio: { apiKey: KEY, contract: 'scavio-tutorial', backend } });
  try {
    return await run({ SCAVIO_API_KEY: KEY, SCAVIO_BASE_URL: server.scavioBaseUrl });
  } finally {
    await server.close();
  }
}


describe('seed-quick through the real CLI', () => {
  it("check --ruleset seed-quick prints the seed's own line for a real recorded creator", async () => {
    const db = join(dir, 'real.duckdb');
    const res = await overLoopback(realProfile(), realPosts(), (env) => runCli(['check', 'zg.520', '--ruleset', 'seed-quick', '--provider', 'scavio', '--db', db], env));
    expect(res.code, res.stderr).toBe(0);
    // The seed's arithmetic on the recording: statsV2's exact 427,682 followers and its one video's 68,300 likes:
    // (68300 / 1 / 427682) * 100 = 15.97% -> LOW RISK.
    expect(res.stdout).toBe(`@zg.520: LOW RISK (like ratio: ${((68_300 / 427_682) * 100).toFixed(2)}%, 427,682 followers)\n`);
    expect(res.stdout).toBe('@zg.520: LOW RISK (like ratio: 15.97%, 427,682 followers)\n');
    const json = JSON.parse((await overLoopback(realProfile(), realPosts(), (env) => runCli(['check', 'zg.520', '--ruleset', 'seed-quick', '--json', '--provider', 'scavio', '--db', db], env))).stdout);
    expect(json).toMatchObject({ ruleset: 'seed-quick', videos_scored: 1, likes_to_followers: (68_300 / 427_682) * 100, verdict: 'LOW RISK' });
    expect(json.rules).toEqual([{ component: 'engagement', rule: 'like_ratio_at_least_1_pct', points: null, flag: 'like ratio: 15.97%, 427,682 followers' }]);
  });

  it('gives no verdict, with the reason and exit 1, when a count the vendor sent cannot be read (every ruleset)', async () => {
    const posts = realPosts();
    const [video] = posts.itemList as Array<{ id: string; stats: Record<string, unknown>; statsV2: Record<string, unknown> }>;
    if (!video) throw new Error('the recording holds a video');
    // An int32-wrapped like count, as TikTok's web API sends them past 2^31: exact and rounded stats alike.
    video.stats.diggCount = -2_147_000_000;
    video.statsV2.diggCount = '-2147000000';
    const db = join(dir, 'wrapped.duckdb');
    const unreadable = `video ${video.id} likes: statsV2 negative (wrapped?): -2147000000; stats negative (wrapped?): -2147000000`;
    for (const ruleset of ['seed-v1', 'seed-quick']) {
      const res = await overLoopback(realProfile(), posts, (env) => runCli(['check', 'zg.520', '--ruleset', ruleset, '--provider', 'scavio', '--db', db, '--max-age', '0'], env));
      expect(res.code, `${ruleset}: ${res.stderr}`).toBe(1);
      expect(res.stdout).toBe(`@zg.520: NO VERDICT (counts the vendor sent that we could not read: ${unreadable})\n`);
    }
    // cohort-v1 (the default) reads the video as unknown, not as 0: insufficient data, and the count is named.
    const res = await overLoopback(realProfile(), posts, (env) => runCli(['check', 'zg.520', '--provider', 'scavio', '--db', db, '--max-age', '0'], env));
    expect(res.code, res.stderr).toBe(1);
    expect(res.stdout).toBe(
      '@zg.520: NO VERDICT (insufficient data: 0 video(s) with known plays and likes; 5 needed; 1 of the 1 video(s) on the page without a known play or like count; ' +
        `counts the vendor sent that we could not read: ${unreadable})\n`,
    );
    const score = await runCli(['score', '--db', db]);
    expect(score.code, score.stderr).toBe(0);
    const scored = await warehouseRows(db, `SELECT ruleset, status, verdict FROM creator_scores ORDER BY ruleset`);
    expect(scored).toEqual([
      // cohort-v1 reads a video only with known plays and likes: the one video drops out, nothing is read as 0.
      { ruleset: 'cohort-v1', status: 'insufficient_data', verdict: null },
      { ruleset: 'seed-quick', status: 'unreadable_counts', verdict: null },
      { ruleset: 'seed-v1', status: 'unreadable_counts', verdict: null },
    ]);
  });

  it('audit-creators --ruleset seed-quick fetches 20 videos (one documented page fewer, as --dry-run prices it) and scores with it alone', async () => {
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${syntheticHandles(42, 8).join('\n')}\n`);
    const env = { SCAVIO_API_KEY: KEY };
    const quick = await runCli(['audit-creators', '--input', list, '--provider', 'scavio', '--ruleset', 'seed-quick', '--dry-run', '--db', join(dir, 'plan.duckdb')], env);
    const full = await runCli(['audit-creators', '--input', list, '--provider', 'scavio', '--dry-run', '--db', join(dir, 'plan.duckdb')], env);
    expect(quick.code, quick.stderr).toBe(0);
    // The documented contract sends about 10 videos a page: the profile and 2 pages, against 3 for 30 videos.
    expect(quick.stdout).toContain('dry run: 24 call(s) for 8 creator(s)');
    expect(quick.stdout).toContain('20 videos are 2 pages');
    expect(full.stdout).toContain('dry run: 32 call(s) for 8 creator(s)');
    const db = join(dir, 'quick.duckdb');
    const res = await runCli(['audit-creators', '--input', list, '--ruleset', 'seed-quick', '--db', db, '--out', join(dir, 'quick-out'), '--at', '2026-06-01T00:02:00Z']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/seed-quick: 8 creator\(s\)/);
    expect(res.stdout).not.toMatch(/seed-v1: |cohort-v1: /);
    expect(await warehouseRows(db, `SELECT DISTINCT ruleset FROM creator_scores`)).toEqual([{ ruleset: 'seed-quick' }]);
    const [fetched] = await warehouseRows(db, `SELECT max(videos_fetched)::INTEGER AS most FROM creator_outcomes`);
    expect(fetched?.most).toBe(20);
  }, 120_000);

  it('evaluate --ruleset seed-quick judges it against the planted labels, beside seed-v1 and cohort-v1', async () => {
    const db = join(dir, 'synth.duckdb');
    expect((await runCli(['synthesize', '--creators', '1500', '--db', db])).code).toBe(0);
    const res = await runCli(['evaluate', '--ruleset', 'seed-quick', '--db', db]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^seed-quick against the simulator's planted labels \(seed 42\): 1,500 labelled/);
    expect(res.stdout).toContain('Where seed-quick over-flags');
    const beside = res.stdout.slice(res.stdout.indexOf('Beside the other rulesets'));
    for (const ruleset of ['seed-quick', 'seed-v1', 'cohort-v1']) expect(beside).toMatch(new RegExp(`\\n  ${ruleset} +[\\d,]+  MEDIUM or HIGH +[\\d.]+% +[\\d.]+% +[\\d.]+%`));
    // The tables are left holding the ruleset evaluated in full.
    const [flagged] = await warehouseRows(db, `SELECT flagged FROM verdict_evaluation WHERE group_kind = 'all' AND positive = 'MEDIUM_OR_HIGH'`);
    const [quick] = await warehouseRows(db, `SELECT count(*) FILTER (WHERE verdict IN ('MEDIUM RISK', 'HIGH RISK'))::INTEGER AS n FROM creator_scores WHERE ruleset = 'seed-quick'`);
    expect(flagged?.flagged).toBe(quick?.n);
  }, 120_000);
});
