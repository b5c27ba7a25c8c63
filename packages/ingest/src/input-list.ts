import { parse } from 'csv-parse/sync';
import { ingestMessages } from './messages.ts';

export interface RejectedLine {
  line: number;
  raw: string;
  reason: string;
}

export interface CreatorList {
  /** Normalised handles, deduped, in first-seen order. */
  handles: string[];
  rejected: RejectedLine[];
  duplicates: number;
}

/** TikTok handles: 2-24 of letters, digits, `_` and `.`, not ending with a dot. */
const HANDLE = /^[a-z0-9_.]{2,24}$/;
const PROFILE_HOST = /^(?:[a-z0-9-]+\.)*tiktok\.com$/;

/**
 * One cell to a handle: `name`, `@Name`, or a profile URL (`https://www.tiktok.com/@name?lang=en`).
 * Returns the reason when the cell is not a handle.
 */
export function parseHandle(cell: string): { handle: string } | { reason: string } {
  let text = cell.trim();
  if (/^https?:\/\//i.test(text) || /^(www\.|m\.)?tiktok\.com\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(/^https?:/i.test(text) ? text : `https://${text}`);
    } catch {
      return { reason: 'not a valid URL' };
    }
    if (!PROFILE_HOST.test(url.hostname.toLowerCase())) return { reason: `not a TikTok URL (${url.hostname})` };
    const match = /^\/@([^/]+)/.exec(url.pathname);
    if (!match?.[1]) return { reason: 'TikTok URL without an @handle (short links cannot be resolved offline)' };
    text = decodeURIComponent(match[1]);
  }
  const handle = text.replace(/^@/, '').toLowerCase();
  if (!HANDLE.test(handle)) return { reason: `not a TikTok handle: 2-24 letters, digits, "_" or "."` };
  if (handle.endsWith('.')) return { reason: 'a TikTok handle cannot end with "."' };
  return { handle };
}

/** Header cells that name the handle column, most specific first; a first row with none of them is data. */
const HEADER_WORDS = ['username', 'handle', 'user', 'creator', 'account', 'tiktok', 'profile', 'url', 'name'];

/** What a rejected line keeps of itself, in the table and on screen: enough to find it, never megabytes. */
const MAX_ECHOED_CHARS = 200;

function clipLine(raw: string): string {
  const chars = [...raw];
  return chars.length <= MAX_ECHOED_CHARS ? raw : `${chars.slice(0, MAX_ECHOED_CHARS).join('')}… (${chars.length.toLocaleString('en-US')} characters)`;
}

/** A list file's text: UTF-8, or UTF-16 with its byte-order mark (what spreadsheet tools export as "Unicode text"). */
function decodeListFile(bytes: Uint8Array, sourceName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // UTF-16 without a mark: every other byte of ASCII text is a NUL.
  if (bytes.length >= 4 && bytes.subarray(0, 64).filter((b) => b === 0).length * 3 >= Math.min(64, bytes.length)) {
    throw new Error(ingestMessages.utf16WithoutBom(sourceName));
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function looksLikeCsv(name: string, text: string): boolean {
  if (/\.csv$/i.test(name)) return true;
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.includes(',');
}

type CsvRecord = { record: string[]; info: { lines: number } };

const parseCsv = (text: string): CsvRecord[] =>
  parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }) as unknown as CsvRecord[];

/**
 * The CSV's cells of the handle column with their file line numbers. A file CSV cannot read whole, or whose
 * handle cells span lines (a stray quote swallowing the lines after it), is read line by line instead, so one
 * bad line is rejected alone.
 */
function csvCells(text: string, rejected: RejectedLine[]): Array<{ line: number; cell: string }> {
  const whole = readCsv(text);
  // A handle never spans lines: a handle cell that does means a stray quote swallowed the lines after it.
  if (whole && !whole.cells.some((c) => /[\r\n]/.test(c.cell))) return whole.cells;
  const records: CsvRecord[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    try {
      const [one] = parseCsv(raw);
      records.push({ record: one?.record ?? [''], info: { lines: index + 1 } });
    } catch (error) {
      rejected.push({ line: index + 1, raw: clipLine(raw), reason: ingestMessages.badCsvLine((error as Error).message) });
    }
  });
  return handleColumn(records);
}

/** The whole file as CSV, or null when CSV cannot read it whole (a quote opened and never closed). */
function readCsv(text: string): { cells: Array<{ line: number; cell: string }> } | null {
  try {
    return { cells: handleColumn(parseCsv(text)) };
  } catch {
    return null;
  }
}

/** The handle column's cells with their file line numbers, the header row left out. */
function handleColumn(records: readonly CsvRecord[]): Array<{ line: number; cell: string }> {
  const first = records[0]?.record.map((h) => h.trim().toLowerCase()) ?? [];
  const hasHeader = first.some((h) => HEADER_WORDS.includes(h));
  const column = (hasHeader ? HEADER_WORDS.map((w) => first.indexOf(w)).find((i) => i >= 0) : undefined) ?? 0;
  return records.filter((_, index) => !(index === 0 && hasHeader)).map(({ record, info }) => ({ line: info.lines, cell: record[column] ?? '' }));
}

/**
 * Reads a creator list as analysts have it: a CSV (a `username` column, else the first column; the first row
 * is a header when it holds a word like `username` or `creator`) or a plain text file (one handle per line), as
 * text or as the file's bytes (UTF-8, or UTF-16 with a byte-order mark). Blank lines and `#` comments are skipped;
 * duplicates are counted and dropped; every other bad line is reported with its line number, clipped.
 */
export function parseCreatorList(input: string | Uint8Array, sourceName: string): CreatorList {
  const text = typeof input === 'string' ? input : decodeListFile(input, sourceName);
  const list: CreatorList = { handles: [], rejected: [], duplicates: 0 };
  const cells = looksLikeCsv(sourceName, text)
    ? csvCells(text, list.rejected)
    : text.replace(/^\uFEFF/, '').split(/\r?\n/).map((cell, index) => ({ line: index + 1, cell }));
  const seen = new Set<string>();
  for (const { line, cell } of cells) {
    const trimmed = cell.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const parsed = parseHandle(trimmed);
    if ('reason' in parsed) {
      list.rejected.push({ line, raw: clipLine(cell), reason: parsed.reason });
    } else if (seen.has(parsed.handle)) {
      list.duplicates++;
    } else {
      seen.add(parsed.handle);
      list.handles.push(parsed.handle);
    }
  }
  list.rejected.sort((a, b) => a.line - b.line);
  return list;
}
