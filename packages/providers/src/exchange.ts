import { ZodError } from 'zod';
import { type Classified, classifyResponse } from './classify.ts';
import type { CreditReading } from './credit-figures.ts';
import { IdentityMismatchError } from './identity.ts';
import type { Fetched, RawBody } from './outcomes.ts';
import type { ProviderName, WireContract } from './records.ts';
import { type Transport, type WireRequest, type WireResponse, requestKeyOf } from './transport.ts';

export interface Exchanged {
  raw: RawBody;
  classified: Classified;
}

export interface ExchangeOptions {
  provider: ProviderName;
  transport: Transport;
  /** Throws `RunStoppingError` for answers that end the run (401, 402); the client knows its key's name. */
  stopOn: (res: WireResponse) => void;
  /**
   * Credits this answer cost and the account has left, read from the envelope where the vendor reports them and
   * believable (`readVendorCredits`); `json` is null when the answer was not JSON.
   */
  creditsOf: (res: WireResponse, json: unknown) => CreditReading;
  clock: () => Date;
}

/** One call: send, stop the run if the vendor says so, classify, and land the raw body with its cost and contract. */
export async function exchange(options: ExchangeOptions, request: WireRequest, contract: WireContract): Promise<Exchanged> {
  const res = await options.transport(request);
  options.stopOn(res);
  const classified = classifyResponse(res);
  const json = 'json' in classified ? classified.json : null;
  const { credits, creditsRemaining, notes } = options.creditsOf(res, json);
  const raw: RawBody = {
    provider: options.provider,
    contract,
    endpoint: request.path,
    requestKey: requestKeyOf(request),
    httpStatus: res.status,
    fetchedAt: options.clock(),
    body: res.body,
    credits,
    creditsRemaining,
    notes,
  };
  return { raw, classified };
}

function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ');
}

/** Parses a classified answer into a record; a body that fails its schema becomes `schema_error` with the path. */
export function decode<T>(exchanged: Exchanged, parse: (json: unknown) => T): Fetched<T> {
  const { raw, classified } = exchanged;
  if (!('json' in classified)) return { ok: false, outcome: classified.outcome, detail: classified.detail, raw };
  try {
    return { ok: true, value: parse(classified.json), raw };
  } catch (error) {
    if (error instanceof ZodError) return { ok: false, outcome: 'schema_error', detail: describeZodError(error), raw };
    if (error instanceof ShapeError) return { ok: false, outcome: 'schema_error', detail: error.message, raw };
    if (error instanceof IdentityMismatchError) return { ok: false, outcome: 'identity_mismatch', detail: error.message, raw };
    throw error;
  }
}

/** A body that parsed but lacks what the record needs (no user, no list): a schema failure, not a crash. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}
