import type { CreatorTraits } from '../creator.ts';
import { Rng } from '../random.ts';
import { type SimAccount, drawAccount } from './accounts.ts';
import { FOLLOWER_LOOKS, type FollowerKind } from './audience-model.ts';
import type { AudienceTraits } from './audience-traits.ts';
import { arrivalOf, followersListedAt, fraudArrivalShare } from './follow-stream.ts';

/** One follower: its number in the order of arrival, when it followed, what it is, and how it looks. */
export interface SimFollower {
  rank: number;
  followedAtS: number;
  kind: FollowerKind;
  account: SimAccount;
}

/** The fraud's followers: bots for a purchase, partners for follow-for-follow. */
function fraudKind(t: CreatorTraits): FollowerKind {
  return t.archetype === 'follow_for_follow' ? 'ring' : 'bought_bot';
}

/**
 * Follower number `rank` of a creator, as it is whenever it is asked (a pure function of seed, handle and rank;
 * `atS` only bounds the search for its arrival). Its kind: the fraud's with the fraud's share of arrivals at that
 * moment, else a spam bot with the creator's spam share, else a real person, active or not.
 */
export function followerAt(t: CreatorTraits, audience: AudienceTraits, rank: number, atS: number): SimFollower {
  const followedAtS = arrivalOf(t, rank, atS);
  const rng = new Rng(t.seed, 'follower', t.username, rank);
  const fraudRoll = rng.next();
  const spamRoll = rng.next();
  const activeRoll = rng.next();
  const kind: FollowerKind =
    fraudRoll < fraudArrivalShare(t, followedAtS)
      ? fraudKind(t)
      : spamRoll < audience.spamShare
        ? 'spam_bot'
        : activeRoll < audience.activeShare
          ? 'active'
          : 'inactive';
  // Bought bots are opened in a batch before the purchase that brings them, not before each follow.
  const openedBefore = kind === 'bought_bot' ? (t.onsetS ?? followedAtS) : followedAtS;
  return { rank, followedAtS, kind, account: drawAccount(rng, kind, FOLLOWER_LOOKS[kind], openedBefore) };
}

/** The newest followers at `atS` from `fromRank` down (the list's order), at most `count`. */
export function followersFrom(t: CreatorTraits, audience: AudienceTraits, atS: number, fromRank: number, count: number): SimFollower[] {
  const top = Math.min(fromRank, followersListedAt(t, atS));
  const out: SimFollower[] = [];
  for (let rank = top; rank >= 1 && out.length < count; rank--) out.push(followerAt(t, audience, rank, atS));
  return out;
}
