import { type CreatorTraits, creatorTraits, weekOf } from '../creator.ts';
import { type Post, postsInWeek, videoAt } from '../videos.ts';
import { secUidOf } from '../wire.ts';

/**
 * Finds the creator behind a `sec_uid` or a video id. The simulator answers for any handle, so it cannot invert
 * either (both are drawn from the handle): it is told the handles of the cohort it serves, and learns more as
 * profiles are asked. A real server knows every account; this is the simulator's one concession to being offline.
 */
export class SyntheticDirectory {
  private readonly bySecUid = new Map<string, string>();
  private readonly traits = new Map<string, CreatorTraits>();
  private readonly byVideoId = new Map<string, string>();

  constructor(
    private readonly seed: number,
    handles: Iterable<string> = [],
  ) {
    for (const handle of handles) this.register(handle);
  }

  register(handle: string): void {
    const username = handle.toLowerCase();
    if (this.traits.has(username)) return;
    const t = creatorTraits(this.seed, username);
    this.traits.set(username, t);
    this.bySecUid.set(secUidOf(t), username);
  }

  creatorBySecUid(secUid: string): CreatorTraits | null {
    const username = this.bySecUid.get(secUid);
    return username === undefined ? null : (this.traits.get(username) ?? null);
  }

  /** The post behind a video id: the id carries the post time, so only that week of each known creator is looked at. */
  postByVideoId(videoId: string): Post | null {
    if (!/^\d{1,20}$/.test(videoId)) return null;
    const postedAtS = Number(BigInt(videoId) >> 32n);
    const week = weekOf(postedAtS);
    const known = this.byVideoId.get(videoId);
    const candidates = known === undefined ? this.traits.values() : [this.traits.get(known) as CreatorTraits];
    for (const t of candidates) {
      for (const post of postsInWeek(t, week)) {
        if (post.postedAtS !== postedAtS || videoAt(post, postedAtS).videoId !== videoId) continue;
        this.byVideoId.set(videoId, t.username);
        return post;
      }
    }
    return null;
  }
}
