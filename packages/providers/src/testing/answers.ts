/**
 * What the wire server sends back for one request. `data` and `error` are rendered in the answering
 * vendor's own dialect (its envelope, its error body), so one script serves both vendors; `raw` is sent
 * byte for byte; `reset` and `hang` are faults below HTTP.
 */
export type Answer =
  | { kind: 'data'; data: unknown }
  | { kind: 'truncated'; data: unknown; keep: number; closeEarly: boolean }
  | { kind: 'error'; status: number; message: string; headers?: Record<string, string> }
  | { kind: 'invalid'; field: string; message: string; type: string }
  | { kind: 'raw'; status: number; body: string; headers?: Record<string, string> }
  | { kind: 'drip'; status: number; body: string; everyMs: number }
  | { kind: 'oversized'; bytes: number; declareLength: boolean }
  | { kind: 'reset' }
  | { kind: 'hang' };

/** A TikTok payload, wrapped in the vendor's success envelope (HTTP 200, one credit). */
export const data = (payload: unknown): Answer => ({ kind: 'data', data: payload });

/** A vendor error in its own body shape: Scavio `{error}`, TikHub `{"detail": {code, message}}`. */
export const vendorError = (status: number, message: string, headers?: Record<string, string>): Answer => ({
  kind: 'error',
  status,
  message,
  ...(headers ? { headers } : {}),
});

/** A rejected parameter: TikHub answers FastAPI's 422 list (`type` as FastAPI names it), Scavio a 400. */
export const invalid = (field: string, message: string, type = 'value_error'): Answer => ({ kind: 'invalid', field, message, type });

export const raw = (status: number, body: string, headers?: Record<string, string>): Answer => ({
  kind: 'raw',
  status,
  body,
  ...(headers ? { headers } : {}),
});

export const rateLimited = (retryAfterSeconds?: number): Answer =>
  vendorError(429, 'Too many requests', retryAfterSeconds === undefined ? undefined : { 'retry-after': String(retryAfterSeconds) });

/**
 * A success whose body stops after `keep` bytes of the vendor's enveloped JSON. By default the HTTP message is
 * whole but its JSON is cut (a gateway that buffered part of the upstream answer); with `closeEarly` the server
 * promises the full length and closes the connection mid-body.
 */
export const truncated = (payload: unknown, keep: number, closeEarly = false): Answer => ({ kind: 'truncated', data: payload, keep, closeEarly });

/**
 * A whole answer sent one byte every `everyMs`, its length declared up front: a server that is never idle long
 * enough for an idle timeout to fire, so only a cap on the whole exchange ends it.
 */
export const drip = (body: string, everyMs = 1000, status = 200): Answer => ({ kind: 'drip', status, body, everyMs });

/**
 * A 200 whose body is `bytes` long (JSON padding, streamed at the pace the client reads, so the server never holds
 * it): with `declareLength` its Content-Length says so up front, without it the body comes chunked.
 */
export const oversized = (bytes: number, declareLength = true): Answer => ({ kind: 'oversized', bytes, declareLength });

/** The socket is reset mid-request: no HTTP answer at all. */
export const reset = (): Answer => ({ kind: 'reset' });

/** No answer ever; the client's timeout has to end it (the server frees the socket on close). */
export const hang = (): Answer => ({ kind: 'hang' });

/** Odd 200s that vendors pass through from TikTok or their own gateway. */
export const html = (): Answer =>
  raw(200, '<!DOCTYPE html><html><head><title>Access Denied</title></head><body>Please try again.</body></html>', {
    'content-type': 'text/html; charset=utf-8',
  });
export const emptyBody = (): Answer => raw(200, '', { 'content-type': 'application/json' });
export const illegalRequest = (): Answer => raw(200, 'illegal request', { 'content-type': 'text/plain' });

const CAPTCHA_PAYLOAD = { code: '10000', from: '', type: 'verify', version: '', region: 'va', subtype: 'slide' } as const;

/** TikTok's captcha, either as the whole body or inside the vendor's envelope as it passes TikTok through. */
export const captcha = (where: 'body' | 'data' = 'body'): Answer =>
  where === 'body' ? raw(200, JSON.stringify(CAPTCHA_PAYLOAD), { 'content-type': 'application/json' }) : data(CAPTCHA_PAYLOAD);

/** A TikTok status code inside a 200 (10202 not found, 10222 private...), as TikTok's web API sends it. */
export const tiktokStatus = (code: number): Answer =>
  data({ extra: { now: 1_700_000_000_000 }, statusCode: code, status_code: code, statusMsg: '', status_msg: '' });
