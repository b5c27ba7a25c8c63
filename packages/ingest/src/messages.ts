/** What ingest tells the analyst, in one place. They never include a key. */
export const ingestMessages = {
  interruptedRun: 'interrupted: stopped scheduling, everything fetched so far is kept',
  budgetReached: (max: number | null) => `credit budget of ${max} reached`,
  failed: (why: string) => `failed: ${why}`,
  notReached: 'not reached',
};
