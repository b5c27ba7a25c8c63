import { describe, expect, it } from 'vitest';
import { parseHashtag, parseHashtags } from '../src/hashtags/parse-hashtags.ts';

describe('parseHashtag: tags as analysts type them', () => {
  it.each([
    ['#SummerSale', 'summersale'],
    ['summersale', 'summersale'],
    ['  #Summer_2026  ', 'summer_2026'],
    ['https://www.tiktok.com/tag/SummerSale', 'summersale'],
    ['tiktok.com/tag/summersale/?lang=en', 'summersale'],
    ['https://www.tiktok.com/tag/%E0%A4%B9%E0%A4%BF%E0%A4%82%E0%A4%A6%E0%A5%80', 'हिंदी'],
    ['#हिंदी', 'हिंदी'],
    ['#رمضان', 'رمضان'],
  ])('normalises %j to %j', (raw, hashtag) => {
    expect(parseHashtag(raw)).toEqual({ hashtag });
  });

  it('reads a precomposed and a combining accent as the same tag (NFC)', () => {
    expect(parseHashtag('#cafe\u0301')).toEqual(parseHashtag('#caf\u00e9'));
  });

  it.each([
    ['summer sale', /no spaces.*did you mean #summersale\?/],
    ['#summer/sale', /no slashes.*tiktok\.com\/tag/],
    ['a\\b', /no slashes/],
    ['#a#b', /one hashtag at a time/],
    ['#', /empty hashtag/],
    ['   ', /empty hashtag/],
    ['sale!', /letters, digits and "_" only/],
    ['🔥', /letters, digits and "_" only/],
    ['x'.repeat(101), /at most 100/],
    ['https://www.tiktok.com/tag/%E0%A4', /not a readable tag page address/],
  ])('refuses %j with the reason', (raw, reason) => {
    const parsed = parseHashtag(raw);
    expect('reason' in parsed && parsed.reason).toMatch(reason);
  });
});

describe('parseHashtags: several at once', () => {
  it('keeps the order given, drops repeats of the same tag however typed, and lists the refused with reasons', () => {
    const list = parseHashtags(['#Summer', 'sale', 'summer', 'bad tag', ' #SALE ']);
    expect(list.hashtags).toEqual(['summer', 'sale']);
    expect(list.duplicates).toEqual(['summer', ' #SALE ']);
    expect(list.rejected).toEqual([{ raw: 'bad tag', reason: expect.stringMatching(/no spaces/) }]);
  });
});
