import type { Provider } from '../provider.ts';
import type { ScavioContract } from '../records.ts';
import { ScavioProvider } from '../scavio.ts';
import { createDocumentedSimulator } from './audience/documented.ts';
import { createSyntheticTransport, type SyntheticOptions } from './transport.ts';

export interface SyntheticProviderOptions extends SyntheticOptions {
  /**
   * The contract the simulator speaks: its own, the tutorials' (the default: what the seeds call), or Scavio's
   * documented one, which alone has followers and comments (`audit-audience`).
   */
  contract?: ScavioContract;
  /** Documented contract: handles whose sec_uids and video ids it resolves before their profile is asked. */
  handles?: Iterable<string>;
}

/**
 * The offline default: Scavio's client over the simulated world in process, so the same schemas and
 * normalisers that read real Scavio bodies read simulated ones. No network, no key, no cost.
 */
export function createSyntheticProvider(options: SyntheticProviderOptions): Provider {
  const contract = options.contract ?? 'scavio-tutorial';
  return new ScavioProvider({
    transport: contract === 'scavio-2026' ? createDocumentedSimulator(options) : createSyntheticTransport(options),
    name: 'synthetic',
    // The contract is the one chosen here: there is nothing to learn.
    contract,
    ...(options.clock ? { clock: options.clock } : {}),
  });
}
