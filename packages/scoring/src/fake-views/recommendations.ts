import type { ConfidenceLevel, FakeViewReport, McnReport } from '@creator-audit/providers/fake-view-contract';
import { suggestedSteps } from './messages.ts';

type Recommendations = FakeViewReport['recommendations'];

/**
 * What each confidence level calls for. TikHub's example pairs `Minimal` with no_action, risk "low", revenue impact
 * "minimal", brand safety "minimal" and a "good" platform relationship; the other levels step up one notch each.
 */
const BY_LEVEL: Record<
  ConfidenceLevel,
  { action: Recommendations['action']; risk: Recommendations['risk_level']; impact: string; brandSafety: string; platform: string }
> = {
  Minimal: { action: 'no_action', risk: 'low', impact: 'minimal', brandSafety: 'minimal', platform: 'good' },
  Low: { action: 'monitor', risk: 'medium', impact: 'low', brandSafety: 'low', platform: 'good' },
  Medium: { action: 'scheduled_review', risk: 'high', impact: 'moderate', brandSafety: 'moderate', platform: 'at_risk' },
  High: { action: 'immediate_review', risk: 'critical', impact: 'significant', brandSafety: 'high', platform: 'poor' },
};

/** TikHub's example prices fake views at $1 per thousand (7,970,745 fake views -> 7,970.745); so do we. */
const DOLLARS_PER_FAKE_VIEW = 1 / 1000;

export function recommendationsFor(level: ConfidenceLevel): Recommendations {
  const { action, risk, impact } = BY_LEVEL[level];
  return { action, risk_level: risk, potential_revenue_impact: impact, suggested_steps: [...suggestedSteps[level]] };
}

export function mcnReportFor(level: ConfidenceLevel, estimatedFakeViews: number | null): McnReport {
  const { risk, brandSafety, platform } = BY_LEVEL[level];
  const amount = estimatedFakeViews === null ? null : estimatedFakeViews * DOLLARS_PER_FAKE_VIEW;
  return {
    summary: { estimated_revenue_impact: amount, recommended_actions: suggestedSteps[level][0] ?? '' },
    business_impact: {
      revenue_impact: { level: risk, estimated_amount: amount },
      brand_safety_impact: { level: brandSafety },
      platform_relationship: { status: platform },
    },
  };
}
