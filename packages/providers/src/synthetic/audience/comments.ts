import type { CreatorTraits } from '../creator.ts';
import { DAY_S } from '../model.ts';
import { Rng } from '../random.ts';
import type { SimVideo } from '../videos.ts';
import { CAPTION_TOPICS, HANDLE_WORDS } from '../words.ts';
import { drawAccount, type SimAccount } from './accounts.ts';
import { AUDIENCE_DRAWS, FOLLOWER_LOOKS, GENERIC_LINES, SPECIFIC_ENDINGS, SPECIFIC_OPENERS } from './audience-model.ts';
import type { AudienceTraits } from './audience-traits.ts';
import { permutation } from './permutation.ts';

/** Who wrote a comment: a real viewer (a one-off or a returning fan), a pod member, or a bought bot. */
const COMMENT_KINDS = ['organic', 'pod', 'bot'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

export interface SimComment {
  commentId: string;
  videoId: string;
  kind: CommentKind;
  text: string;
  createdAtS: number;
  likes: number;
  author: SimAccount;
}

/** A video's comment list at a time: how many of each kind, and the order they are listed in. */
export interface CommentList {
  video: SimVideo;
  organic: number;
  /** Ring members (by number) who commented on this post. */
  podMembers: number[];
  bots: number;
  total: number;
  at: (position: number) => SimComment;
}

/** Comment ids, like video ids, carry their time in the top 32 bits. */
const commentIdOf = (createdAtS: number, rng: Rng) => ((BigInt(createdAtS) << 32n) | BigInt(rng.int(0, 2 ** 32 - 1))).toString();

/**
 * The comments under a video at `atS`: its organic comments (exactly the count the video shows), plus its pod's and
 * bought bots' (which the simulator does not add to the video's count: that count comes from the feed model the
 * other analyses were calibrated on; on TikTok they would be in it). Listed in a keyed random order, so any page is
 * a fair sample of the list (TikTok orders by relevance, which is not known offline).
 */
export function commentList(t: CreatorTraits, audience: AudienceTraits, video: SimVideo, atS: number): CommentList {
  const podMembers: number[] = [];
  if (audience.pod) {
    for (let m = 0; m < audience.pod.ring; m++) if (new Rng(t.seed, 'pod-post', t.username, video.videoId, m).chance(audience.pod.participation)) podMembers.push(m);
  }
  // Bots come with the bought likes: only on videos that got them.
  const bots = video.fakeLikes > 0 ? audience.botCommentsPerVideo : 0;
  const organic = video.comments;
  const total = organic + podMembers.length + bots;
  const order = total > 0 ? permutation(total, t.seed, 'comments', video.videoId) : () => 0;
  return {
    video,
    organic,
    podMembers,
    bots,
    total,
    at: (position) => {
      const index = order(position);
      if (index < organic) return organicComment(t, audience, video, index, atS);
      if (index < organic + podMembers.length) return podComment(t, audience, video, podMembers[index - organic] as number);
      return botComment(t, video, index - organic - podMembers.length);
    },
  };
}

const generic = (rng: Rng) => rng.pick(GENERIC_LINES);
const specific = (rng: Rng) => [rng.pick(SPECIFIC_OPENERS), rng.pick(CAPTION_TOPICS), rng.pick(HANDLE_WORDS), rng.pick(SPECIFIC_ENDINGS)].filter(Boolean).join(' ');

/** A real viewer's comment, written while the video gathered its views (most in its first days). */
function organicComment(t: CreatorTraits, audience: AudienceTraits, video: SimVideo, index: number, atS: number): SimComment {
  const rng = new Rng(t.seed, 'comment', video.videoId, 'organic', index);
  const fan = rng.chance(audience.fanShare) ? rng.int(0, audience.fanPool - 1) : null;
  const isGeneric = rng.chance(AUDIENCE_DRAWS.genericChance.organic);
  const text = isGeneric ? generic(rng) : specific(rng);
  const window = Math.max(60, Math.min(atS - video.postedAtS, 7 * DAY_S));
  const createdAtS = video.postedAtS + Math.floor(rng.next() ** 2 * window);
  const likes = Math.floor(rng.logNormal(1, 1.5)) - 1;
  const oneOff = drawAccount(rng, rng.chance(0.6) ? 'active' : 'inactive', rng.chance(0.6) ? FOLLOWER_LOOKS.active : FOLLOWER_LOOKS.inactive, createdAtS);
  const author = fan === null ? oneOff : fanAccount(t, fan);
  return { commentId: commentIdOf(createdAtS, rng), videoId: video.videoId, kind: 'organic', text, createdAtS, likes: Math.max(0, likes), author };
}

/** A returning fan: the same account under every video it comments on. */
function fanAccount(t: CreatorTraits, fan: number): SimAccount {
  const rng = new Rng(t.seed, 'fan', t.username, fan);
  return drawAccount(rng, 'active', FOLLOWER_LOOKS.active, t.createdAtS);
}

/** A pod member's comment: within hours of the post, its own stock line or a generic one. */
function podComment(t: CreatorTraits, audience: AudienceTraits, video: SimVideo, member: number): SimComment {
  const pod = audience.pod as NonNullable<AudienceTraits['pod']>;
  const rng = new Rng(t.seed, 'pod-comment', video.videoId, member);
  const text = rng.chance(AUDIENCE_DRAWS.podOwnLine) ? (pod.lines[member] as string) : generic(rng);
  const createdAtS = video.postedAtS + Math.floor(rng.uniform(60, 3 * 3600));
  const author = drawAccount(new Rng(t.seed, 'pod-member', t.username, member), 'active', FOLLOWER_LOOKS.active, t.createdAtS);
  return { commentId: commentIdOf(createdAtS, rng), videoId: video.videoId, kind: 'pod', text, createdAtS, likes: rng.int(0, 2), author };
}

/** A bought comment: a fresh bot account, a generic line, within a day of the post. */
function botComment(t: CreatorTraits, video: SimVideo, index: number): SimComment {
  const rng = new Rng(t.seed, 'comment', video.videoId, 'bot', index);
  const text = rng.chance(AUDIENCE_DRAWS.genericChance.bot) ? generic(rng) : specific(rng);
  const createdAtS = video.postedAtS + Math.floor(rng.uniform(600, DAY_S));
  const author = drawAccount(rng, 'bought_bot', FOLLOWER_LOOKS.bought_bot, video.postedAtS);
  return { commentId: commentIdOf(createdAtS, rng), videoId: video.videoId, kind: 'bot', text, createdAtS, likes: 0, author };
}
