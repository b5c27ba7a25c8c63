/**
 * The simulated audience's parameters, in one place: who follows a creator and who comments under its videos.
 * Stated assumptions, not measurements: Cresci et al. 2015 found bought followers easy to tell apart by cheap
 * profile features (no posts, default picture, no bio, following many, followed by none, young accounts), and
 * real audiences hold many silent accounts that look half empty too; the numbers below encode that picture so
 * the estimators can be tested against a known truth, not to claim TikTok's real proportions.
 */
import type { Range } from '../model.ts';

/**
 * What follows a creator. `active` and `inactive` are real people (inactive ones never or hardly post: inactive is
 * not fake); `bought_bot` arrives with a bought-followers or growth-spike purchase; `spam_bot` is a bot that follows
 * popular accounts unbidden (every creator gets some); `ring` is a follow-for-follow partner: a real account that
 * follows back and never watches.
 */
const FOLLOWER_KINDS = ['active', 'inactive', 'bought_bot', 'spam_bot', 'ring'] as const;
export type FollowerKind = (typeof FOLLOWER_KINDS)[number];

/** Bots are fake accounts, whoever paid for them; ring partners are real accounts, however little they engage. */
export const FAKE_FOLLOWER_KINDS: readonly FollowerKind[] = ['bought_bot', 'spam_bot'];

/** A log-normal given by its median and log-scale sigma, clamped to [min, max]. */
export interface LogNormal {
  readonly median: number;
  readonly sigma: number;
  readonly min: number;
  readonly max: number;
}

/** How one kind of follower looks. Chances are per follower; counts come from the distributions named. */
export interface FollowerLooks {
  /** Kept TikTok's machine-made handle (`user` and 10-13 digits). */
  machineHandle: number;
  /** Of those, kept the nickname TikTok gave (the handle itself). */
  nicknameIsHandle: number;
  defaultAvatar: number;
  bio: number;
  /** Chance of no post at all; otherwise `videos`. */
  noPosts: number;
  videos: LogNormal;
  followers: LogNormal;
  following: LogNormal;
  /** Chance the account was opened 0-30 days before it followed; otherwise `ageDays` (uniform) before. */
  brandNew: number;
  ageDays: Range;
  privateAccount: number;
}

export const FOLLOWER_LOOKS: Readonly<Record<FollowerKind, FollowerLooks>> = {
  active: {
    machineHandle: 0.06,
    nicknameIsHandle: 0.3,
    defaultAvatar: 0.04,
    bio: 0.65,
    noPosts: 0,
    videos: { median: 25, sigma: 1.3, min: 1, max: 5_000 },
    followers: { median: 180, sigma: 1.6, min: 0, max: 2_000_000 },
    following: { median: 300, sigma: 0.9, min: 1, max: 10_000 },
    brandNew: 0.02,
    ageDays: { min: 60, max: 2_200 },
    privateAccount: 0.08,
  },
  inactive: {
    machineHandle: 0.35,
    nicknameIsHandle: 0.6,
    defaultAvatar: 0.45,
    bio: 0.12,
    noPosts: 0.9,
    videos: { median: 1.5, sigma: 0.5, min: 1, max: 5 },
    followers: { median: 5, sigma: 1.3, min: 0, max: 2_000 },
    following: { median: 110, sigma: 1, min: 1, max: 10_000 },
    brandNew: 0.04,
    ageDays: { min: 30, max: 2_200 },
    privateAccount: 0.15,
  },
  bought_bot: {
    machineHandle: 0.7,
    nicknameIsHandle: 0.5,
    defaultAvatar: 0.8,
    bio: 0.04,
    noPosts: 0.92,
    videos: { median: 1, sigma: 0.3, min: 1, max: 3 },
    followers: { median: 0.6, sigma: 1, min: 0, max: 40 },
    following: { median: 3_000, sigma: 0.5, min: 300, max: 7_500 },
    // Bought bots are opened in batches shortly before they are sold: `ageDays` counts back from the purchase.
    brandNew: 0,
    ageDays: { min: 1, max: 45 },
    privateAccount: 0.05,
  },
  spam_bot: {
    machineHandle: 0.55,
    nicknameIsHandle: 0.5,
    defaultAvatar: 0.65,
    bio: 0.1,
    noPosts: 0.85,
    videos: { median: 1, sigma: 0.4, min: 1, max: 4 },
    followers: { median: 1, sigma: 1.2, min: 0, max: 60 },
    following: { median: 4_000, sigma: 0.5, min: 800, max: 10_000 },
    brandNew: 0.3,
    ageDays: { min: 30, max: 600 },
    privateAccount: 0.05,
  },
  ring: {
    machineHandle: 0.05,
    nicknameIsHandle: 0.3,
    defaultAvatar: 0.08,
    bio: 0.7,
    noPosts: 0.05,
    videos: { median: 30, sigma: 1, min: 1, max: 2_000 },
    followers: { median: 4_000, sigma: 0.9, min: 300, max: 60_000 },
    following: { median: 4_500, sigma: 0.5, min: 1_000, max: 10_000 },
    brandNew: 0,
    ageDays: { min: 90, max: 1_500 },
    privateAccount: 0.02,
  },
};

/** What the simulator draws once per creator for its audience, from a stream of its own (no other number moves). */
export const AUDIENCE_DRAWS = {
  /** Share of the organic stream that is spam bots: every account gets some, big ones more. */
  spamShareSmall: { min: 0.005, max: 0.06 },
  spamShareBig: { min: 0.01, max: 0.12 },
  spamBigFromFollowers: 100_000,
  /** Share of real followers who post; a dormant celebrity's audience is mostly silent. */
  activeShare: { min: 0.3, max: 0.6 },
  activeShareByArchetype: { dormant_celebrity: { min: 0.1, max: 0.25 } } as Readonly<Partial<Record<string, Range>>>,
  /**
   * Engagement pods: a ring of accounts that comment on every post of each other's. A small-account practice:
   * creators up to `podMaxFollowers` organic followers join one with this chance.
   */
  podChance: 0.08,
  podMaxFollowers: 100_000,
  podRing: { min: 6, max: 20 },
  /** Share of the ring that comments on a given post. */
  podParticipation: { min: 0.8, max: 1 },
  /** Pod members paste their own stock line this often; otherwise a generic one. */
  podOwnLine: 0.5,
  /** Bought-likes creators that also buy comments, and how many bot comments a touched video gets. */
  botCommentChance: 0.5,
  botCommentsPerVideo: { min: 4, max: 20 },
  /** Fans who come back to comment: pool size sqrt(followers) / 3 within these bounds, and their share of comments. */
  fanPool: { min: 5, max: 300 },
  fanShare: { min: 0.05, max: 0.2 },
  /** Real commenters write generic lines (emoji, "so cute") this often; bots almost always. */
  genericChance: { organic: 0.3, pod: 0.5, bot: 0.95 },
} as const;

/** TikTok's default avatar: its id is what the app itself checks for (`...musically-maliva-obj/1594805258216454`). */
export const DEFAULT_AVATAR_URI = 'musically-maliva-obj/1594805258216454';

/** Comment lines. Generic: what anyone could write under any video; the rest mention the video. */
export const GENERIC_LINES = [
  '🔥🔥🔥', '😍', '❤️❤️', '😂😂😂', '👏👏', '💯', 'nice', 'wow', 'so cute', 'love this', 'amazing', 'great video',
  'nice video', 'great content', 'keep it up', 'so good', 'beautiful', 'awesome', 'first', 'love it',
] as const;

export const SPECIFIC_OPENERS = [
  'wait how did you', 'ok the', 'i need the recipe for the', 'my mom does the same', 'came here for the', 'the way you did the',
  'not me trying the', 'why is nobody talking about the', 'can you do a part 2 on the', 'this reminded me of my',
] as const;

export const SPECIFIC_ENDINGS = ['lol', '😭', 'honestly', 'at 0:12', 'every time', 'omg', 'pls', '', '', ''] as const;

export const POD_LINES = [
  'Great content as always!! 🔥', 'Love your page, keep going 💪', 'This deserves more views!', 'Amazing work, supporting you always ❤️',
  'Yesss queen 👑 love this', 'Such a vibe, keep shining ✨', 'Underrated creator fr', 'Sending love and support 🙌',
] as const;

export const BIOS = [
  'just vibing ✨', 'coffee • travel • books', 'living my best life', 'ig: same name', 'dog mom 🐶', 'student | 21',
  'follow for more', 'food lover 🍕', 'NYC 🗽', 'gym rat 💪', 'art & chaos', 'she/her',
] as const;

export const RING_BIOS = ['f4f 🔁 follow back 100%', 'follow me I follow back', 'L4L F4F', 'active follower 🔁'] as const;
