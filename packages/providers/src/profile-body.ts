import { z } from 'zod';
import { ShapeError } from './exchange.ts';
import { askedProfile } from './identity.ts';
import { schemaReasons } from './messages.ts';
import { profileFromApp, profileFromWeb } from './normalize.ts';
import type { CreatorProfile } from './records.ts';
import { appUser, webUserInfo } from './tiktok-shapes.ts';

const WEB_COUNTS = ['followerCount', 'followingCount', 'heartCount', 'heart', 'videoCount'];
const APP_COUNTS = ['follower_count', 'following_count', 'total_favorited', 'aweme_count'];
const APP_KEYS = ['uid', 'sec_uid', 'unique_id', ...APP_COUNTS];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasAny = (o: unknown, keys: readonly string[]) => isObject(o) && keys.some((k) => o[k] !== undefined && o[k] !== null);

/**
 * A creator's profile in either dialect: web camelCase (`user` beside `stats` and exact `statsV2`, maybe under
 * `userInfo`) or the app's snake_case (`user.follower_count`). A body in neither shape, or one whose counts are
 * not where its shape keeps them, is a schema error: never a creator with unknown (let alone zero) counts. A
 * profile of another account than `requested` is an `IdentityMismatchError`.
 */
export function parseProfileData(data: unknown, requested: string): CreatorProfile {
  const node = z.looseObject({ userInfo: z.unknown().optional(), user: z.unknown().optional() }).parse(data);
  const info = isObject(node.userInfo) ? node.userInfo : node;
  // `user` is whatever the body sent: only an object can be the app dialect's user (a string is a schema error below).
  if (isObject(info.user) && hasAny(info.user, APP_KEYS)) {
    if (!hasAny(info.user, APP_COUNTS)) throw new ShapeError(schemaReasons.profileWithoutCounts(`user.${APP_COUNTS.join(', user.')}`));
    const user = appUser.parse(info.user);
    return askedProfile(profileFromApp(user, requested), user.unique_id || null, requested);
  }
  const web = webUserInfo.parse(info);
  if (!web.user && !web.stats && !web.statsV2) throw new ShapeError(schemaReasons.profileUnknown(Object.keys(sentKeysOf(data))));
  if (!hasAny(web.stats, WEB_COUNTS) && !hasAny(web.statsV2, WEB_COUNTS)) throw new ShapeError(schemaReasons.profileWithoutCounts('stats, statsV2'));
  return askedProfile(profileFromWeb(web, requested), web.user?.uniqueId || null, requested);
}

/** The profile node as the body sent it, for naming its keys in the reason (parsed objects list the schema's first). */
function sentKeysOf(data: unknown): Record<string, unknown> {
  if (!isObject(data)) return {};
  return isObject(data.userInfo) ? data.userInfo : data;
}
