import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { landSyntheticAudienceLabels } from '@creator-audit/ingest';
import {
  createDocumentedSimulator,
  createSyntheticTransport,
  syntheticAudienceCohort,
  syntheticAudienceTruth,
  syntheticHandles,
} from '@creator-audit/providers';
import { startWireServer, type WireServer } from '@creator-audit/providers/testing';
import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { warehouseRows } from './warehouse-rows.ts';

const AT = new Date('2026-03-01T00:00:00Z');
const SEED = 42;
const KEY = 'sk-audience-cli-0001';
const FOLLOWERS = 200;
/** A cohort with known shares: buyers mid-purchase in every fake-share bin, honest creators, a dormant celebrity, pods. */
const cohort = syntheticAudienceCohort(SEED, AT, { window: FOLLOWERS });
const truth = new Map(cohort.map((m) => [m.username, syntheticAudienceTruth(SEED, m.username, AT, FOLLOWERS)]));

let dir: string;
let list: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-audience-'));
  list = join(dir, 'cohort.txt');
  writeFileSync(list, `${cohort.map((m) => m.username).join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The simulated world at AT behind a loopback Scavio speaking its documented contract. */
async function documentedServer(): Promise<WireServer> {
  return startWireServer({ scavio: { apiKey: KEY, contract: 'scavio-2026', backend: { transport: createDocumentedSimulator({ seed: SEED, clock: () => AT, faultRate: 0 }) } } });
}

const paidCalls = (server: WireServer) => server.requests.filter((r) => r.answered === 200).length;


describe("audit-audience over Scavio's documented contract (loopback HTTP, the real client)", () => {
  it('estimates a cohort with known fake-follower and pod shares within the sampling error, ranks it rightly by both, and spends what --dry-run said', async () => {
    // The spread the cohort was built for: bought audiences from under 20% to all, honest ones, pods.
    const shares = cohort.map((m) => truth.get(m.username)?.windowFakeShare ?? 0);
    expect(Math.max(...shares)).toBeGreaterThan(0.95);
    expect(shares.filter((s) => s > 0.2 && s < 0.9).length).toBeGreaterThanOrEqual(3);
    expect(cohort.filter((m) => truth.get(m.username)?.inPod).length).toBeGreaterThanOrEqual(3);
    const dormant = cohort.filter((m) => m.group === 'dormant').map((m) => m.username);
    expect(dormant).toHaveLength(1);

    const server = await documentedServer();
    const db = join(dir, 'documented.duckdb');
    const env = { SCAVIO_API_KEY: KEY, SCAVIO_BASE_URL: server.scavioBaseUrl };
    const args = ['audit-audience', '--input', list, '--provider', 'scavio', '--db', db, '--rps', '200', '--concurrency', '8'];
    try {
      const plan = await runCli([...args, '--dry-run'], env);
      expect(plan.code, plan.stderr).toBe(0);
      expect(paidCalls(server)).toBe(0);
      const planned = Number(/about (\d+) credit/.exec(plan.stdout)?.[1]);
      // Per creator: its profile (no snapshot yet), 10 pages of 20 followers, the posts page, 5 videos' comments.
      expect(planned).toBe(cohort.length * (1 + 10 + 1 + 5));

      const run = await runCli(args, env);
      expect(run.code, run.stderr).toBe(0);
      expect(paidCalls(server)).toBe(planned);
      expect(run.stdout).toContain(`credits spent     ${planned}`);
      expect(run.stdout).toContain('each figure describes the 200 (or fewer) newest followers');

      const got = await warehouseRows(db, `select q.username, q.suspicious_share, q.inactive_share, c.coordinated_share from audience_quality q join comment_quality c using (run_id, username, provider)`);
      expect(got).toHaveLength(cohort.length);
      for (const r of got) {
        const planted = truth.get(String(r.username));
        // Within the sampling error of 200 followers: about +-7 points at 95%.
        expect(Math.abs(Number(r.suspicious_share) - (planted?.windowFakeShare ?? 0)), String(r.username)).toBeLessThanOrEqual(0.07);
      }
      // Ranked rightly: every pair whose truths differ by more than the sampling error can tell is in the right order...
      for (const a of got) {
        for (const b of got) {
          const [ta, tb] = [truth.get(String(a.username))?.windowFakeShare ?? 0, truth.get(String(b.username))?.windowFakeShare ?? 0];
          if (ta - tb > 0.1) expect(Number(a.suspicious_share), `${a.username} over ${b.username}`).toBeGreaterThan(Number(b.suspicious_share));
        }
      }
      // ...and every creator in a pod is above every creator in none by coordinated comments.
      const pods = got.filter((r) => truth.get(String(r.username))?.inPod);
      const others = got.filter((r) => !truth.get(String(r.username))?.inPod && r.coordinated_share !== null);
      expect(Math.min(...pods.map((r) => Number(r.coordinated_share)))).toBeGreaterThan(Math.max(...others.map((r) => Number(r.coordinated_share))));

      // Inactive is not fake: the dormant celebrity's newest followers are mostly real and silent, and its sample is
      // evidence that it did not buy them (a likelihood ratio under 1: it lowers cohort-v1's fake-follower odds).
      const quiet = got.find((r) => r.username === dormant[0]);
      expect(Number(quiet?.inactive_share)).toBeGreaterThan(0.5);
      const evidence = await warehouseRows(db, `select fake_followers_likelihood_ratio as lr from audience_evidence where username = '${dormant[0]}'`);
      expect(Number(evidence[0]?.lr)).toBeLessThan(1);

      // Samples and marts go to Parquet with the rest, by the day they were sampled.
      const exported = await runCli(['export', '--db', db, '--out', join(dir, 'parquet')]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toMatch(new RegExp(`audience_quality\\s+${cohort.length} rows`));
      expect(exported.stdout).toMatch(new RegExp(`follower_samples\\s+${(cohort.length * FOLLOWERS).toLocaleString('en-US')} rows`));

      // The simulator's own judgement of the run, through evaluate-audience.
      const w = await Warehouse.open(db);
      try {
        await landSyntheticAudienceLabels(w, SEED, { provider: 'scavio', servedAt: AT });
      } finally {
        w.close();
      }
      const evaluation = await runCli(['evaluate-audience', '--db', db, '--json']);
      expect(evaluation.code, evaluation.stderr).toBe(0);
      const e = JSON.parse(evaluation.stdout);
      expect(e).toMatchObject({ samples: cohort.length, misordered_pairs: 0, pod_misordered_pairs: 0 });
      expect(e.share_max_error).toBeLessThanOrEqual(0.07);
      expect(e.recall).toBeGreaterThan(0.9);
    } finally {
      await server.close();
    }
  }, 300_000);

  it("says on the tutorials' contract that it has no audience endpoint, for every creator, and exits 1 having paid for nothing", async () => {
    const handles = syntheticHandles(SEED, 3);
    const tutorialList = join(dir, 'three.txt');
    writeFileSync(tutorialList, `${handles.join('\n')}\n`);
    const server = await startWireServer({
      scavio: { apiKey: KEY, contract: 'scavio-tutorial', backend: { transport: createSyntheticTransport({ seed: SEED, clock: () => AT, faultRate: 0 }) } },
    });
    try {
      const db = join(dir, 'tutorial.duckdb');
      const res = await runCli(['audit-audience', '--input', tutorialList, '--provider', 'scavio', '--db', db], { SCAVIO_API_KEY: KEY, SCAVIO_BASE_URL: server.scavioBaseUrl });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain("no audience could be sampled: Scavio's server speaks its tutorials' contract, which has no user/followers or video/comments endpoint");
      expect(await warehouseRows(db, `select outcome, count(*)::INTEGER as n from audience_samples group by all`)).toEqual([{ outcome: 'unsupported', n: 3 }]);
      // Free probes told the contract (a 404 for user/followers, a 400 for the tutorials' user/info): no profile was paid for.
      expect(paidCalls(server)).toBe(0);
      expect(server.requests.map((r) => [r.endpoint, r.answered])).toEqual([
        ['user/followers', 404],
        ['user/info', 400],
      ]);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('on the simulator, after an ingest in another process, takes sec_uids and videos from the snapshots and pays for no profile', async () => {
    const handles = cohort.slice(0, 4).map((m) => m.username);
    const small = join(dir, 'four.txt');
    writeFileSync(small, `${handles.join('\n')}\n`);
    const db = join(dir, 'simulated.duckdb');
    const at = ['--seed', String(SEED), '--at', AT.toISOString(), '--db', db];
    const ingested = await runCli(['ingest', '--input', small, ...at]);
    expect(ingested.code, ingested.stderr).toBe(0);
    const sampled = await runCli(['audit-audience', '--input', small, '--followers', '40', '--videos', '3', ...at]);
    expect(sampled.code, sampled.stderr).toBe(0);
    const endpoints = await warehouseRows(
      db,
      `select endpoint, count(*)::INTEGER as n from raw_responses join runs using (run_id) where runs.kind = 'audience' group by all order by endpoint`,
    );
    // 2 pages of followers and 3 videos' comments each: the simulator resolved every snapshot's sec_uid and video id.
    expect(endpoints).toEqual([
      { endpoint: 'user/followers', n: 8 },
      { endpoint: 'video/comments', n: 12 },
    ]);
    expect(await warehouseRows(db, `select distinct sec_uid_source from audience_samples`)).toEqual([{ sec_uid_source: 'snapshot' }]);
    expect(await warehouseRows(db, `select count(*)::INTEGER as n from sim_audience_labels`)).toEqual([{ n: 4 }]);
  }, 120_000);

  it('refuses TikHub before reading anything: no audience endpoint of it could be verified', async () => {
    const res = await runCli(['audit-audience', '--input', join(dir, 'missing.txt'), '--provider', 'tikhub', '--db', join(dir, 'never.duckdb')], { TIKHUB_API_KEY: 'x' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('tikhub cannot sample audiences');
  });
});
