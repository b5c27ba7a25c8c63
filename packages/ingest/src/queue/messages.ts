/** What the queue tells the analyst, in one place. Never a key, never a Redis password. */
export const queueMessages = {
  cannotConnect: (where: string, why: string) => `cannot reach Redis at ${where}: ${why}`,
  badJob: (id: string | undefined, why: string) => `job ${id ?? '(no id)'} is not a creator job this version understands: ${why}`,
  landingFailed: (why: string) => `writing to the lake failed, so this worker stops (its jobs go back to the queue): ${why}`,
};
