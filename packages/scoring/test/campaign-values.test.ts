import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCampaignValues, readCampaignValues } from '../src/campaign/campaign-values.ts';

const example = new URL('../../../data/campaign-values.example.json', import.meta.url);

describe('campaign values: the analyst sets every rate', () => {
  it('reads the example file shipped in data/, and values each metric it leaves out at 0', () => {
    const values = readCampaignValues(example.pathname);
    expect(values.currency).toBe('USD');
    expect(values.source).toMatch(/example/i);
    expect(Object.keys(values.valuePer)).toEqual(['play', 'like', 'comment', 'share', 'save']);
    const partial = parseCampaignValues('{"currency":"EUR","source":"media plan 2026","value_per":{"like":0.02}}', 'v.json');
    expect(partial.valuePer).toEqual({ play: 0, like: 0.02, comment: 0, share: 0, save: 0 });
  });

  it.each([
    ['{"currency":"USD","source":"x","value_per":{"like":"0.02"}}', /value_per\.like: Invalid input: expected number, received string/],
    ['{"currency":"USD","source":"x","value_per":{"likes":0.02}}', /value_per: Unrecognized key: "likes"/],
    ['{"currency":"USD","source":"x","value_per":{"share":-1}}', /value_per\.share: Too small: expected number to be >=0/],
    ['{"currency":"USD","source":"x","value_per":{}}', /value_per: value_per sets no metric/],
    ['{"source":"x","value_per":{"play":0.001}}', /currency: Invalid input: expected string, received undefined/],
    ['{"currency":"USD","value_per":{"play":0.001}}', /source: Invalid input/],
    ['{"currency":"USD","source":"x","value_per":{"play":0.001},"cpm":5}', /\(top level\): Unrecognized key: "cpm"/],
    ['[1,2]', /\(top level\): Invalid input: expected object, received array/],
  ])('refuses %s, naming the path', (text, message) => {
    expect(() => parseCampaignValues(text, 'values.json')).toThrow(message);
    expect(() => parseCampaignValues(text, 'values.json')).toThrow(/^the campaign values file values\.json is not usable:/);
  });

  it('says which file is not JSON, and where', () => {
    expect(() => parseCampaignValues('{"currency": "USD",}', 'rates.json')).toThrow(/^the campaign values file rates\.json is not valid JSON: .*position/);
  });

  it('says which file cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'campaign-values-'));
    try {
      expect(() => readCampaignValues(join(dir, 'missing.json'))).toThrow(/^cannot read the campaign values file .*missing\.json: ENOENT/);
      writeFileSync(join(dir, 'ok.json'), '{"currency":"GBP","source":"s","value_per":{"play":0.001}}');
      expect(readCampaignValues(join(dir, 'ok.json')).file).toBe(join(dir, 'ok.json'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
