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
