import type { ContractChoice } from '../contract-choice.ts';
import type { Exchanged } from '../exchange.ts';
import type { Fetched, RawBody } from '../outcomes.ts';
import type { ProviderName, ScavioContract } from '../records.ts';
import type { WireRequest } from '../transport.ts';
import type { AudienceSource } from './audience-source.ts';
import { parseCommentPage } from './comment-page.ts';
import { parseFollowerPage } from './follower-page.ts';
import { audienceMessages } from './messages.ts';
import type { AudienceSupport } from './records.ts';
import { AUDIENCE_ENDPOINTS, AUDIENCE_PAGE_LIMIT, type AudienceFeed, commentsRequest, followersRequest } from './requests.ts';

/** What the audience calls need of `ScavioProvider`: its contract choice and its ways to ask. */
export interface ScavioAudienceParts {
  name: ProviderName;
  choice: ContractChoice<ScavioContract>;
  /** One call in the documented contract, its body parsed by `parse` (the envelope's `data` given). */
  ask<T>(request: WireRequest, parse: (data: unknown) => T): Promise<Fetched<T>>;
  /** The tutorials' free `user/info` probe: a 400/422 shows their contract, a 404 shows it is not theirs. */
  probeTutorial(): Promise<Exchanged>;
  /** A free probe of the documented `user/followers` (no `sec_user_id`): a 400/422 shows the path exists, a 404 not. */
  probeDocumented(): Promise<Exchanged>;
  /** Whether an answer shows the path asked exists (see scavio.ts `pathSeen`). */
  pathSeen(raw: RawBody): 'missing' | 'unknown' | 'present';
}

/**
 * Scavio's audience endpoints, which only its documented contract has. On the tutorials' contract a call asks
 * nothing and answers null (`support()` says why). While the contract is unknown, a call asks the documented
 * endpoint: an answer that shows the path exists decides it; a 404 may be a missing path or a missing creator or
 * video, so the tutorials' free probe tells them apart, exactly as the hashtag lookup does.
 */
export function scavioAudience(parts: ScavioAudienceParts): AudienceSource {
  const largest = new Map<AudienceFeed, number>();
  const observe = (feed: AudienceFeed, page: { items: unknown[]; hasMore: boolean }) => {
    if (page.hasMore && page.items.length > 0) largest.set(feed, Math.max(largest.get(feed) ?? 0, page.items.length));
  };

  const documentedOnly = async <T>(what: string, endpoint: string, ask: () => Promise<Fetched<T>>): Promise<Fetched<T> | null> =>
    parts.choice.run(
      async (contract) => (contract === 'scavio-tutorial' ? null : ask()),
      async () => {
        const documented = await ask();
        const seen = parts.pathSeen(documented.raw);
        if (seen === 'present') parts.choice.decide('scavio-2026');
        if (seen !== 'missing') return documented;
        const probe = await parts.probeTutorial();
        if (parts.pathSeen(probe.raw) === 'present') {
          parts.choice.decide('scavio-tutorial');
          return null;
        }
        if (probe.raw.httpStatus === 404) return { ok: false, outcome: 'not_found', detail: audienceMessages.notFoundOnBoth(what, endpoint), raw: documented.raw };
        const outcome = 'outcome' in probe.classified ? probe.classified.outcome : 'http_error';
        return { ok: false, outcome, detail: audienceMessages.undecided(what, endpoint), raw: documented.raw };
      },
    );

  const support = (): AudienceSupport => {
    const contract = parts.choice.current;
    if (contract === null) return { state: 'unknown' };
    return contract === 'scavio-2026' ? { state: 'supported' } : { state: 'unsupported', reason: audienceMessages.tutorialContract };
  };

  return {
    name: parts.name,
    creditsPerCall: 1,
    support,
    learn: () =>
      parts.choice.run(
        async () => support(),
        async () => {
          const documented = await parts.probeDocumented();
          const seen = parts.pathSeen(documented.raw);
          if (seen === 'present') parts.choice.decide('scavio-2026');
          else if (seen === 'missing' && parts.pathSeen((await parts.probeTutorial()).raw) === 'present') parts.choice.decide('scavio-tutorial');
          return support();
        },
      ),
    expectedPageSize: (feed) => largest.get(feed) ?? AUDIENCE_PAGE_LIMIT[feed],
    followersPage: async (creator, cursor, count) => {
      const page = await documentedOnly(`@${creator.username}`, AUDIENCE_ENDPOINTS.followers, () =>
        parts.ask(followersRequest(creator, cursor, count), parseFollowerPage),
      );
      if (page?.ok) observe('followers', page.value);
      return page;
    },
    commentsPage: async (videoId, cursor, count) => {
      const page = await documentedOnly(`video ${videoId}`, AUDIENCE_ENDPOINTS.comments, () =>
        parts.ask(commentsRequest(videoId, cursor, count), (data) => parseCommentPage(data, videoId)),
      );
      if (page?.ok) observe('comments', page.value);
      return page;
    },
  };
}
