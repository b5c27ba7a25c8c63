/** What a hashtag scan's outcome says, in one place. `detail` is the tag's detail call, `list` its video list. */
export const hashtagMessages = {
  interruptedBefore: (stage: 'detail' | 'list') => (stage === 'detail' ? 'before the first call' : 'before the first page'),
  budgetBefore: (stage: 'detail' | 'list') => `credit budget reached before ${stage === 'detail' ? 'the scan' : 'the first page'}`,
  unstorable: (why: string) => `answered, but the warehouse refused what the pages held: ${why.slice(0, 300)}`,
  budgetWhilePaging: 'credit budget reached while paging',
  interruptedAt: (page: number) => `stopped at page ${page}: interrupted: the pages fetched so far are kept`,
  stoppedAt: (page: number, why: string) => `stopped at page ${page}: ${why}`,
  failedAt: (page: number, outcome: string, why: string) => `stopped at page ${page}: ${outcome}: ${why}`,
};
