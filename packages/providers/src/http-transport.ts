import { Agent, type Dispatcher, interceptors, request as undiciRequest } from 'undici';
import { checkApiKey } from './connection-settings.ts';
import { createPace, type Pace } from './pace.ts';
import { redactKey } from './redact-key.ts';
import type { Transport, WireRequest, WireResponse } from './transport.ts';

export interface HttpTransportOptions {
  baseUrl: string;
  apiKey: string;
  /** Per-request budget for headers and for body, each. */
  timeoutMs?: number;
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

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * HTTP over undici: Bearer auth, per-request timeouts, and undici's retry interceptor for 429, 5xx
 * and connection resets (it honours Retry-After). After the last retry the final answer is returned
 * as is (`throwOnError: false`), so the client can classify it instead of crashing. With `rps`, every
 * attempt is paced, so a storm of 429s answered with Retry-After cannot come back as a burst. Every text that comes
 * back has our key removed (`redactKey`): this is where bodies enter, so nothing downstream (raw bodies, details,
 * normalised fields) can hold it.
 */
export function createHttpTransport(options: HttpTransportOptions): Transport & { close(): Promise<void> } {
  checkApiKey(options.apiKey, 'the API key');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const dispatcher = new Agent({
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connectTimeout: timeoutMs,
    connections: options.connections ?? 16,
  }).compose([
    // Listed first, so it sits inside the retry interceptor: every attempt is paced, not only first tries.
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
    try {
      const res = await undiciRequest(url, {
        method: req.method,
        headers,
        body: req.json === undefined ? undefined : JSON.stringify(req.json),
        dispatcher,
      });
      return { status: res.statusCode, body: redactKey(await res.body.text(), options.apiKey) };
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      const kind = TIMEOUT_CODES.has(code) ? 'timeout' : 'network_error';
      // The message names the error, never the headers; redacted all the same, as everything that came off the wire.
      return { status: 0, body: '', failure: { kind, detail: redactKey(`${code || 'error'}: ${(error as Error).message}`, options.apiKey) } };
    }
  };
  return Object.assign(send, { close: () => dispatcher.close() });
}
