/** What ingest tells the analyst, in one place. They never include a key. */
export const ingestMessages = {
  interruptedRun: 'interrupted: stopped scheduling, everything fetched so far is kept',
  budgetReached: (max: number | null) => `credit budget of ${max} reached`,
  vendorCreditsLow: (left: number) =>
    `the API account is nearly out of credits (${left} left, too few for the next item): stopped before it runs dry; top up and run again to finish`,
  failed: (why: string) => `failed: ${why}`,
  notReached: 'not reached',
  synthesizeBesideRealData: (providers: readonly string[]) =>
    `this warehouse holds data fetched from ${providers.join(', ')}: a synthesized cohort would mix with it in every table and score. ` +
    'Synthesize into a warehouse of its own, or say so explicitly to add it anyway.',
  utf16WithoutBom: (file: string) =>
    `${file} looks like UTF-16 text without a byte-order mark: save it as UTF-8 (or as UTF-16 "Unicode text" with its mark)`,
  badCsvLine: (why: string) => `not readable as CSV: ${why.replace(/^CsvError: /, '').slice(0, 120)}`,
};
