import { parseJsonText } from './json-text.ts';
import { type FailureOutcome, TIKTOK_STATUS } from './outcomes.ts';
import type { WireResponse } from './transport.ts';

export type Classified = { json: unknown } | { outcome: FailureOutcome; detail: string };

const snippet = (text: string) => JSON.stringify(text.slice(0, 80));

/** The body and its `data`: vendors pass TikTok's own answer through in either place. */
function tiktokNodes(json: unknown): Record<string, unknown>[] {
  const nodes = [json, (json as { data?: unknown } | null)?.data];
  return nodes.filter((n): n is Record<string, unknown> => n !== null && typeof n === 'object');
}

/** Finds a TikTok status code in a body or its `data`. */
function tiktokStatus(json: unknown): number | null {
  for (const o of tiktokNodes(json)) {
    const code = o.statusCode ?? o.status_code;
    const n = typeof code === 'string' ? Number(code) : code;
    if (typeof n === 'number' && Number.isInteger(n) && n !== 0) return n;
  }
  return null;
}

function isCaptcha(json: unknown): boolean {
  return tiktokNodes(json).some((o) => o.type === 'verify' && String(o.code) === '10000');
}

/**
 * Sorts an answer into parsed JSON or a typed failure, for HTTP answers other than 401/402 (which stop
 * the run and are handled by the client that knows its key's name). A 200 is not trusted on its word:
 * an HTML page, an empty body, a captcha or a TikTok status code inside it are failures too.
 */
export function classifyResponse(res: WireResponse): Classified {
  if (res.failure) return { outcome: res.failure.kind, detail: res.failure.detail };
  if (res.status === 429) return { outcome: 'rate_limited', detail: 'HTTP 429 after retries' };
  if (res.status >= 500) return { outcome: 'server_error', detail: `HTTP ${res.status} after retries` };
  if (res.status === 400 || res.status === 422) return { outcome: 'bad_request', detail: `HTTP ${res.status}: ${res.body.slice(0, 200)}` };
  if (res.status === 404) return { outcome: 'not_found', detail: 'HTTP 404' };
  if (res.status < 200 || res.status >= 300) return { outcome: 'http_error', detail: `HTTP ${res.status}` };
  const text = res.body.trim();
  if (text === '') return { outcome: 'empty_body', detail: 'HTTP 200 with an empty body' };
  if (text.startsWith('<')) return { outcome: 'html', detail: `HTML instead of JSON: ${snippet(text)}` };
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch {
    if (/illegal request/i.test(text)) return { outcome: 'illegal_request', detail: snippet(text) };
    return { outcome: 'schema_error', detail: `not JSON: ${snippet(text)}` };
  }
  if (isCaptcha(json)) return { outcome: 'captcha', detail: 'captcha challenge (code 10000, type verify)' };
  const status = tiktokStatus(json);
  if (status !== null) {
    const known = TIKTOK_STATUS[status];
    return known
      ? { outcome: known.outcome, detail: `TikTok status ${status}: ${known.meaning}` }
      : { outcome: 'http_error', detail: `TikTok status ${status}` };
  }
  return { json };
}
