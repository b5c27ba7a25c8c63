import type { CreatorTraits } from '../creator.ts';
import { Rng } from '../random.ts';
import { AUDIENCE_DRAWS, POD_LINES } from './audience-model.ts';

/** What never changes about a simulated creator's audience: drawn once from (seed, handle), apart from its other traits. */
export interface AudienceTraits {
  /** Share of the organic follower stream that is spam bots. */
  spamShare: number;
  /** Share of real followers who post. */
  activeShare: number;
  /** The engagement pod the creator is in: its ring and how much of it comments on a post; null when none. */
  pod: { ring: number; participation: number; lines: string[] } | null;
  /** Bot comments a bought-likes video gets when the creator also buys comments; 0 otherwise. */
  botCommentsPerVideo: number;
  fanPool: number;
  fanShare: number;
}

/**
 * Drawn from a stream of its own (`audience`), so adding audiences moved no number the simulator answered before:
 * every profile, feed and hashtag list is byte for byte what it was.
 */
export function audienceTraits(t: CreatorTraits): AudienceTraits {
  const rng = new Rng(t.seed, 'audience', t.username);
  const d = AUDIENCE_DRAWS;
  const spam = t.followersAtReference >= d.spamBigFromFollowers ? d.spamShareBig : d.spamShareSmall;
  const spamShare = rng.logUniform(spam.min, spam.max);
  const active = d.activeShareByArchetype[t.archetype] ?? d.activeShare;
  const activeShare = rng.uniform(active.min, active.max);
  const podRoll = rng.next();
  const ring = rng.int(d.podRing.min, d.podRing.max);
  const participation = rng.uniform(d.podParticipation.min, d.podParticipation.max);
  const lines = Array.from({ length: ring }, () => rng.pick(POD_LINES));
  const botRoll = rng.next();
  const botComments = Math.round(rng.uniform(d.botCommentsPerVideo.min, d.botCommentsPerVideo.max));
  const fanPool = Math.round(Math.min(d.fanPool.max, Math.max(d.fanPool.min, Math.sqrt(t.followersAtReference) / 3)));
  const fanShare = rng.uniform(d.fanShare.min, d.fanShare.max);
  const inPod = t.status === 'ok' && t.followersAtReference <= d.podMaxFollowers && podRoll < d.podChance;
  return {
    spamShare,
    activeShare,
    pod: inPod ? { ring, participation, lines } : null,
    botCommentsPerVideo: t.archetype === 'bought_likes' && botRoll < d.botCommentChance ? botComments : 0,
    fanPool,
    fanShare,
  };
}
