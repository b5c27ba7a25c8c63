import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { captcha, html, reset, tiktokStatus, vendorError } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { ingestCreators } from '../src/creators/ingest-creators.ts';
import { exportParquet, SNAPSHOT_TABLES, type Warehouse } from '@creator-audit/warehouse';
import { ingestOptions, KEYS, providerFor, withIngestWire } from './ingest-wire.ts';
import { asks, handles, webVideos } from './wire-world.ts';

/** A key that looks real but the server refuses: it must not land either. */
const WRONG_KEY = 'sk-scavio-live-0badc0ffee1234ab';
/** Planted in one caption, to prove the searches below find a string when it is there. */
const CANARY = 'canary-3e1f9a7c5d';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Where `needle` occurs in any text column of any table, as `table.column`. */
async function textHits(warehouse: Warehouse, needle: string): Promise<string[]> {
  const columns = await warehouse.rows(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'main' AND data_type IN ('VARCHAR', 'VARCHAR[]') ORDER BY ALL`,
  );
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    // Names come from the catalog, not from input; checked anyway, since identifiers cannot be bound.
    if (!IDENTIFIER.test(String(table)) || !IDENTIFIER.test(String(column))) throw new Error(`odd identifier ${table}.${column}`);
    const [row] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM ${table} WHERE contains(${column}::VARCHAR, $needle)`, { needle });
    if (Number(row?.n) > 0) hits.push(`${table}.${column}`);
  }
  return hits;
}

/** Where `needle` occurs in the decoded text columns of exported Parquet tables. */
async function parquetHits(warehouse: Warehouse, dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const table of Object.keys(SNAPSHOT_TABLES)) {
    const files = join(dir, table, '**', '*.parquet');
    // An empty table exports as a folder holding only the export's marker.
    if (!readdirSync(join(dir, table)).some((f) => f.startsWith('snapshot_date='))) continue;
    const columns = await warehouse.rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet($files))`, { files });
    for (const { column_name: column, column_type: type } of columns) {
      if (!String(type).startsWith('VARCHAR') || !IDENTIFIER.test(String(column))) continue;
      const [row] = await warehouse.rows(
        `SELECT count(*)::INTEGER AS n FROM read_parquet($files) WHERE contains(${column}::VARCHAR, $needle)`,
        { files, needle },
      );
      if (Number(row?.n) > 0) hits.push(`${table}.${column}`);
    }
  }
  return hits;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each(['scavio', 'tikhub'] as const)('%s: API keys never land', (vendor) => {
  it('no table, no text column and no Parquet file holds the key or a refused key, whatever the answers were', () =>
    withIngestWire(
      { vendor, world: { feeds: { creator0001: { items: webVideos('creator0001', 3).map((v, i) => (i === 0 ? { ...v, desc: `${CANARY} #fyp` } : v)) } } } },
      async ({ ingest, warehouse, server, dir }) => {
        server.script(asks('gone', 'profile'), tiktokStatus(10202));
        server.script(asks('walled', 'profile'), captcha('body'));
        server.script(asks('html_page', 'profile'), html());
        server.script(asks('refused', 'profile'), vendorError(400, 'Invalid uniqueId'));
        server.script(asks('reset_twice', 'profile'), ...Array.from({ length: 5 }, () => reset()));
        const first = await ingest([...handles(6), 'gone', 'walled', 'html_page', 'refused', 'reset_twice']);
        expect(first.byOutcome).toMatchObject({ ok: 6, not_found: 1, captcha: 1, html: 1, bad_request: 1, network_error: 1 });

        // A refused key stops a second run; its message and the run's stop reason must not hold it.
        const wrong = providerFor(vendor, vendor === 'scavio' ? server.scavioBaseUrl : server.tikhubBaseUrl, { apiKey: WRONG_KEY });
        try {
          const stopped = await ingestCreators(warehouse, wrong, handles(3, 'other'), ingestOptions());
          expect(stopped.stop?.kind).toBe('run_stopping');
          expect(stopped.stop?.message).not.toContain(WRONG_KEY);
        } finally {
          await wrong.close();
        }
        expect(server.requests.filter((r) => !r.authorized).length).toBeGreaterThan(0);

        const out = join(dir, 'parquet');
        await exportParquet(warehouse, out, Object.entries(SNAPSHOT_TABLES).map(([table, snapshotColumn]) => ({ table, snapshotColumn })));

        // The searches find a string that is there...
        expect(await textHits(warehouse, CANARY)).toEqual(expect.arrayContaining(['raw_responses.body', 'videos.caption']));
        expect(await parquetHits(warehouse, out, CANARY)).toEqual(['videos.caption']);
        expect(filesUnder(out).some((file) => readFileSync(file).includes(CANARY))).toBe(true);
        // ...and find no key anywhere.
        for (const key of [KEYS.scavio, KEYS.tikhub, WRONG_KEY]) {
          expect(await textHits(warehouse, key)).toEqual([]);
          expect(await parquetHits(warehouse, out, key)).toEqual([]);
          for (const file of filesUnder(out)) expect(readFileSync(file).includes(key), file).toBe(false);
        }
      },
    ));
});
