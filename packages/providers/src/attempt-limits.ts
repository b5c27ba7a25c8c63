import type { IncomingHttpHeaders } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Dispatcher } from 'undici';
import { AttemptClock } from './attempt-clock.ts';
import { transportMessages } from './messages.ts';

/** No real profile or page comes near this (they are tens of KB); an answer past it is refused unread. */
export const DEFAULT_MAX_BODY_BYTES = 20 * 2 ** 20;

export interface AttemptLimits {
  /** The most one attempt may take, from the moment it goes out to the last byte of its body. */
  timeoutMs: number;
  /** The most body bytes one answer may hold. */
  maxBodyBytes: number;
}

/** An attempt that took longer than its whole budget (not an idle socket: a server may drip a byte a second). */
class AttemptTimeoutError extends Error {
  override name = 'AttemptTimeoutError';
  readonly code = 'ATTEMPT_TIMEOUT';
}

/** An answer larger than the limit; the connection is dropped, so the rest is never read. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  readonly code = 'BODY_TOO_LARGE';
}

/**
 * Caps each attempt's whole duration and its body's size. Composed inside the retry interceptor, so every
 * attempt gets the whole `timeoutMs` (the number of attempts is bounded by `maxRetries`).
 *
 * A timeout before the answer has begun is retried like undici's own headers timeout; once a response has
 * started it is final: undici's retry would resume the body with a Range request vendors do not serve, and the
 * vendor has billed that answer already. An answer too large is never retried: the next one would be as large.
 */
export function attemptLimits(limits: AttemptLimits): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => dispatch(opts, new LimitedAttempt(handler, limits));
}

class LimitedAttempt implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | null = null;
  private responseStarted = false;
  private bytes = 0;
  /** Why this attempt was ended, once it was: what the handler outside hears instead of the abort. */
  private failure: Error | null = null;
  private readonly clock: AttemptClock;

  constructor(
    private readonly inner: Dispatcher.DispatchHandler,
    private readonly limits: AttemptLimits,
  ) {
    this.clock = new AttemptClock(limits.timeoutMs, () => this.fail(new AttemptTimeoutError(transportMessages.attemptTimedOut(limits.timeoutMs))));
  }

  onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void {
    this.controller = controller;
    // The budget ran out while the attempt waited for a connection: it ends as soon as it has one.
    if (this.failure) controller.abort(this.failure);
    else this.inner.onRequestStart?.(this.clock.watching(controller), context);
  }

  onRequestUpgrade(controller: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders, socket: Duplex): void {
    this.inner.onRequestUpgrade?.(this.clock.watching(controller), statusCode, headers, socket);
  }

  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders, statusMessage?: string): void {
    this.responseStarted = true;
    this.inner.onResponseStart?.(this.clock.watching(controller), statusCode, headers, statusMessage);
    // Passed on first, so the caller still learns the status of the answer it is refused.
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > this.limits.maxBodyBytes) this.fail(new BodyTooLargeError(transportMessages.bodyTooLarge(this.limits.maxBodyBytes, declared)));
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.failure) return;
    this.bytes += chunk.length;
    if (this.bytes > this.limits.maxBodyBytes) {
      this.fail(new BodyTooLargeError(transportMessages.bodyTooLarge(this.limits.maxBodyBytes, null)));
      return;
    }
    this.inner.onResponseData?.(this.clock.watching(controller), chunk);
  }

  onResponseEnd(controller: Dispatcher.DispatchController, trailers: IncomingHttpHeaders): void {
    this.clock.stop();
    this.inner.onResponseEnd?.(this.clock.watching(controller), trailers);
  }

  /** `controller` is undefined when the attempt failed before it had a connection, whatever undici's types say. */
  onResponseError(controller: Dispatcher.DispatchController | undefined, error: Error): void {
    this.clock.stop();
    const failure = this.failure ?? error;
    // Undici's retry handler takes an aborted controller for a caller that gave up, and passes the error on
    // unretried. A timeout before the answer began is not that: it is shown a controller that was not aborted.
    const retryable = failure instanceof AttemptTimeoutError && !this.responseStarted;
    // An attempt that never connected (refused, unreachable) has no controller: undici passes none (its own handlers
    // read `controller?.aborted`, and retry what is retryable), and none is passed on. A view of none would throw on
    // first use, out of the socket's error event, and the call would never settle.
    const outer = controller === undefined ? controller : retryable ? notAborted(controller) : this.clock.watching(controller);
    this.inner.onResponseError?.(outer as Dispatcher.DispatchController, failure);
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.clock.stop();
    this.controller?.abort(error);
  }
}

/** A view of `controller` that reports no abort, for the retry handler's one question about it. */
function notAborted(controller: Dispatcher.DispatchController): Dispatcher.DispatchController {
  return {
    get aborted() {
      return false;
    },
    get paused() {
      return controller.paused;
    },
    get reason() {
      return null;
    },
    abort: (reason) => controller.abort(reason),
    pause: () => controller.pause(),
    resume: () => controller.resume(),
  };
}
