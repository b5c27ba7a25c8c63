import { asDocumentedContract } from '../../testing/documented-contract.ts';
import type { Transport } from '../../transport.ts';
import { createSyntheticTransport, type SyntheticOptions } from '../transport.ts';
import { SyntheticDirectory } from './directory.ts';
import { createSyntheticAudienceTransport } from './transport.ts';

export interface DocumentedSimulatorOptions extends SyntheticOptions {
  /** Handles whose sec_uids and video ids the simulator resolves without their profile being asked first. */
  handles?: Iterable<string>;
}

/**
 * The whole simulated world in Scavio's documented contract: profiles, posts and hashtags translated from the
 * tutorials' (`asDocumentedContract`), followers and comments answered natively (only the documented contract
 * has them). Profiles it answers teach its directory their handles.
 */
export function createDocumentedSimulator(options: DocumentedSimulatorOptions): Transport {
  const directory = new SyntheticDirectory(options.seed, options.handles ?? []);
  const audience = createSyntheticAudienceTransport({
    seed: options.seed,
    directory,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.faultRate === undefined ? {} : { faultRate: options.faultRate }),
  });
  return asDocumentedContract(createSyntheticTransport(options), { transport: audience, registerHandle: (handle) => directory.register(handle) });
}
