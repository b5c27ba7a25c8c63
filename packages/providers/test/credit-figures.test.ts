import { raw } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import type { CreatorProfile } from '../src/records.ts';
import type { Fetched } from '../src/outcomes.ts';
import { SCAVIO_WORLDS } from './scavio-worlds.ts';
import { withWire } from './wire-clients.ts';

describe.each(SCAVIO_WORLDS)("$contract: a vendor's credit figures are believed only in a sane range", (world) => {
  /** The world's profile in Scavio's envelope, the credit figures written into the JSON text as given. */
  async function profileBilled(creditsUsed: string, creditsRemaining: string): Promise<Fetched<CreatorProfile>> {
    const body = `{"data":${JSON.stringify(world.profilePayload)},"response_time":0,"credits_used":${creditsUsed},"credits_remaining":${creditsRemaining}}`;
    let got: Fetched<CreatorProfile> | null = null;
    await withWire({ server: { scavio: { contract: world.contract, backend: () => raw(200, body, { 'content-type': 'application/json' }) } } }, async (c) => {
      got = await c.scavio.profile('charlidamelio');
    });
    if (got === null) throw new Error('no answer');
    return got;
  }

  it.each([
    ['negative', '-1000'],
    ['absurdly large', '1e18'],
    ['infinite once read', '1e400'],
    ['past 2^53, read as exact digits', '99999999999999999999'],
    ['a string', '"5"'],
    ['an object', '{"amount":1}'],
  ])('credits_used %s (%s) is counted at our own price, 1, with a note; the data is read all the same', async (_, figure) => {
    const got = await profileBilled(figure, '4999');
    expect(got).toMatchObject({ ok: true, value: { followers: 427_682 }, raw: { credits: 1, creditsRemaining: 4999 } });
    expect(got.raw.notes).toEqual([expect.stringMatching(/^credits_used .+ is not a credit figure \(a number from 0 to 100 a call\): ignored, counted at our own price, 1$/)]);
  });

  it.each([
    ['negative', '-5'],
    ['absurdly large', '1e18'],
    ['a string', '"4999"'],
  ])('credits_remaining %s (%s) is unknown (null), with a note', async (_, figure) => {
    const got = await profileBilled('1', figure);
    expect(got).toMatchObject({ ok: true, raw: { credits: 1, creditsRemaining: null } });
    expect(got.raw.notes).toEqual([expect.stringMatching(/^credits_remaining .+ is not a credit figure .*: ignored, the balance is unknown$/)]);
  });

  it.each([
    ['0', 0],
    ['2', 2],
    ['0.5', 0.5],
    ['100', 100],
  ])('credits_used %s is believed as sent, with no note', async (figure, credits) => {
    const got = await profileBilled(figure, '0');
    expect(got.raw).toMatchObject({ credits, creditsRemaining: 0, notes: [] });
  });
});
