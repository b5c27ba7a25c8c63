import { Agent, type Dispatcher, interceptors, request as undiciRequest } from 'undici';
import { attemptLimits, BodyTooLargeError, DEFAULT_MAX_BODY_BYTES } from './attempt-limits.ts';
import { checkApiKey } from './connection-settings.ts';
import { transportMessages } from './messages.ts';
import { createPace, type Pace } from './pace.ts';
import { redactKey } from './redact-key.ts';
import type { Transport, TransportFailure, WireRequest, WireResponse } from './transport.ts';

export interface HttpTransportOptions {
  baseUrl: string;
  apiKey: string;
  /** The most one attempt may take, headers and body together; each retry gets it anew. */
  timeoutMs?: number;
  /** The most body bytes one answer may hold (default 20 MiB); a larger one is refused unread. */
  maxBodyBytes?: number;
  maxRetries?: number;
  /** First backoff; doubles per retry up to `maxRetryDelayMs`. Retry-After overrides it, capped likewise. */
  minRetryDelayMs?: number;
  maxRetryDelayMs?: number;
  connections?: number;
  /** Requests per second at most, counting every attempt: a retry after a 429 waits its turn like a new call. */
  rps?: number | null;
}

/** Holds each attempt until the pace allows it. Composed inside the retry interceptor, so retries pass through it too. */
function pacedAttempts(pace: Pace): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => {
    // The agent reports its own failures to the handler; nothing is left to catch here.
    void pace().then(() => dispatch(opts, handler));
    return true;
  };
}

const TIMEOUT_CODES = new Set(['ATTEMPT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

function failureOf(error: unknown, apiKey: string): TransportFailure {
  const code = (error as { code?: string }).code ?? '';
  const kind = error instanceof BodyTooLargeError ? 'body_too_large' : TIMEOUT_CODES.has(code) ? 'timeout' : 'network_error';
  // The message names the error, never the headers; redacted all the same, as everything that came off the wire.
  return { kind, detail: redactKey(`${code || 'error'}: ${(error as Error).message}`, apiKey) };
}

/**
 * HTTP over undici: Bearer auth, a cap on each attempt's whole duration and on each answer's size, and undici's
 * retry interceptor for 429, 5xx, connection resets and attempts that timed out before their answer began (it
 * honours Retry-After). After the last retry the final answer is returned as is (`throwOnError: false`), so the
 * client can classify it instead of crashing. With `rps`, every attempt is paced, so a storm of 429s answered
 * with Retry-After cannot come back as a burst. Every text that comes back has our key removed (`redactKey`):
 * this is where bodies enter, so nothing downstream (raw bodies, details, normalised fields) can hold it.
 */
export function createHttpTransport(options: HttpTransportOptions): Transport & { close(): Promise<void> } {
  checkApiKey(options.apiKey, 'the API key');
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Undici reads 0 as "no timeout": a cap of 0 must never quietly become none.
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new Error(transportMessages.badTimeout(timeoutMs));
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const dispatcher = new Agent({
    // Idle timeouts as well, though the attempt's cap always ends an attempt first.
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connectTimeout: timeoutMs,
    connections: options.connections ?? 16,
  }).compose([
    // Listed first, so they sit inside the retry interceptor: every attempt is limited and paced, not only first tries.
    attemptLimits({ timeoutMs, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }),
    ...(options.rps == null ? [] : [pacedAttempts(createPace(options.rps))]),
    interceptors.retry({
      maxRetries: options.maxRetries ?? 4,
      minTimeout: options.minRetryDelayMs ?? 500,
      maxTimeout: options.maxRetryDelayMs ?? 30_000,
      timeoutFactor: 2,
      retryAfter: true,
      throwOnError: false,
      // Every call we make reads data; POST is how Scavio asks, so it is as safe to repeat as GET.
      methods: ['GET', 'POST'],
      statusCodes: [429, 500, 502, 503, 504],
      errorCodes: ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', ...TIMEOUT_CODES],
    }),
  ]);

  const send = async (req: WireRequest): Promise<WireResponse> => {
    const url = new URL(req.path, base);
    for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' };
    if (req.json !== undefined) headers['content-type'] = 'application/json';
    // The status, once an answer began: a body cut off after a 200 was still an answer the vendor billed.
    let status = 0;
    try {
      const res = await undiciRequest(url, {
        method: req.method,
        headers,
        body: req.json === undefined ? undefined : JSON.stringify(req.json),
        dispatcher,
      });
      status = res.statusCode;
      return { status, body: redactKey(await res.body.text(), options.apiKey) };
    } catch (error) {
      return { status, body: '', failure: failureOf(error, options.apiKey) };
    }
  };
  return Object.assign(send, { close: () => dispatcher.close() });
}
