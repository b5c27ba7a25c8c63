import { type CreatorTraits, creatorTraits } from './creator.ts';
import { drawHandle } from './handles.ts';
import { DAY_S, SIM_EPOCH_S } from './model.ts';
import { Rng } from './random.ts';
import { type Post, type SimVideo, videoAt } from './videos.ts';

/**
 * A hashtag as a campaign: creators from a pool post under it every day, at a rate that swings in waves.
 * Its list shows what was posted in the last `LIST_WINDOW_DAYS` and is not deleted, in a stable
 * relevance order (not time order, as TikTok's isn't). Re-scanning later shows new posts, grown counts,
 * deleted videos and botted views cleaned up.
 */
const LIST_WINDOW_DAYS = 60;
/** Share of campaign videos the platform removes, some days after posting. */
const DELETED_SHARE = 0.03;

interface CampaignTraits {
  seed: number;
  hashtag: string;
  dailyRate: number;
  periodDays: number;
  phase: number;
  poolSize: number;
}

function campaignTraits(seed: number, hashtag: string): CampaignTraits {
  const rng = new Rng(seed, 'tag', hashtag);
  const dailyRate = Math.min(40, Math.max(0.5, rng.logNormal(5, 0.7)));
  return { seed, hashtag, dailyRate, periodDays: rng.uniform(14, 45), phase: rng.uniform(0, 2 * Math.PI), poolSize: Math.max(8, Math.round(dailyRate * 45)) };
}

const dayOf = (timeS: number) => Math.floor((timeS - SIM_EPOCH_S) / DAY_S);

/** Participant k of a campaign: low k post far more often (a few repeat creators, a long tail of one-offs). */
function participantOf(c: CampaignTraits, rng: Rng, cache: Map<number, CreatorTraits>): CreatorTraits {
  const k = Math.floor(c.poolSize * rng.next() ** 1.6);
  let creator = cache.get(k);
  if (!creator) {
    creator = creatorTraits(c.seed, drawHandle(new Rng(c.seed, 'tag', c.hashtag, 'participant', k)));
    cache.set(k, creator);
  }
  return creator;
}

function postsOnDay(c: CampaignTraits, day: number, cache: Map<number, CreatorTraits>): Post[] {
  const rng = new Rng(c.seed, 'tag', c.hashtag, 'day', day);
  const rate = c.dailyRate * (1 + 0.6 * Math.sin((2 * Math.PI * day) / c.periodDays + c.phase));
  const n = rng.poisson(rate);
  const posts: Post[] = [];
  for (let i = 0; i < n; i++) {
    const creator = participantOf(c, rng, cache);
    const postedAtS = SIM_EPOCH_S + day * DAY_S + Math.floor(rng.next() * DAY_S);
    // Private and missing accounts' videos never show in a hashtag list.
    if (creator.status === 'ok') posts.push({ creator, postedAtS, key: `tag:${c.hashtag}:${day}.${i}`, hashtag: c.hashtag });
  }
  return posts;
}

/** The campaign's videos as its list shows them at `atS`, in list order. */
export function campaignVideosAt(seed: number, hashtag: string, atS: number): SimVideo[] {
  const c = campaignTraits(seed, hashtag);
  const cache = new Map<number, CreatorTraits>();
  const today = dayOf(atS);
  const listed: Array<{ rank: number; video: SimVideo }> = [];
  for (let day = today - LIST_WINDOW_DAYS + 1; day <= today; day++) {
    for (const post of postsOnDay(c, day, cache)) {
      if (post.postedAtS > atS) continue;
      const fate = new Rng(seed, 'fate', hashtag, post.key);
      const rank = fate.next();
      const deletedAtS = fate.chance(DELETED_SHARE) ? post.postedAtS + fate.uniform(1, 10) * DAY_S : null;
      if (deletedAtS !== null && deletedAtS <= atS) continue;
      listed.push({ rank, video: { ...videoAt(post, atS), deletedAtS } });
    }
  }
  return listed.sort((a, b) => a.rank - b.rank).map((l) => l.video);
}
