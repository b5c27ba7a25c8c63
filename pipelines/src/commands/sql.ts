import { once } from 'node:events';
import { csvWriter, jsonWriter, QUERY_FORMATS, type QueryFormat, type ResultWriter, streamReadOnlyQuery, tableWriter } from '@creator-audit/scoring';
import { type Command, Option } from 'commander';
import { type DbFlags, withDb } from '../cli/option-sets.ts';
import { errorWording } from '../cli/messages.ts';
import { oneOf } from '../cli/parse-values.ts';

/** Rows an aligned table shows at most: it must see every row's width before printing the first. */
const TABLE_ROWS = 10_000;

const writers: Record<QueryFormat, () => ResultWriter> = { csv: csvWriter, json: jsonWriter, table: () => tableWriter(TABLE_ROWS, errorWording.streamEveryRow) };

/** Writes to stdout at the pace the reader takes it (a pipe into `head` or a slow disk), never faster. */
async function toStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

export function registerSql(program: Command): void {
  withDb(
    program
      .command('sql')
      .description('run one SQL query against the warehouse, read-only (no writes, no files); csv and json stream every row')
      .argument('<query>', 'the SQL, e.g. "select verdict, count(*) from creator_scores group by all"'),
  )
    .option('--lake <dir>', "query a Parquet lake (or an export) instead, through the warehouse's table names, deduplicated")
    .addOption(new Option('--format <format>', 'table for reading; csv (formula-guarded) or json (exact numbers) for tools').argParser(oneOf(QUERY_FORMATS)).default('table'))
    .action(async (query: string, flags: DbFlags & { lake?: string; format: QueryFormat }) => {
      // A reader that stops early (`| head`) is not an error: what it wanted was written.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(0);
        throw error;
      });
      await streamReadOnlyQuery(flags.lake ? { lake: flags.lake } : flags.db, query, writers[flags.format](), toStdout);
    });
}
