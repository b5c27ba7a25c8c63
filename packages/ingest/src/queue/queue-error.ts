/** What a QueueError is about: the facts behind its message, for a caller that words it its own way. */
export type QueueProblem =
  /** The queue's URL is not a Redis URL (`why` says how). */
  | { kind: 'bad_url'; url: string; why: string }
  /** The Redis at `where` keeps nothing on disk (its append-only file is `aof`: off or unknown). */
  | { kind: 'volatile'; where: string; aof: string }
  /** The Redis at `where` may evict keys (maxmemory-policy `policy`). */
  | { kind: 'evicting'; where: string; policy: string }
  /** A worker was started with no provider to serve. */
  | { kind: 'no_providers' };

/** How a caller names the queue's options in a message: the library's own words below, the CLI's flags in the CLI. */
export interface QueueOptionWords {
  /** The queue URL as given. */
  url: (url: string) => string;
  /** How to accept a Redis that may lose the queue. */
  allowVolatile: string;
  /** How to give the worker a provider. */
  provider: string;
}

const LIBRARY_WORDS: QueueOptionWords = {
  url: (url) => `queue URL ${JSON.stringify(url)}`,
  allowVolatile: 'set allowVolatile',
  provider: 'give it providers',
};

/** The words for a queue problem, with the caller's names for its options. Never a Redis password. */
export function queueProblemMessage(p: QueueProblem, words: QueueOptionWords): string {
  switch (p.kind) {
    case 'bad_url':
      return `${words.url(p.url)}: ${p.why} (expected redis://HOST:PORT/DB, or rediss:// for TLS; a password goes in redis://:PASSWORD@HOST:PORT/DB)`;
    case 'volatile':
      return (
        `${p.where} keeps nothing on disk (append-only file ${p.aof}): a restart would lose the queue, the budgets and the outcome ledger, ` +
        `and workers would sit idle without a word. Turn on appendonly yes (appendfsync always keeps every credit taken), ` +
        `or ${words.allowVolatile} for a throwaway run.`
      );
    case 'evicting':
      return (
        `${p.where} evicts keys under memory pressure (maxmemory-policy ${p.policy}): jobs and budgets could vanish. ` +
        `Set maxmemory-policy noeviction, or ${words.allowVolatile} for a throwaway run.`
      );
    case 'no_providers':
      return `this worker has no provider to serve: ${words.provider}, and its key in the environment (SCAVIO_API_KEY, TIKHUB_API_KEY)`;
  }
}

/** The queue cannot be used as asked: `problem` says why, the message says it in the library's words. */
export class QueueError extends Error {
  override name = 'QueueError';
  constructor(
    readonly problem: QueueProblem,
    options?: ErrorOptions,
  ) {
    super(queueProblemMessage(problem, LIBRARY_WORDS), options);
  }
}
