/**
 * The same cohort scored creator by creator through the TypeScript reference, for the first BENCH_SAMPLE creators
 * (by username) of BENCH_DB, one of two ways (BENCH_MODE):
 *   - `streamed`: one query streams the creators out of DuckDB one per row (profile + its first 30 videos as
 *     lists), each turned into a CreatorSnapshot and scored with scoreSeedV1: the fastest TS path;
 *   - `per-creator`: each creator loaded by its own queries and scored, as `check` does (checkCreator).
 * Prints `{seconds, scoreSeconds, maxRssMb, creators, mismatches}`: wall time of load + score, the time inside
 * scoreSeedV1 alone (streamed), and (outside the timed part) how many scores differ from the SQL's creator_scores
 * for the same creators (0 expected).
 */
import { Warehouse } from '@creator-audit/warehouse';
import { DuckDBListValue, type DuckDBValue } from '@duckdb/node-api';
import { checkCreator } from '../src/check/check-creator.ts';
import { type CreatorSnapshot, scoreSeedV1, type SeedV1Score } from '../src/seed-v1/reference.ts';

const sample = Number(process.env.BENCH_SAMPLE);
const warehouse = await Warehouse.open(String(process.env.BENCH_DB), { memoryLimit: '8GB' });

const num = (v: DuckDBValue) => (v === null ? null : Number(v));
const nums = (v: DuckDBValue) => (v instanceof DuckDBListValue ? v.items.map((x) => (x === null ? null : Number(x))) : []);

async function streamed(scores: Map<string, SeedV1Score>): Promise<number> {
  const result = await warehouse.connection.stream(
    `WITH cohort AS (
       SELECT username, snapshot_at, provider FROM creator_outcomes WHERE outcome = 'ok' ORDER BY username LIMIT $sample
     )
     SELECT c.username, c.followers::DOUBLE, c.following::DOUBLE, c.likes_received::DOUBLE, c.video_count::DOUBLE,
            list(v.plays::DOUBLE ORDER BY v.feed_position), list(v.likes::DOUBLE ORDER BY v.feed_position),
            list(v.comments::DOUBLE ORDER BY v.feed_position)
     FROM cohort JOIN creators c USING (username, snapshot_at, provider)
     LEFT JOIN videos v ON v.username = c.username AND v.snapshot_at = c.snapshot_at AND v.provider = c.provider AND v.feed_position <= 30
     GROUP BY ALL`,
    { sample },
  );
  let scoreMs = 0;
  for await (const rows of result.yieldRows()) {
    for (const [username, followers, following, likesReceived, videoCount, plays, likes, comments] of rows) {
      const p = nums(plays ?? null);
      const l = nums(likes ?? null);
      const c = nums(comments ?? null);
      const snapshot: CreatorSnapshot = {
        username: String(username),
        followers: num(followers ?? null),
        following: num(following ?? null),
        likesReceived: num(likesReceived ?? null),
        videoCount: num(videoCount ?? null),
        videos: p.map((_, i) => ({ plays: p[i] ?? null, likes: l[i] ?? null, comments: c[i] ?? null })),
      };
      const t = performance.now();
      scores.set(snapshot.username, scoreSeedV1(snapshot));
      scoreMs += performance.now() - t;
    }
  }
  return scoreMs;
}

/** Loading and scoring are one call here (checkCreator), so there is no separate scoring time: null. */
async function perCreator(scores: Map<string, SeedV1Score>): Promise<null> {
  const names = await warehouse.rows(`SELECT username FROM creator_outcomes WHERE outcome = 'ok' ORDER BY username LIMIT $sample`, { sample });
  for (const { username } of names) {
    const check = await checkCreator(warehouse, String(username));
    if (check.kind === 'scored' && check.ruleset === 'seed-v1') scores.set(check.username, check.score);
  }
  return null;
}

try {
  const started = performance.now();
  const scores = new Map<string, SeedV1Score>();
  const scoreMs = process.env.BENCH_MODE === 'per-creator' ? await perCreator(scores) : await streamed(scores);
  const seconds = (performance.now() - started) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;

  // Not timed: the SQL's verdict for each of these creators must be the reference's, field for field.
  const sql = await warehouse.rows(
    `SELECT username, total_risk_score, verdict, flags, likes_to_followers, likes_cv, follow_ratio FROM creator_scores
     WHERE ruleset = 'seed-v1' AND username IN (SELECT username FROM creator_outcomes WHERE outcome = 'ok' ORDER BY username LIMIT $sample)`,
    { sample },
  );
  let mismatches = sql.length === scores.size ? 0 : Math.abs(sql.length - scores.size);
  for (const row of sql) {
    const ref = scores.get(String(row.username));
    const same =
      ref &&
      ref.total_risk_score === row.total_risk_score &&
      ref.verdict === row.verdict &&
      JSON.stringify(ref.flags) === JSON.stringify(row.flags) &&
      ref.likes_to_followers === row.likes_to_followers &&
      ref.likes_cv === row.likes_cv &&
      ref.follow_ratio === row.follow_ratio;
    if (!same) mismatches++;
  }
  process.stdout.write(`${JSON.stringify({ seconds, scoreSeconds: scoreMs === null ? null : scoreMs / 1000, maxRssMb, creators: scores.size, mismatches })}\n`);
} finally {
  warehouse.close();
}
