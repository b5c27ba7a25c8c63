import type { Provider } from '@creator-audit/providers';
import { type Job, type Queue, UnrecoverableError, WaitingError } from 'bullmq';
import { creatorKind } from '../creators/ingest-creators.ts';
import { fetchItem } from '../fetch-loop/fetch-item.ts';
import { type CallGate, type CallPermit, PaidCalls } from '../fetch-loop/paid-calls.ts';
import { type CreatorJob, type CreatorJobResult, creatorJobSchema } from './creator-job.ts';
import { queueMessages } from './messages.ts';
import type { JobLanding } from './job-landing.ts';
import type { QueueLedger } from './queue-ledger.ts';
import { RedisWallet } from './redis-wallet.ts';

/** What a worker holds for one queue (one provider's API key). */
export interface QueueContext {
  queue: Queue;
  ledger: QueueLedger;
  gate: CallGate;
  landing: JobLanding;
  /** The client for a job (the simulator's seed and clock come with the job; real APIs ignore them). */
  providerFor(job: Pick<CreatorJob, 'provider' | 'seed' | 'at'>): Provider;
  /** The job's clock: the simulator's `--at`, or now. */
  clockFor(job: CreatorJob): () => Date;
}

function parseCreatorJob(job: Job): CreatorJob {
  const parsed = creatorJobSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(queueMessages.badJob(job.id, parsed.error.message));
  return parsed.data;
}

/** Back to the queue without counting an attempt: the job is not at fault (the budget, the key). */
async function putBack(job: Job, token: string): Promise<never> {
  await job.moveToWait(token);
  throw new WaitingError();
}

/**
 * One creator job: hold its expected credits in Redis (or pause the queue at the budget and put the job back),
 * fetch it through the fetch loop's item path with the shared gate and a Redis wallet, land its rows in the lake
 * and wait until the batch holding them is written, and only then record its outcome and let BullMQ acknowledge
 * it. A worker that dies before the write loses nothing (the job runs again); one that dies after it leaves rows
 * the lake's views read once.
 */
export async function processCreatorJob(job: Job, token: string, ctx: QueueContext): Promise<CreatorJobResult> {
  const data = parseCreatorJob(job);
  const provider = ctx.providerFor(data);
  const kind = creatorKind(provider, { ...data.plan, pageSize: data.plan.pageSize ?? Math.min(data.plan.videosPerCreator, provider.maxPageSize) });
  const jobId = String(job.id);
  const stopAtBudget = async () => {
    await ctx.queue.pause();
    await ctx.ledger.stopRun(data.runId, { kind: 'budget', message: await ctx.ledger.budgetMessage(data.runId) });
  };
  const held = await ctx.ledger.reserve(data.runId, jobId, kind.expectedCalls(data.username), provider.creditsPerCall);
  if (held === null) {
    // What an earlier run of this job still held goes back too: the budget is spent, nobody may wait on it.
    await ctx.ledger.release(data.runId, jobId);
    await stopAtBudget();
    return putBack(job, token);
  }
  // Per job: a refused key stops this job's calls; the queue's pause stops the others from starting.
  let refusedKey = false;
  const permit: CallPermit = {
    refusal: () => (refusedKey ? 'run_stopping' : null),
    vendorStopped: () => {
      refusedKey = true;
    },
  };
  const calls = new PaidCalls(new RedisWallet(ctx.ledger, data.runId, jobId), provider.creditsPerCall, ctx.gate, permit);
  try {
    const fetched = await fetchItem(kind, data.username, calls, { runId: data.runId, provider: provider.name, now: ctx.clockFor(data) });
    // Paid-for bodies land even when nothing was decided: they were billed.
    if (fetched.landing.rows.length > 0) await ctx.landing.land(fetched.landing);
    if (calls.vendorStop) {
      await ctx.queue.pause();
      await ctx.ledger.stopRun(data.runId, { kind: 'run_stopping', message: calls.vendorStop.message });
    } else if (calls.refusal === 'budget') await stopAtBudget();
    if (fetched.landed === null) return putBack(job, token);
    await ctx.ledger.recordOutcome(data.runId, data.username, fetched.outcome);
    return { outcome: fetched.outcome, credits: calls.credits };
  } finally {
    await ctx.ledger.release(data.runId, jobId);
  }
}
