import { formatResult, QUERY_FORMATS, type QueryFormat, runReadOnlyQuery } from '@creator-audit/scoring';
import { type Command, Option } from 'commander';
import { oneOf } from '../options.ts';
import { DEFAULT_DB } from '../warehouse-path.ts';

export function registerSql(program: Command): void {
  program
    .command('sql')
    .description('run one SQL query against the warehouse, read-only (no writes, no files)')
    .argument('<query>', 'the SQL, e.g. "select verdict, count(*) from creator_scores group by all"')
    .option('--db <path>', 'DuckDB warehouse file', DEFAULT_DB)
    .addOption(new Option('--format <format>', 'table for reading; csv (formula-guarded) or json (exact numbers) for tools').argParser(oneOf(QUERY_FORMATS)).default('table'))
    .action(async (query: string, flags: { db: string; format: QueryFormat }) => {
      process.stdout.write(formatResult(await runReadOnlyQuery(flags.db, query), flags.format));
    });
}
