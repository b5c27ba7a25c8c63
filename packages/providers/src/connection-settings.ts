import { error } from './errors.ts';
import { messages } from './messages.ts';

/**
 * What a key may hold: visible ASCII, one line. A Bearer token is never more (RFC 6750's b64token is a subset), and
 * a CR, LF or NUL in a header value is refused by the HTTP stack on every call: better said once, at start.
 */
const KEY_CHARACTER = /^[\x21-\x7e]$/;

/** Where in the key the first character it may not hold is, and what it is, never the key itself. */
function badKeyCharacter(key: string): { position: number; what: string } | null {
  let position = 0;
  for (const char of key) {
    position++;
    if (KEY_CHARACTER.test(char)) continue;
    const code = char.codePointAt(0) ?? 0;
    const name = code === 0x0a ? 'a line feed' : code === 0x0d ? 'a carriage return' : code === 0x20 ? 'a space' : code === 0x09 ? 'a tab' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return { position, what: name };
  }
  return null;
}

/**
 * The shortest key we take. Vendors issue long random keys (Scavio's are `sk_` and 64 hex digits), and every
 * answer has the key removed from it (`redactKey`): a key of a few letters would rewrite ordinary words in bodies.
 */
const MIN_KEY_LENGTH = 16;

/** Refuses a key that could not be sent as a header, or too short to be one; `variable` names where it came from. */
export function checkApiKey(key: string, variable: string): void {
  const bad = badKeyCharacter(key);
  if (bad) throw new Error(messages.badKeyCharacter(variable, bad.position, bad.what));
  if (key.length < MIN_KEY_LENGTH) throw new Error(messages.shortKey(variable, key.length, MIN_KEY_LENGTH));
}

/** Hosts whose traffic never leaves the machine: a key sent there in clear is seen by no network. */
function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * A base URL the key may be sent to: `https://`, or `http://` to this machine. Plain `http://` elsewhere would
 * carry the key in clear over the network, so it needs the analyst's explicit word (`allowInsecure`).
 */
export function checkBaseUrl(raw: string, variable: string, allowVariable: string, allowInsecure: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw error(messages.badBaseUrl(variable), cause);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol !== 'http:') throw new Error(messages.badBaseUrl(variable));
  if (isLoopback(url.hostname) || allowInsecure) return url;
  throw new Error(messages.insecureBaseUrl(variable, url.host, allowVariable));
}
