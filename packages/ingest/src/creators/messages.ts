/** What a creator's outcome says, in one place. */
export const creatorMessages = {
  privateAccount: 'private account: profile stored, videos not fetched',
  stoppedWhilePaging: (videos: number, why: string) =>
    `profile stored with ${videos} video(s); the run stopped while paging: ${why}`,
  videosFailed: (why: string) => `profile stored; videos failed: ${why}`,
  videosStoppedAt: (page: number, outcome: string, why: string) => `videos stopped at page ${page}: ${outcome}: ${why}`,
  budgetWhilePaging: (videos: number) => `profile stored with ${videos} video(s); credit budget reached while paging`,
  unstorable: (why: string) => `answered, but the warehouse refused what the answer held: ${why.slice(0, 300)}`,
  fresh: 'snapshot newer than the maximum age asked for',
};
