/** What stands where a vendor's answer held our own API key. */
export const REDACTED_KEY = '[redacted key]';

/** A JSON string token: in JSON text, quotes appear only around strings, so a scan from the start finds them all. */
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;

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
  return plain.replace(JSON_STRING, (token) => {
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
