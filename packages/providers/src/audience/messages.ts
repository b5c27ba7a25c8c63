/** What the audience side of the providers says, in one place. Never holds a key. */

const keyList = (keys: readonly string[]) => (keys.length === 0 ? 'none' : keys.slice(0, 12).join(', '));

export const audienceMessages = {
  noFollowerList: (got: readonly string[]) => `no follower list under the key user/followers answers with (followers); the body has: ${keyList(got)}`,
  noCommentList: (got: readonly string[]) => `no comment list under the key video/comments answers with (comments); the body has: ${keyList(got)}`,
  userWithoutId: (what: string, index: number) => `${what} ${index + 1} has no id (uid, sec_uid or unique_id)`,
  commentWithoutId: (index: number) => `comment ${index + 1} has no cid`,
  tutorialContract:
    "Scavio's server speaks its tutorials' contract, which has no user/followers or video/comments endpoint: audiences cannot be sampled there (the documented API has them)",
  notFoundOnBoth: (what: string, endpoint: string) =>
    `${what}: HTTP 404 from Scavio's documented ${endpoint}, and the tutorials' user/info is missing too: not found, or SCAVIO_BASE_URL serves neither contract`,
  undecided: (what: string, endpoint: string) =>
    `${what}: Scavio answered 404 for its documented ${endpoint} and the tutorials' user/info did not settle which contract it speaks; try again`,
  needsSecUid: (username: string) => `user/followers for @${username} needs its sec_uid: take it from a snapshot or the profile first`,
};
