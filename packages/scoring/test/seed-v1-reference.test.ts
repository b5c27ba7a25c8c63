import { describe, expect, it } from 'vitest';
import { formatFixed, formatGrouped } from '../src/python/format.ts';
import { scoreSeedV1 } from '../src/seed-v1/reference.ts';
import { seedReportText } from '../src/seed-v1/report-text.ts';
import { fromPythonHex, pythonFixtures } from './seed-v1-fixtures.ts';

const hexOrNull = (hex: string | null) => (hex === null ? null : fromPythonHex(hex));

describe('python formatting', () => {
  it('formats floats as Python does, ties to even from the exact binary value', () => {
    for (const f of pythonFixtures.format.floats) {
      const x = fromPythonHex(f.hex);
      expect([formatFixed(x, 2), formatFixed(x, 3), formatFixed(x, 0, true)], f.hex).toEqual([f.f2, f.f3, f.g0]);
    }
  });

  it('groups integer thousands as {:,}', () => {
    for (const i of pythonFixtures.format.ints) expect(formatGrouped(BigInt(i.n))).toBe(i.g);
  });

  it('differs from toFixed exactly where Python does', () => {
    expect([formatFixed(0.125, 2), (0.125).toFixed(2)]).toEqual(['0.12', '0.13']);
    expect([formatFixed(2.5, 0, true), formatFixed(3.5, 0, true), formatFixed(1e21, 2)]).toEqual(['2', '4', '1000000000000000000000.00']);
  });
});

describe('seed-v1 reference against the seed\'s own Python', () => {
  it(`agrees on all ${pythonFixtures.cases.length} generated creators, to the bit and the byte`, () => {
    for (const { input, expected } of pythonFixtures.cases) {
      const score = scoreSeedV1(input);
      expect(
        {
          verdict: score.verdict,
          total: score.total_risk_uncapped,
          capped: score.total_risk_score,
          risks: [score.engagement_risk, score.consistency_risk, score.follow_risk],
          flags: score.flags,
          figures: [score.follow_ratio, score.likes_per_video, score.likes_to_followers, score.plays_to_followers, score.likes_cv, score.median_plays],
          text: seedReportText(score, input.followers),
        },
        input.username,
      ).toEqual({
        verdict: expected.verdict,
        total: expected.total_risk,
        capped: expected.total_risk_score,
        risks: [expected.engagement_risk, expected.consistency_risk, expected.follow_risk],
        flags: expected.flags,
        figures: [
          fromPythonHex(expected.follow_ratio),
          hexOrNull(expected.likes_per_video),
          hexOrNull(expected.likes_to_followers),
          hexOrNull(expected.plays_to_followers),
          hexOrNull(expected.likes_cv),
          hexOrNull(expected.median_plays),
        ],
        text: expected.text,
      });
    }
  });
});

describe('seed-v1 thresholds', () => {
  // Exactly on each line the seed draws with a strict `<` or `>`: 0.5% likes and 5% plays per follower, a video of
  // exactly 1,000 likes with no comment, following exactly half the followers. Nothing fires; one step past, it does.
  const onTheLines = (step: { likes?: number; plays?: number; videoLikes?: number; following?: number } = {}) =>
    scoreSeedV1({
      username: 'on_the_line',
      followers: 100_000,
      following: 50_000 + (step.following ?? 0),
      likesReceived: 10_000,
      videoCount: 10,
      videos: [
        { plays: 5_000 - (step.plays ?? 0) * 10, likes: 1_000 + (step.videoLikes ?? 0) - (step.likes ?? 0) * 10, comments: 0 },
        ...Array.from({ length: 9 }, (_, i) => ({ plays: 5_000, likes: 444 + (i < 4 ? 1 : 0), comments: 10 + i * 7 })),
      ],
    }).rules.map((r) => r.rule);

  it('fire strictly past their lines, as the seed compares', () => {
    expect(onTheLines()).toEqual([]);
    expect(onTheLines({ likes: 1 })).toContain('very_low_like_ratio');
    expect(onTheLines({ plays: 1 })).toContain('very_low_play_ratio');
    expect(onTheLines({ videoLikes: 1 })).toContain('low_comment_ratio');
    expect(onTheLines({ following: 1 })).toContain('high_follow_ratio');
  });
});
