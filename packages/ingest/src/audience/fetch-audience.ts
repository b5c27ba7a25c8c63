import { type AudienceSource, collectPages, type FailureOutcome, type Provider } from '@creator-audit/providers';
import type { PaidCalls } from '../fetch-loop/paid-calls.ts';
import type { AudienceItem } from './audience-items.ts';
import { audienceMessages } from './messages.ts';
import { type SampledCommentRow, sampleComments } from './sample-comments.ts';
import { type FollowerSample, type SampledFollower, sampleFollowers } from './sample-followers.ts';

/** How much of an audience to sample: followers (newest first), then the first `comments` of `videos` newest videos. */
export interface AudiencePlan {
  followers: number;
  videos: number;
  comments: number;
}

/** How a creator's sample ended. `ok` and `partial` carry samples; the rest say why not. */
export type AudienceOutcome = 'ok' | 'partial' | 'unsupported' | 'private' | 'skipped_fresh' | 'not_attempted' | 'budget_exhausted' | FailureOutcome;

export interface LandedAudience {
  username: string;
  outcome: AudienceOutcome;
  detail: string | null;
  snapshotAt: Date | null;
  secUidSource: 'snapshot' | 'profile' | null;
  sampledAt: Date | null;
  plan: AudiencePlan;
  followers: SampledFollower[];
  followersListed: number | null;
  followerPages: number;
  followerStop: string | null;
  videosSampled: number;
  comments: Array<SampledCommentRow & { videoId: string }>;
  commentPages: number;
  commentFailures: number;
  credits: number;
}

export function undecidedAudience(username: string, plan: AudiencePlan, outcome: AudienceOutcome, detail: string): LandedAudience {
  return {
    username,
    outcome,
    detail,
    snapshotAt: null,
    secUidSource: null,
    sampledAt: null,
    plan,
    followers: [],
    followersListed: null,
    followerPages: 0,
    followerStop: null,
    videosSampled: 0,
    comments: [],
    commentPages: 0,
    commentFailures: 0,
    credits: 0,
  };
}

/** Why the run refused a call, in the words a sample's detail uses. */
function refusalDetail(calls: PaidCalls): string {
  if (calls.vendorStop) return audienceMessages.stoppedWhileSampling(calls.vendorStop.message);
  return calls.refusal === 'interrupted' ? audienceMessages.interruptedWhileSampling : audienceMessages.budgetWhileSampling;
}

/**
 * One creator's audience sample: its newest followers, then the first comments of its newest videos, every call
 * through the run's paid calls. The sec_uid and the videos come from the creator's latest snapshot; without one,
 * the profile (and the posts pages the comment sample needs) are fetched: their bodies land, but they make no
 * snapshot (a profile with a handful of videos would be scored as if that were its feed). Returns null when the
 * run refused the first call: nothing was learnt and a resumed run tries the creator again.
 */
export async function fetchAudience(provider: Provider, source: AudienceSource, item: AudienceItem, plan: AudiencePlan, calls: PaidCalls): Promise<LandedAudience | null> {
  const { username } = item;
  const landed = undecidedAudience(username, plan, 'ok', '');
  landed.detail = null;
  const settled = (patch: Partial<LandedAudience>): LandedAudience => ({ ...landed, ...patch, credits: calls.credits });
  // Learnt with free probes first, so no profile is paid for on a contract that has no audience to sample.
  const support = source.support().state === 'unknown' ? await source.learn() : source.support();
  if (support.state === 'unsupported') return settled({ outcome: 'unsupported', detail: support.reason });
  if (item.snapshot?.privateAccount) return settled({ outcome: 'private', detail: audienceMessages.privateAccount, snapshotAt: item.snapshot.snapshotAt });

  let secUid = item.snapshot?.secUid ?? null;
  let videoIds = item.snapshot?.videoIds ?? [];
  let postsFailure: string | null = null;
  if (secUid !== null && item.snapshot) {
    landed.snapshotAt = item.snapshot.snapshotAt;
    landed.secUidSource = 'snapshot';
  } else {
    const profile = await calls.paid(() => provider.profile(username));
    if (profile === null) return null;
    if (!profile.ok) return settled({ outcome: profile.outcome, detail: audienceMessages.profileFailed(profile.detail) });
    if (profile.value.privateAccount) return settled({ outcome: 'private', detail: audienceMessages.privateAccount });
    secUid = profile.value.secUid;
    if (secUid === null) return settled({ outcome: 'schema_error', detail: audienceMessages.noSecUid(username) });
    landed.secUidSource = 'profile';
    if (plan.videos > 0 && plan.comments > 0) {
      const posts = await collectPages(
        (cursor, count) => calls.paid(() => provider.videosPage({ username, secUid }, cursor, count)),
        { maxItems: plan.videos, pageSize: Math.min(plan.videos, provider.maxPageSize), expectedItems: profile.value.videoCount },
      );
      videoIds = [...posts.items].sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0)).map((v) => v.videoId);
      if (posts.failure) postsFailure = audienceMessages.postsFailed(posts.failure.detail);
    }
  }
  if (calls.refusal) return settled({ outcome: 'partial', detail: refusalDetail(calls) });

  const followers: FollowerSample | null = plan.followers > 0 ? await sampleFollowers(source, { username, secUid }, plan.followers, calls) : null;
  if (followers?.unsupported) {
    const now = source.support();
    return settled({ outcome: 'unsupported', detail: now.state === 'unsupported' ? now.reason : null });
  }
  if (followers) {
    landed.followers = followers.followers;
    landed.followersListed = followers.listed;
    landed.followerPages = followers.pages;
    landed.followerStop = followers.stop;
    landed.sampledAt = followers.followers[0]?.fetchedAt ?? calls.raws[calls.raws.length - 1]?.fetchedAt ?? null;
    // Nothing read, and the list itself said why (private, not found, a schema error): that is the creator's outcome.
    if (followers.failure && followers.followers.length === 0 && !calls.refusal) {
      return settled({ outcome: followers.failure.outcome, detail: audienceMessages.followersFailed(1, followers.failure.outcome, followers.failure.detail) });
    }
  }

  const failures: string[] = [];
  for (const videoId of plan.comments > 0 ? videoIds.slice(0, plan.videos) : []) {
    if (calls.refusal) break;
    const sample = await sampleComments(source, videoId, plan.comments, calls);
    if (sample.unsupported) {
      const now = source.support();
      return settled({ outcome: 'unsupported', detail: now.state === 'unsupported' ? now.reason : null });
    }
    landed.commentPages += sample.pages;
    if (sample.pages > 0 && !sample.failure) landed.videosSampled++;
    for (const row of sample.comments) landed.comments.push({ ...row, videoId });
    if (sample.failure) failures.push(`video ${videoId}: ${sample.failure.outcome}: ${sample.failure.detail}`);
  }
  landed.commentFailures = failures.length;
  landed.sampledAt ??= landed.comments[0]?.fetchedAt ?? null;

  if (calls.refusal) {
    // Refused before its first call: nothing learnt, and a resumed run tries the creator again.
    if (calls.raws.length === 0) return null;
    return settled({ outcome: 'partial', detail: refusalDetail(calls) });
  }
  const problems = [
    ...(followers?.failure ? [audienceMessages.followersFailed(followers.pages + 1, followers.failure.outcome, followers.failure.detail)] : []),
    ...(postsFailure ? [postsFailure] : []),
    ...(failures.length > 0 ? [audienceMessages.commentsFailed(failures.length, failures[0] as string)] : []),
  ];
  return settled(problems.length === 0 ? {} : { outcome: 'partial', detail: problems.join('; ') });
}
