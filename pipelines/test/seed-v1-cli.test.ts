import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCreatorTruth, syntheticHandles } from '@creator-audit/providers';
import { Warehouse } from '@creator-audit/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

let dir: string;
let db: string;
let handles: string[];
let privateHandle: string;
/** The simulator's clock, fixed: its injected faults (captchas) are keyed by the minute, and this one has none for these handles. */
const AT = ['--at', '2026-06-01T00:02:00Z'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-seed-v1-cli-'));
  db = join(dir, 'warehouse.duckdb');
  const pool = syntheticHandles(42, 400);
  privateHandle = pool.find((h) => syntheticCreatorTruth(42, h, new Date(AT[1] as string)).status === 'private') as string;
  handles = [...pool.slice(0, 12), privateHandle];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seed-v1 commands through the real CLI', () => {
  it('audit-creators ingests, scores, exports Parquet and a CSV, and summarises verdicts, statuses, flags and credits', async () => {
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${handles.join('\n')}\n`);
    const out = join(dir, 'audit');
    const res = await runCli(['audit-creators', '--input', list, '--db', db, '--out', out, ...AT]);
    expect(res.code, res.stderr).toBe(0);
    // cohort-v1 leads, seed-v1 beside it.
    expect(res.stdout).toMatch(/cohort-v1: 13 creator\(s\), \d+ scored[\s\S]*seed-v1: 13 creator\(s\), 12 scored/);
    expect(res.stdout).toContain('By verdict:');
    expect(res.stdout).toMatch(/Not scored \(no verdict\), by status:\n {2}private +1/);
    // One credit a call: 13 profiles (user/info) and one page of up to 30 videos (user/posts) for each of the 12
    // public creators; the private one has no feed to page. The fixed clock keeps the simulator's captchas away.
    expect(res.stdout).toContain('Credits spent: 25\n');
    expect(existsSync(join(out, 'creator_scores.parquet'))).toBe(true);
    const csv = readFileSync(join(out, 'creator_scores.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^username,ruleset,status,/);
    // One row per creator per ruleset: seed-v1, seed-quick, cohort-v1.
    expect(csv.trim().split('\n')).toHaveLength(1 + 3 * 13);
  });

  it('check --ruleset seed-v1 prints the seed\'s report for a creator, from the warehouse when fresh, and --json with each rule', async () => {
    const handle = handles[0] as string;
    const text = await runCli(['check', handle, '--ruleset', 'seed-v1', '--db', db, ...AT]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^@${handle.replace('.', '\\.')}: (LOW|MEDIUM|HIGH) RISK \\(\\d+/100\\)\\n Followers: [\\d,]+\\n( - .+\\n)*$`));
    expect(text.stderr).toContain('fresh; nothing fetched');
    const json = await runCli(['check', `@${handle.toUpperCase()}`, '--ruleset', 'seed-v1', '--db', db, '--json', ...AT]);
    const score = JSON.parse(json.stdout) as { username: string; verdict: string; rules: Array<{ rule: string; points: number; flag: string }>; flags: string[] };
    expect(score.username).toBe(handle);
    expect(score.flags).toEqual(score.rules.map((r) => r.flag));
    expect(text.stdout).toContain(`(${(score as unknown as { total_risk_uncapped: number }).total_risk_uncapped}/100)`);
  });

  it('check gives a private account its status, no verdict, and exits 0 (cohort-v1 by default, and seed-v1)', async () => {
    for (const ruleset of [[], ['--ruleset', 'seed-v1']]) {
      const res = await runCli(['check', privateHandle, ...ruleset, '--db', db, ...AT]);
      expect(res.code).toBe(0);
      expect(res.stdout).toBe(`@${privateHandle}: NO VERDICT (private account)\n`);
      const json = JSON.parse((await runCli(['check', privateHandle, ...ruleset, '--db', db, '--json', ...AT])).stdout);
      expect(json).toMatchObject({ username: privateHandle, status: 'private', verdict: null });
    }
  });

  it('score re-scores without fetching and prints counts and model timings; sql reads, never writes', async () => {
    const score = await runCli(['score', '--db', db]);
    expect(score.code, score.stderr).toBe(0);
    expect(score.stdout).toContain('Model timings (seed-v1');
    expect(score.stdout).toMatch(/int_seed_v1_checks +\d+\.\d{3} s/);
    expect(score.stdout).toContain('Model timings (cohort-v1');
    const one = await runCli(['score', '--ruleset', 'cohort-v1', '--db', db]);
    expect(one.stdout).toMatch(/^cohort-v1: 13 creator\(s\)/);
    expect(one.stdout).not.toContain('seed-v1');
    const json = await runCli(['sql', "select count(*) as n, sum(followers) as f from creator_scores where ruleset = 'seed-v1'", '--db', db, '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([{ n: 13, f: expect.any(Number) }]);
    const write = await runCli(['sql', 'delete from creator_scores', '--db', db]);
    expect(write.code).toBe(1);
    expect(write.stderr).toContain('DELETE statements are refused: the sql command only reads');
    const still = await runCli(['sql', 'select count(*) as n from creator_scores', '--db', db, '--format', 'csv']);
    expect(still.stdout).toBe('n\r\n39\r\n');
  });

  it('synthesize writes a cohort that evaluate judges against its labels', async () => {
    const synthetic = join(dir, 'synth.duckdb');
    const made = await runCli(['synthesize', '--creators', '400', '--videos-per-creator', '30', '--seed', '5', '--db', synthetic]);
    expect(made.code, made.stderr).toBe(0);
    // New accounts (honest look-alikes) have the handful of videos they posted, the others 30.
    expect(made.stdout).toMatch(/Synthesized 400 creators and 11,\d{3} videos \(seed 5, baseline model,/);
    const evaluated = await runCli(['evaluate', '--db', synthetic]);
    expect(evaluated.code, evaluated.stderr).toBe(0);
    expect(evaluated.stdout).toContain('(seed 5): 400 labelled creator snapshot(s), 400 with a verdict');
    expect(evaluated.stdout).toContain('Confusion matrix, positive = MEDIUM or HIGH RISK');
    expect(evaluated.stdout).toContain('Where seed-v1 over-flags');
    expect(evaluated.stdout).toContain('Tables: verdict_evaluation, verdict_evaluation_verdicts, verdict_evaluation_rules (creator-audit sql "...").');
    const table = await runCli(['sql', "select sum(creators) as n from verdict_evaluation where group_kind = 'tier' and positive = 'HIGH'", '--db', synthetic, '--format', 'json']);
    expect(JSON.parse(table.stdout)).toEqual([{ n: 400 }]);
    const cohort = await runCli(['evaluate', '--ruleset', 'cohort-v1', '--db', synthetic]);
    expect(cohort.code, cohort.stderr).toBe(0);
    expect(cohort.stdout).toMatch(/cohort-v1 against the simulator's planted labels \(seed 5\): 400 labelled creator snapshot\(s\); cohort-v1 judged \d+, seed-v1 400/);
    expect(cohort.stdout).toMatch(/ {2}cohort-v1 +0\.\d{3} +0\.\d{3}/);
    expect(cohort.stdout).toContain("Reliability of cohort-v1's fraud_probability");
    expect(cohort.stdout).toContain('Tables: cv1_evaluation, cv1_calibration, cv1_evaluation_patterns (creator-audit sql "...").');
    expect(cohort.stdout).toMatch(/ROC AUC >= 0\.9: 0\.\d{3} \((met|NOT met)\)/);
  });

  it('evaluate on a warehouse without simulator labels names the commands that make some (the CLI words the LabelsError)', async () => {
    const bare = join(dir, 'no-labels.duckdb');
    (await Warehouse.open(bare)).close();
    const res = await runCli(['evaluate', '--db', bare]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(
      'creator-audit: this warehouse holds no simulator labels (sim_creator_labels): evaluate needs a simulated cohort (creator-audit demo, ingest --provider synthetic, or synthesize)',
    );
  });

  it("the demo ends with cohort-v1's evaluation against the labels it planted, seed-v1's beside it", async () => {
    const db = join(dir, 'demo.duckdb');
    const res = await runCli(['demo', '--creators', '80', '--db', db, '--out', join(dir, 'parquet'), '--list', join(dir, 'demo.csv')]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/cohort-v1 against the simulator's planted labels \(seed 42\): \d+ labelled creator snapshot\(s\); cohort-v1 judged \d+, seed-v1 \d+/);
    // The headline: both rulesets on the same creators, cohort-v1 first, each with its ROC AUC.
    expect(res.stdout).toMatch(/Both rulesets on the same creators[^\n]*\n[^\n]*\n {2}cohort-v1 +(0\.\d{3}|-) [^\n]*\n {2}seed-v1 +(0\.\d{3}|-) /);
    expect(res.stdout).toContain(`seed-v1 in full (confusion matrices, where it over-flags, what it misses): creator-audit evaluate --db ${db}`);
    expect(res.stdout).not.toContain('What it misses');
    // It ends with the headline, cohort-v1 beside seed-v1, each figure the table's.
    const [, cohortAuc, , , cohortRecall, cohortHonest] = res.stdout.match(/\n {2}cohort-v1 +(\S+) +(\S+) +(\S+) +(\S+) +(\S+)/) ?? [];
    const [, seedAuc, , , seedRecall, seedHonest] = res.stdout.match(/\n {2}seed-v1 +(\S+) +(\S+) +(\S+) +(\S+) +(\S+)/) ?? [];
    const ending = res.stdout.slice(res.stdout.indexOf('\nHeadline (seed 42, '));
    expect(ending).toMatch(
      new RegExp(
        `^\\nHeadline \\(seed 42, \\d+ labelled creators; flagged = MEDIUM or HIGH RISK\\):\\n` +
          `  cohort-v1: ROC AUC ${cohortAuc}, flags ${cohortHonest} of honest creators, catches ${cohortRecall} of planted fraud\\n` +
          `  seed-v1:   ROC AUC ${seedAuc}, flags ${seedHonest} of honest creators, catches ${seedRecall} of planted fraud\\n` +
          `Warehouse: `,
      ),
    );
  });
});
