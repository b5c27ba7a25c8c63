import { createProvider, type Provider } from '@creator-audit/providers';
import type { CreatorJob } from './creator-job.ts';

type JobSource = Pick<CreatorJob, 'provider' | 'seed' | 'at'>;

/**
 * A worker's API clients, one per provider (the simulator: one per seed and clock, which come with the job), built
 * from the worker's environment: keys never travel with jobs. No retries in the transport and no pace of its own:
 * the queue's shared gate paces and retries every attempt.
 */
export class JobProviders {
  private readonly clients = new Map<string, Provider>();

  constructor(private readonly config: { env: Record<string, string | undefined>; timeoutMs: number; concurrency: number }) {}

  /** The job's clock: the simulator's `--at`, or now. */
  clockFor(job: Pick<CreatorJob, 'provider' | 'at'>): () => Date {
    const at = job.provider === 'synthetic' && job.at ? new Date(job.at) : null;
    return at ? () => at : () => new Date();
  }

  providerFor(job: JobSource): Provider {
    const key = job.provider === 'synthetic' ? `synthetic|${job.seed}|${job.at}` : job.provider;
    let provider = this.clients.get(key);
    if (!provider) {
      provider = createProvider({
        name: job.provider,
        env: this.config.env,
        seed: job.seed,
        timeoutMs: this.config.timeoutMs,
        clock: this.clockFor(job),
        rps: null,
        concurrency: this.config.concurrency,
        maxRetries: 0,
      });
      this.clients.set(key, provider);
    }
    return provider;
  }

  async close(): Promise<void> {
    for (const provider of this.clients.values()) await provider.close();
  }
}
