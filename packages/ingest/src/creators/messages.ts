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
  othersLeftOut: (videos: readonly { author: string }[]) => {
    const authors = [...new Set(videos.map((v) => `@${v.author.slice(0, 64)}`))];
    const named = authors.length <= 3 ? authors.join(', ') : `${authors.slice(0, 3).join(', ')} and ${authors.length - 3} more`;
    return `${videos.length} video(s) by other accounts (${named}) left out of the feed: their counts are not this creator's`;
  },
  /** The detail with the notes after it, each once; null when there is neither. */
  withNotes: (detail: string | null, notes: readonly string[]) => [detail, ...new Set(notes)].filter((t): t is string => Boolean(t)).join('; ') || null,
};
