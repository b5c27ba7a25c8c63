/** What the queue tells the analyst, in one place. Never a key, never a Redis password. */
export const queueMessages = {
  badUrl: (url: string, why: string) =>
    `--queue ${JSON.stringify(url)}: ${why} (expected redis://HOST:PORT/DB, or rediss:// for TLS; a password goes in redis://:PASSWORD@HOST:PORT/DB)`,
  volatile: (where: string, aof: string) =>
    `${where} keeps nothing on disk (append-only file ${aof}): a restart would lose the queue, the budgets and the outcome ledger, ` +
    `and workers would sit idle without a word. Turn on appendonly yes (appendfsync always keeps every credit taken), ` +
    `or pass --allow-volatile for a throwaway run.`,
  evicting: (where: string, policy: string) =>
    `${where} evicts keys under memory pressure (maxmemory-policy ${policy}): jobs and budgets could vanish. ` +
    `Set maxmemory-policy noeviction, or pass --allow-volatile for a throwaway run.`,
  cannotConnect: (where: string, why: string) => `cannot reach Redis at ${where}: ${why}`,
  badDate: (date: string) => `--date ${JSON.stringify(date)}: expected a day as YYYY-MM-DD`,
  budgetReached: (max: number | null) => `credit budget of ${max} reached: the queue is paused; enqueue again with a higher --max-credits to go on`,
  badJob: (id: string | undefined, why: string) => `job ${id ?? '(no id)'} is not a creator job this version understands: ${why}`,
  noProviders: 'this worker has no provider to serve: give --provider, and its key in the environment (SCAVIO_API_KEY, TIKHUB_API_KEY)',
  landingFailed: (why: string) => `writing to the lake failed, so this worker stops (its jobs go back to the queue): ${why}`,
};
