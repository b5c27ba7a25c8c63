import type { Warehouse } from '@creator-audit/warehouse';
import { formatCell } from '@creator-audit/reports';
import { expect } from 'vitest';
import type { NotebookCell } from '../src/nbformat.ts';
import { campaignWarehouse, cohortStudyWarehouse } from './notebook-warehouses.ts';
import { notebookParameters, shownFacts, shownRows, shownTables, taggedCell } from './shown-tables.ts';

const int = (n: unknown) => formatCell(Number(n), 'int');
const pct = (n: unknown) => formatCell(Number(n), 'pct');
const utc = (d: unknown) => formatCell(d, 'date');

async function cohortBenchmarks(cells: readonly NotebookCell[]): Promise<void> {
  const p = notebookParameters(cells);
  const warehouse = await cohortStudyWarehouse(p);
  try {
    const [size] = await warehouse.rows(`select (select count(*) from creators)::INTEGER as creators, (select count(*) from videos)::INTEGER as videos`);
    const [built] = shownTables(taggedCell(cells, 'cohort'));
    expect(shownFacts(built ?? []).get('creators')).toBe(int(size?.creators));
    expect(shownFacts(built ?? []).get('videos')).toBe(int(size?.videos));

    const verdicts = await warehouse.rows(`select ruleset, coalesce(verdict, 'no verdict') as verdict, count(*)::INTEGER as n from creator_scores group by all`);
    const count = (ruleset: string, verdict: string) => int(verdicts.find((v) => v.ruleset === ruleset && v.verdict === verdict)?.n ?? 0);
    const [facts] = shownTables(taggedCell(cells, 'facts'));
    const levels = (ruleset: string, names: readonly string[]) => names.map((v) => count(ruleset, v)).join(' / ');
    expect(shownFacts(facts ?? []).get('seed-v1 LOW / MEDIUM / HIGH RISK')).toBe(levels('seed-v1', ['LOW RISK', 'MEDIUM RISK', 'HIGH RISK']));
    expect(shownFacts(facts ?? []).get('cohort-v1 LOW / MEDIUM / HIGH RISK / no verdict')).toBe(
      levels('cohort-v1', ['LOW RISK', 'MEDIUM RISK', 'HIGH RISK', 'no verdict']),
    );

    const tiers = await warehouse.rows(
      `select cohort_value as tier, creators::INTEGER as creators, p10, p25, p50, p75, p90 from cohort_benchmarks
       where cohort_kind = 'follower_tier' and metric = 'engagement_rate_followers'`,
    );
    const [percentiles] = shownTables(taggedCell(cells, 'tier-percentiles'));
    const shown = shownRows(percentiles ?? []);
    expect(shown.map((r) => r.tier).sort()).toEqual(tiers.map((t) => String(t.tier)).sort());
    for (const t of tiers) {
      expect(shown.find((r) => r.tier === t.tier), `tier ${t.tier}`).toEqual({
        tier: t.tier,
        creators: int(t.creators),
        ...Object.fromEntries(['p10', 'p25', 'p50', 'p75', 'p90'].map((q) => [q, pct(t[q])])),
      });
    }

    // cohort-v1's most probable MEDIUM and HIGH RISK creators, straight from creator_scores.
    const mostProbable = await warehouse.rows(
      `select username, verdict from creator_scores
       where ruleset = 'cohort-v1' and verdict in ('MEDIUM RISK', 'HIGH RISK')
       order by fraud_probability desc, username limit 10`,
    );
    expect(mostProbable.length).toBeGreaterThan(0);
    const [flagged] = shownTables(taggedCell(cells, 'cohort-v1-flagged'));
    expect(shownRows(flagged ?? []).map((r) => [r.creator, r.verdict])).toEqual(mostProbable.map((r) => [r.username, r.verdict]));

    // The planted archetypes straight from the labels, not through the notebook's joins; cohort-v1's share flagged
    // per archetype from the labels and creator_scores alone.
    const planted = await warehouse.rows(
      `select case when labels.is_fraud then labels.archetype else 'organic' end as planted, count(*)::INTEGER as creators,
              (count(*) filter (where scores.verdict in ('MEDIUM RISK', 'HIGH RISK')))::DOUBLE / count(*) as cohort_v1_flagged
       from sim_creator_labels as labels
       left join creator_scores as scores on scores.username = labels.username and scores.ruleset = 'cohort-v1'
       where labels.seed = $seed group by all`,
      { seed: Number(p.SEED) },
    );
    const [evaluation] = shownTables(taggedCell(cells, 'evaluation'));
    const byArchetype = new Map(shownRows(evaluation ?? []).map((r) => [r['planted archetype'], [r.creators, r['cohort-v1 MEDIUM or HIGH']]]));
    expect(byArchetype).toEqual(new Map(planted.map((r) => [String(r.planted), [int(r.creators), pct(r.cohort_v1_flagged)]])));
  } finally {
    warehouse.close();
  }
}

async function campaignRetrospective(cells: readonly NotebookCell[]): Promise<void> {
  const p = notebookParameters(cells);
  const { warehouse, hashtag }: { warehouse: Warehouse; hashtag: string } = await campaignWarehouse(p);
  try {
    // Totals from the scanned videos themselves, not from campaign_summary, the model the notebook reads.
    const scans = await warehouse.rows(
      `select snapshot_at, count(*)::INTEGER as videos, count(distinct author)::INTEGER as creators, sum(plays)::DOUBLE as plays
       from hashtag_videos where hashtag = $hashtag group by all order by snapshot_at`,
      { hashtag },
    );
    expect(scans.map((s) => utc(s.snapshot_at))).toEqual([utc(p.FIRST_SCAN), utc(p.SECOND_SCAN)]);
    const [summary] = shownTables(taggedCell(cells, 'summary'));
    expect(shownRows(summary ?? []).map((r) => [r.snapshot, r.videos, r.creators, r.plays])).toEqual(
      scans.map((s) => [utc(s.snapshot_at), int(s.videos), int(s.creators), int(s.plays)]),
    );

    // Flagged at FLAG_AT by cohort-v1's verdict: the participants of the second scan, from creator_scores itself.
    const verdicts = await warehouse.rows(
      `select distinct videos.author, scores.verdict
       from hashtag_videos as videos
       inner join creator_scores as scores on scores.username = videos.author and scores.ruleset = 'cohort-v1'
       where videos.hashtag = $hashtag and videos.snapshot_at = $second::TIMESTAMP`,
      { hashtag, second: (p.SECOND_SCAN as Date).toISOString() },
    );
    const levels = p.FLAG_AT === 'medium' ? ['MEDIUM RISK', 'HIGH RISK'] : ['HIGH RISK'];
    const flaggedAuthors = verdicts.filter((v) => levels.includes(String(v.verdict))).map((v) => String(v.author));
    expect(flaggedAuthors.length).toBeGreaterThan(0);
    const [flagged] = shownTables(taggedCell(cells, 'flagged'));
    expect(shownRows(flagged ?? []).map((r) => r.creator).sort()).toEqual(flaggedAuthors.sort());

    const down = await warehouse.rows(
      `select labels.video_id, labels.labelled_at, labels.plays::DOUBLE as plays, labels.fake_plays::DOUBLE as fake_plays
       from sim_video_labels as labels
       where labels.seed = $seed and labels.video_id in (
           select now.video_id
           from hashtag_videos as now
           inner join hashtag_videos as before
               on before.video_id = now.video_id and before.hashtag = now.hashtag and before.snapshot_at = $first::TIMESTAMP
           where now.hashtag = $hashtag and now.snapshot_at = $second::TIMESTAMP
             and (now.plays < before.plays or now.likes < before.likes or now.comments < before.comments or now.shares < before.shares))
       order by labels.video_id, labels.labelled_at`,
      { seed: Number(p.SEED), hashtag, first: (p.FIRST_SCAN as Date).toISOString(), second: (p.SECOND_SCAN as Date).toISOString() },
    );
    expect(down.length).toBeGreaterThan(0);
    const [, cleanedUp] = shownTables(taggedCell(cells, 'evaluation'));
    expect(shownRows(cleanedUp ?? []).map((r) => [r.video, r.scan, r.plays, r['planted fake plays']])).toEqual(
      down.map((d) => [String(d.video_id), utc(d.labelled_at), int(d.plays), int(d.fake_plays)]),
    );
  } finally {
    warehouse.close();
  }
}

/** Per notebook: the numbers its tagged cells showed, against the warehouse it built. */
export const NUMBER_CHECKS: Record<string, (cells: readonly NotebookCell[]) => Promise<void>> = {
  'cohort-benchmarks.ipynb': cohortBenchmarks,
  'campaign-retrospective.ipynb': campaignRetrospective,
};
