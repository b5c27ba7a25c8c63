import type { ProviderName } from './records.ts';

/** User-facing messages of the providers, in one place. They never include a key. */
export const messages = {
  badKey: (provider: ProviderName, envVar: string) =>
    `${provider} rejected the API key (HTTP 401). Check ${envVar}; the run stopped and everything fetched so far is kept.`,
  noCredits: (provider: ProviderName, billing: string | null) =>
    `${provider} says the account has no credits left (HTTP 402)${billing ? `; top up at ${billing}` : ''}. The run stopped and everything fetched so far is kept.`,
  missingKey: (provider: ProviderName, envVar: string) =>
    `${provider} needs an API key: set ${envVar} in the environment (or use --provider synthetic for the offline simulator).`,
};

const keyList = (keys: readonly string[]) => (keys.length === 0 ? 'none' : keys.slice(0, 12).join(', '));
const itemName = (index: number, id: unknown) => `item ${index + 1}${id === null || id === undefined ? '' : ` (${String(id)})`}`;

/** Why a body that parsed as JSON is not what it claims: the `schema_error` detail and the quarantine reason. */
export const schemaReasons = {
  noVideoList: (known: readonly string[], got: readonly string[]) =>
    `no video list under any known key (${known.join(', ')}); the body has: ${keyList(got)}`,
  itemWithoutCounts: (index: number, id: unknown, where: string) => `${itemName(index, id)} has no counts where its shape keeps them (${where})`,
  itemWithoutId: (index: number) => `${itemName(index, null)} has no id`,
  profileUnknown: (got: readonly string[]) =>
    `no profile in any known shape (web user/stats/statsV2, maybe under userInfo; app user.follower_count); the body has: ${keyList(got)}`,
  profileWithoutCounts: (where: string) => `the profile has no counts where its shape keeps them (${where})`,
  profileWithoutSecUid: () => "the profile has no sec_uid, and Scavio's documented user/posts asks for a creator's videos by it",
  hashtagUnknown: (got: readonly string[]) =>
    `no hashtag detail in any known shape (app ch_info.cid, web challengeInfo.challenge.id); the body has: ${keyList(got)}`,
};
