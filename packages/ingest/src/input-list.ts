import { parse } from 'csv-parse/sync';

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

function looksLikeCsv(name: string, text: string): boolean {
  if (/\.csv$/i.test(name)) return true;
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return first.includes(',');
}

/**
 * Reads a creator list as analysts have it: a CSV (a `username` column, else the first column; the first row
 * is a header when it holds a word like `username` or `creator`) or a
 * plain text file (one handle per line). Blank lines and `#` comments are skipped; duplicates are
 * counted and dropped; every other bad line is reported with its line number.
 */
export function parseCreatorList(text: string, sourceName: string): CreatorList {
  const cells: Array<{ line: number; cell: string }> = [];
  if (looksLikeCsv(sourceName, text)) {
    const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as Array<{
      record: string[];
      info: { lines: number };
    }>;
    const first = records[0]?.record.map((h) => h.trim().toLowerCase()) ?? [];
    const hasHeader = first.some((h) => HEADER_WORDS.includes(h));
    const named = hasHeader ? HEADER_WORDS.map((w) => first.indexOf(w)).find((i) => i >= 0) : undefined;
    const column = named ?? 0;
    records.forEach(({ record, info }, index) => {
      if (index === 0 && hasHeader) return;
      cells.push({ line: info.lines, cell: record[column] ?? '' });
    });
  } else {
    text.split(/\r?\n/).forEach((cell, index) => cells.push({ line: index + 1, cell }));
  }

  const seen = new Set<string>();
  const list: CreatorList = { handles: [], rejected: [], duplicates: 0 };
  for (const { line, cell } of cells) {
    const trimmed = cell.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const parsed = parseHandle(trimmed);
    if ('reason' in parsed) {
      list.rejected.push({ line, raw: cell, reason: parsed.reason });
    } else if (seen.has(parsed.handle)) {
      list.duplicates++;
    } else {
      seen.add(parsed.handle);
      list.handles.push(parsed.handle);
    }
  }
  return list;
}
