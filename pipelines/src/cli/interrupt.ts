import { EXIT } from './exit-codes.ts';
import { messages } from './messages.ts';

/** How long the first Ctrl-C waits for calls in flight before the command stops anyway. */
const INTERRUPT_GRACE_MS = 15_000;

/**
 * Runs `work` with Ctrl-C wired to its signal: the first Ctrl-C asks it to stop (no new call goes out, what is in
 * flight lands) and says so; a second one, or the grace period running out, ends the process at once. Whatever
 * had landed is committed either way; only the calls in flight are lost, and a re-run makes them again.
 */
export async function withInterrupt<T>(work: (signal: AbortSignal) => Promise<T>, graceMs = INTERRUPT_GRACE_MS): Promise<T> {
  const controller = new AbortController();
  let deadline: NodeJS.Timeout | null = null;
  const stopNow = () => {
    process.stderr.write(`\n${messages.stoppedNow}\n`);
    process.exit(EXIT.interrupted);
  };
  const onSigint = () => {
    if (controller.signal.aborted) return stopNow();
    process.stderr.write(`\n${messages.interrupting(Math.round(graceMs / 1000))}\n`);
    controller.abort();
    deadline = setTimeout(stopNow, graceMs).unref();
  };
  process.on('SIGINT', onSigint);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', onSigint);
    if (deadline) clearTimeout(deadline);
  }
}
