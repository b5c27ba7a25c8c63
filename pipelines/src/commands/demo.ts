import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_SIMULATOR_SEED, syntheticHandles } from '@creator-audit/providers';
import { evaluateCohortV1, formatCohortV1Evaluation, formatCohortV1Headline, scoreAllRulesets } from '@creator-audit/scoring';
import { exportParquet, withWarehouse } from '@creator-audit/warehouse';
import type { Command } from 'commander';
import { readCreatorList } from '../cli/creator-list.ts';
import { exitCodeOf } from '../cli/exit-codes.ts';
import { withInterrupt } from '../cli/interrupt.ts';
import { DEFAULT_DB, DEFAULT_PARQUET_DIR, OPTION_LIMITS } from '../cli/option-sets.ts';
import { intIn } from '../cli/parse-values.ts';
import { formatExport, formatIngestSummary, reportStop } from '../cli/summary.ts';
import { demoMessages, textCommands } from '../cli/messages.ts';
import { SNAPSHOT_EXPORTS } from '../workflows/export-tables.ts';
import { fetchCreators } from '../workflows/fetch-creators.ts';

interface DemoFlags {
  creators: number;
  seed: number;
  db: string;
  out: string;
  list: string;
}

/**
 * A creator list as analysts really send them: mostly handles, plus `@` forms, profile URLs, a duplicate
 * and a line that is not a creator, so the demo shows the normalisation too.
 */
function demoCreatorList(handles: readonly string[]): string {
  const lines = ['username', ...handles];
  if (handles.length >= 3) {
    lines[1] = `@${handles[0]?.toUpperCase()}`;
    lines[2] = `https://www.tiktok.com/@${handles[1]}?lang=en`;
    lines.push(handles[2] ?? '', 'not a handle!');
  }
  return `${lines.join('\n')}\n`;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description("offline end to end: a simulated cohort ingested into the warehouse, exported to Parquet, scored with every ruleset, and cohort-v1 evaluated against its labels beside seed-v1")
    .option('--creators <n>', 'cohort size', intIn(1, 1_000_000), 2000)
    .option('--seed <n>', 'simulator seed', OPTION_LIMITS.seed, DEFAULT_SIMULATOR_SEED)
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .option('--out <dir>', 'Parquet folder', DEFAULT_PARQUET_DIR)
    .option('--list <file>', 'where to write the demo creator list', 'data/demo-creators.csv')
    .action(async (flags: DemoFlags) => {
      const started = performance.now();
      mkdirSync(dirname(flags.list), { recursive: true });
      writeFileSync(flags.list, demoCreatorList(syntheticHandles(flags.seed, flags.creators)));
      process.stdout.write(`Wrote ${flags.creators} simulated creators to ${flags.list} (seed ${flags.seed}).\n`);
      const list = readCreatorList(flags.list);
      await withWarehouse(flags.db, { access: 'create' }, async (warehouse) => {
        const fetchFlags = { provider: 'synthetic' as const, seed: flags.seed, videos: 30, maxAge: 24 * 3_600_000, timeout: 30_000 };
        const summary = await withInterrupt((signal) => fetchCreators(warehouse, list, { ...fetchFlags, inputName: list.inputName, signal }));
        process.stdout.write(`${formatIngestSummary(summary, flags.list)}\n`);
        reportStop(summary);
        process.exitCode = exitCodeOf(summary.stop);
        process.stdout.write(`${formatExport(await exportParquet(warehouse, flags.out, SNAPSHOT_EXPORTS))}\n`);
        // The default verdict against the labels the simulator planted, beside the baseline it beats (seed-v1).
        await scoreAllRulesets(warehouse);
        const evaluation = await evaluateCohortV1(warehouse, { seed: flags.seed });
        process.stdout.write(`\n${formatCohortV1Evaluation(evaluation, textCommands.sql)}\n${demoMessages.seedV1InFull(flags.db)}\n\n${formatCohortV1Headline(evaluation)}\n`);
      });
      process.stdout.write(`Warehouse: ${flags.db}. Done in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
    });
}
