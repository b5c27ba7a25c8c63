import type { RunStop } from '@creator-audit/ingest';

/** What every command's exit code means, the same for all of them. */
export const EXIT = {
  /** Done, or stopped cleanly at --max-credits. */
  ok: 0,
  /** Bad input, or an error. */
  error: 1,
  /** The API refused the key or has no credits left; everything fetched so far is kept. */
  vendorStopped: 2,
  interrupted: 130,
} as const;

/** The exit code of a fetch that ended with `stop` (null: it ran to the end). */
export function exitCodeOf(stop: RunStop | null | undefined): number {
  if (!stop || stop.kind === 'budget') return EXIT.ok;
  return stop.kind === 'run_stopping' ? EXIT.vendorStopped : EXIT.interrupted;
}

/** The exit code of several fetches: the most serious one (interrupted over vendor-stopped over done). */
export function worstExitCode(...stops: ReadonlyArray<RunStop | null | undefined>): number {
  return Math.max(EXIT.ok, ...stops.map(exitCodeOf));
}
