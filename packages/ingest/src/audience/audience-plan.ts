import type { AudienceSource, Provider } from '@creator-audit/providers';
import type { PlannedCall } from '../creators/dry-run.ts';
import type { AudienceItem } from './audience-items.ts';
import type { AudiencePlan } from './fetch-audience.ts';

/** The calls one creator's sample is expected to cost, endpoint by endpoint, at the page sizes the API answers. */
export function audienceCallsFor(provider: Provider, source: AudienceSource, item: AudienceItem, plan: AudiencePlan): string[] {
  if (source.support().state === 'unsupported' || item.snapshot?.privateAccount) return [];
  const calls: string[] = [];
  const endpoints = provider.creatorEndpoints();
  const comments = plan.videos > 0 && plan.comments > 0;
  const snapshotted = item.snapshot !== null && item.snapshot.secUid !== null;
  if (!snapshotted) {
    calls.push(endpoints.profile);
    // The posts pages that list the videos to sample comments from.
    const pageSize = Math.max(1, Math.min(plan.videos, provider.expectedPageSize('creator')));
    if (comments) for (let p = 0; p < Math.ceil(plan.videos / pageSize); p++) calls.push(endpoints.videos);
  }
  if (plan.followers > 0) {
    // A creator with fewer followers than asked lists them on fewer pages; an empty list still takes one call.
    const known = item.snapshot?.followers ?? null;
    const listed = known === null ? plan.followers : Math.max(1, Math.min(plan.followers, known));
    for (let p = 0; p < Math.ceil(listed / source.expectedPageSize('followers')); p++) calls.push('user/followers');
  }
  if (comments) {
    const videos = snapshotted ? Math.min(plan.videos, item.snapshot?.videoIds.length ?? 0) : plan.videos;
    const pages = Math.ceil(plan.comments / source.expectedPageSize('comments'));
    for (let v = 0; v < videos * pages; v++) calls.push('video/comments');
  }
  return calls;
}

export interface AudienceDryRun {
  calls: PlannedCall[];
  creators: number;
  skippedFresh: number;
  /** Creators with no snapshot from this provider: their profile is fetched for its sec_uid. */
  withoutSnapshot: number;
  credits: number;
}

/** What sampling the list would call and spend, calling nothing. */
export function planAudienceRun(provider: Provider, source: AudienceSource, items: readonly AudienceItem[], fresh: ReadonlySet<string>, plan: AudiencePlan): AudienceDryRun {
  const calls: PlannedCall[] = [];
  let creators = 0;
  let withoutSnapshot = 0;
  for (const item of items) {
    if (fresh.has(item.username)) continue;
    creators++;
    if (item.snapshot === null || item.snapshot.secUid === null) withoutSnapshot++;
    for (const endpoint of audienceCallsFor(provider, source, item, plan)) calls.push({ username: item.username, endpoint });
  }
  return { calls, creators, skippedFresh: items.length - creators, withoutSnapshot, credits: calls.length * source.creditsPerCall };
}
