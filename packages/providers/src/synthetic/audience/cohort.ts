import { creatorTraits } from '../creator.ts';
import { syntheticHandles } from '../handles.ts';
import { DAY_S } from '../model.ts';
import { pinnedPosts, recentPosts } from '../videos.ts';
import { audienceTraits } from './audience-traits.ts';
import { followersListedAt } from './follow-stream.ts';
import { syntheticAudienceTruth } from './truth.ts';

export interface AudienceCohortOptions {
  /** Handles to look through (`syntheticHandles(seed, pool)`). */
  pool: number;
  /** Followers a sample reads: the window each creator's truth is computed over. */
  window: number;
  /** Videos whose comments a sample reads: pod creators are picked among those with at least this many. */
  videos: number;
  /** Upper bounds of the fake-share bins creators buying followers are picked in (each [previous, bound)). */
  fakeBins: readonly number[];
  /** Creators per fake-share bin, honest creators per spam-share bin, pod creators and dormant celebrities. */
  perBin: number;
  honestBins: readonly number[];
  pods: number;
  /** Dormant celebrities: honest, with a real but mostly silent audience. */
  dormant: number;
}

export interface AudienceCohortMember {
  username: string;
  group: 'fake' | 'honest' | 'pod' | 'dormant';
  windowFakeShare: number;
}

const DEFAULTS: AudienceCohortOptions = {
  pool: 6_000,
  window: 200,
  videos: 5,
  fakeBins: [0.2, 0.6, 0.9, 1.01],
  perBin: 2,
  honestBins: [0.02, 0.05, 0.15],
  pods: 3,
  dormant: 1,
};

/**
 * A simulated cohort with known, spread-out audience truths, for testing estimators against: creators in the middle
 * of a follower purchase (or just past one) whose newest followers are fake in each share bin, honest creators
 * across spam-bot shares, a dormant celebrity (a real audience, mostly silent: inactive is not fake), and creators in
 * engagement pods. Deterministic for a seed and a time.
 */
export function syntheticAudienceCohort(seed: number, at: Date, options: Partial<AudienceCohortOptions> = {}): AudienceCohortMember[] {
  const o = { ...DEFAULTS, ...options };
  const atS = Math.floor(at.getTime() / 1000);
  const fakeBins = o.fakeBins.map(() => [] as AudienceCohortMember[]);
  const honestBins = o.honestBins.map(() => [] as AudienceCohortMember[]);
  const pods: AudienceCohortMember[] = [];
  const dormant: AudienceCohortMember[] = [];
  const binOf = (bounds: readonly number[], value: number) => bounds.findIndex((b) => value < b);
  const full = () =>
    fakeBins.every((b) => b.length >= o.perBin) && honestBins.every((b) => b.length >= o.perBin) && pods.length >= o.pods && dormant.length >= o.dormant;
  for (const username of syntheticHandles(seed, o.pool)) {
    if (full()) break;
    const t = creatorTraits(seed, username);
    if (t.status !== 'ok' || followersListedAt(t, atS) < o.window) continue;
    const audience = audienceTraits(t);
    const posts = recentPosts(t, atS, Number.POSITIVE_INFINITY, o.videos + pinnedPosts(t, atS).length).length;
    if (audience.pod !== null) {
      if (pods.length < o.pods && posts >= o.videos) pods.push({ username, group: 'pod', windowFakeShare: syntheticAudienceTruth(seed, username, at, o.window).windowFakeShare });
      continue;
    }
    if (t.archetype === 'dormant_celebrity') {
      if (dormant.length < o.dormant && posts >= o.videos) dormant.push({ username, group: 'dormant', windowFakeShare: syntheticAudienceTruth(seed, username, at, o.window).windowFakeShare });
      continue;
    }
    if (t.archetype === 'organic') {
      const bin = honestBins[binOf(o.honestBins, audience.spamShare)];
      if (bin && bin.length < o.perBin) bin.push({ username, group: 'honest', windowFakeShare: audience.spamShare });
      continue;
    }
    const bought = t.archetype === 'bought_followers' || t.archetype === 'growth_spike';
    // Only a purchase arriving now or just over shows in the newest followers.
    if (!bought || t.onsetS === null || t.onsetS > atS || t.onsetS + (t.fraud.deliveryDays + 20) * DAY_S < atS) continue;
    const share = syntheticAudienceTruth(seed, username, at, o.window).windowFakeShare;
    const bin = fakeBins[binOf(o.fakeBins, share)];
    if (bin && bin.length < o.perBin && share >= 0.08) bin.push({ username, group: 'fake', windowFakeShare: share });
  }
  return [...fakeBins.flat(), ...honestBins.flat(), ...dormant, ...pods];
}
