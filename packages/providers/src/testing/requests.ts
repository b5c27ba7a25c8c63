export type Vendor = 'scavio' | 'tikhub';

/** A request as the wire server understood it; backends and scripts decide on this. */
export interface ParsedRequest {
  vendor: Vendor;
  method: string;
  /** Path under the vendor's base URL, without a leading slash: `user/info`, `web/fetch_user_post`. */
  endpoint: string;
  query: Record<string, string>;
  /** The parsed JSON body, when one was sent. */
  json: unknown;
  /** Query parameters and top-level JSON body fields together: what the endpoint was asked for. */
  params: Record<string, unknown>;
  /** The request's headers as sent (names lower-cased), so a backend can play a vendor that echoes them. */
  headers: Record<string, string>;
}

/** What the server answered: an HTTP status, or a fault with no whole HTTP answer (`cut`: closed mid-body). */
export type AnsweredWith = number | 'reset' | 'hang' | 'cut';

export interface RecordedRequest extends ParsedRequest {
  /** Milliseconds since the server started, on a monotonic clock, taken when the request arrived. */
  arrivedAtMs: number;
  /** Whether `Authorization: Bearer <key>` carried the vendor's configured key. */
  authorized: boolean;
  /**
   * `pending` until answered; stays so when the client left first (a hang, or a timeout during latency). A streamed
   * answer (`drip`, `oversized`) is `pending` while it streams, then its status, or `cut` when the client left first.
   */
  answered: AnsweredWith | 'pending';
  /** Body bytes written to the socket so far. */
  bodyBytesSent: number;
}
