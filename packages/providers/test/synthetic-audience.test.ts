import { describe, expect, it } from 'vitest';
import { audienceAt, creatorTraits } from '../src/synthetic/creator.ts';
import { audienceTraits } from '../src/synthetic/audience/audience-traits.ts';
import { commentList } from '../src/synthetic/audience/comments.ts';
import { followerCountsAt, followersListedAt, fraudArrivalShare } from '../src/synthetic/audience/follow-stream.ts';
import { followerAt, followersFrom } from '../src/synthetic/audience/followers.ts';
import { permutation } from '../src/synthetic/audience/permutation.ts';
import { syntheticHandles } from '../src/synthetic/handles.ts';
import { DAY_S, FRAUD_WINDOW } from '../src/synthetic/model.ts';
import { recentPosts, videoAt } from '../src/synthetic/videos.ts';

const SEED = 42;
const handles = syntheticHandles(SEED, 3_000);
const traits = handles.map((h) => creatorTraits(SEED, h)).filter((t) => t.status === 'ok');
const AT_S = FRAUD_WINDOW.endS + 30 * DAY_S;

describe('simulated followers', () => {
  it('are as many as the profile shows, at every time, for every archetype (the follow stream is audienceAt unrounded)', () => {
    for (const t of traits.slice(0, 400)) {
      for (const atS of [FRAUD_WINDOW.startS, t.onsetS ?? FRAUD_WINDOW.endS, (t.onsetS ?? 0) + 10 * DAY_S, AT_S]) {
        expect(followersListedAt(t, atS)).toBe(audienceAt(t, atS).followers);
        const c = followerCountsAt(t, atS);
        expect(Math.round(c.fake)).toBe(audienceAt(t, atS).fakeFollowers);
      }
    }
  });

  it('are numbered by arrival: follower k is the same account whenever it is asked, and the list runs newest first', () => {
    const t = traits.find((c) => audienceAt(c, AT_S).followers > 500) as (typeof traits)[number];
    const audience = audienceTraits(t);
    const later = AT_S + 90 * DAY_S;
    const now = followersFrom(t, audience, AT_S, Number.POSITIVE_INFINITY, 50);
    expect(now[0]?.rank).toBe(followersListedAt(t, AT_S));
    for (const f of now) expect(followerAt(t, audience, f.rank, later)).toEqual(f);
    for (let i = 1; i < now.length; i++) expect(now[i]?.followedAtS).toBeLessThanOrEqual(now[i - 1]?.followedAtS ?? 0);
    expect(now.every((f) => f.followedAtS <= AT_S)).toBe(true);
  });

  it('of a creator buying followers are bought bots while the purchase arrives, and real or spam once it is over', () => {
    const buyer = traits.find((t) => t.archetype === 'bought_followers' && t.fraud.deliveryDays > 30) as (typeof traits)[number];
    const onset = buyer.onsetS as number;
    const during = followersFrom(buyer, audienceTraits(buyer), onset + 10 * DAY_S, Number.POSITIVE_INFINITY, 200);
    expect(during.filter((f) => f.kind === 'bought_bot').length).toBeGreaterThan(150);
    const after = followersFrom(buyer, audienceTraits(buyer), onset + (buyer.fraud.deliveryDays + 60) * DAY_S, Number.POSITIVE_INFINITY, 200);
    expect(after.filter((f) => f.kind === 'bought_bot').length).toBeLessThan(5);
    expect(fraudArrivalShare(buyer, onset - DAY_S)).toBe(0);
  });

  it('look as their kind does: bots empty and following thousands, real silent followers empty too but following few', () => {
    const all = traits.slice(0, 150).flatMap((t) => followersFrom(t, audienceTraits(t), FRAUD_WINDOW.startS + 200 * DAY_S, Number.POSITIVE_INFINITY, 60));
    const share = (kind: string, test: (f: (typeof all)[number]) => boolean) => {
      const of = all.filter((f) => f.kind === kind);
      return of.filter(test).length / of.length;
    };
    const massFollowing = (f: (typeof all)[number]) => f.account.following >= 1_000 && f.account.followers < 10;
    expect(share('inactive', (f) => f.account.videos === 0)).toBeGreaterThan(0.8);
    expect(share('inactive', massFollowing)).toBeLessThan(0.03);
    expect(share('active', (f) => f.account.videos > 0)).toBe(1);
    expect(share('spam_bot', massFollowing)).toBeGreaterThan(0.85);
    expect(share('ring', (f) => f.account.following >= 1_000 && f.account.followers >= 300)).toBe(1);
    expect(all.some((f) => f.kind === 'inactive') && all.some((f) => f.kind === 'spam_bot')).toBe(true);
  });
});

describe('simulated comments', () => {
  it("hold exactly the video's comment count of organic comments, plus its pod's (each member at most once) and bought bots'", () => {
    const pods = traits.filter((t) => audienceTraits(t).pod !== null);
    expect(pods.length / traits.length).toBeGreaterThan(0.03);
    for (const t of [...pods.slice(0, 10), ...traits.slice(0, 10)]) {
      const audience = audienceTraits(t);
      for (const post of recentPosts(t, AT_S, Number.POSITIVE_INFINITY, 3)) {
        const video = videoAt(post, AT_S);
        const list = commentList(t, audience, video, AT_S);
        expect(list.organic).toBe(video.comments);
        const comments = Array.from({ length: list.total }, (_, i) => list.at(i));
        expect(comments.filter((c) => c.kind === 'organic')).toHaveLength(video.comments);
        const members = comments.filter((c) => c.kind === 'pod').map((c) => c.author.uid);
        expect(new Set(members).size).toBe(members.length);
        expect(members.length).toBe(audience.pod ? list.podMembers.length : 0);
        expect(new Set(comments.map((c) => c.commentId)).size).toBe(comments.length);
        expect(comments.every((c) => c.createdAtS >= video.postedAtS && c.createdAtS <= AT_S + DAY_S)).toBe(true);
      }
    }
  });

  it('from a pod come from the same ring of accounts, most of it under most posts', () => {
    const t = traits.find((c) => audienceTraits(c).pod !== null && recentPosts(c, AT_S, Number.POSITIVE_INFINITY, 5).length === 5) as (typeof traits)[number];
    const audience = audienceTraits(t);
    const authors = recentPosts(t, AT_S, Number.POSITIVE_INFINITY, 5).map((post) => {
      const list = commentList(t, audience, videoAt(post, AT_S), AT_S);
      return new Set(Array.from({ length: list.total }, (_, i) => list.at(i)).filter((c) => c.kind === 'pod').map((c) => c.author.uid));
    });
    const ring = new Set(authors.flatMap((a) => [...a]));
    expect(ring.size).toBeLessThanOrEqual(audience.pod?.ring ?? 0);
    const onMost = [...ring].filter((uid) => authors.filter((a) => a.has(uid)).length >= 3);
    expect(onMost.length).toBeGreaterThanOrEqual((audience.pod?.ring ?? 0) / 2);
  });
});

describe('the keyed shuffle', () => {
  it.each([1, 2, 3, 17, 64, 1_000, 4_097])('is a bijection of [0, %i)', (n) => {
    const at = permutation(n, 'test', n);
    const seen = new Set(Array.from({ length: n }, (_, i) => at(i)));
    expect(seen.size).toBe(n);
    expect(Math.max(...seen)).toBe(n - 1);
  });
});
