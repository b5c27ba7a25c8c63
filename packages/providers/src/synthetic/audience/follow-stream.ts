import { type CreatorTraits, fraudProgress, organicFollowersAt } from '../creator.ts';
import { DAY_S } from '../model.ts';

/**
 * A creator's followers as a stream of follow events in absolute time, consistent with the count its profile shows
 * (`audienceAt`): follower number k (the k-th to follow, from 1) arrives when the unrounded count first reaches
 * k - 0.5, so at any time the list holds exactly `audienceAt(t).followers` followers, the newest first. Numbering
 * is fixed by arrival, never by when one asks, so a cursor (`page_token` = a rank, `min_time` its arrival) stays
 * valid while newer followers keep arriving above it. Nobody unfollows.
 */
export interface FollowerCounts {
  organic: number;
  /** Bought followers (bought_followers, growth_spike) or follow-for-follow partners. */
  fake: number;
}

/** The unrounded counts behind `audienceAt` (creator.ts): the same formulas, before rounding. */
export function followerCountsAt(t: CreatorTraits, timeS: number): FollowerCounts {
  const organic = organicFollowersAt(t, timeS);
  const progress = fraudProgress(t, timeS);
  if (t.archetype === 'bought_followers' || t.archetype === 'growth_spike') {
    return { organic, fake: organicFollowersAt(t, t.onsetS ?? timeS) * t.fraud.multiple * progress };
  }
  if (t.archetype === 'follow_for_follow') return { organic, fake: organic * t.fraud.multiple * progress };
  return { organic, fake: 0 };
}

const total = (t: CreatorTraits, timeS: number) => {
  const c = followerCountsAt(t, timeS);
  return c.organic + c.fake;
};

/** Followers listed at a time: the count the profile shows. */
export function followersListedAt(t: CreatorTraits, timeS: number): number {
  return Math.round(total(t, timeS));
}

/** The second follower number `rank` arrived: the first whole second the unrounded count reaches rank - 0.5. */
export function arrivalOf(t: CreatorTraits, rank: number, notAfterS: number): number {
  let lo = t.createdAtS;
  let hi = notAfterS;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (total(t, mid) >= rank - 0.5) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Half-width of the window rates are measured over: short beside any delivery, long beside a second. */
const RATE_WINDOW_S = DAY_S / 48;

/**
 * Of the followers arriving around `timeS`, the share that is the fraud's (bought, or follow-for-follow partners):
 * the fraud's arrival rate over the total's, measured over half an hour either side.
 */
export function fraudArrivalShare(t: CreatorTraits, timeS: number): number {
  if (t.onsetS === null || timeS < t.onsetS) return 0;
  const from = Math.max(t.createdAtS, timeS - RATE_WINDOW_S);
  const to = timeS + RATE_WINDOW_S;
  const a = followerCountsAt(t, from);
  const b = followerCountsAt(t, to);
  const fake = b.fake - a.fake;
  const all = fake + (b.organic - a.organic);
  return all <= 0 ? 0 : Math.min(1, Math.max(0, fake / all));
}
