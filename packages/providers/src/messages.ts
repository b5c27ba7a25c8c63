import type { ProviderName } from './records.ts';

/** User-facing messages of the providers, in one place. They never include a key. */
export const messages = {
  badKey: (provider: ProviderName, envVar: string) =>
    `${provider} rejected the API key (HTTP 401). Check ${envVar}; the run stopped and everything fetched so far is kept.`,
  noCredits: (provider: ProviderName, billing: string | null) =>
    `${provider} says the account has no credits left (HTTP 402)${billing ? `; top up at ${billing}` : ''}. The run stopped and everything fetched so far is kept.`,
  missingKey: (provider: ProviderName, envVar: string) =>
    `${provider} needs an API key: set ${envVar} in the environment (or use --provider synthetic for the offline simulator).`,
};
