import type { Transport } from '../transport.ts';
import { type Answer, hang, raw, reset, vendorError } from './answers.ts';
import type { ParsedRequest } from './requests.ts';

/** Where a vendor's answers come from when no script applies. */
export type Backend = (request: ParsedRequest) => Answer | Promise<Answer>;

/** A backend, or a `Transport` that already answers in the vendor's wire format (the Scavio simulator). */
export type BackendOption = Backend | { transport: Transport };

/** One handler per endpoint; an endpoint without one answers the vendor's 404. */
export function byEndpoint(routes: Partial<Record<string, Backend>>): Backend {
  return (request) => routes[request.endpoint]?.(request) ?? vendorError(404, `no fixture for ${request.endpoint}`);
}

/**
 * Serves a `Transport`'s answers over the wire: its status and body verbatim, and its failures as the
 * faults that would have produced them (a timeout as a hang, a network error as a reset).
 */
function fromTransport(transport: Transport): Backend {
  return async (request) => {
    const res = await transport({
      // The server only lets the vendor's own method through, so this is GET or POST already.
      method: request.method === 'POST' ? 'POST' : 'GET',
      path: request.endpoint,
      ...(Object.keys(request.query).length > 0 ? { query: request.query } : {}),
      ...(request.json === undefined ? {} : { json: request.json }),
    });
    if (res.failure) return res.failure.kind === 'timeout' ? hang() : reset();
    return raw(res.status, res.body, { 'content-type': 'application/json' });
  };
}

export function toBackend(option: BackendOption | undefined): Backend {
  if (option === undefined) return () => vendorError(404, 'no backend configured');
  return typeof option === 'function' ? option : fromTransport(option.transport);
}
