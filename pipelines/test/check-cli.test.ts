import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCreatorTruth, syntheticHandles } from '@creator-audit/providers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

let dir: string;
let db: string;
let handles: string[];
/** The simulator's clock, fixed (as seed-v1-cli.test.ts: no injected captcha for these handles at this minute). */
const AT = ['--at', '2026-06-01T00:02:00Z'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-check-cli-'));
  db = join(dir, 'warehouse.duckdb');
  handles = syntheticHandles(42, 150);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sqlJson = async (query: string, database = db) => {
  const res = await runCli(['sql', query, '--db', database, '--format', 'json']);
  expect(res.code, res.stderr).toBe(0);
  return JSON.parse(res.stdout) as Array<Record<string, unknown>>;
};

describe('check: cohort-v1 by default, against the warehouse\'s creators, seed-v1 beside it', () => {
  it('alone in a warehouse, a creator is judged mostly on published norms, and the printout says so plainly', async () => {
    const lone = join(dir, 'lone.duckdb');
    const handle = handles.find((h) => syntheticCreatorTruth(42, h, new Date(AT[1] as string)).status === 'ok') as string;
    const res = await runCli(['check', handle, '--db', lone, ...AT]);
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stdout.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^@${handle.replace('.', '\\.')}: (LOW|MEDIUM|HIGH) RISK \\(fraud probability [<> ]*\\d+\\.\\d%, score \\d+/100; cohort-v1\\)$`));
    expect(res.stdout).toMatch(/\n Few peers: 1 creator\(s\) in cohort [\w-]+; each norm is 95% published benchmark, 5% peers\. With so few peers the verdict leans on published benchmarks/);
    expect(lines.at(-2)).toMatch(/^ seed-v1 beside it: (LOW|MEDIUM|HIGH) RISK \(\d+\/100\)$/);
    const json = JSON.parse((await runCli(['check', handle, '--db', lone, '--json', ...AT])).stdout);
    expect(json).toMatchObject({ username: handle, ruleset: 'cohort-v1', cohort_creators: 1, cohort_note: expect.stringMatching(/^few peers: 1 creator/) });
  });

  it('among 150 creators: the verdict, probability, score and reasons of its creator_scores row, with seed-v1\'s verdict beside on one line', async () => {
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${handles.join('\n')}\n`);
    expect((await runCli(['ingest', '--input', list, '--db', db, ...AT])).code).toBe(0);
    expect((await runCli(['score', '--db', db])).code).toBe(0);
    const [top] = await sqlJson(
      `select username from creator_scores where ruleset = 'cohort-v1' and verdict = 'HIGH RISK' and cohort_note is null order by fraud_probability desc, username limit 1`,
    );
    const handle = String(top?.username);

    const text = await runCli(['check', handle, '--db', db, ...AT]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).toContain('fresh; nothing fetched');
    const [row] = await sqlJson(
      `select fraud_probability, total_risk_score, verdict, cohort, cohort_creators, flags, [r.text for r in reasons] as reasons
       from creator_scores where ruleset = 'cohort-v1' and username = '${handle}'`,
    );
    const [seed] = await sqlJson(`select verdict, total_risk_uncapped from creator_scores where ruleset = 'seed-v1' and username = '${handle}'`);
    const p = Number(row?.fraud_probability);
    const shown = p >= 0.999 ? '> 99.9%' : `${(100 * p).toFixed(1)}%`;
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe(`@${handle}: HIGH RISK (fraud probability ${shown}, score ${row?.total_risk_score}/100; cohort-v1)`);
    expect(lines[2]).toMatch(new RegExp(`^ Peers: ${row?.cohort} \\(${row?.cohort_creators} creator\\(s\\) in this warehouse\\); prior \\d+\\.\\d%`));
    expect(text.stdout).not.toContain('Few peers');
    // Every reason, in the row's words and order, under its title.
    const reasons = (row?.reasons ?? []) as string[];
    expect(reasons.length).toBeGreaterThan(0);
    expect(text.stdout).toContain(`\n Why (signals at least 2:1 for fraud against its peers, heaviest first):\n${reasons.map((r) => ` - ${r}`).join('\n')}\n`);
    expect(text.stdout.endsWith(`\n seed-v1 beside it: ${seed?.verdict} (${seed?.total_risk_uncapped}/100)\n`)).toBe(true);

    const json = JSON.parse((await runCli(['check', handle, '--db', db, '--json', ...AT])).stdout);
    expect(json).toMatchObject({ username: handle, ruleset: 'cohort-v1', verdict: 'HIGH RISK', fraud_probability: p, flags: row?.flags, seed_v1: { verdict: seed?.verdict } });
    expect(json.reasons.map((r: { text: string }) => r.text)).toEqual(row?.reasons);

    // --ruleset seed-v1 still prints the seed's own report for the same creator.
    const seedText = await runCli(['check', handle, '--ruleset', 'seed-v1', '--db', db, ...AT]);
    expect(seedText.stdout.split('\n')[0]).toBe(`@${handle}: ${seed?.verdict} (${seed?.total_risk_uncapped}/100)`);
  }, 120_000);
});
