import { SIGNAL_LABELS } from '@creator-audit/scoring';
import { CHART_CONFIG, type Chart, chartValues, subtitleLines, VEGA_LITE_SCHEMA } from '../charts/chart.ts';
import type { CreatorAudienceRow } from './audience-rows.ts';

const CLASSIFICATIONS = ['suspicious', 'inactive', 'active', 'unknown'] as const;
const CLASS_COLOURS = ['#c8403a', '#b0b0b0', '#4c9a5f', '#e8e8e8'];

/**
 * A creator's sampled followers by what they are taken for (one bar, segments per class, counts exact) and, below,
 * how many show each signal: what the classification was made from.
 */
export function audienceBreakdownChart(username: string, a: CreatorAudienceRow): Chart {
  const title = `${username}: who the newest followers are`;
  const values = chartValues(
    CLASSIFICATIONS.map((classification) => ({ classification, followers: a[classification], share: a.followers_sampled ? a[classification] / a.followers_sampled : 0 })),
  );
  return {
    id: 'audience-breakdown',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: title, subtitle: subtitleLines(`${a.describes}; suspicious ${pct(a.suspicious_share)} (95% interval ${pct(a.suspicious_share_low)}-${pct(a.suspicious_share_high)}) of those classified`) },
      config: CHART_CONFIG,
      data: { values },
      width: 420,
      height: 40,
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'followers', type: 'quantitative', stack: 'zero', title: 'followers sampled' },
        color: { field: 'classification', type: 'nominal', scale: { domain: [...CLASSIFICATIONS], range: CLASS_COLOURS }, title: null, sort: [...CLASSIFICATIONS] },
        order: { field: 'classification', sort: 'ascending' },
        tooltip: [
          { field: 'classification', type: 'nominal' },
          { field: 'followers', type: 'quantitative', format: ',' },
          { field: 'share', type: 'quantitative', format: '.1%' },
        ],
      },
    },
  };
}

export function audienceSignalsChart(username: string, a: CreatorAudienceRow): Chart {
  const title = `${username}: what the sampled followers show`;
  const values = chartValues(a.signals.map((s) => ({ signal: SIGNAL_LABELS[s.signal] ?? s.signal, followers: s.followers })));
  return {
    id: 'audience-signals',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: title, subtitle: subtitleLines('followers showing each signal; suspicious = following thousands with almost no followers, or days old and empty in every way') },
      config: CHART_CONFIG,
      data: { values },
      width: 360,
      height: { step: 22 },
      mark: { type: 'bar', color: '#8fa9c8' },
      encoding: {
        y: { field: 'signal', type: 'nominal', sort: values.map((v) => v.signal as string), title: null },
        x: { field: 'followers', type: 'quantitative', title: 'followers' },
        tooltip: [
          { field: 'signal', type: 'nominal' },
          { field: 'followers', type: 'quantitative', format: ',' },
        ],
      },
    },
  };
}

const pct = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(0)}%`);
