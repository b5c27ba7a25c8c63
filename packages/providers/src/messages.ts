import type { ProviderName } from './records.ts';

/** User-facing messages of the providers, in one place. They never include a key. */
export const messages = {
  badKey: (provider: ProviderName, envVar: string) =>
    `${provider} rejected the API key (HTTP 401). Check ${envVar}; the run stopped and everything fetched so far is kept.`,
  noCredits: (provider: ProviderName, billing: string | null) =>
    `${provider} says the account has no credits left (HTTP 402)${billing ? `; top up at ${billing}` : ''}. The run stopped and everything fetched so far is kept.`,
  /** `offline` says how to run without a key, in the caller's words (the CLI names its flag). */
  missingKey: (provider: ProviderName, envVar: string, offline: string) => `${provider} needs an API key: set ${envVar} in the environment (or ${offline}).`,
  badContract: (named: string, known: readonly string[]) =>
    `SCAVIO_CONTRACT=${JSON.stringify(named)} is not a contract Scavio speaks: use one of ${known.join(', ')}, or leave it unset to learn it.`,
  badKeyCharacter: (envVar: string, position: number, what: string) =>
    `${envVar} holds ${what} at character ${position}: an API key is one line of visible ASCII characters (no spaces or line breaks). Set it again, without the stray character.`,
  shortKey: (envVar: string, length: number, min: number) =>
    `${envVar} is ${length} character(s) long: API keys are longer (at least ${min}; Scavio's are sk_ and 64 hex digits). Copy the whole key again.`,
  badBaseUrl: (envVar: string) => `${envVar} is not an https:// (or http://) URL: set the vendor's base URL, or leave it unset for the default.`,
  insecureBaseUrl: (envVar: string, host: string, allowVar: string) =>
    `${envVar} points at http://${host}: the API key would travel in clear. Use https://, or set ${allowVar}=1 if you mean it (plain http is allowed without it only to this machine: localhost, 127.0.0.1, ::1).`,
};

/** Why an answer was refused at the transport, before anything read it. */
export const transportMessages = {
  badTimeout: (timeoutMs: number) => `a request's timeout must be a positive number of milliseconds, not ${timeoutMs}`,
  attemptTimedOut: (timeoutMs: number) => `no whole answer (headers and body) within ${timeoutMs / 1000} s`,
  bodyTooLarge: (limitBytes: number, declared: number | null) =>
    `the answer ${declared === null ? 'ran past' : `declared ${declared} bytes, over`} the ${limitBytes / 2 ** 20} MiB limit on one answer; the rest was not read`,
};

/** Why a vendor's credit figure was not believed, for the record of the call. */
export const creditMessages = {
  notAFigure: (field: string, value: unknown, range: string, counted: string) =>
    `${field} ${JSON.stringify(value)?.slice(0, 40) ?? String(value)} is not a credit figure (${range}): ignored, ${counted}`,
};

/** An answer about another account than the one asked: the `identity_mismatch` detail. */
export const identityMessages = {
  otherProfile: (asked: string, answered: string) => `asked for @${asked}, the answer is the profile of @${clipHandle(answered)}`,
  otherFeed: (asked: string, authors: readonly string[]) =>
    `asked for @${asked}'s videos, the page holds only videos by ${authorList(authors)}`,
  otherVideosComments: (asked: string, videos: readonly string[]) =>
    `asked for the comments of video ${asked}, the page holds comments of video(s) ${clippedList(videos)}`,
};

/** A handle from a vendor's body, clipped: a hostile one may be any length. */
const clipHandle = (handle: string) => (handle.length > 64 ? `${handle.slice(0, 64)}…` : handle);

/** Names from a vendor's body, each clipped, the first three and how many more. */
const clippedList = (names: readonly string[], prefix = '') => {
  const named = [...new Set(names)].map((a) => `${prefix}${clipHandle(a)}`);
  return named.length <= 3 ? named.join(', ') : `${named.slice(0, 3).join(', ')} and ${named.length - 3} other(s)`;
};

const authorList = (authors: readonly string[]) => clippedList(authors, '@');

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

/** How a call ended while the client was still learning which of Scavio's two contracts the server speaks. */
export const contractMessages = {
  notFoundOnBoth: (what: string, documented: string, tutorial: string) =>
    `${what}: HTTP 404 from Scavio's documented ${documented} and from the tutorials' ${tutorial}: not found, or SCAVIO_BASE_URL serves neither contract`,
  hashtagNotFound: (hashtag: string) =>
    `#${hashtag}: HTTP 404 from Scavio's documented hashtag endpoint, whose contract this server speaks (the tutorials' user/info is missing)`,
  undecided: (what: string) =>
    `#${what}: Scavio answered 404 for its documented hashtag endpoint and the tutorials' user/info did not settle which contract it speaks; try again`,
  pagesBeforeContract: (call: string) =>
    `${call} was asked before Scavio's contract was known: ask the profile (or the hashtag's info) first, or pin the contract`,
  missingKey: (call: string, key: string) => `${call} on Scavio's documented contract needs ${key}: ask the profile (or the hashtag's info) first`,
};

export const pagingMessages = {
  emptyFeed: (expected: number, pages: number, stop: string) =>
    `the profile reports ${expected} video(s), but ${pages} page(s) held none (paging stopped: ${stop}); no verdict on an unread feed`,
};
