/** What an audience sample's outcome says, in one place. Never holds a key. */
export const audienceMessages = {
  privateAccount: "private account: its followers and comments are not listed (the latest snapshot says so); nothing asked",
  noSecUid: (username: string) => `@${username}: the profile gave no sec_uid, which user/followers is asked by`,
  profileFailed: (why: string) => `the profile, fetched for its sec_uid, failed: ${why}`,
  postsFailed: (why: string) => `the posts pages, fetched for the videos to sample comments from, failed: ${why}`,
  followersFailed: (page: number, outcome: string, why: string) => `followers stopped at page ${page}: ${outcome}: ${why}`,
  commentsFailed: (videos: number, first: string) => `comments of ${videos} video(s) failed; first: ${first}`,
  stoppedWhileSampling: (why: string) => `sample cut short: ${why}`,
  budgetWhileSampling: 'sample cut short: credit budget reached',
  interruptedWhileSampling: 'sample cut short: interrupted',
  fresh: 'audience sample newer than the maximum age asked for',
  noAudienceSource: (provider: string) => `${provider} cannot sample audiences: it has no followers or comments endpoint`,
  unstorable: (why: string) => `answered, but the warehouse refused what the answer held: ${why.slice(0, 300)}`,
};
