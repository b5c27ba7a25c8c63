import type { Provider } from '@creator-audit/providers';
import { type CreatorFetchPlan, expectedCalls } from './fetch-creator.ts';

export interface PlannedCall {
  username: string;
  endpoint: string;
}

export interface DryRunPlan {
  calls: PlannedCall[];
  creators: number;
  skippedFresh: number;
  /** Credits at the expected page count; a creator with fewer videos than a page costs the same. */
  credits: number;
  /** The contract the plan is priced in: null when the server has not said yet (priced as the one asked first). */
  contract: string | null;
}

/** What a run would call and spend, without calling anything. */
export function planCreatorRun(provider: Provider, handles: readonly string[], fresh: ReadonlySet<string>, plan: CreatorFetchPlan): DryRunPlan {
  const endpoints = provider.creatorEndpoints();
  const pages = expectedCalls(plan, provider) - 1;
  const calls: PlannedCall[] = [];
  let creators = 0;
  for (const username of handles) {
    if (fresh.has(username)) continue;
    creators++;
    calls.push({ username, endpoint: endpoints.profile });
    for (let p = 0; p < pages; p++) calls.push({ username, endpoint: endpoints.videos });
  }
  return { calls, creators, skippedFresh: handles.length - creators, credits: calls.length * provider.creditsPerCall, contract: provider.contract() };
}
