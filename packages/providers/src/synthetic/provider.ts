import type { Provider } from '../provider.ts';
import { ScavioProvider } from '../scavio.ts';
import { createSyntheticTransport, type SyntheticOptions } from './transport.ts';

/**
 * The offline default: Scavio's client over the simulated world in process, so the same schemas and
 * normalisers that read real Scavio bodies read simulated ones. No network, no key, no cost.
 */
export function createSyntheticProvider(options: SyntheticOptions): Provider {
  return new ScavioProvider({
    transport: createSyntheticTransport(options),
    name: 'synthetic',
    // The simulator answers the tutorials' endpoints only: there is nothing to learn.
    contract: 'scavio-tutorial',
    ...(options.clock ? { clock: options.clock } : {}),
  });
}
