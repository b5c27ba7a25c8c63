import type { Provider } from '@creator-audit/providers';
import { CreditBudget } from './budget.ts';
import { rateGate } from './engine.ts';
import { fetchHashtag, type HashtagScan, type HashtagScanPlan, landHashtagScan } from './scan-hashtag.ts';
import { finishRun, hashInput, startOrResumeRun, type Warehouse } from '@creator-audit/warehouse';

export interface HashtagIngestOptions extends HashtagScanPlan {
  maxCredits: number | null;
  /** Calls per second at most; null or absent for no limit (the in-process simulator). */
  rps?: number | null;
  now?: () => Date;
}

export interface HashtagIngestSummary {
  runId: string;
  scans: HashtagScan[];
  creditsSpent: number;
  /** Set when the vendor ended the run (bad key, no credits); scans before it are stored. */
  stoppedBy: string | null;
  /** Hashtags never scanned because the budget ran out, the vendor ended the run or it was interrupted before them. */
  notScanned: string[];
  /** The run was interrupted (`signal`); scans before it, and the pages of the one cut short, are stored. */
  interrupted: boolean;
}

/**
 * Scans hashtags one after another (each is many pages of one list), landing each scan as it completes.
 * Every scan is a new snapshot: re-scanning later is how campaigns are tracked over time.
 */
export async function ingestHashtags(
  warehouse: Warehouse,
  provider: Provider,
  hashtags: readonly string[],
  options: HashtagIngestOptions,
): Promise<HashtagIngestSummary> {
  const now = options.now ?? (() => new Date());
  const started = now();
  // Each scan is a new snapshot, so the run is keyed by time as well as by its hashtags.
  const run = await startOrResumeRun(warehouse, {
    kind: 'hashtags',
    provider: provider.name,
    inputName: hashtags.map((h) => `#${h}`).join(' '),
    inputHash: hashInput([started.toISOString(), ...hashtags]),
    options,
    now: started,
  });
  const budget = new CreditBudget(options.maxCredits);
  const gate = rateGate(options.rps ?? null);
  const scans: HashtagScan[] = [];
  let stoppedBy: string | null = null;
  for (const hashtag of hashtags) {
    const scan = await fetchHashtag(provider, hashtag, options, budget, now, gate);
    // Landed even when it holds no video: the scan row records what was tried and what it cost.
    await landHashtagScan(warehouse, run.runId, provider.name, scan);
    scans.push(scan);
    stoppedBy = scan.stoppedBy;
    if (scan.stop === 'halted') break;
  }
  const notScanned = hashtags.slice(scans.length);
  const interrupted = scans.at(-1)?.interrupted ?? false;
  const halted = scans.at(-1)?.stop === 'halted';
  const reason = interrupted ? 'interrupted' : (stoppedBy ?? (halted ? `credit budget of ${options.maxCredits} reached` : null));
  await finishRun(warehouse, run.runId, interrupted ? 'interrupted' : reason ? 'stopped' : 'finished', reason, now());
  return { runId: run.runId, scans, creditsSpent: budget.spent, stoppedBy, notScanned, interrupted };
}
