import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Warehouse } from '@creator-audit/warehouse';
import { createSyntheticTransport, syntheticHandles } from '@creator-audit/providers';
import { asDocumentedContract, rateLimited, startWireServer } from '@creator-audit/providers/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'creator-audit-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function count(db: string, sql: string): Promise<number> {
  const warehouse = await Warehouse.open(db);
  try {
    const [row] = await warehouse.rows(`SELECT (${sql})::DOUBLE AS n`);
    return Number(row?.n);
  } finally {
    warehouse.close();
  }
}

describe('the creator-audit CLI', () => {
  it('lists its commands and each command its options', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    for (const command of ['demo', 'ingest', 'export']) expect(top.stdout).toContain(command);
    const ingest = await runCli(['ingest', '--help']);
    for (const option of ['--input', '--provider', '--max-credits', '--max-age', '--dry-run', '--rps', '--concurrency']) {
      expect(ingest.stdout).toContain(option);
    }
  });

  it('exits 1 on a bad option value, saying what was wrong with it', async () => {
    const res = await runCli(['ingest', '--input', 'x.csv', '--max-age', 'soon']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('expected a duration like 90s, 30m, 24h or 7d');
  });

  it('exits 1 on a list without a handle, naming each bad line by number', async () => {
    const list = file('bad.txt', 'not a handle!\n\nhttps://example.com/@someone\n');
    const res = await runCli(['ingest', '--input', list, '--db', join(dir, 'bad.duckdb')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('line 1: "not a handle!"');
    expect(res.stderr).toContain('line 3:');
    expect(res.stderr).toContain('holds no valid TikTok handle');
  });

  it('exits 1 when a real provider has no key, naming the variable to set', async () => {
    const list = file('one.txt', 'someone\n');
    const res = await runCli(['ingest', '--input', list, '--provider', 'scavio', '--db', join(dir, 'nokey.duckdb')]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(
      'creator-audit: scavio needs an API key: set SCAVIO_API_KEY in the environment (or use --provider synthetic for the offline simulator).',
    );
  });

  it('exits 1 before any call on a key holding a line break, or on plain http to another machine, naming the variable, never the key', async () => {
    const list = file('one-key.txt', 'someone\n');
    const key = 'sk-scavio-live-0123456789abcdef';
    const broken = await runCli(['ingest', '--input', list, '--provider', 'scavio', '--db', join(dir, 'crlf.duckdb')], { SCAVIO_API_KEY: `${key}\r\nX-Injected: 1` });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('SCAVIO_API_KEY holds a carriage return at character 32');
    const insecure = await runCli(['ingest', '--input', list, '--provider', 'scavio', '--db', join(dir, 'insecure.duckdb')], {
      SCAVIO_API_KEY: key,
      SCAVIO_BASE_URL: 'http://scavio.example.com/api/v1/tiktok',
    });
    expect(insecure.code).toBe(1);
    expect(insecure.stderr).toContain('SCAVIO_ALLOW_INSECURE=1');
    for (const res of [broken, insecure]) expect(`${res.stdout}${res.stderr}`).not.toContain(key);
  });

  describe.each(['scavio-tutorial', 'scavio-2026'] as const)("over Scavio's %s contract (the client learns which)", (contract) => {
    /** The simulated world at a fixed time, served by a loopback Scavio in `contract`. */
    const scavioServer = (apiKey: string) => {
      const simulator = createSyntheticTransport({ seed: 4, clock: () => new Date('2026-11-23T12:00:00Z'), faultRate: 0 });
      return startWireServer({ scavio: { apiKey, contract, backend: { transport: contract === 'scavio-2026' ? asDocumentedContract(simulator) : simulator } } });
    };

    it('exits 2 when the vendor refuses the key, keeps nothing secret in its output', async () => {
      const server = await scavioServer('the-right-key');
      try {
        const list = file(`two-${contract}.txt`, 'alpha_one\nbeta_two\n');
        const wrong = 'sk-live-wrong-key-0123456789';
        const db = join(dir, `refused-${contract}.duckdb`);
        const res = await runCli(['ingest', '--input', list, '--provider', 'scavio', '--db', db], { SCAVIO_API_KEY: wrong, SCAVIO_BASE_URL: server.scavioBaseUrl });
        expect(res.code).toBe(2);
        expect(res.stderr).toContain('rejected the API key (HTTP 401)');
        expect(`${res.stdout}${res.stderr}`).not.toContain(wrong);
        expect(await count(db, `SELECT count(*) FROM creator_outcomes`)).toBe(2);
      } finally {
        await server.close();
      }
    });

    it('holds a real provider to --rps, retries after 429s included', async () => {
      const server = await scavioServer('sk-scavio-paced-cli-key');
      try {
        server.script((r) => r.endpoint === (contract === 'scavio-2026' ? 'profile' : 'user/info'), rateLimited(0), rateLimited(0), rateLimited(0));
        const list = file(`paced-${contract}.txt`, syntheticHandles(4, 6).join('\n'));
        const args = ['ingest', '--input', list, '--provider', 'scavio', '--videos', '10', '--rps', '4', '--concurrency', '6', '--db', join(dir, `paced-${contract}.duckdb`)];
        const res = await runCli(args, { SCAVIO_API_KEY: 'sk-scavio-paced-cli-key', SCAVIO_BASE_URL: server.scavioBaseUrl });
        expect(res.code, res.stderr).toBe(0);
        const arrivals = server.requests.map((r) => r.arrivedAtMs);
        // Six profiles, six pages and three retries at least (learning the tutorials' contract costs one 404 more).
        expect(arrivals.length).toBeGreaterThanOrEqual(15);
        // No one-second window holds more than --rps requests (one of slack for timer rounding).
        const busiest = Math.max(...arrivals.map((t) => arrivals.filter((u) => u >= t && u < t + 1000).length));
        expect(busiest).toBeLessThanOrEqual(5);
      } finally {
        await server.close();
      }
    });
  });

  it('plans a run with --dry-run and spends nothing', async () => {
    const list = file('plan.csv', 'username\nalpha_one\n@Beta_Two\nalpha_one\n');
    const db = join(dir, 'plan.duckdb');
    const res = await runCli(['ingest', '--input', list, '--dry-run', '--db', db]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('user/info\talpha_one');
    expect(res.stdout).toContain('user/posts\tbeta_two');
    expect(res.stdout).toMatch(/dry run: 4 call\(s\) for 2 creator\(s\)/);
    expect(await count(db, `SELECT count(*) FROM raw_responses`)).toBe(0);
  });

  it('stops cleanly at --max-credits with exit 0, and a re-run with more credits finishes the rest', async () => {
    const list = file('budget.txt', ['alpha_one', 'beta_two', 'gamma_three', 'delta_four', 'eps_five'].join('\n'));
    const db = join(dir, 'budget.duckdb');
    const first = await runCli(['ingest', '--input', list, '--db', db, '--max-credits', '5']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('stopped at the credit budget');
    expect(await count(db, `SELECT sum(credits) FROM raw_responses`)).toBeLessThanOrEqual(5);
    const second = await runCli(['ingest', '--input', list, '--db', db, '--max-credits', '100']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('(resumed)');
    expect(await count(db, `SELECT count(DISTINCT username) FROM creator_outcomes WHERE outcome NOT IN ('budget_exhausted', 'not_attempted')`)).toBe(5);
  });

  it('takes simulator snapshots at chosen times with --at, and refuses --at for a real API', async () => {
    const list = file('at.txt', 'alpha_one\nbeta_two\n');
    const db = join(dir, 'at.duckdb');
    for (const at of ['2026-06-01T00:00:00Z', '2026-06-04T00:00:00Z']) {
      expect((await runCli(['ingest', '--input', list, '--db', db, '--at', at])).code).toBe(0);
    }
    expect(await count(db, `SELECT count(DISTINCT snapshot_at) FROM creators WHERE snapshot_at IN ('2026-06-01', '2026-06-04')`)).toBe(2);
    expect(await count(db, `SELECT count(*) FROM sim_creator_labels`)).toBe(4);
    // Each snapshot's videos are labelled once, however often labels are landed.
    expect(await count(db, `SELECT count(*) - count(DISTINCT (video_id, labelled_at)) FROM sim_video_labels`)).toBe(0);
    expect(await count(db, `SELECT count(*) FROM sim_video_labels`)).toBe(await count(db, `SELECT count(*) FROM videos`));
  });

  it.each([
    ['ingest: --at with a paid provider', ['ingest', '--input', 'LIST', '--provider', 'scavio', '--at', '2026-06-01T00:00:00Z'], 'only works with --provider synthetic'],
    ['audit-creators: --at with a paid provider', ['audit-creators', '--input', 'LIST', '--provider', 'scavio', '--at', '2026-06-01T00:00:00Z'], 'only works with --provider synthetic'],
    ['check: --at with a paid provider', ['check', 'somebody', '--provider', 'scavio', '--at', '2026-06-01T00:00:00Z'], 'only works with --provider synthetic'],
    ['track-campaign: --at with a paid provider', ['track-campaign', '--hashtag', 'summer', '--provider', 'scavio', '--at', '2026-06-01T00:00:00Z'], 'only works with --provider synthetic'],
    ['ingest: a list that is not there', ['ingest', '--input', 'no-such-list.csv'], 'no-such-list.csv'],
    ['audit-creators: a list without a handle', ['audit-creators', '--input', 'EMPTY'], 'holds no valid TikTok handle'],
  ])('%s is refused before the default warehouse is opened: nothing is left in the working folder', async (_, args, reason) => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const list = file('refused.txt', 'charlidamelio\n');
    const empty = file('empty.txt', '\n');
    const res = await runCli(args.map((a) => (a === 'LIST' ? list : a === 'EMPTY' ? empty : a)), { SCAVIO_API_KEY: 'sk-scavio-refused-cli-key' }, cwd);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).toContain(reason);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('runs the demo end to end offline: list, warehouse, Parquet', async () => {
    const db = join(dir, 'demo.duckdb');
    const out = join(dir, 'parquet');
    const res = await runCli(['demo', '--creators', '60', '--db', db, '--out', out, '--list', join(dir, 'demo.csv')]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('Wrote 60 simulated creators');
    expect(res.stderr).toContain('line 63: "not a handle!"');
    expect(await count(db, `SELECT count(DISTINCT username) FROM creator_outcomes`)).toBe(60);
    expect(existsSync(join(out, 'creators'))).toBe(true);
    expect(readdirSync(join(out, 'videos')).some((d) => d.startsWith('snapshot_date='))).toBe(true);
  });
});
