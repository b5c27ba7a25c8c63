import { formatResult, QUERY_FORMATS, type QueryFormat, runReadOnlyQuery } from '@creator-audit/scoring';
import { type Command, Option } from 'commander';
import { type DbFlags, withDb } from '../cli/option-sets.ts';
import { oneOf } from '../cli/parse-values.ts';

export function registerSql(program: Command): void {
  withDb(
    program
      .command('sql')
      .description('run one SQL query against the warehouse, read-only (no writes, no files)')
      .argument('<query>', 'the SQL, e.g. "select verdict, count(*) from creator_scores group by all"'),
  )
    .addOption(new Option('--format <format>', 'table for reading; csv (formula-guarded) or json (exact numbers) for tools').argParser(oneOf(QUERY_FORMATS)).default('table'))
    .action(async (query: string, flags: DbFlags & { format: QueryFormat }) => {
      process.stdout.write(formatResult(await runReadOnlyQuery(flags.db, query), flags.format));
    });
}
