import { PROVIDER_NAMES } from '@creator-audit/providers';
import { z } from 'zod';

/**
 * A creator job as enqueued: everything a worker needs but a key (keys come from each worker's environment and
 * never reach Redis). Parsed with this schema when a worker takes it, so a job from another version is refused
 * with what is wrong instead of being fetched half right.
 */
export const creatorJobSchema = z.object({
  runId: z.string().min(1),
  provider: z.enum(PROVIDER_NAMES),
  username: z.string().min(1),
  plan: z.object({
    videosPerCreator: z.number().int().positive(),
    /** Absent: the worker's client decides (the most it allows, up to the videos wanted), as `ingest` does. */
    pageSize: z.number().int().positive().optional(),
    maxEmptyPages: z.number().int().nonnegative(),
  }),
  /** The simulator's seed and clock (`--at`, ISO 8601); ignored by real APIs. */
  seed: z.number().int(),
  at: z.string().datetime().nullable(),
});

export type CreatorJob = z.infer<typeof creatorJobSchema>;

/** What a completed job leaves in BullMQ (`returnvalue`). */
export interface CreatorJobResult {
  outcome: string;
  credits: number;
}

/** BullMQ job options for every creator job: retried after a failure, removed once done (the run's ledger remembers it). */
export const CREATOR_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: true,
  removeOnFail: false,
} as const;
