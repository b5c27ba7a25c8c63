/** What cohort-v1 tells people, in one place. */

export const cohortV1Messages = {
  unknownColumn: (name: string, allowed: readonly string[]) =>
    `--by ${JSON.stringify(name)}: not a column creators can be grouped by. cohort-v1 compares peers within the follower tier and any of: ${allowed.join(', ') || '(none in this warehouse)'}`,
  notCategorical: (name: string, type: string) =>
    `--by ${JSON.stringify(name)}: a ${type} column is not a cohort (each value would be its own cohort); cohorts are drawn by text or true/false columns`,
};
