import type { Fetched, FailureOutcome, RawBody } from '@creator-audit/providers';
import type { Row } from '@creator-audit/warehouse';

/** A raw body as it lands: what the call came to, and why its body failed its schema (for `quarantine`). */
export interface LandedRaw extends RawBody {
  outcome: 'ok' | FailureOutcome;
  schemaError: string | null;
}

export function landRaw<T>(fetched: Fetched<T>): LandedRaw {
  return {
    ...fetched.raw,
    outcome: fetched.ok ? 'ok' : fetched.outcome,
    schemaError: !fetched.ok && fetched.outcome === 'schema_error' ? fetched.detail : null,
  };
}

export function rawRow(runId: string, raw: LandedRaw): Row {
  return {
    run_id: runId,
    provider: raw.provider,
    endpoint: raw.endpoint,
    request_key: raw.requestKey,
    http_status: raw.httpStatus,
    outcome: raw.outcome,
    fetched_at: raw.fetchedAt,
    credits: raw.credits,
    body: raw.body,
    contract: raw.contract,
    credits_remaining: raw.creditsRemaining,
  };
}

export function quarantineRow(runId: string, raw: LandedRaw): Row | null {
  if (raw.schemaError === null) return null;
  return {
    run_id: runId,
    provider: raw.provider,
    endpoint: raw.endpoint,
    request_key: raw.requestKey,
    fetched_at: raw.fetchedAt,
    reason: raw.schemaError,
    body: raw.body,
  };
}
