import { describe, expect, it } from 'vitest';
import { classifyResponse } from '../src/classify.ts';
import { parseJsonText } from '../src/json-text.ts';

describe('parseJsonText: integers beyond 2^53 stay exact', () => {
  it('reads a bare integer id above 2^53 as its exact digits (a double would give ...2000)', () => {
    expect(parseJsonText('{"music":{"id":6835837996332222466}}')).toEqual({ music: { id: '6835837996332222466' } });
    expect(Number('6835837996332222466')).toBe(6835837996332222000);
  });

  it('leaves safe integers, decimals, exponents and strings that hold digits alone', () => {
    expect(parseJsonText('[9007199254740991,-9007199254740993,1.5e300,"x\\"6835837996332222466",0.12345678901234567]')).toEqual([
      9_007_199_254_740_991,
      '-9007199254740993',
      1.5e300,
      'x"6835837996332222466',
      // biome-ignore lint/correctness/noPrecisionLoss: the literal the JSON holds, which JSON.parse rounds the same way
      0.12345678901234567,
    ]);
  });

  it('leaves digits that only look like a value inside a string untouched, spaces or not', () => {
    expect(parseJsonText('{"desc":"at:12345678901234567890, [12345678901234567890]","n": 12345678901234567890}')).toEqual({
      desc: 'at:12345678901234567890, [12345678901234567890]',
      n: '12345678901234567890',
    });
  });

  it('is what classifyResponse reads a 200 with', () => {
    expect(classifyResponse({ status: 200, body: '{"aweme_id":7634077714860931948}' })).toEqual({ json: { aweme_id: '7634077714860931948' } });
  });
});
