import { formatFixed, formatGrouped } from '../python/format.ts';
import { trueDivide } from '../python/numbers.ts';
import type { CreatorSnapshot } from '../seed-v1/reference.ts';
import { unreadableCounts } from '../unreadable-counts.ts';
import { type QuickRule, type QuickVerdict, quickRuleFor, quickVerdictFor, QUICK_VIDEOS_SCORED } from './rules.ts';

/**
 * The seed's quick check in TypeScript, the reference sql/seed-quick is held to. Keys are `creator_scores`
 * column names. Where the seed would print a number made from nothing (0 or unknown followers, an unreadable
 * count) there is no verdict, and the status says why.
 */
export interface SeedQuickScore {
  username: string;
  videos_scored: number;
  likes_to_followers: number;
  verdict: QuickVerdict;
  flags: [string];
  rules: [{ component: 'engagement'; rule: QuickRule; points: null; flag: string }];
}

export interface SeedQuickNoVerdict {
  username: string;
  status: 'no_followers' | 'followers_unknown' | 'unreadable_counts';
  status_detail: string | null;
  verdict: null;
}

export function scoreSeedQuick(snapshot: CreatorSnapshot): SeedQuickScore | SeedQuickNoVerdict {
  const { username, followers } = snapshot;
  const unreadable = unreadableCounts(snapshot, { profileFields: ['followers'], videoFields: ['likes'], pageSize: QUICK_VIDEOS_SCORED });
  if (unreadable.length > 0) return { username, status: 'unreadable_counts', status_detail: unreadable.join('; '), verdict: null };
  if (followers === null) return { username, status: 'followers_unknown', status_detail: null, verdict: null };
  if (followers === 0) return { username, status: 'no_followers', status_detail: null, verdict: null };
  const page = snapshot.videos.slice(0, QUICK_VIDEOS_SCORED);
  // `sum(v.get('stats', {}).get('diggCount', 0) ...) / max(len(videos), 1)`: Python's exact int / int.
  const likesSum = page.reduce((sum, v) => sum + BigInt(v.likes ?? 0), 0n);
  const avgLikes = trueDivide(likesSum, BigInt(Math.max(page.length, 1)));
  const likesToFollowers = (avgLikes / followers) * 100;
  const flag = `like ratio: ${formatFixed(likesToFollowers, 2)}%, ${formatGrouped(followers)} followers`;
  return {
    username,
    videos_scored: page.length,
    likes_to_followers: likesToFollowers,
    verdict: quickVerdictFor(likesToFollowers),
    flags: [flag],
    rules: [{ component: 'engagement', rule: quickRuleFor(likesToFollowers, page.length), points: null, flag }],
  };
}

/** The seed's printed line: `@name: HIGH RISK (like ratio: 0.31%, 500,000 followers)`. */
export function seedQuickLine(username: string, verdict: QuickVerdict, flag: string): string {
  return `@${username}: ${verdict} (${flag})`;
}
