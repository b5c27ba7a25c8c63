import { synthesizeCohort } from '@creator-audit/ingest';
import { withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { instant, positiveInt } from '../cli/parse-values.ts';

interface SynthesizeFlags {
  creators: number;
  videosPerCreator: number;
  seed: number;
  db: string;
  at?: Date;
}

export function registerSynthesize(program: Command): void {
  program
    .command('synthesize')
    .description("generate a simulated cohort straight into DuckDB with set-based SQL (the simulator's model, for benchmarks and evaluation)")
    .requiredOption('--creators <n>', 'creators to generate', positiveInt)
    .option('--videos-per-creator <n>', 'videos per creator (feed positions 1..K)', positiveInt, 30)
    .option('--seed <n>', 'seed: the same seed gives the same cohort', positiveInt, 42)
    .requiredOption('--db <path>', 'DuckDB warehouse file to write into')
    .option('--at <time>', 'the instant the cohort is seen at (ISO 8601; default 120 days after the planted frauds began)', instant)
    .action(async (flags: SynthesizeFlags) => {
      const started = performance.now();
      const result = await withWarehouse(flags.db, { access: 'create' }, (w) =>
        synthesizeCohort(w, { creators: flags.creators, videosPerCreator: flags.videosPerCreator, seed: flags.seed, ...(flags.at ? { at: flags.at } : {}) }),
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `Synthesized ${result.creators.toLocaleString('en-US')} creators and ${result.videos.toLocaleString('en-US')} videos ` +
          `(seed ${flags.seed}, seen at ${result.at.toISOString()}) into ${flags.db} in ${seconds} s (run ${result.runId}).\n`,
      );
    });
}
