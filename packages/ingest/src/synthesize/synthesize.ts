import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticModel } from '@creator-audit/providers';
import type { DuckDBValue } from '@duckdb/node-api';
import { packageRoot, type Warehouse } from '@creator-audit/warehouse';
import { ingestMessages } from '../messages.ts';
import { synthesisParams, synthesisParamTypes } from './synthesis-params.ts';
import { error } from '@creator-audit/providers';

export interface SynthesizeOptions {
  creators: number;
  videosPerCreator: number;
  seed: number;
  /** The instant the cohort is seen at; by default 120 days after the simulator's fraud window closed. */
  at?: Date;
  /** Write into a warehouse that holds data from real APIs too (refused otherwise: the cohorts would mix silently). */
  besideRealData?: boolean;
  /** A perturbed model (syntheticModel.MODEL_VARIANTS) to evaluate on data nothing was tuned on; baseline by default. */
  variant?: string;
}

export interface SynthesizeResult {
  runId: string;
  creators: number;
  videos: number;
  at: Date;
  timings: Array<{ step: string; ms: number }>;
}

/** Every planted fraud has begun, and all but the slowest follow-for-follow rings have fully delivered. */
export const DEFAULT_SYNTHESIS_AT = new Date((syntheticModel.FRAUD_WINDOW.endS + 120 * syntheticModel.DAY_S) * 1000);

/** Video draws are keyed by creator row x 1024 + position. */
export const MAX_VIDEOS_PER_CREATOR = 1000;

/** Synthesized creators land under this provider, apart from the per-request simulator's `synthetic`. */
const SYNTHESIZED_PROVIDER = 'synthesized';

const SQL_DIR = join(packageRoot(import.meta.url), 'sql', 'synthesize');
const PARAM = /\$([a-z_]\w*)/gi;

function statements(): Array<{ step: string; sql: string }> {
  return readdirSync(SQL_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => ({ step: f.replace(/\.sql$/, ''), sql: readFileSync(join(SQL_DIR, f), 'utf8') }));
}

/** DuckDB refuses named parameters a statement does not use: bind only those it mentions. */
function paramsFor(sql: string, params: Record<string, DuckDBValue>): Record<string, DuckDBValue> {
  const used = new Set([...sql.matchAll(PARAM)].map((m) => m[1] as string));
  for (const name of used) if (!(name in params)) throw new Error(`synthesize SQL uses $${name}, which has no value`);
  return Object.fromEntries(Object.entries(params).filter(([k]) => used.has(k)));
}

/**
 * Generates a simulated cohort straight into the warehouse with set-based SQL (no per-creator JS): N creator
 * snapshots with K videos each (a new account: the handful it posted), an `ok` outcome per creator under one `runs` row, and the ground truth
 * (`sim_creator_labels`, and `sim_video_labels` for every video: its planted fake plays and likes), in the tables
 * an ingest writes. The draws follow the simulator's model (synthesis-params.ts) but not its
 * random streams: a synthesized creator is not the one the simulator would answer for the same handle.
 */
export async function synthesizeCohort(warehouse: Warehouse, options: SynthesizeOptions): Promise<SynthesizeResult> {
  const { creators, videosPerCreator, seed } = options;
  if (!Number.isInteger(creators) || creators < 1) throw new Error(`synthesize needs at least 1 creator, got ${creators}`);
  if (!Number.isInteger(videosPerCreator) || videosPerCreator < 1 || videosPerCreator > MAX_VIDEOS_PER_CREATOR) {
    throw new Error(`videos per creator must be 1 to ${MAX_VIDEOS_PER_CREATOR}, got ${videosPerCreator}`);
  }
  const at = options.at ?? DEFAULT_SYNTHESIS_AT;
  const variantName = options.variant ?? 'baseline';
  const variant = (syntheticModel.MODEL_VARIANTS as Record<string, syntheticModel.ModelVariant>)[variantName];
  if (!variant) throw new Error(`unknown model variant "${variantName}": expected one of ${Object.keys(syntheticModel.MODEL_VARIANTS).join(', ')}`);
  const runId = `synthesize-${seed}-${at.toISOString()}${variantName === 'baseline' ? '' : `-${variantName}`}`;
  if (!options.besideRealData) {
    const real = await warehouse.rows(
      `SELECT DISTINCT provider FROM runs WHERE provider NOT IN ('synthetic', $synthesized) ORDER BY provider`,
      { synthesized: SYNTHESIZED_PROVIDER },
    );
    if (real.length > 0) throw new Error(ingestMessages.synthesizeBesideRealData(real.map((r) => String(r.provider))));
  }
  const [existing] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM runs WHERE run_id = $runId`, { runId });
  if (Number(existing?.n) > 0) throw new Error(`this warehouse already holds the cohort of seed ${seed} at ${at.toISOString()} (run ${runId})`);
  const params: Record<string, DuckDBValue> = {
    ...synthesisParams(variant),
    seed,
    creators,
    videos_per_creator: videosPerCreator,
    at_s: at.getTime() / 1000,
    run_id: runId,
    provider: SYNTHESIZED_PROVIDER,
  };
  const timings: SynthesizeResult['timings'] = [];
  await warehouse.transaction(async () => {
    await warehouse.run(
      `INSERT INTO runs (run_id, kind, provider, input_name, started_at, finished_at, status, options_json)
       VALUES ($runId, 'synthesize', $provider, NULL, now()::TIMESTAMP, NULL, 'running', $options)`,
      { runId, provider: SYNTHESIZED_PROVIDER, options: JSON.stringify({ creators, videosPerCreator, seed, at: at.toISOString(), variant: variantName }) },
    );
    for (const { step, sql } of statements()) {
      const started = performance.now();
      try {
        const bound = paramsFor(sql, params);
        await warehouse.connection.run(sql, bound, synthesisParamTypes(bound));
      } catch (cause) {
        throw error(`synthesize step ${step}.sql failed: ${(cause as Error).message}`, cause);
      }
      timings.push({ step, ms: performance.now() - started });
    }
    await warehouse.run(`UPDATE runs SET status = 'finished', finished_at = now()::TIMESTAMP WHERE run_id = $runId`, { runId });
  });
  // New accounts have fewer videos than K: count what was written.
  const [written] = await warehouse.rows(`SELECT count(*)::DOUBLE AS n FROM synth_videos`);
  await warehouse.run('DROP TABLE IF EXISTS synth_traits; DROP TABLE IF EXISTS synth_videos');
  return { runId, creators, videos: Number(written?.n ?? 0), at, timings };
}
