import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ALL_TABLES, loadModels, type Model, runModels, Warehouse } from '@creator-audit/warehouse';
import { type DuckDBValue, listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { buildAudienceTables } from '../src/audience/build-audience-tables.ts';
import { campaignParams } from '../src/campaign/campaign-tables.ts';
import { type Analysis, ANALYSES, prepareAnalysis } from '../src/models/analyses.ts';
import { buildSharedLayers, sqlFolder, STAGING_FOLDER } from '../src/models/sql-layers.ts';
import { scoreWarehouse } from '../src/score.ts';

/**
 * A model's sidecar spec, `NN_model.spec.json` beside `NN_model.sql`, in the style of dbt's unit tests: per case,
 * the rows of every relation the model reads (its `-- reads:` header, each one given, `[]` for none) and the rows
 * it must return. A given row names only the columns the case is about: the others are NULL, or the type's zero
 * where a landed table forbids NULL. Only the columns the expected rows name are compared, as a multiset. Values
 * are JSON: times as 'YYYY-MM-DD HH:MM:SS' (UTC), DOUBLEs exact (the shortest text that reads back as the double).
 */
const json: z.ZodType<unknown> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]));
const row = z.record(z.string(), json);
const specCase = z.strictObject({
  name: z.string(),
  why: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])).optional(),
  given: z.record(z.string(), z.array(row)),
  expect: z.array(row),
});
const specFile = z.strictObject({ cases: z.array(specCase).min(1) });

export type SpecCase = z.infer<typeof specCase>;

export interface ModelSpec {
  file: string;
  folder: string;
  model: Model;
  cases: SpecCase[];
}

/** Every `*.spec.json` under sql/, with the model it specifies (same file name, `.sql`). */
export function loadSpecs(): ModelSpec[] {
  const root = sqlFolder('.');
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.spec.json'))
    .map((e) => {
      const folder = relative(root, e.parentPath);
      const modelFile = e.name.replace(/\.spec\.json$/, '.sql');
      const model = loadModels(e.parentPath).find((m) => m.file === modelFile);
      if (!model) throw new Error(`${folder}/${e.name} specifies no model: ${modelFile} is not in ${folder}`);
      const cases = specFile.parse(JSON.parse(readFileSync(join(e.parentPath, e.name), 'utf8'))).cases;
      return { file: `${folder}/${e.name}`, folder, model, cases };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The values each analysis's tables bind, to build the whole folder on an empty warehouse. */
const BUILD_PARAMS: Partial<Record<Analysis, Record<string, DuckDBValue>>> = {
  cohort: { cohort_kinds: listValue(['follower_tier']) },
  campaign: campaignParams({}),
  'fake-views': { content_category: 'default' },
  'fake-views-evaluation': { positive_share: 0.2 },
  'verdict-evaluation': { seed: 0 },
  'audience-evaluation': { seed: 0 },
};

const AUDIENCE_MARTS = ['follower_classifications', 'audience_quality', 'comment_classifications', 'comment_quality', 'audience_evidence'] as const;

const isAnalysis = (folder: string): folder is Analysis => (ANALYSES as readonly string[]).includes(folder);

/**
 * An empty warehouse where every relation of the spec's folder exists with its real columns and types: the shared
 * layers, the shared marts the folder reads (built empty) and every model of the folder (with BUILD_PARAMS).
 */
export async function warehouseFor(spec: ModelSpec): Promise<Warehouse> {
  const warehouse = await Warehouse.open(':memory:');
  if (spec.folder === STAGING_FOLDER) {
    await buildSharedLayers(warehouse);
    return warehouse;
  }
  if (!isAnalysis(spec.folder)) throw new Error(`${spec.file}: ${spec.folder} is not an analysis`);
  const { models } = await prepareAnalysis(warehouse, spec.folder, {
    build: {
      creator_scores: () => scoreWarehouse(warehouse),
      video_fake_view_scores: async () => runModels(warehouse, (await prepareAnalysis(warehouse, 'fake-views')).models, BUILD_PARAMS['fake-views']),
      ...Object.fromEntries(AUDIENCE_MARTS.map((mart) => [mart, () => buildAudienceTables(warehouse)])),
    },
  });
  await runModels(warehouse, models, BUILD_PARAMS[spec.folder] ?? {});
  return warehouse;
}

interface Column {
  name: string;
  type: string;
}

async function columnsOf(warehouse: Warehouse, relation: string): Promise<Column[]> {
  const rows = await warehouse.rows(
    `select column_name as name, data_type as type from information_schema.columns where table_name = $relation order by ordinal_position`,
    { relation },
  );
  return rows.map((r) => ({ name: String(r.name), type: String(r.type) }));
}

/** What a landed table's NOT NULL column holds when a case leaves it out. */
function zeroOf(type: string): unknown {
  if (type === 'VARCHAR[]') return [];
  if (type === 'VARCHAR') return '';
  if (type === 'BOOLEAN') return false;
  if (type === 'TIMESTAMP') return '1970-01-01 00:00:00';
  return 0;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Replaces a relation's rows with the given ones. A view (a model upstream) becomes a table of the same columns and
 * types first, so the model under test reads exactly the given rows. Column names and types come from DuckDB's
 * catalog, never from the spec: a given column the relation lacks is an error.
 */
export async function give(warehouse: Warehouse, relation: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  const columns = await columnsOf(warehouse, relation);
  if (columns.length === 0) throw new Error(`the spec gives rows of ${relation}, which does not exist`);
  const [kind] = await warehouse.rows(`select table_type from information_schema.tables where table_name = $relation`, { relation });
  if (kind?.table_type === 'VIEW') {
    await warehouse.run(`CREATE TABLE spec_given AS SELECT * FROM ${quote(relation)} LIMIT 0`);
    await warehouse.run(`DROP VIEW ${quote(relation)}`);
    await warehouse.run(`ALTER TABLE spec_given RENAME TO ${quote(relation)}`);
  }
  await warehouse.run(`DELETE FROM ${quote(relation)}`);
  if (rows.length === 0) return;
  const landed = ALL_TABLES.find((t) => t.name === relation);
  const required = (landed?.columns ?? []).filter((c) => c.notNull);
  const filled = rows.map((r) => ({ ...Object.fromEntries(required.map((c) => [c.name, zeroOf(c.type)])), ...r }));
  const names = [...new Set(filled.flatMap((r) => Object.keys(r)))];
  const typed = names.map((name) => {
    const column = columns.find((c) => c.name === name);
    if (!column) throw new Error(`${relation} has no column ${name} (it has ${columns.map((c) => c.name).join(', ')})`);
    return column;
  });
  const shape = `STRUCT(${typed.map((c) => `${quote(c.name)} ${c.type}`).join(', ')})[]`;
  await warehouse.run(`INSERT INTO ${quote(relation)} BY NAME SELECT unnest(given_row) FROM (SELECT unnest($rows::JSON::${shape}) AS given_row)`, {
    rows: JSON.stringify(filled),
  });
}

/** Params as DuckDB values: a list of texts is a VARCHAR[]. */
export function paramsOf(spec: ModelSpec, c: SpecCase): Record<string, DuckDBValue> {
  const base = isAnalysis(spec.folder) ? (BUILD_PARAMS[spec.folder] ?? {}) : {};
  const given = Object.entries(c.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? listValue(v) : v] as const);
  return { ...base, ...Object.fromEntries(given) };
}

/** The model's rows as JSON values (DuckDB's to_json: times as text, numbers exact), cut to the expected columns. */
export async function actualRows(warehouse: Warehouse, spec: ModelSpec, columns: readonly string[]): Promise<Record<string, unknown>[]> {
  const rows = await warehouse.rows(`SELECT to_json(m)::VARCHAR AS row FROM ${quote(spec.model.name)} AS m`);
  return rows.map((r) => {
    const all = JSON.parse(String(r.row)) as Record<string, unknown>;
    return Object.fromEntries(columns.map((c) => [c, all[c]]));
  });
}

/** Rows in a canonical order, to compare two multisets. */
export function sorted(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
