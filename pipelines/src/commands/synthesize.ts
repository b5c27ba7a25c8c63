import { MAX_VIDEOS_PER_CREATOR, synthesizeCohort } from '@creator-audit/ingest';
import { DEFAULT_SIMULATOR_SEED, syntheticModel } from '@creator-audit/providers';
import { withWarehouse } from '@creator-audit/warehouse';
import { type Command, Option } from 'commander';
import { OPTION_LIMITS } from '../cli/option-sets.ts';
import { instant, intIn, oneOf } from '../cli/parse-values.ts';

interface SynthesizeFlags {
  creators: number;
  videosPerCreator: number;
  seed: number;
  db: string;
  at?: Date;
  besideRealData?: boolean;
  variant: string;
}

export function registerSynthesize(program: Command): void {
  program
    .command('synthesize')
    .description("generate a simulated cohort straight into DuckDB with set-based SQL (the simulator's model, for benchmarks and evaluation)")
    .requiredOption('--creators <n>', 'creators to generate', intIn(1, 100_000_000))
    .option('--videos-per-creator <n>', 'videos per creator (feed positions 1..K)', intIn(1, MAX_VIDEOS_PER_CREATOR), 30)
    .option('--seed <n>', 'seed: the same seed gives the same cohort', OPTION_LIMITS.seed, DEFAULT_SIMULATOR_SEED)
    .requiredOption('--db <path>', 'DuckDB warehouse file to write into')
    .option('--beside-real-data', 'write into a warehouse that also holds data fetched from real APIs (refused otherwise)')
    .option('--at <time>', 'the instant the cohort is seen at (ISO 8601; default 120 days after the planted frauds began)', instant)
    .addOption(
      new Option('--variant <name>', 'a perturbed model: engagement scaled, another tier mix, weaker fraud')
        .argParser(oneOf(Object.keys(syntheticModel.MODEL_VARIANTS)))
        .default('baseline'),
    )
    .action(async (flags: SynthesizeFlags) => {
      const started = performance.now();
      const result = await withWarehouse(flags.db, { access: 'create' }, (w) =>
        synthesizeCohort(w, {
          creators: flags.creators,
          videosPerCreator: flags.videosPerCreator,
          seed: flags.seed,
          besideRealData: Boolean(flags.besideRealData),
          variant: flags.variant,
          ...(flags.at ? { at: flags.at } : {}),
        }),
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `Synthesized ${result.creators.toLocaleString('en-US')} creators and ${result.videos.toLocaleString('en-US')} videos ` +
          `(seed ${flags.seed}, ${flags.variant} model, seen at ${result.at.toISOString()}) into ${flags.db} in ${seconds} s (run ${result.runId}).\n`,
      );
    });
}
