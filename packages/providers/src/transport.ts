/** The one thing a client needs from the network: send a request, get a status and a body back. */
export interface WireRequest {
  method: 'GET' | 'POST';
  /** Path relative to the provider's base URL, without a leading slash (`user/info`). */
  path: string;
  query?: Record<string, string>;
  json?: unknown;
}

/** Why the transport got no whole answer, after its retries. */
export interface TransportFailure {
  kind: 'network_error' | 'timeout' | 'body_too_large';
  detail: string;
}

export interface WireResponse {
  /** The HTTP status, or 0 when no answer began. */
  status: number;
  /** The body as received, with our own API key removed (see `redactKey`). */
  body: string;
  /** Set when the transport got no whole answer (after its retries); `status` says whether one had begun. */
  failure?: TransportFailure;
}

export type Transport = (request: WireRequest) => Promise<WireResponse>;

/** Human-readable request key for landing and resume: endpoint plus sorted parameters. Never holds a key. */
export function requestKeyOf(request: WireRequest): string {
  const params = { ...request.query, ...(request.json as Record<string, unknown> | undefined) };
  const query = Object.keys(params)
    .sort()
    .map((k) => `${k}=${String(params[k])}`)
    .join('&');
  return query ? `${request.path}?${query}` : request.path;
}
