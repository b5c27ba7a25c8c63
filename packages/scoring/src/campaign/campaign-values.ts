import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { campaignMessages } from './messages.ts';
import { error } from '@creator-audit/providers/errors';

/** The metrics an analyst can put a value on, as they are counted in `campaign_summary`. */
export const VALUED_METRICS = ['play', 'like', 'comment', 'share', 'save'] as const;
type ValuedMetric = (typeof VALUED_METRICS)[number];

const amount = z.number().nonnegative();

/**
 * The analyst's own rates for earned media value: what one play, like, comment, share or save is worth to them,
 * in their currency, and where the figures come from (printed beside the result). Nothing here has a default:
 * a metric left out is worth 0. Unknown keys are refused, so a typo (`likes`) cannot silently drop a rate.
 */
const campaignValuesSchema = z.strictObject({
  currency: z.string().trim().min(1).max(12),
  source: z.string().trim().min(1).max(200),
  value_per: z
    .strictObject({ play: amount, like: amount, comment: amount, share: amount, save: amount })
    .partial()
    .refine((v) => Object.keys(v).length > 0, campaignMessages.valuesNoMetric),
});

export interface CampaignValues {
  currency: string;
  source: string;
  /** Every metric, 0 where the file left it out. */
  valuePer: Record<ValuedMetric, number>;
  /** The file they came from, for the report. */
  file: string;
}

function describe(issue: z.core.$ZodIssue): string {
  return `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`;
}

export function parseCampaignValues(text: string, file: string): CampaignValues {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw error(campaignMessages.valuesNotJson(file, (cause as Error).message), cause);
  }
  const parsed = campaignValuesSchema.safeParse(json);
  if (!parsed.success) throw new Error(campaignMessages.valuesInvalid(file, parsed.error.issues.map(describe)));
  const { currency, source, value_per } = parsed.data;
  const valuePer = Object.fromEntries(VALUED_METRICS.map((m) => [m, value_per[m] ?? 0])) as Record<ValuedMetric, number>;
  return { currency, source, valuePer, file };
}

export function readCampaignValues(file: string): CampaignValues {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw error(campaignMessages.valuesUnreadable(file, (cause as Error).message), cause);
  }
  return parseCampaignValues(text, file);
}
