/**
 * One ingest run in its own process, for the kill-and-resume test: the parent SIGKILLs it mid-run and
 * starts it again. Reads INGEST_BASE_URL (a wire server's Scavio base), INGEST_DB (a warehouse file) and
 * INGEST_CREATORS (how many handles); prints the run's summary as JSON when it finishes.
 */
import { ingestCreators } from '../src/creators/ingest-creators.ts';
import { Warehouse } from '@creator-audit/warehouse';
import { ingestOptions, providerFor } from './ingest-wire.ts';
import { handles } from './wire-world.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`ingest-child needs ${name}`);
  return value;
};

const provider = providerFor('scavio', env('INGEST_BASE_URL'));
const warehouse = await Warehouse.open(env('INGEST_DB'));
try {
  const summary = await ingestCreators(
    warehouse,
    provider,
    handles(Number(env('INGEST_CREATORS'))),
    // Landing as the CLI does (batches of up to 200, within a second): the kill test measures what that loses.
    ingestOptions({ concurrency: Number(process.env.INGEST_CONCURRENCY ?? 4), flushEvery: 200, videosPerCreator: 5, pageSize: 5 }),
  );
  process.stdout.write(`${JSON.stringify(summary)}\n`);
} finally {
  warehouse.close();
  await provider.close();
}
