import { readFileSync } from 'node:fs';
import type { CreatorSnapshot } from '../src/seed-v1/reference.ts';

/** Results of the seed's own Python, generated once by fixtures/seed-v1/generate.py and committed. */
interface PythonCase {
  input: CreatorSnapshot;
  expected: {
    total_risk_score: number;
    total_risk: number;
    verdict: string;
    engagement_risk: number;
    consistency_risk: number;
    follow_risk: number;
    flags: string[];
    text: string;
    /** Full-precision figures as `float.hex`, so no decimal conversion stands between Python and us. */
    follow_ratio: string;
    likes_per_video: string | null;
    likes_to_followers: string | null;
    plays_to_followers: string | null;
    likes_cv: string | null;
    median_plays: string | null;
  };
}

export interface PythonFixtures {
  python: string;
  cases: PythonCase[];
  format: { floats: { hex: string; f2: string; f3: string; g0: string }[]; ints: { n: string; g: string }[] };
}

export const pythonFixtures: PythonFixtures = JSON.parse(
  readFileSync(new URL('./fixtures/seed-v1/seed-v1-python.json', import.meta.url), 'utf8'),
) as PythonFixtures;

/** Parses Python's `float.hex` output (`0x1.8p+1`, `-0x0.0p+0`, `inf`). */
export function fromPythonHex(hex: string): number {
  const match = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(hex);
  if (!match) throw new Error(`not a Python float.hex string: ${hex}`);
  const [, sign, lead, fraction, exponent] = match as unknown as [string, string, string, string, string];
  const mantissa = Number.parseInt(lead + fraction, 16) / 16 ** fraction.length;
  const value = mantissa * 2 ** Number(exponent);
  return sign === '-' ? -value : value;
}
