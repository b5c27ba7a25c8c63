/** What stands where a vendor's answer held our own API key. */
export const REDACTED_KEY = '[redacted key]';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes `key` from a text that came from the network, whatever the vendor made of it: as sent, in any case, and
 * written with JSON escapes (`\/`, `\u0073k-...`) that a JSON reader would turn back into the key. Only string
 * tokens holding an escape are decoded and rewritten; the rest of the body stays byte for byte as received.
 */
export function redactKey(text: string, key: string): string {
  if (key === '') return text;
  const literal = new RegExp(escapeRegExp(key), 'gi');
  const plain = text.replace(literal, REDACTED_KEY);
  if (!plain.includes('\\')) return plain;
  const lowerKey = key.toLowerCase();
  return rewriteStrings(plain, (token) => {
    if (!token.includes('\\')) return token;
    let decoded: string;
    try {
      decoded = JSON.parse(token) as string;
    } catch {
      // Not a JSON string after all (the body is not JSON): there is no escape a reader would decode.
      return token;
    }
    return decoded.toLowerCase().includes(lowerKey) ? JSON.stringify(decoded.replace(literal, REDACTED_KEY)) : token;
  });
}

/**
 * Passes each JSON string token (`"..."`, escapes included) through `rewrite`. One pass, left to right: in JSON text
 * quotes appear only around strings, and a quote never closed ends the scan (a regex would retry from every later
 * quote, quadratic on a hostile body of 20 MB of `\"`).
 */
function rewriteStrings(text: string, rewrite: (token: string) => string): string {
  const parts: string[] = [];
  let copied = 0;
  let open = text.indexOf('"');
  while (open !== -1) {
    let close = open + 1;
    while (close < text.length && text[close] !== '"') close += text[close] === '\\' ? 2 : 1;
    if (close >= text.length) break;
    const token = text.slice(open, close + 1);
    const rewritten = rewrite(token);
    if (rewritten !== token) {
      parts.push(text.slice(copied, open), rewritten);
      copied = close + 1;
    }
    open = text.indexOf('"', close + 1);
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
