/**
 * Untrusted text (captions, handles) made safe to print in a terminal. Terminal escape sequences and control
 * characters could move the cursor, recolour or rewrite the report; bidi embeddings, overrides and isolates
 * could reorder the columns around them ("Trojan Source"). They are removed; line breaks and tabs become
 * spaces. What remains is cut to whole graphemes, so an emoji or an accented letter is never split in two.
 * The stored text is untouched: this is for display only.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it strips from untrusted text
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g;
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Controls (C0, DEL, C1), the Arabic letter mark, zero-width space, LRM/RLM, embeddings, overrides, isolates, BOM. */
const INVISIBLE = /[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function terminalSafe(text: string, maxGraphemes = Number.POSITIVE_INFINITY): string {
  const clean = text.replace(ESCAPE_SEQUENCE, '').replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
  if (!Number.isFinite(maxGraphemes)) return clean;
  let out = '';
  let count = 0;
  for (const { segment } of graphemes.segment(clean)) {
    if (count++ === maxGraphemes) return out;
    out += segment;
  }
  return out;
}
