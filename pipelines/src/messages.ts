/** What the CLI tells the analyst, in one place. */
export const messages = {
  cannotReadInput: (path: string, why: string) => `cannot read the creator list ${path}: ${why}`,
  noHandles: (path: string, rejected: number) =>
    `${path} holds no valid TikTok handle${rejected ? ` (${rejected} line(s) rejected, listed above)` : ''}`,
  rejectedLine: (line: number, raw: string, reason: string) => `line ${line}: ${JSON.stringify(raw)}: ${reason}`,
  stoppedByVendor: (message: string) => `stopped: ${message}`,
  stoppedAtBudget: (left: number) =>
    `stopped at the credit budget: ${left} creator(s) not fetched. Re-run with a higher --max-credits to finish them (fetched ones are kept and skipped).`,
  atNeedsSimulator: "--at sets the simulator's clock: it only works with --provider synthetic (real APIs answer for now)",
  interrupted: 'interrupted: everything fetched so far is stored; run the same command again to finish.',
};
