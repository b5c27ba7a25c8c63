import {
  captcha,
  data,
  emptyBody,
  html,
  illegalRequest,
  tiktokStatus,
  type Vendor,
} from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { duplicates, type IngestWire, outcomesOf, withIngestWire } from './ingest-wire.ts';
import { asks, countsOf, handles, playsOf, videoIdOf, webProfile, webVideos } from './wire-world.ts';

/** The cohort: plain creators, and one creator for every way an answer can go wrong. */
const plain = handles(12);
const odd = {
  private_profile: 'private',
  private_status: 'private',
  gone: 'not_found',
  banned: 'not_found',
  bad_schema: 'schema_error',
  captcha_wall: 'captcha',
  html_page: 'html',
  empty_answer: 'empty_body',
  illegal: 'illegal_request',
  cut_feed: 'partial',
  no_feed: 'captcha',
  pinned_twice: 'ok',
  page_again: 'ok',
  empty_tail: 'ok',
  // The profile says it has videos; its pages say has_more and hold none: no verdict on an unread feed.
  hollow_feed: 'empty_feed',
  // An empty first page, then an HTML page: no video read, so the failure is the outcome (it was 'partial', and scored).
  late_failure: 'html',
} as const;
const cohort = [...plain, ...Object.keys(odd)];

/** Scripts the odd creators' answers in front of the world (which serves the feeds' pathologies itself). */
function scriptOddOnes({ server }: IngestWire): void {
  server.script(asks('private_status', 'profile'), tiktokStatus(10222));
  server.script(asks('gone', 'profile'), tiktokStatus(10202));
  server.script(asks('banned', 'profile'), tiktokStatus(10221));
  server.script(asks('bad_schema', 'profile'), data({ user: { uniqueId: 42, secUid: 'not-a-profile' }, stats: { followerCount: {} } }));
  server.script(asks('captcha_wall', 'profile'), captcha('body'));
  server.script(asks('html_page', 'profile'), html());
  server.script(asks('empty_answer', 'profile'), emptyBody());
  server.script(asks('illegal', 'profile'), illegalRequest());
  // First page fine (it promises more), the second one an HTML page: videos of page one are kept.
  server.script((r) => asks('cut_feed', 'posts')(r) && Number(r.params.cursor) > 0, html());
  server.script(asks('no_feed', 'posts'), captcha('data'));
  server.script(asks('late_failure', 'posts'), data({ videos: [], cursor: '1', hasMore: true, statusCode: 0 }), html());
}

const world = (vendor: Vendor) => ({
  vendor,
  world: {
    profiles: { private_profile: webProfile('private_profile', { privateAccount: true }) },
    feeds: {
      pinned_twice: { pinned: webVideos('pinned_twice', 7).slice(2, 4) },
      page_again: { repeatedRequest: 1 },
      empty_tail: { emptyPagesAtEnd: Number.POSITIVE_INFINITY },
      hollow_feed: { items: [], emptyPagesAtEnd: Number.POSITIVE_INFINITY },
    },
  },
});

describe.each(['scavio', 'tikhub'] as const)('%s: a run over a cohort with every kind of answer', (vendor) => {
  it('ends every input creator in exactly one outcome, lands every body, and keeps exact counts without duplicate videos', () =>
    withIngestWire(world(vendor), async (wire) => {
      scriptOddOnes(wire);
      const { warehouse, server } = wire;
      const summary = await wire.ingest(cohort, { concurrency: 6 });

      expect(summary.stop).toBeNull();
      const outcomes = await outcomesOf(warehouse, summary.runId);
      expect(outcomes.size).toBe(cohort.length);
      const [rows] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM creator_outcomes`);
      expect(rows?.n).toBe(cohort.length);
      for (const h of plain) expect(outcomes.get(h)).toBe('ok');
      for (const [h, outcome] of Object.entries(odd)) expect([h, outcomes.get(h)]).toEqual([h, outcome]);
      expect(summary.byOutcome.ok).toBe(plain.length + 3);

      // Every exchange is landed with its body, as sent, once.
      expect(server.requests.every((r) => typeof r.answered === 'number')).toBe(true);
      const raws = await warehouse.rows(`SELECT http_status, body FROM raw_responses ORDER BY fetched_at`);
      expect(raws).toHaveLength(server.requests.length);
      const bodies = raws.map((r) => String(r.body));
      expect(bodies.filter((b) => b.startsWith('<!DOCTYPE html>'))).toHaveLength(3);
      expect(bodies.filter((b) => b === '')).toHaveLength(1);
      expect(bodies.filter((b) => b === 'illegal request')).toHaveLength(1);
      // Both clients bill a 200 one credit, however odd its body.
      expect(summary.creditsSpent).toBe(server.requests.filter((r) => r.answered === 200).length);

      // A body that failed its schema is quarantined with the reason, and its creator says why.
      const quarantined = await warehouse.rows(`SELECT request_key, reason, body FROM quarantine`);
      expect(quarantined).toHaveLength(1);
      expect(String(quarantined[0]?.request_key)).toContain('bad_schema');
      expect(String(quarantined[0]?.reason)).toMatch(/user\.uniqueId/);
      expect(String(quarantined[0]?.body)).toContain('not-a-profile');
      const [schema] = await warehouse.rows(`SELECT detail FROM creator_outcomes WHERE username = 'bad_schema'`);
      expect(String(schema?.detail)).toBe(String(quarantined[0]?.reason));

      // Counts: BIGINT columns holding the exact statsV2 values, not the rounded or wrapped stats.
      const [types] = await warehouse.rows(`SELECT typeof(followers) AS f, typeof(likes_received) AS l FROM creators LIMIT 1`);
      expect(types).toEqual({ f: 'BIGINT', l: 'BIGINT' });
      const creators = await warehouse.rows(
        `SELECT username, followers::VARCHAR AS followers, likes_received::VARCHAR AS likes FROM creators ORDER BY username`,
      );
      for (const h of plain) {
        const c = countsOf(h);
        expect(creators.find((r) => r.username === h)).toMatchObject({ followers: String(c.followers), likes: String(c.likes) });
      }
      expect(creators.some((r) => BigInt(String(r.likes)) > 2n ** 31n)).toBe(true);
      const [play] = await warehouse.rows(`SELECT plays::VARCHAR AS plays FROM videos WHERE video_id = $id`, { id: videoIdOf('creator0001', 3) });
      expect(play?.plays).toBe(String(playsOf('creator0001', 3)));

      // Snapshots: accounts with a profile have one; failures before the profile have none.
      const snapshotted = new Set(creators.map((r) => String(r.username)));
      expect(snapshotted.has('private_profile') && snapshotted.has('cut_feed') && snapshotted.has('no_feed')).toBe(true);
      expect(snapshotted.has('hollow_feed') && snapshotted.has('late_failure')).toBe(true);
      for (const h of ['private_status', 'gone', 'bad_schema', 'captcha_wall', 'html_page']) expect(snapshotted.has(h)).toBe(false);

      // Videos: no duplicates despite pinned repeats and a page sent twice; feed order kept.
      expect(await duplicates(warehouse, 'videos', ['username', 'snapshot_at', 'video_id'])).toBe(0);
      const perCreator = await warehouse.rows(
        `SELECT username, count(*)::INTEGER AS n, count(*) FILTER (is_pinned)::INTEGER AS pinned FROM videos GROUP BY username`,
      );
      const videoCount = (h: string) => perCreator.find((r) => r.username === h);
      expect(videoCount('pinned_twice')).toEqual({ username: 'pinned_twice', n: 7, pinned: 2 });
      expect(videoCount('page_again')).toMatchObject({ n: 7 });
      expect(videoCount('empty_tail')).toMatchObject({ n: 7 });
      expect(videoCount('cut_feed')).toMatchObject({ n: 5 });
      expect(videoCount('private_profile')).toBeUndefined();
      expect(videoCount('hollow_feed')).toBeUndefined();
      const [hollow] = await warehouse.rows(`SELECT paging_stop, detail FROM creator_outcomes WHERE username = 'hollow_feed'`);
      expect(hollow?.paging_stop).toBe('empty_pages');
      expect(String(hollow?.detail)).toMatch(/the profile reports \d+ video\(s\), but 2 page\(s\) held none/);
      const stops = await warehouse.rows(`SELECT username, paging_stop, videos_fetched FROM creator_outcomes WHERE username IN ('empty_tail', 'creator0001', 'cut_feed') ORDER BY 1`);
      expect(stops).toEqual([
        { username: 'creator0001', paging_stop: 'end', videos_fetched: 7 },
        { username: 'cut_feed', paging_stop: 'failed', videos_fetched: 5 },
        { username: 'empty_tail', paging_stop: 'empty_pages', videos_fetched: 7 },
      ]);
      // A private account's posts are never asked for: they would cost a credit and say nothing.
      expect(server.requests.filter((r) => asks('private_profile', 'posts')(r))).toHaveLength(0);
    }));
});
