import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { classifyResponse } from '../src/classify.ts';
import { parseProfileData } from '../src/profile-body.ts';
import { parseVideoPage } from '../src/video-page.ts';

describe('profile bodies, both dialects', () => {
  it('reads web camelCase and prefers exact statsV2 strings', () => {
    const p = parseProfileData(
      {
        user: { id: '6800000000000000001', uniqueId: 'CharliDamelio', secUid: 'MS4w', verified: true, privateAccount: false },
        stats: { followerCount: 427700, followingCount: 1300, heartCount: -977433948, videoCount: 2500 },
        statsV2: { followerCount: '427682', followingCount: '1301', heartCount: '11907467940', videoCount: '2500' },
      },
      'charlidamelio',
    );
    expect(p).toMatchObject({ username: 'charlidamelio', followers: 427_682, following: 1_301, likesReceived: 11_907_467_940 });
    expect(p.countProblems).toEqual([]);
  });
  it('flags a wrapped heartCount when no exact value backs it', () => {
    const p = parseProfileData({ user: { uniqueId: 'x' }, stats: { followerCount: 5, heartCount: -977433948 } }, 'x');
    expect(p.likesReceived).toBeNull();
    expect(p.countProblems).toEqual(['likes_received: negative (wrapped?): -977433948']);
  });
  it('refuses a user that is not an object with a schema error, never a crash', () => {
    expect(() => parseProfileData({ user: 'deleted', stats: { followerCount: 5 } }, 'x')).toThrow(ZodError);
    expect(() => parseProfileData({ user: 42 }, 'x')).toThrow(ZodError);
  });
  it('reads app snake_case under data.user', () => {
    const p = parseProfileData(
      { user: { uid: 42, unique_id: 'Foo', sec_uid: 's', follower_count: 1000, following_count: '12', total_favorited: '99999999999', aweme_count: 3, verification_type: 1 } },
      'foo',
    );
    expect(p).toMatchObject({ username: 'foo', userId: '42', followers: 1000, following: 12, likesReceived: 99_999_999_999, verified: true });
  });
  it('reads web bodies nested under userInfo (TikHub web)', () => {
    const p = parseProfileData({ userInfo: { user: { uniqueId: 'a' }, statsV2: { followerCount: '7' } } }, 'a');
    expect(p.followers).toBe(7);
    expect(p.following).toBeNull();
  });
});

describe('video pages, both dialects', () => {
  it('reads web items with pinned flags, hashtags and cursor', () => {
    const page = parseVideoPage({
      videos: [
        { id: '1', desc: 'hi #A', createTime: '1700000000', author: { uniqueId: 'Bob' }, isPinnedItem: true,
          stats: { playCount: 100, diggCount: 10 }, statsV2: { playCount: '101' }, textExtra: [{ hashtagName: 'A' }], challenges: [{ title: 'a' }] },
      ],
      cursor: 30,
      hasMore: true,
    });
    expect(page).toMatchObject({ nextCursor: '30', hasMore: true });
    expect(page.items[0]).toMatchObject({ videoId: '1', author: 'bob', plays: 101, likes: 10, comments: null, hashtags: ['a'], isPinned: true });
    expect(page.items[0]?.createdAt?.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
  it('reads app aweme_list with ms durations and has_more 0', () => {
    const page = parseVideoPage({
      aweme_list: [{ aweme_id: '9', author: { unique_id: 'Z' }, statistics: { play_count: 5, digg_count: 1, comment_count: 0 }, video: { duration: 15300 }, is_top: 1 }],
      max_cursor: 1700000000000,
      has_more: 0,
    });
    expect(page).toMatchObject({ hasMore: false, nextCursor: '1700000000000' });
    expect(page.items[0]).toMatchObject({ videoId: '9', author: 'z', durationSeconds: 15.3, comments: 0, isPinned: true });
  });
});

describe('classifyResponse: a 200 is not trusted on its word', () => {
  const ok = (body: string) => classifyResponse({ status: 200, body });
  it.each([
    ['', 'empty_body'],
    ['<!doctype html><html>', 'html'],
    ['illegal request', 'illegal_request'],
    ['{"code":"10000","type":"verify"}', 'captcha'],
    ['{"statusCode":10202}', 'not_found'],
    ['{"data":{"statusCode":10222}}', 'private'],
    ['{"status_code":10204}', 'unavailable'],
    ['{"statusCode":10231}', 'region_locked'],
  ])('%j -> %s', (body, outcome) => {
    expect(ok(body)).toMatchObject({ outcome });
  });
  it('passes real JSON through', () => {
    expect(ok('{"data":{"statusCode":0,"x":1}}')).toEqual({ json: { data: { statusCode: 0, x: 1 } } });
  });
});
