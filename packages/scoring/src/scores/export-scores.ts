import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Warehouse } from '@creator-audit/warehouse';
import { MissingInputError } from '../models/analyses.ts';
import { guardCsvSql } from './csv-guard.ts';

export interface ExportedScores {
  rows: number;
  parquet: string;
  csv: string;
}

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL.*|BOOLEAN|DATE|TIMESTAMP.*|TIME.*|INTERVAL)$/;

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * One CSV column: numbers, booleans and times as they are; a list of texts joined with " | " (the flags);
 * anything else (text, rule structs) as text. Every text cell is guarded against formula injection.
 */
function csvColumn(name: string, type: string): string {
  const column = quoteIdentifier(name);
  if (NUMERIC.test(type)) return column;
  const text = type === 'VARCHAR[]' ? `array_to_string(${column}, ' | ')` : type === 'VARCHAR' ? column : `CAST(${column} AS VARCHAR)`;
  return `${guardCsvSql(text)} AS ${column}`;
}

/** Writes next to the target and renames it in, so a reader never sees half a file. */
async function copyAtomically(warehouse: Warehouse, select: string, path: string, format: string): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  await warehouse.run(`COPY (${select}) TO $path (${format})`, { path: partial });
  renameSync(partial, path);
}

/**
 * `creator_scores` as Parquet (types kept: flags a list, rules a list of structs) and as CSV for
 * spreadsheets (formula-guarded in SQL, so a million rows stay one COPY), in `outDir`.
 */
export async function exportCreatorScores(warehouse: Warehouse, outDir: string): Promise<ExportedScores> {
  const root = resolve(outDir);
  if (!existsSync(root)) mkdirSync(root, { recursive: true });
  const columns = await warehouse.rows(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'creator_scores' ORDER BY ordinal_position`,
  );
  if (columns.length === 0) throw new MissingInputError('creator_scores');
  const order = 'ORDER BY ruleset, username';
  const parquet = join(root, 'creator_scores.parquet');
  const csv = join(root, 'creator_scores.csv');
  await copyAtomically(warehouse, `SELECT * FROM creator_scores ${order}`, parquet, 'FORMAT parquet, COMPRESSION zstd');
  const csvSelect = columns.map((c) => csvColumn(String(c.column_name), String(c.data_type))).join(', ');
  await copyAtomically(warehouse, `SELECT ${csvSelect} FROM creator_scores ${order}`, csv, 'FORMAT csv, HEADER true');
  const [count] = await warehouse.rows(`SELECT count(*)::DOUBLE AS n FROM creator_scores`);
  return { rows: Number(count?.n ?? 0), parquet, csv };
}
