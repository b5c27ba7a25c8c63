import { Warehouse } from '@creator-audit/warehouse';

export const SNAPSHOT_AT = '2026-02-01 00:00:00';

/**
 * A deterministic cohort generated inside DuckDB (set-based INSERTs, no row loop): `n` creators with followers
 * log-uniform from 100 to 10M, `videos` videos each, engagement falling with size, and one creator in 40 with
 * bought likes (far above its tier's likes per follower) so the outlier paths have work to do.
 */
async function landGeneratedCohort(warehouse: Warehouse, n: number, videos: number): Promise<void> {
  const u = (salt: number, ...keys: string[]) => `((hash(${[...keys, String(salt)].join(', ')}) % 1000000)::DOUBLE / 1000000.0)`;
  await warehouse.transaction(async () => {
    await warehouse.run(
      `create temp table gen_creators as
       select i, 'gen_' || lpad(i::VARCHAR, 7, '0') as username,
              (pow(10, 2 + 5 * ${u(1, 'i')}))::BIGINT as followers,
              (pow(10, 1 + 3 * ${u(2, 'i')}))::BIGINT as following,
              i % 40 = 7 as bought_likes
       from range($n) r(i)`,
      { n },
    );
    await warehouse.run(
      `insert into creators
       select username, $at::TIMESTAMP, 'synthetic', 'run-1', 'id' || i, null, null, i % 9 = 0, false, null,
              followers, following, followers, $videos, []
       from gen_creators`,
      { at: SNAPSHOT_AT, videos },
    );
    await warehouse.run(
      `insert into videos
       with v as (
         select c.*, j,
                (c.followers * (0.05 + 0.4 * ${u(3, 'c.i', 'j')}) + 50)::BIGINT as plays
         from gen_creators c, range($videos) s(j)
       ), e as (
         select *, (case when bought_likes then followers * 0.6 else plays * (0.03 + 0.1 * ${u(4, 'i', 'j')}) end)::BIGINT as likes from v
       )
       select username, $at::TIMESTAMP, 'synthetic', username || '-' || j, (j + 1)::INTEGER, $at::TIMESTAMP, null, 'caption ' || j,
              plays, likes, (likes * (0.005 + 0.05 * ${u(5, 'i', 'j')}))::BIGINT, (likes * 0.1)::BIGINT, null, 30.0, [], false, false, []
       from e`,
      { at: SNAPSHOT_AT, videos },
    );
    await warehouse.run(
      `insert into creator_outcomes
       select 'run-1', username, 'synthetic', 'ok', null, $at::TIMESTAMP, $videos, null, 2, $at::TIMESTAMP from gen_creators`,
      { at: SNAPSHOT_AT, videos },
    );
    await warehouse.run('drop table gen_creators');
  });
}

export async function generatedWarehouse(n: number, videos: number): Promise<Warehouse> {
  const warehouse = await Warehouse.open(':memory:');
  await landGeneratedCohort(warehouse, n, videos);
  return warehouse;
}
