import { type Answer, type Backend, byEndpoint, createFeed, data, type FeedOptions, tiktokStatus } from '@creator-audit/providers/testing';
import type { CreatorRef, HashtagInfo, ScavioContract } from '../src/records.ts';
import { SCAVIO_ENDPOINTS } from '../src/scavio-contracts.ts';
import { appChallenge, appUser, itemsIn, webUserInfo } from './fixtures.ts';

/**
 * One Scavio server per contract, serving the same creators and hashtag in that contract's endpoints and
 * dialect, so a scenario written once runs on both: the documented API answers app snake_case by `sec_uid`
 * and hashtag id (pages of about 10 whatever `count` asks), the tutorials' web camelCase by name.
 */
export interface ScavioWorld {
  contract: ScavioContract;
  dialect: 'web' | 'app';
  endpoints: (typeof SCAVIO_ENDPOINTS)[ScavioContract];
  /** The creator the world serves, as a client asks for its pages after the profile. */
  creator: CreatorRef;
  /** The hashtag, as a client asks for its pages after resolving it (by id on the documented contract). */
  tag: HashtagInfo;
  /** A feed of `n` videos (ids `v1`..`vn`) in this world's dialect, with any of the paging pathologies. */
  feed(n: number, options?: Omit<FeedOptions, 'items' | 'dialect'>, hashtag?: boolean): Backend;
  /** The creator's profile as this world's profile endpoint sends it under `data`. */
  profilePayload: unknown;
  /** One page answered as given, in this world's dialect. */
  page(items: readonly Record<string, unknown>[], next: string, hasMore: boolean): Answer;
  /** Routes for every endpoint of the contract; `posts` and `hashtagVideos` replace the default feeds. */
  backend(routes?: { posts?: Backend; hashtagVideos?: Backend }): Backend;
}

const HANDLE = 'charlidamelio';
const SEC_UID = 'MS4wLjABAAAA-charli';
const TAG_ID = '1593940';

/** The web fixture's creator in the app dialect: same handle, same exact counts. */
const appProfile = {
  user: {
    ...appUser.user,
    unique_id: 'CharliDamelio',
    sec_uid: SEC_UID,
    follower_count: 427_682,
    following_count: 1_301,
    total_favorited: '11907467940',
    aweme_count: 2_503,
  },
};

export function scavioWorld(contract: ScavioContract): ScavioWorld {
  const documented = contract === 'scavio-2026';
  const dialect = documented ? 'app' : 'web';
  const feed = (n: number, options: Omit<FeedOptions, 'items' | 'dialect'> = {}, hashtag = false): Backend =>
    createFeed({
      items: itemsIn(dialect, n),
      dialect,
      listKey: 'videos',
      cursorKey: hashtag ? 'cursor' : 'max_cursor',
      ...(documented ? { pageSize: 10 } : {}),
      ...options,
    });
  const page = (items: readonly Record<string, unknown>[], next: string, hasMore: boolean): Answer =>
    documented
      ? data({ aweme_list: items, max_cursor: Number(next), has_more: hasMore ? 1 : 0, status_code: 0 })
      : data({ videos: items, cursor: next, hasMore, statusCode: 0 });
  const profile: Backend = (req) => {
    const asked = String(req.params.username ?? req.params.sec_user_id ?? '');
    if (asked !== HANDLE && asked !== SEC_UID) return tiktokStatus(10202);
    return data(documented ? appProfile : webUserInfo);
  };
  const endpoints = SCAVIO_ENDPOINTS[contract];
  return {
    contract,
    dialect,
    endpoints,
    creator: { username: HANDLE, secUid: SEC_UID },
    tag: { hashtag: 'fyp', hashtagId: documented ? TAG_ID : null, videoCount: null, viewCount: null },
    feed,
    page,
    profilePayload: documented ? appProfile : webUserInfo,
    backend: (routes = {}) =>
      byEndpoint({
        [endpoints.profile]: profile,
        [endpoints.videos]: routes.posts ?? feed(3),
        [endpoints.hashtagVideos]: routes.hashtagVideos ?? feed(5, {}, true),
        ...(documented ? { hashtag: () => data(appChallenge(TAG_ID, 'fyp')) } : {}),
      }),
  };
}

export const SCAVIO_WORLDS = [scavioWorld('scavio-2026'), scavioWorld('scavio-tutorial')] as const;
