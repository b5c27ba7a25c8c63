import { checkApiKey, checkBaseUrl } from './connection-settings.ts';
import { createHttpTransport } from './http-transport.ts';
import { MissingKeyError } from './errors.ts';
import { messages } from './messages.ts';
import type { Provider } from './provider.ts';
import { SCAVIO_CONTRACTS, type ProviderName, type ScavioContract } from './records.ts';
import { SCAVIO_DEFAULT_BASE_URL, SCAVIO_KEY_VAR, ScavioProvider } from './scavio.ts';
import { createSyntheticProvider } from './synthetic/index.ts';
import { TIKHUB_DEFAULT_BASE_URL, TIKHUB_KEY_VAR, TikHubProvider } from './tikhub.ts';

/** The offline simulator's world when no seed is given. */
export const DEFAULT_SIMULATOR_SEED = 42;

export const PROVIDER_NAMES = ['synthetic', 'scavio', 'tikhub'] as const satisfies readonly ProviderName[];

/**
 * Defaults safe for each source: TikHub documents about 10 requests/s, Scavio publishes no figure so we
 * stay below that; the in-process simulator has no network to protect.
 */
export const PROVIDER_DEFAULTS: Record<ProviderName, { concurrency: number; rps: number | null }> = {
  synthetic: { concurrency: 16, rps: null },
  scavio: { concurrency: 4, rps: 5 },
  tikhub: { concurrency: 4, rps: 8 },
};

export interface ProviderConfig {
  name: ProviderName;
  env: Record<string, string | undefined>;
  /** Seed of the offline simulator. */
  seed?: number;
  timeoutMs?: number;
  /**
   * Requests per second and connections at most (default: PROVIDER_DEFAULTS). The HTTP transport paces every
   * attempt, retries included, so a storm of 429s cannot come back as a burst above `rps`.
   */
  rps?: number | null;
  concurrency?: number;
  /**
   * The contract the Scavio server is known to speak (e.g. the one recorded on the bodies of an earlier run), so
   * none is learnt; else `SCAVIO_CONTRACT` from the environment; else it is learnt from the first telling answer.
   */
  scavioContract?: ScavioContract;
  /** Retries inside the HTTP transport (default 4); 0 leaves retrying to the caller (a queue worker's shared gate). */
  maxRetries?: number;
  /**
   * The simulator only: handles whose sec_uids and video ids it must resolve without their profile being asked
   * first (an audience sample takes them from snapshots). A real server knows every account.
   */
  simulatorHandles?: readonly string[];
  clock?: () => Date;
}

function scavioContractFrom(config: ProviderConfig): ScavioContract | undefined {
  if (config.scavioContract) return config.scavioContract;
  const named = config.env.SCAVIO_CONTRACT?.trim();
  if (!named) return undefined;
  if ((SCAVIO_CONTRACTS as readonly string[]).includes(named)) return named as ScavioContract;
  throw new Error(messages.badContract(named, SCAVIO_CONTRACTS));
}

function keyFrom(env: ProviderConfig['env'], name: ProviderName, variable: string): string {
  const key = env[variable]?.trim();
  if (!key) throw new MissingKeyError(name, variable);
  // A key no header can carry would fail every call as a network error: it is a setting to fix, said once.
  checkApiKey(key, variable);
  return key;
}

/** The environment variables of one vendor's connection. */
interface VendorVariables {
  key: string;
  baseUrl: string;
  /** Set to 1 to let the key travel over plain http:// to a host other than this machine. */
  allowInsecure: string;
  defaultBaseUrl: string;
}

const VARIABLES = {
  scavio: { key: SCAVIO_KEY_VAR, baseUrl: 'SCAVIO_BASE_URL', allowInsecure: 'SCAVIO_ALLOW_INSECURE', defaultBaseUrl: SCAVIO_DEFAULT_BASE_URL },
  tikhub: { key: TIKHUB_KEY_VAR, baseUrl: 'TIKHUB_BASE_URL', allowInsecure: 'TIKHUB_ALLOW_INSECURE', defaultBaseUrl: TIKHUB_DEFAULT_BASE_URL },
} as const satisfies Record<Exclude<ProviderName, 'synthetic'>, VendorVariables>;

/** The base URL and key of a vendor, both checked before the first call: a bad one is a setting to fix, not a failed call. */
function connectionFrom(env: ProviderConfig['env'], name: ProviderName, vars: VendorVariables): { baseUrl: string; apiKey: string } {
  const apiKey = keyFrom(env, name, vars.key);
  const raw = env[vars.baseUrl]?.trim() || vars.defaultBaseUrl;
  const baseUrl = checkBaseUrl(raw, vars.baseUrl, vars.allowInsecure, env[vars.allowInsecure]?.trim() === '1').href;
  return { baseUrl, apiKey };
}

/**
 * Builds a provider from the environment: keys and base URLs from `*_API_KEY` / `*_BASE_URL`. A key that no
 * HTTP header can carry, or a plain http:// base URL to another machine (unless `*_ALLOW_INSECURE=1`), is refused here.
 */
export function createProvider(config: ProviderConfig): Provider {
  const { name, env, timeoutMs, clock } = config;
  const defaults = PROVIDER_DEFAULTS[name];
  const http = ({ baseUrl, apiKey }: { baseUrl: string; apiKey: string }) =>
    createHttpTransport({
      baseUrl,
      apiKey,
      rps: config.rps === undefined ? defaults.rps : config.rps,
      connections: config.concurrency ?? defaults.concurrency,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(config.maxRetries === undefined ? {} : { maxRetries: config.maxRetries }),
    });
  switch (name) {
    case 'synthetic':
      // The simulator speaks the tutorials' contract unless told to speak the documented one (which alone has audiences).
      return createSyntheticProvider({
        seed: config.seed ?? DEFAULT_SIMULATOR_SEED,
        ...(clock ? { clock } : {}),
        ...(config.scavioContract ? { contract: config.scavioContract } : {}),
        ...(config.simulatorHandles ? { handles: config.simulatorHandles } : {}),
      });
    case 'scavio': {
      const contract = scavioContractFrom(config);
      return new ScavioProvider({
        transport: http(connectionFrom(env, name, VARIABLES.scavio)),
        ...(contract ? { contract } : {}),
        ...(clock ? { clock } : {}),
      });
    }
    case 'tikhub':
      return new TikHubProvider({
        transport: http(connectionFrom(env, name, VARIABLES.tikhub)),
        ...(clock ? { clock } : {}),
      });
  }
}
