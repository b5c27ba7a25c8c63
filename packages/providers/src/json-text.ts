/**
 * `JSON.parse` that keeps integers beyond 2^53 exact: TikTok sends ids as bare JSON numbers at times
 * (`author_user_id`, `music.id`: 6835837996332222466), which a double would silently round. Such a
 * literal is read as its digit string instead; everything else parses as `JSON.parse` would.
 */
export function parseJsonText(text: string): unknown {
  return JSON.parse(quoteBigIntegers(text));
}

const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters a JSON number literal can hold after its first: digits, `.`, `e`, `E`, `+`, `-`. */
const inNumber = (c: number) => isDigit(c) || c === 46 || c === 101 || c === 69 || c === 43 || c === MINUS;

/** Wraps in quotes every integer literal outside strings that is not a safe integer. */
function quoteBigIntegers(text: string): string {
  // Fast path: a number value can only start the text or follow `:`, `[` or `,`; ids sent as strings never match.
  if (!/(?:^|[:[,])\s*-?\d{16}/.test(text)) return text;
  let out = '';
  let copiedTo = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
    } else if (c === MINUS || isDigit(c)) {
      const start = i++;
      while (i < text.length && inNumber(text.charCodeAt(i))) i++;
      const literal = text.slice(start, i);
      if (/^-?\d{16,}$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
        out += `${text.slice(copiedTo, start)}"${literal}"`;
        copiedTo = i;
      }
    } else {
      i++;
    }
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

/** Index just past the string literal opening at `start` (escapes skipped); the text's end if unterminated. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i++;
  }
  return i;
}
