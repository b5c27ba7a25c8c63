import { describe, expect, it } from 'vitest';
import { parseCreatorList, parseHandle } from '../src/input-list.ts';

describe('parseHandle', () => {
  it.each([
    ['charlidamelio', 'charlidamelio'],
    ['@CharliDAmelio', 'charlidamelio'],
    ['  @khaby.lame ', 'khaby.lame'],
    ['https://www.tiktok.com/@Some_One?lang=en', 'some_one'],
    ['https://m.tiktok.com/@abc/video/7460937381265411370', 'abc'],
    ['tiktok.com/@xy', 'xy'],
  ])('%j -> %s', (cell, handle) => {
    expect(parseHandle(cell)).toEqual({ handle });
  });
  it.each([
    ['a', /2-24/],
    ['has space', /2-24/],
    ['ends.', /cannot end/],
    ['https://vm.tiktok.com/ZMabc/', /short links/],
    ['https://example.com/@abc', /not a TikTok URL/],
    ['x'.repeat(25), /2-24/],
  ])('%j is rejected', (cell, reason) => {
    const r = parseHandle(cell);
    expect('reason' in r && r.reason).toMatch(reason);
  });
});

describe('parseCreatorList', () => {
  it('reads a text file: mixed forms, blanks, comments, duplicates, bad lines with line numbers', () => {
    const list = parseCreatorList(['# my list', 'Alice', '', '@alice', 'https://www.tiktok.com/@Bob?lang=en', 'bad name!', 'carol'].join('\n'), 'list.txt');
    expect(list.handles).toEqual(['alice', 'bob', 'carol']);
    expect(list.duplicates).toBe(1);
    expect(list.rejected).toEqual([{ line: 6, raw: 'bad name!', reason: expect.stringMatching(/handle/) }]);
  });
  it('reads the username column of a CSV, wherever it is, with file line numbers', () => {
    const csv = 'id,Username,notes\n1,@Zed,"multi\nline note"\n2,??,x\n3,zed,dup\n';
    const list = parseCreatorList(csv, 'creators.csv');
    expect(list.handles).toEqual(['zed']);
    expect(list.duplicates).toBe(1);
    expect(list.rejected).toEqual([{ line: 4, raw: '??', reason: expect.any(String) }]);
  });
  it('takes the first column when no column is named username, keeping a data first row', () => {
    expect(parseCreatorList('amy,10\nben,20\n', 'x.csv').handles).toEqual(['amy', 'ben']);
    expect(parseCreatorList('creator,followers\namy,10\n', 'x.csv').handles).toEqual(['amy']);
  });
  it('strips a UTF-8 BOM and handles CRLF', () => {
    expect(parseCreatorList('\uFEFFusername\r\nAmy\r\n', 'x.csv').handles).toEqual(['amy']);
    expect(parseCreatorList('amy\r\nben\r\n', 'x.txt').handles).toEqual(['amy', 'ben']);
  });
  it('reads UTF-16 files by their byte-order mark, and names a UTF-16 file without one instead of rejecting every line', () => {
    const text = 'username\nAmy\nben\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(parseCreatorList(le, 'export.csv')).toMatchObject({ handles: ['amy', 'ben'], rejected: [] });
    const be = Buffer.from(le);
    be.swap16();
    expect(parseCreatorList(be, 'export.csv').handles).toEqual(['amy', 'ben']);
    expect(() => parseCreatorList(Buffer.from(text, 'utf16le'), 'export.csv')).toThrow(/export\.csv looks like UTF-16 text without a byte-order mark/);
    expect(parseCreatorList(Buffer.from(`\uFEFF${text}`), 'list.txt').handles).toEqual(['username', 'amy', 'ben']);
  });
  it('rejects a CSV line with a stray quote alone, with its number, and keeps the lines around it', () => {
    const csv = 'username\namy\n"ben\ncarol\nd"an\n';
    const list = parseCreatorList(csv, 'creators.csv');
    expect(list.handles).toEqual(['amy', 'carol']);
    expect(list.rejected).toEqual([
      { line: 3, raw: '"ben', reason: expect.stringMatching(/^not readable as CSV/) },
      { line: 5, raw: 'd"an', reason: expect.stringMatching(/handle/) },
    ]);
  });
  it('clips a huge bad line to what identifies it, saying how long it was', () => {
    const huge = 'x'.repeat(10_000_000);
    const [reject] = parseCreatorList(`amy\n${huge}\n`, 'list.txt').rejected;
    expect(reject?.line).toBe(2);
    expect(reject?.raw.length).toBeLessThan(300);
    expect(reject?.raw).toMatch(/^x{200}… \(10,000,000 characters\)$/);
  });
});
