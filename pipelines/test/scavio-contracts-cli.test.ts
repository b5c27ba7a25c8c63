import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSyntheticTransport, type ScavioContract, syntheticHandles } from '@creator-audit/providers';
import { asDocumentedContract, byEndpoint, data, startWireServer } from '@creator-audit/providers/testing';
import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { warehouseRows } from './warehouse-rows.ts';

const AT = '2026-11-23T12:00:00Z';
const KEY = 'sk-scavio-contracts-cli';
const SEED = 9;
let dir: string;
let list: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-contracts-'));
  list = join(dir, 'creators.txt');
  writeFileSync(list, `${syntheticHandles(SEED, 40).join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scores = (db: string) => warehouseRows(db, `SELECT username, ruleset, verdict, total_risk_score, flags FROM creator_scores ORDER BY username, ruleset`);

/** audit-creators over a loopback Scavio that serves the simulated world at AT in `contract`. */
async function auditOver(contract: ScavioContract): Promise<{ db: string; stdout: string }> {
  const simulator = createSyntheticTransport({ seed: SEED, clock: () => new Date(AT), faultRate: 0 });
  const transport = contract === 'scavio-2026' ? asDocumentedContract(simulator) : simulator;
  const server = await startWireServer({ scavio: { apiKey: KEY, contract, backend: { transport } } });
  const db = join(dir, `${contract}.duckdb`);
  try {
    const env = { SCAVIO_API_KEY: KEY, SCAVIO_BASE_URL: server.scavioBaseUrl };
    const res = await runCli(['audit-creators', '--input', list, '--provider', 'scavio', '--db', db, '--out', join(dir, contract)], env);
    expect(res.code, res.stderr).toBe(0);
    return { db, stdout: res.stdout };
  } finally {
    await server.close();
  }
}

describe("Scavio's two contracts through the real CLI", () => {
  it('score the same world exactly alike, and alike with the simulator itself; the documented one costs 4 credits a full creator', async () => {
    const documented = await auditOver('scavio-2026');
    const tutorial = await auditOver('scavio-tutorial');
    const simulator = join(dir, 'synthetic.duckdb');
    const sim = await runCli(['audit-creators', '--input', list, '--seed', String(SEED), '--at', AT, '--db', simulator, '--out', join(dir, 'sim')]);
    expect(sim.code, sim.stderr).toBe(0);
    const [a, b, c] = [await scores(documented.db), await scores(tutorial.db), await scores(simulator)];
    expect(a.length).toBeGreaterThan(25);
    expect(a).toEqual(b);
    expect(a).toEqual(c);
    const w = await Warehouse.open(documented.db, { access: 'read-only' });
    try {
      const [full] = await w.rows(`SELECT min(credits)::INTEGER AS lo, max(credits)::INTEGER AS hi FROM creator_outcomes WHERE outcome = 'ok' AND videos_fetched = 30`);
      expect(full).toEqual({ lo: 4, hi: 4 });
      expect(await w.rows(`SELECT DISTINCT contract FROM raw_responses`)).toEqual([{ contract: 'scavio-2026' }]);
    } finally {
      w.close();
    }
  }, 240_000);

  it("checks a real recorded creator (@zg.520, TikTok web via RapidAPI, 2025) with the seed's rules on its exact statsV2 counts", async () => {
    const fixture = (name: string) =>
      JSON.parse(readFileSync(new URL(`../../packages/providers/test/fixtures/real/${name}`, import.meta.url), 'utf8')) as { data: Record<string, unknown> };
    const profile = fixture('rapidapi45_user_detail_zg.520_2025-10-20.json').data;
    const posts = fixture('rapidapi45_user_posts_zg.520_2025-10-20.json').data;
    // The recording holds one page that says more follow; the server has nothing after it.
    const backend = byEndpoint({
      'user/info': () => data(profile),
      'user/posts': (r) => (Number(r.params.cursor) === 0 ? data(posts) : data({ itemList: [], hasMore: false, cursor: '0' })),
    });
    const server = await startWireServer({ scavio: { apiKey: KEY, contract: 'scavio-tutorial', backend } });
    try {
      const env = { SCAVIO_API_KEY: KEY, SCAVIO_BASE_URL: server.scavioBaseUrl };
      const res = await runCli(['check', 'zg.520', '--ruleset', 'seed-v1', '--provider', 'scavio', '--json', '--db', join(dir, 'real.duckdb')], env);
      expect(res.code, res.stderr).toBe(0);
      const check = JSON.parse(res.stdout);
      // statsV2's exact "427682" followers, not stats' rounded 427700; the one video's "68300" likes and "1900000" plays.
      expect(check.followers).toBe(427_682);
      // The seed's likes/followers: 68300 / 427682 x 100 = 15.97% (1-15% typical, >25% suspicious: no flag);
      // plays/followers 444.26% (>= 5%: no flag).
      // The seed's ratios from the recorded numbers: 68300 likes and 1900000 plays over 427682 followers (no flag:
      // 1-25% and >= 5% are normal), total hearts "6764096" over "1605" videos, following 176. One video is too few
      // for the consistency check (10 points, the seed's own rule): LOW RISK 10.
      expect(check.likes_to_followers).toBe((68_300 / 427_682) * 100);
      expect(check.plays_to_followers).toBe((1_900_000 / 427_682) * 100);
      expect(check.likes_per_video).toBe(6_764_096 / 1_605);
      expect(check.follow_ratio).toBe(176 / 427_682);
      expect(check).toMatchObject({ videos_scored: 1, total_risk_score: 10, verdict: 'LOW RISK', flags: ['Too few videos to analyze'] });
      expect(check).toMatchObject({ username: 'zg.520', status: 'ok' });
      // cohort-v1, the default, needs 5 videos with known plays and likes: one is the account's answer (exit 0), with
      // the seed's verdict on the same snapshot beside it.
      const cohort = await runCli(['check', 'zg.520', '--provider', 'scavio', '--db', join(dir, 'real.duckdb')], env);
      expect(cohort.code, cohort.stderr).toBe(0);
      expect(cohort.stdout).toBe('@zg.520: NO VERDICT (insufficient data: 1 video(s) with known plays and likes; 5 needed)\n seed-v1 beside it: LOW RISK (10/100)\n');
    } finally {
      await server.close();
    }
  });
});
