import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REDACTED_KEY } from '@creator-audit/providers';
import { type Answer, type Backend, captcha, html, type ParsedRequest, raw, reset, tiktokStatus, type Vendor, vendorError } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { ingestCreators } from '../src/creators/ingest-creators.ts';
import { exportParquet, SNAPSHOT_TABLES, type Warehouse } from '@creator-audit/warehouse';
import { ingestOptions, KEYS, providerFor, withIngestWire } from './ingest-wire.ts';
import { askedOf, asks, handleOf, handles, webProfile, webVideos } from './wire-world.ts';

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

/** Every character as a JSON `\u` escape: a JSON reader turns it back into the text, a plain search does not find it. */
const escaped = (text: string) => [...text].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** A 200 in the vendor's envelope, its data written as the JSON text given. */
const enveloped = (vendor: Vendor, data: string): Answer => raw(200, vendor === 'scavio' ? `{"data":${data},"credits_used":1}` : `{"code":200,"data":${data}}`);
/** A profile payload as the vendor nests it (TikHub under `userInfo`). */
const asProfile = (vendor: Vendor, payload: string) => (vendor === 'scavio' ? payload : `{"userInfo":${payload},"statusCode":0}`);

/**
 * A vendor that writes the request's Authorization header back into its answers, everywhere a body can put it:
 * profiles' nicknames (plain, upper-cased, spelt in JSON escapes), captions, an error message, a body's key (a
 * schema error, so quarantine and its reason), an HTML page. Everyone else is answered by the world.
 */
const echoing =
  (vendor: Vendor) =>
  (world: Backend): Backend =>
  async (request: ParsedRequest) => {
    const header = request.headers.authorization ?? '';
    const key = header.replace(/^Bearer /, '');
    const handle = handleOf(request);
    const profile = (nickname: string) => ({ ...webProfile(handle), user: { ...(webProfile(handle).user as object), nickname } });
    if (askedOf(request) === 'profile') {
      if (handle === 'echo_nickname') return enveloped(vendor, asProfile(vendor, JSON.stringify(profile(header))));
      if (handle === 'echo_upper') return enveloped(vendor, asProfile(vendor, JSON.stringify(profile(key.toUpperCase()))));
      if (handle === 'echo_escaped') return enveloped(vendor, asProfile(vendor, JSON.stringify(profile('ECHO')).replace('"ECHO"', `"${escaped(key)}"`)));
      if (handle === 'echo_schema') return enveloped(vendor, asProfile(vendor, JSON.stringify({ [header]: 1 })));
      if (handle === 'echo_error') return vendorError(400, `no such user; you sent ${header}`);
      if (handle === 'echo_html') return raw(200, `<html><body>${header}</body></html>`, { 'content-type': 'text/html' });
    }
    const answer = await world(request);
    if (handle !== 'echo_caption' || answer.kind !== 'data') return answer;
    return enveloped(vendor, JSON.stringify(answer.data).replaceAll('video 1 of echo_caption', `video 1 of echo_caption ${header}`));
  };

const ECHOED = ['echo_nickname', 'echo_upper', 'echo_escaped', 'echo_schema', 'echo_error', 'echo_html', 'echo_caption'];

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

describe.each(['scavio', 'tikhub'] as const)('%s echoing our Authorization header in its answers', (vendor) => {
  it('no table, text column or Parquet file holds the key in any case; the marker stands where the vendor put it', () =>
    withIngestWire({ vendor, backend: echoing(vendor) }, async ({ ingest, warehouse, server, dir }) => {
      const summary = await ingest([...ECHOED, 'creator0001']);
      expect(summary.byOutcome).toMatchObject({ ok: 5, schema_error: 1, bad_request: 1, html: 1 });
      expect(server.requests.every((r) => r.headers.authorization === `Bearer ${KEYS[vendor]}`)).toBe(true);

      const out = join(dir, 'parquet');
      await exportParquet(warehouse, out, Object.entries(SNAPSHOT_TABLES).map(([table, snapshotColumn]) => ({ table, snapshotColumn })));
      // The vendor did put something in each of these places...
      expect(await textHits(warehouse, REDACTED_KEY)).toEqual(
        expect.arrayContaining(['creator_outcomes.detail', 'creators.nickname', 'quarantine.body', 'quarantine.reason', 'raw_responses.body', 'videos.caption']),
      );
      expect(await parquetHits(warehouse, out, REDACTED_KEY)).toEqual(['creators.nickname', 'videos.caption']);
      // ...and it is never the key, in any case.
      for (const needle of [KEYS[vendor], KEYS[vendor].toUpperCase()]) {
        expect(await textHits(warehouse, needle)).toEqual([]);
        expect(await parquetHits(warehouse, out, needle)).toEqual([]);
        for (const file of filesUnder(out)) expect(readFileSync(file).includes(needle), file).toBe(false);
      }
      const [escapedKey] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM raw_responses WHERE contains(body, $needle)`, { needle: escaped(KEYS[vendor]) });
      expect(escapedKey?.n).toBe(0);
    }));
});
