import { messages } from './messages.ts';
import type { ProviderName } from './records.ts';

/**
 * An answer that makes further calls pointless for the whole run (bad key, no credits left).
 * The ingest engine stops on it, keeps what it gathered, and reports `message` to the analyst.
 */
export class RunStoppingError extends Error {
  constructor(
    readonly provider: ProviderName,
    readonly httpStatus: number,
    message: string,
  ) {
    super(message);
    this.name = 'RunStoppingError';
  }
}

/** A provider that needs an API key was asked for with none in the environment. */
export class MissingKeyError extends Error {
  override name = 'MissingKeyError';
  constructor(
    readonly provider: ProviderName,
    /** The environment variable the key is read from. */
    readonly envVar: string,
  ) {
    super(messages.missingKey(provider, envVar, 'use the synthetic provider for the offline simulator'));
  }
}

/** An Error with its cause kept (for `--verbose` and debuggers): `throw error(message, cause)` in a catch. */
export function error(message: string, cause?: unknown): Error {
  return cause === undefined ? new Error(message) : new Error(message, { cause });
}
