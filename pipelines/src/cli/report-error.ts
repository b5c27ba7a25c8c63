import { cliWording } from './error-wording.ts';
import { messages } from './messages.ts';

/** Errors that are the code's fault, not the input's: their message alone would not help the analyst. */
const INTERNAL = [TypeError, ReferenceError, RangeError, SyntaxError];

/**
 * The one place an error becomes what the analyst reads: its CLI wording (cliWording: the flag to type, where the
 * error's own message names none), an internal error named as such, and
 * with `--verbose` every cause below it and the stack.
 */
export function describeError(error: unknown, verbose: boolean): string {
  const err = error instanceof Error ? error : new Error(String(error));
  const internal = INTERNAL.some((kind) => err instanceof kind);
  const lines = [`creator-audit: ${internal ? messages.internalError(err.message) : cliWording(err)}`];
  if (!verbose) return lines.join('\n');
  for (let cause: unknown = err.cause; cause !== undefined; cause = (cause as { cause?: unknown }).cause) {
    lines.push(messages.causedBy(cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)));
    if (!(cause instanceof Error)) break;
  }
  if (err.stack) lines.push(err.stack);
  return lines.join('\n');
}
