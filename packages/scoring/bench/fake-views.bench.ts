/**
 * Benchmark (not a test): the fake-view batch over 100,000 videos seen at two snapshots (200,000 video rows, 4,000
 * creators x 25 videos), generated in SQL from a seeded hash so every run scores the same warehouse. Reports the
 * median wall time of the batch over several runs, and the slowest models. Run: npm run bench -w @creator-audit/scoring
 */
import { Warehouse } from '@creator-audit/warehouse';
import { scoreFakeViews } from '../src/fake-views/score-fake-views.ts';

const CREATORS = 4_000;
const VIDEOS_PER_CREATOR = 25;
const RUNS = 5;

/** A deterministic uniform draw in [0, 1) per (key, i), from DuckDB's hash. */
const u = (key: string, i: string) => `((hash(${i}, '${key}') % 1000003)::DOUBLE / 1000003)`;
/** A standard normal draw (Box-Muller over two uniforms). */
const normal = (key: string, i: string) => `(sqrt(-2 * ln(1 - ${u(`${key}1`, i)})) * cos(2 * pi() * ${u(`${key}2`, i)}))`;

async function landWorld(w: Warehouse): Promise<void> {
  const day1 = `TIMESTAMP '2026-03-01 00:00:00'`;
  await w.run(`
    create temp table bench_creators as
    select
        c as creator_id,
        'creator_' || c as username,
        round(exp(ln(1000) + ${u('followers', 'c')} * ln(10000)))::BIGINT as followers,
        round(exp(ln(250) + ${normal('following', 'c')}))::BIGINT as following,
        ${u('verified', 'c')} < 0.02 as verified,
        ${day1} - to_days((100 + ${u('age', 'c')} * 2000)::INTEGER) as account_created_at,
        exp(0.3 * ${normal('like', 'c')}) as like_factor,
        ${u('botting', 'c')} < 0.05 as botting
    from range(${CREATORS}) as t (c)`);
  for (const [snapshot, at, growth] of [
    [0, day1, 1.0],
    [1, `${day1} + interval 3 days`, 1.1],
  ] as const) {
    await w.run(`
      insert into creators by name
      select username, ${at} as snapshot_at, 'synthetic' as provider, 'bench' as run_id, verified, false as private_account,
             account_created_at, round(followers * (1 + 0.01 * ${snapshot}))::BIGINT as followers, following,
             ${VIDEOS_PER_CREATOR}::BIGINT as video_count, []::VARCHAR[] as count_problems
      from bench_creators`);
    await w.run(`
      insert into videos by name
      with drawn as (
          select
              c.*,
              v,
              c.creator_id * 1000 + v as n,
              c.followers * 0.3 * exp(0.8 * ${normal('plays', 'c.creator_id * 1000 + v')}) as organic_plays,
              0.08 * c.like_factor * exp(0.25 * ${normal('rate', 'c.creator_id * 1000 + v')}) as rate
          from bench_creators as c, range(${VIDEOS_PER_CREATOR}) as t (v)
      )
      select
          username, ${at} as snapshot_at, 'synthetic' as provider, 'video_' || n as video_id, (v + 1)::INTEGER as feed_position,
          ${at} as fetched_at, ${day1} - to_days((v + 1)::INTEGER) as created_at, '' as caption,
          round(organic_plays * ${growth} * (case when botting and v % 3 > 0 then 5 else 1 end))::BIGINT as plays,
          round(organic_plays * ${growth} * rate * 0.9)::BIGINT as likes,
          round(organic_plays * ${growth} * rate * 0.02)::BIGINT as comments,
          round(organic_plays * ${growth} * rate * 0.08)::BIGINT as shares,
          round(organic_plays * ${growth} * rate * 0.1)::BIGINT as saves,
          20.0 as duration_s, []::VARCHAR[] as hashtags, false as is_pinned, false as is_ad, []::VARCHAR[] as count_problems
      from drawn`);
  }
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const warehouse = await Warehouse.open(':memory:', { threads: 2, memoryLimit: '4GB' });
try {
  await landWorld(warehouse);
  const walls: number[] = [];
  const perModel = new Map<string, number[]>();
  let rows = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = await scoreFakeViews(warehouse, 'default');
    walls.push(performance.now() - started);
    rows = result.rows;
    for (const t of result.timings) perModel.set(t.name, [...(perModel.get(t.name) ?? []), t.ms]);
  }
  const wall = median(walls);
  const slowest = [...perModel].map(([name, ms]) => [name, median(ms)] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
  process.stdout.write(
    `${[
      `fake-view batch: ${rows.toLocaleString('en-US')} video snapshots (${(CREATORS * VIDEOS_PER_CREATOR).toLocaleString('en-US')} videos x 2 snapshots), ${RUNS} runs, 2 threads`,
      `  median ${wall.toFixed(0)} ms (min ${Math.min(...walls).toFixed(0)}, max ${Math.max(...walls).toFixed(0)}), ${Math.round(rows / (wall / 1000)).toLocaleString('en-US')} snapshots/s`,
      `  slowest models (median ms): ${slowest.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`,
    ].join('\n')}\n`,
  );
} finally {
  warehouse.close();
}
